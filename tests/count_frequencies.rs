//! Top words as `count` lists them: hand-checked cases for what a reader expects to see.

use textlens::count::{count, CountOptions};

fn top_words(text: &str) -> Vec<(String, usize)> {
    let stats = count(text, &CountOptions::default()).unwrap();
    stats.frequencies.unwrap().words.into_iter().map(|t| (t.text, t.count)).collect()
}

fn listed(text: &str) -> Vec<String> {
    top_words(text).into_iter().map(|(word, _)| word).collect()
}

#[test]
fn stop_words_with_clitics_are_stop_words() {
    let text = "It's late and it’s cold. We're tired, don't wait, we can't stay. The ferry's gone.";
    assert_eq!(listed(text), ["late", "cold", "tired", "wait", "stay", "ferry's", "gone"]);
}

#[test]
fn initialisms_keep_their_periods_and_capitals() {
    let text = "The U.S. team met NATO envoys. U.S. officials and NATO staff spoke in Washington, D.C. today.";
    let words = top_words(text);
    assert_eq!(words[..2], [("U.S.".to_owned(), 2), ("NATO".to_owned(), 2)]);
    assert!(words.contains(&("D.C.".to_owned(), 1)), "{words:?}");
}

#[test]
fn other_words_are_listed_in_lower_case() {
    let text = "Harbour lights. The HARBOUR was quiet; harbour boats slept. A Boat left.";
    assert_eq!(listed(text), ["harbour", "lights", "quiet", "boats", "slept", "boat", "left"]);
    assert_eq!(top_words(text)[0], ("harbour".to_owned(), 3));
}

#[test]
fn a_word_also_written_in_lower_case_is_listed_in_lower_case() {
    let text = "STORM WARNING. The storm came. Warning lights flashed.";
    assert_eq!(listed(text), ["storm", "warning", "came", "lights", "flashed"]);
}
