//! Unicode 17.0.0 conformance (UAX #29): every case of the official break tests, forwards.
//!
//! Graphemes and words must match exactly; sentences in the strict "uax29" mode too. (Article
//! mode departs from UAX #29 on purpose and is tested by `tests/sentences.rs`.)

mod support;

use support::BreakCase;
use textlens::split::{graphemes, words, SentenceMode, SentenceSplitter};
use textlens::Span;

fn check(name: &str, cases: &[BreakCase], expected_count: usize, split: impl Fn(&str) -> Vec<Span>) {
    assert_eq!(cases.len(), expected_count, "{name}: number of cases");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let got: Vec<&str> = split(&case.input).iter().map(|s| s.text(&case.input)).collect();
            (got != case.segments).then(|| format!("{:?}: expected {:?}, got {got:?}", case.input, case.segments))
        })
        .collect();
    assert!(failures.is_empty(), "{name}: {} of {} cases fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn graphemes_conform() {
    check("grapheme", &support::grapheme_cases(), 766, |text| graphemes(text).collect());
}

#[test]
fn words_conform() {
    check("word", &support::word_cases(), 1944, |text| words(text).map(|w| w.span).collect());
}

#[test]
fn uax29_sentences_conform() {
    let splitter = SentenceSplitter::new().mode(SentenceMode::Uax29);
    check("sentence", &support::sentence_cases(), 512, |text| splitter.split(text));
}
