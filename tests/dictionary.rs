//! Dictionary words through the core's plug (`textlens::dictionary`, with the `dictionary`
//! feature the tests turn on): where the segmenter is asked, that its segments tile the text at
//! every seam between scripts, and that hostile runs (10 MB without a space) stay linear.

#![cfg(not(target_arch = "wasm32"))]

use textlens::dictionary::{dictionary_word_boundaries, stretches, words};
use textlens::split::{self, graphemes};

/// Pieces of every kind the seams are made of: each dictionary script, Hangul, Latin, digits,
/// spaces, punctuation, an emoji, a combining mark, a variation selector.
const PIECES: &[&str] = &[
    "東京",
    "ひらがな",
    "カタカナー",
    "ภาษาไทย",
    "ພາສາລາວ",
    "ភាសាខ្មែរ",
    "မြန်မာ",
    "한국어",
    "abc",
    "123",
    " ",
    "\u{3000}",
    "。",
    "、",
    ".",
    "'",
    "😀",
    "\u{301}",
    "\u{E0100}",
    "ๆ",
    "ก.",
    "三百",
];

/// Asserts that `words(text)` tiles `text` at grapheme boundaries and flags words as UAX #29
/// would (a letter or number, not starting with white space), and that the boundaries form agrees.
fn assert_tiles(text: &str) {
    let found = words(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    let grapheme_starts: std::collections::HashSet<usize> = graphemes(text).map(|g| g.start).collect();
    let mut pos = 0;
    for word in &found {
        assert_eq!(word.span.start, pos, "{text:?}: a gap or overlap at {pos}");
        assert!(word.span.end > word.span.start, "{text:?}: an empty segment at {pos}");
        assert!(grapheme_starts.contains(&word.span.start), "{text:?}: a segment starts inside a grapheme at {pos}");
        let segment = word.span.text(text);
        let word_like = !segment.starts_with(char::is_whitespace) && segment.chars().any(char::is_alphanumeric);
        assert_eq!(word.word_like, word_like, "{text:?}: {segment:?}");
        pos = word.span.end;
    }
    assert_eq!(pos, text.len(), "{text:?}: the segments stop short");
    let utf16 = dictionary_word_boundaries(text).unwrap();
    let expected: Vec<u32> = std::iter::once(0).chain(found.iter().map(|w| w.span.end as u32)).collect();
    assert_eq!(utf16.bounds, expected, "{text:?}");
    assert_eq!(utf16.word_like.len(), found.len());
}

#[test]
fn segments_tile_at_every_seam_of_two_and_three_pieces() {
    for a in PIECES {
        for b in PIECES {
            assert_tiles(&format!("{a}{b}"));
            for c in ["日", "ไ", "x", " "] {
                assert_tiles(&format!("{a}{b}{c}{a}"));
            }
        }
    }
}

#[test]
fn text_without_dictionary_scripts_keeps_uax29_words() {
    for text in ["Hello, world.", "한국어 텍스트입니다", "café 3.14 don't", "", "  \n"] {
        assert!(stretches(text).is_empty(), "{text:?}");
        let expected: Vec<_> = split::words(text).collect();
        assert_eq!(words(text).unwrap(), expected, "{text:?}");
        assert_eq!(dictionary_word_boundaries(text).unwrap(), split::word_boundaries(text).unwrap());
    }
}

#[test]
fn stretches_are_runs_between_spaces_that_hold_a_dictionary_script() {
    let text = "Go to 東京タワー, see iPhone的 and ไทย2 — 한국 ok";
    let found: Vec<&str> = stretches(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(found, ["東京タワー,", "iPhone的", "ไทย2"]);
}

#[test]
fn mixed_words_in_a_stretch() {
    let text = "在2024年买了iPhone手机";
    let found: Vec<&str> = words(text).unwrap().iter().filter(|w| w.word_like).map(|w| w.span.text(text)).collect();
    assert_eq!(found, ["在", "2024", "年", "买", "了", "iPhone", "手机"]);
}

/// 10 MB without a space is one stretch: the segmenter must be linear in it.
#[test]
fn ten_megabytes_of_thai_without_spaces() {
    let unit = "ภาษาไทยง่ายมาก";
    let text = unit.repeat(10_000_000 / unit.len());
    let found = words(&text).unwrap();
    assert_eq!(found.iter().map(|w| w.span.end - w.span.start).sum::<usize>(), text.len());
    assert!(found.iter().all(|w| w.word_like));
    // Several words per repetition, not one per character nor one for the whole run.
    let repetitions = text.len() / unit.len();
    assert!(found.len() >= 2 * repetitions && found.len() <= unit.chars().count() * repetitions);
}

#[test]
fn ten_megabytes_of_one_ideograph() {
    let text = "日".repeat(10_000_000 / 3);
    let found = words(&text).unwrap();
    let mut pos = 0;
    for word in &found {
        assert_eq!(word.span.start, pos);
        pos = word.span.end;
    }
    assert_eq!(pos, text.len());
}

#[test]
fn ten_megabytes_of_numerals_and_kana_in_turn() {
    let text = "一二の".repeat(10_000_000 / 9);
    let found = words(&text).unwrap();
    assert_eq!(found.iter().map(|w| w.span.end - w.span.start).sum::<usize>(), text.len());
    let first: Vec<&str> = found.iter().take(4).map(|w| w.span.text(&text)).collect();
    assert_eq!(first, ["一二", "の", "一二", "の"]);
}

#[test]
fn hangul_does_not_join_across_quotes_and_middle_dots() {
    let word_texts = |text: &'static str| -> Vec<&'static str> {
        words(text).unwrap().iter().filter(|w| w.word_like).map(|w| w.span.text(text)).collect()
    };
    // Quoted words, a quote inside an eojeol, the middle dot between two place names.
    assert_eq!(word_texts("‘사과’를 먹었다"), ["사과", "를", "먹었다"]);
    assert_eq!(word_texts("이른바 '착한'이라는 말"), ["이른바", "착한", "이라는", "말"]);
    assert_eq!(word_texts("서울·부산 지역"), ["서울", "부산", "지역"]);
    // Elsewhere UAX #29 stands: numbers, Latin, and digits joined to Hangul.
    assert_eq!(word_texts("3.5배 don't 2층"), ["3.5배", "don't", "2층"]);
    let text = "'가'";
    let boundaries = dictionary_word_boundaries(text).unwrap();
    assert_eq!(boundaries.bounds, [0, 1, 4, 5]);
    assert_eq!(boundaries.word_like, [0, 1, 0]);
}
