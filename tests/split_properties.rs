//! Property tests of splitting over arbitrary Unicode text, biased toward the hard parts:
//! combining marks, ZWJ emoji, CJK, RTL, CR/LF mixes, abbreviations and dots, quotes.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use textlens::split::{chunk, split, words, words_unicode, ChunkOptions, Granularity, SizeUnit};
use textlens::{Span, Utf16Cursor};
use unicode_segmentation::UnicodeSegmentation;

/// Pieces that stress the rules, glued together at random.
fn hard_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Mr. ".to_owned()),
        Just("U.S. ".to_owned()),
        Just("3.14".to_owned()),
        Just("...".to_owned()),
        Just("…".to_owned()),
        Just("“Quote.” ".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("👩‍👩‍👧".to_owned()),
        Just("日本語。".to_owned()),
        Just("שלום. ".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r".to_owned()),
        Just(" ".to_owned()),
        Just("don’t".to_owned()),
        Just("a.m. ".to_owned()),
        Just("1. ".to_owned()),
        Just("- ".to_owned()),
        Just("x@y.com".to_owned()),
        Just("?! ".to_owned()),
        Just("\u{200D}".to_owned()),
        Just("\u{1F1E6}\u{1F1E8}".to_owned()),
        Just("_".to_owned()),
        "[a-zA-Z]{1,8}",
        "[0-9.,:']{1,4}",
        "\\PC{1,3}",
        any::<char>().prop_map(String::from),
    ]
}

fn hard_text() -> impl Strategy<Value = String> {
    prop::collection::vec(hard_piece(), 0..40).prop_map(|pieces| pieces.concat())
}

fn assert_tiles(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut pos = 0;
    for span in spans {
        prop_assert_eq!(span.start, pos);
        prop_assert!(span.end > span.start);
        pos = span.end;
    }
    prop_assert_eq!(pos, text.len());
    Ok(())
}

fn is_grapheme_boundary(text: &str, pos: usize) -> bool {
    pos == text.len() || text.grapheme_indices(true).any(|(i, _)| i == pos)
}

proptest! {
    #![proptest_config(support::proptest_config(2000))]

    #[test]
    fn ascii_fast_path_agrees_with_unicode_segmentation(text in hard_text()) {
        prop_assert_eq!(words(&text).collect::<Vec<_>>(), words_unicode(&text).collect::<Vec<_>>());
    }

    #[test]
    fn every_granularity_tiles_on_grapheme_boundaries(text in hard_text()) {
        for granularity in Granularity::ALL {
            let spans = split(&text, granularity);
            if text.trim().is_empty() && matches!(granularity, Granularity::Sentence | Granularity::Paragraph) {
                prop_assert!(spans.is_empty());
                continue;
            }
            assert_tiles(&text, &spans)?;
            // UAX #29 itself lets a word boundary fall after a Prepend character, inside a grapheme.
            if granularity != Granularity::Word {
                for span in &spans {
                    prop_assert!(is_grapheme_boundary(&text, span.start), "{:?} cuts a grapheme", granularity);
                }
            }
        }
    }

    #[test]
    fn utf16_offsets_agree_with_byte_offsets(text in hard_text()) {
        let mut cursor = Utf16Cursor::new(&text);
        for span in split(&text, Granularity::Word) {
            let utf16 = cursor.utf16_span(span);
            prop_assert_eq!(utf16.start, text[..span.start].encode_utf16().count());
            prop_assert_eq!(utf16.len(), span.text(&text).encode_utf16().count());
        }
    }

    #[test]
    fn chunks_hold_their_size_and_remake_the_text(
        text in hard_text(), max_size in 2usize..40, overlap in 0usize..3, unit in 0usize..4,
    ) {
        let unit = [SizeUnit::Grapheme, SizeUnit::Word, SizeUnit::Utf16, SizeUnit::Gsm7][unit];
        let options = ChunkOptions { max_size, unit, overlap, ..ChunkOptions::new(1) };
        let size = |piece: &str| match unit {
            SizeUnit::Grapheme => piece.graphemes(true).count(),
            SizeUnit::Word => words_unicode(piece).filter(|w| w.word_like).count(),
            SizeUnit::Utf16 => piece.encode_utf16().count(),
            // GSM 03.38's extension table takes two septets; the rest of the alphabet is in the
            // BMP, so one septet is one UTF-16 unit there, as outside the alphabet.
            SizeUnit::Gsm7 => piece.chars().map(|c| if "\u{c}^{}\\[~]|€".contains(c) { 2 } else { c.len_utf16() }).sum(),
        };
        let chunks = chunk(&text, &options).expect("chunking fails only for maxSize 0");
        let mut pos = 0;
        for c in &chunks {
            let piece = c.span.text(&text);
            // A single grapheme larger than max_size is a chunk of its own.
            let fits = size(piece) <= max_size || piece.graphemes(true).count() == 1;
            prop_assert!(fits, "chunk {:?} has size {} > {}", piece, size(piece), max_size);
            prop_assert_eq!(c.fresh_start, pos);
            pos = c.span.end;
        }
        prop_assert_eq!(pos, text.len());
    }
}

#[test]
fn ascii_fast_path_agrees_on_the_whole_corpus() {
    for (path, text) in support::corpus_files() {
        let fast: Vec<_> = words(&text).collect();
        assert!(fast == words_unicode(&text).collect::<Vec<_>>(), "{}", path.display());
    }
}
