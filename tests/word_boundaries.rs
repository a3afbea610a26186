//! `word_boundaries` (the bulk form of the word segments, as byte boundaries and word-like flags),
//! with its boundaries made UTF-16 as the wasm edge hands them out (`utf16_offsets_in_place`),
//! against the segments of unicode-segmentation, converted independently: on the Unicode
//! word break tests, on every corpus file, on long ASCII runs cut for two lanes everywhere they
//! can be, and on random text mixing ASCII with the characters whose rules reach across it.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use textlens::split::{word_boundaries, words_unicode, WordBoundaries};
use textlens::utf16_offsets_in_place;

/// The word boundaries of `text` as UTF-16 offsets, as the wasm edge hands them out.
fn utf16_word_boundaries(text: &str) -> WordBoundaries {
    let mut words = word_boundaries(text).unwrap();
    utf16_offsets_in_place(text, &mut words.bounds);
    words
}

/// The word segments of `text` by unicode-segmentation, each end found by adding the length of the
/// segment encoded as UTF-16.
fn expected(text: &str) -> WordBoundaries {
    let mut bounds = vec![0];
    let mut word_like = Vec::new();
    for word in words_unicode(text) {
        bounds.push(bounds[bounds.len() - 1] + word.span.text(text).encode_utf16().count() as u32);
        word_like.push(u8::from(word.word_like));
    }
    WordBoundaries { bounds, word_like }
}

#[test]
fn unicode_word_break_tests() {
    let cases = support::word_cases();
    assert_eq!(cases.len(), 1944);
    for case in &cases {
        let got = utf16_word_boundaries(&case.input);
        // The official segments, as UTF-16 boundaries.
        let mut official = vec![0];
        for segment in &case.segments {
            official.push(official[official.len() - 1] + segment.encode_utf16().count() as u32);
        }
        assert_eq!(got.bounds, official, "{:?}", case.input);
        assert_eq!(got, expected(&case.input), "{:?}", case.input);
    }
}

#[test]
fn every_corpus_file() {
    for (path, text) in support::corpus_files() {
        assert!(utf16_word_boundaries(&text) == expected(&text), "{}", path.display());
    }
}

#[test]
fn edges() {
    let none = WordBoundaries { bounds: vec![0], word_like: vec![] };
    assert_eq!(utf16_word_boundaries(""), none);
    // One segment, ASCII and not.
    assert_eq!(utf16_word_boundaries("word"), WordBoundaries { bounds: vec![0, 4], word_like: vec![1] });
    assert_eq!(utf16_word_boundaries("日"), WordBoundaries { bounds: vec![0, 1], word_like: vec![1] });
    // An astral character counts two UTF-16 units, and the ASCII after it is offset by them.
    let text = "a 😀 b.c, 1.5.";
    assert_eq!(word_boundaries(text).unwrap().bounds, [0, 1, 2, 6, 7, 10, 11, 12, 15, 16]);
    assert_eq!(utf16_word_boundaries(text).bounds, [0, 1, 2, 4, 5, 8, 9, 10, 13, 14]);
    assert_eq!(utf16_word_boundaries(text), expected(text));
}

// Long ASCII runs (from a few hundred bytes) are read by two lanes of the automaton side by side,
// the run cut before its first space from the middle on. The tests below put that cut everywhere.

/// Every kind of join next to spaces: `'` and `.` between letters, `.` `,` `;` between digits,
/// `_`, a run of spaces, CR LF, a tab, and words ending in a separator that does not join.
const JOINS: &str = "It's 3.5 a.m.  x_y 1,000;2 U.S. \r\n \tend: e.g. ";

/// Word filler with no space, so that no cut falls in it: it makes runs long without adding cuts.
fn filler(len: usize) -> String {
    "ab.c'd1,2_".chars().cycle().take(len).collect()
}

#[test]
fn two_lanes_cut_at_every_position_of_a_short_text() {
    // Filler on both sides of the sample, as long as the middle of the run needs: the middle lands
    // on each byte of the sample in turn, so the cut falls on each of its spaces, after each kind
    // of join. The run is the whole text, or sits between non-ASCII text (the UTF-16 offsets in it
    // are then shifted, and the general path takes over where the second lane stops).
    let before = filler(700);
    for middle in 0..=JOINS.len() {
        let run = before.clone() + JOINS + &filler(before.len() + 2 * middle - JOINS.len());
        assert_eq!(run.len() / 2, before.len() + middle);
        for text in [run.clone(), format!("é{run}’s"), format!("日本 {run} 😀")] {
            assert_eq!(utf16_word_boundaries(&text), expected(&text), "middle at {middle}: {text:?}");
        }
    }
}

#[test]
fn two_lanes_cut_where_a_run_allows() {
    let cases = [
        // No space at all: one lane.
        "a.b'c".repeat(300),
        "don't.stop'now.".repeat(100),
        "line\r\n".repeat(200),
        "\r\n".repeat(400),
        // The cut inside runs of spaces, and spaces only before the middle (one lane).
        "a  b. 1.2  ".repeat(100),
        "a b ".repeat(100) + &filler(500),
        " ".repeat(1000),
        // The only space is the last byte, the text ends just after it or mid-word after it.
        filler(1000) + " ",
        filler(1000) + "  ",
        filler(1000) + " a.",
        filler(1000) + " 1,",
        filler(1000) + " a'",
        // Line breaks just before the only places to cut: LF, CR and CR LF before a space.
        ("x\n \n".to_owned() + &filler(20)).repeat(40),
        ("x\r \r".to_owned() + &filler(20)).repeat(40),
        ("x\r\n \r\n".to_owned() + &filler(20)).repeat(40),
        // Separators waiting for the next byte right before the cut.
        ("a. 1, b' 2; c: ".to_owned() + &filler(30)).repeat(30),
    ];
    for run in cases {
        // Alone, and with non-ASCII text around it: after it an ideographic space, right away or
        // after a space (spaces join across the seam), or a combining mark (which stays with the
        // byte before it).
        for text in [run.clone(), format!("{run}\u{3000}"), format!("é{run}\u{301}x"), format!("{run} \u{3000}x")] {
            assert_eq!(utf16_word_boundaries(&text), expected(&text), "{text:?}");
        }
    }
}

/// Pieces whose rules reach across the seam between ASCII and the rest.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9_ .,:;'\"\r\n\t-]{1,12}",
        Just("é".to_owned()),
        Just("’".to_owned()),
        Just("\u{301}".to_owned()),
        Just("\u{200D}".to_owned()),
        Just("日本".to_owned()),
        Just("😀".to_owned()),
        Just("\u{1F1E6}\u{1F1E8}".to_owned()),
        Just("\u{5D0}".to_owned()),
        Just("\u{3000}".to_owned()),
        Just("\u{85}".to_owned()),
        Just("\u{2060}".to_owned()),
        Just("١".to_owned()),
        any::<char>().prop_map(String::from),
    ]
}

/// Long ASCII runs, read by two lanes, from a few characters (so that joins, runs of spaces and
/// line breaks are frequent) or from many, each cut by a piece of the other kinds now and then.
fn long_runs() -> impl Strategy<Value = String> {
    let run = prop_oneof!["[ab1_.,:;' \r\n]{300,1500}", "[a-zA-Z0-9_ .,:;'\"\r\n\t-]{300,1500}"];
    prop::collection::vec((run, piece()), 1..4)
        .prop_map(|parts| parts.into_iter().map(|(run, piece)| run + &piece).collect())
}

proptest! {
    #![proptest_config(support::proptest_config(2000))]

    #[test]
    fn mixed_text(pieces in prop::collection::vec(piece(), 0..30)) {
        let text = pieces.concat();
        prop_assert_eq!(utf16_word_boundaries(&text), expected(&text));
    }

    #[test]
    fn long_ascii_runs(text in long_runs()) {
        prop_assert_eq!(utf16_word_boundaries(&text), expected(&text));
    }
}
