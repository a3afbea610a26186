//! `word_boundaries` (the bulk form of the word segments, as UTF-16 boundaries and word-like
//! flags) against the segments of unicode-segmentation, converted independently: on the Unicode
//! word break tests, on every corpus file and on random text mixing ASCII with the characters
//! whose rules reach across it.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use textlens::split::{word_boundaries, words_unicode, WordBoundaries};

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
        let got = word_boundaries(&case.input).unwrap();
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
        assert!(word_boundaries(&text).unwrap() == expected(&text), "{}", path.display());
    }
}

#[test]
fn edges() {
    let none = WordBoundaries { bounds: vec![0], word_like: vec![] };
    assert_eq!(word_boundaries("").unwrap(), none);
    // One segment, ASCII and not.
    assert_eq!(word_boundaries("word").unwrap(), WordBoundaries { bounds: vec![0, 4], word_like: vec![1] });
    assert_eq!(word_boundaries("日").unwrap(), WordBoundaries { bounds: vec![0, 1], word_like: vec![1] });
    // An astral character counts two UTF-16 units, and the ASCII after it is offset by them.
    let text = "a 😀 b.c, 1.5.";
    assert_eq!(word_boundaries(text).unwrap().bounds, [0, 1, 2, 4, 5, 8, 9, 10, 13, 14]);
    assert_eq!(word_boundaries(text).unwrap(), expected(text));
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn mixed_text(pieces in prop::collection::vec(piece(), 0..30)) {
        let text = pieces.concat();
        prop_assert_eq!(word_boundaries(&text).unwrap(), expected(&text));
    }
}
