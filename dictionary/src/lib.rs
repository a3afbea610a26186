//! Word boundaries for the scripts that write words without spaces.
//!
//! Chinese, Japanese, Thai, Lao, Khmer and Burmese need a dictionary or a model to find where words
//! end: UAX #29 alone gives one segment per ideograph or kana and one per run of Thai letters.
//! [`word_breaks`] finds them with ICU4X's word segmenter and its compiled data (LSTM models for
//! the South-East Asian scripts), except in runs of Han and kana, where it chooses the words
//! itself from the same dictionary ([`cjk`]): ICU4X takes the longest dictionary word at each
//! step, which the gold data shows to be much worse than the cheapest path through the dictionary's
//! word costs that ICU4C (and so `Intl.Segmenter`) takes.
//!
//! It is a crate of its own because the data is large: textlens links it directly in Rust (its
//! `dictionary` feature), while the npm package ships it as a second wasm module that is only
//! fetched for text that needs it.

mod cjk;
mod thai;
#[cfg(target_arch = "wasm32")]
mod wasm;

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};

/// The word boundaries strictly inside `text` (byte offsets, increasing, each a grapheme cluster
/// boundary): UAX #29 as ICU implements it, with dictionary and model boundaries in runs of
/// Chinese, Japanese, Thai, Lao, Khmer and Burmese.
///
/// ```
/// let text = "東京都に住む";
/// let breaks = textlens_dictionary::word_breaks(text);
/// let words: Vec<&str> = [0].into_iter().chain(breaks.iter().copied()).zip(breaks.iter().copied().chain([text.len()]))
///     .map(|(start, end)| &text[start..end]).collect();
/// assert_eq!(words, ["東京", "都", "に", "住む"]);
/// ```
pub fn word_breaks(text: &str) -> Vec<usize> {
    let icu = segmenter().segment_str(text).filter(|&b| b > 0 && b < text.len());
    let mut icu = icu.peekable();
    let mut breaks = Vec::new();
    // ICU4X's boundaries outside the Han and kana runs and at their ends; the dictionary's inside.
    for run in cjk::runs(text) {
        while let Some(b) = icu.next_if(|&b| b <= run.start) {
            breaks.push(b);
        }
        while icu.next_if(|&b| b < run.end).is_some() {}
        breaks.extend(cjk::breaks(&text[run.clone()]).into_iter().map(|b| run.start + b));
    }
    breaks.extend(icu);
    if text.chars().any(|c| matches!(c, '\u{0E00}'..='\u{0E7F}')) {
        breaks = thai::correct(text, breaks);
    }
    breaks
}

fn segmenter() -> WordSegmenterBorrowed<'static> {
    WordSegmenter::new_auto(WordBreakInvariantOptions::default())
}
