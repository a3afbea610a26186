//! `grapheme_boundaries` (the bulk form of the grapheme clusters, as byte boundaries), made UTF-16
//! as the wasm edge hands them out (`utf16_offsets_in_place`), against
//! the Unicode grapheme break tests and against the clusters of unicode-segmentation converted
//! independently: on every corpus file and on random text mixing ASCII with the characters whose
//! rules reach across it (marks, joiners, prepended marks, regional indicators, CR LF).

#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use textlens::split::{grapheme_boundaries, graphemes};
use textlens::utf16_offsets_in_place;

/// The grapheme boundaries of `text` as UTF-16 offsets, as the wasm edge hands them out.
fn utf16_grapheme_boundaries(text: &str) -> Vec<u32> {
    let mut bounds = grapheme_boundaries(text).unwrap();
    utf16_offsets_in_place(text, &mut bounds);
    bounds
}

/// The clusters of `text` by unicode-segmentation, each end found by adding the length of the
/// cluster encoded as UTF-16.
fn expected(text: &str) -> Vec<u32> {
    let mut bounds = vec![0];
    for cluster in graphemes(text) {
        bounds.push(bounds[bounds.len() - 1] + cluster.text(text).encode_utf16().count() as u32);
    }
    bounds
}

#[test]
fn unicode_grapheme_break_tests() {
    let cases = support::grapheme_cases();
    assert_eq!(cases.len(), 766);
    for case in &cases {
        let mut official = vec![0];
        for cluster in &case.segments {
            official.push(official[official.len() - 1] + cluster.encode_utf16().count() as u32);
        }
        assert_eq!(utf16_grapheme_boundaries(&case.input), official, "{:?}", case.input);
    }
}

#[test]
fn every_corpus_file() {
    for (path, text) in support::corpus_files() {
        assert!(utf16_grapheme_boundaries(&text) == expected(&text), "{}", path.display());
    }
}

#[test]
fn edges() {
    assert_eq!(utf16_grapheme_boundaries(""), [0]);
    assert_eq!(utf16_grapheme_boundaries("a"), [0, 1]);
    assert_eq!(utf16_grapheme_boundaries("\r\n"), [0, 2]);
    assert_eq!(utf16_grapheme_boundaries("\u{301}"), [0, 1]);
    // A long ASCII run, then a mark that joins its last letter.
    let text = format!("{}e\u{301}", "x".repeat(1000));
    let bounds = utf16_grapheme_boundaries(&text);
    assert_eq!(bounds.len(), 1002);
    assert_eq!(bounds[1000..], [1000, 1002]);
}

/// Characters whose rules reach across the seam between ASCII and the rest: CR LF, a precomposed
/// letter, a combining mark, ZWJ, a spacing mark, a prepended mark, a regional indicator, an emoji
/// and its skin tone, a Hangul syllable in jamo, Thai SARA AM, an ideograph.
const SEAM_PIECES: [&str; 12] = [
    "\r\n",
    "é",
    "\u{301}",
    "\u{200D}",
    "\u{903}",
    "\u{600}",
    "\u{1F1E6}",
    "😀",
    "\u{1F3FB}",
    "\u{1100}\u{1161}",
    "\u{E33}",
    "日",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9 .\r\n]{1,12}",
        prop::sample::select(&SEAM_PIECES[..]).prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(support::proptest_config(2000))]

    #[test]
    fn mixed_text(pieces in prop::collection::vec(piece(), 0..30)) {
        let text = pieces.concat();
        prop_assert_eq!(utf16_grapheme_boundaries(&text), expected(&text));
    }
}
