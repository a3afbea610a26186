//! Sentences (stub, replaced by the article-mode splitter).
use crate::Span;
use super::abbreviations::Abbreviation;
use unicode_segmentation::UnicodeSegmentation;

/// How sentences are found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SentenceMode {
    /// Tuned for news text.
    #[default]
    Article,
    /// Strict UAX #29.
    Uax29,
}

/// A configured sentence splitter.
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitter {
    mode: SentenceMode,
    extra: Vec<Abbreviation>,
}

impl SentenceSplitter {
    /// Default splitter.
    pub fn new() -> Self { Self::default() }
    /// Sets the mode.
    pub fn mode(mut self, mode: SentenceMode) -> Self { self.mode = mode; self }
    /// Adds abbreviations.
    pub fn abbreviations(mut self, extra: impl IntoIterator<Item = Abbreviation>) -> Self { self.extra.extend(extra); self }
    /// Splits.
    pub fn split(&self, text: &str) -> Vec<Span> {
        text.split_sentence_bound_indices().map(|(s, t)| Span::new(s, s + t.len())).collect()
    }
}

/// Article-mode sentences of `text`.
pub fn sentences(text: &str) -> Vec<Span> {
    SentenceSplitter::new().split(text)
}
