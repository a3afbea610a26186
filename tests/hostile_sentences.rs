//! Hostile input for article-mode sentences: long runs of what the issue-13 rules look at — list
//! markers, spaced dots, brackets, quotes, interview labels, times of day — each a megabyte or
//! more. Every rule reads a bounded stretch around its candidate, so each case takes well under a
//! second even in a debug build; a rule that looked back over the run at every candidate would be
//! quadratic here and take minutes to hours.

#![cfg(not(target_arch = "wasm32"))]

use textlens::split::sentences;
use textlens::Span;

/// About a megabyte of `unit`.
fn run(unit: &str) -> String {
    unit.repeat((1 << 20) / unit.len())
}

/// Asserts that the sentences tile `text`, and returns how many there are.
fn tiled(text: &str) -> usize {
    let spans = sentences(text);
    let mut end = 0;
    for span in &spans {
        assert_eq!(span.start, end, "a gap or an overlap at {end}");
        end = span.end;
    }
    assert_eq!(end, text.len());
    spans.len()
}

#[test]
fn a_megabyte_of_counting_list_markers() {
    // Labels count up, so every marker opens an item: one sentence each.
    let text: String = (0..150_000).map(|i| format!("{}) ab cd ", i % 999 + 1)).collect();
    let items = tiled(&text);
    assert!(items > 140_000, "{items} items");
    let letters: String = (0..300_000).map(|i| format!("{}. x ", char::from(b'a' + (i % 26) as u8))).collect();
    assert!(tiled(&letters) > 250_000);
}

#[test]
fn a_megabyte_of_markers_that_never_count_up() {
    for unit in ["1) ", "a. ", "(a) ", "i. ", "• ", "• 4. ", "⁃12. ", "1.) x "] {
        tiled(&run(unit));
    }
}

#[test]
fn a_megabyte_of_one_list_item_after_a_long_gap() {
    // Bracket styles count the words between neighbours: each gap is read once.
    let gap = "word ".repeat(100_000);
    let text = format!("(a) {gap}(b) {gap}(c) {gap}");
    assert_eq!(tiled(&text), 3);
    let word = "x".repeat(1 << 20);
    tiled(&format!("(a) {word} (b) {word} (c)"));
}

#[test]
fn a_megabyte_of_spaced_dots() {
    assert_eq!(sentences(&run(". ")), [Span::new(0, run(". ").len())]);
    for unit in [". . . ", ". . . . ", "a . . . ", "A . . . . ", ". .", "x. . . X"] {
        tiled(&run(unit));
    }
}

#[test]
fn a_megabyte_of_brackets_and_quotes() {
    for unit in ["(", ")", "[", "]", ")(", ".)", "'", "\"", "'\"", "”’", ".)\" ", "?' ", "!' x ", "! -- "] {
        tiled(&run(unit));
    }
    // Reference marks after one period, or after every one.
    for unit in ["[1]", "[22][b]", " 7", "a.[1] ", "a.7 8 ", "[...]\" (J 1). ", "[...]"] {
        tiled(&format!("a.{}", run(unit)));
    }
}

#[test]
fn a_megabyte_of_labels_initials_and_times() {
    for unit in ["Q. ", "Q. A. ", "A.B. ", "I. ", "at 9 p.m. Dr. ", "By 7 a.m. X ", "the U.K. Y ", "Rs. 4 "] {
        tiled(&run(unit));
    }
    // One sentence that never ends, with a time of day before a capital at every step.
    tiled(&format!("By {}", run("9 p.m. Friday ")));
}

#[test]
fn a_megabyte_without_spaces() {
    for unit in ["ended.Dr.", "2,500.Nobody", "done．Then", "a.B", "1.)", "(a)"] {
        tiled(&run(unit));
    }
}
