//! Graphemes and words, on top of `unicode-segmentation` (UAX #29).

use crate::Span;
use unicode_segmentation::UnicodeSegmentation;

/// The extended grapheme clusters of `text`, as byte spans.
pub fn graphemes(text: &str) -> impl Iterator<Item = Span> + '_ {
    text.grapheme_indices(true).map(|(start, g)| Span::new(start, start + g.len()))
}

/// One UAX #29 word segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Word {
    /// Where the segment lies.
    pub span: Span,
    /// Whether it is a word (it has a letter or a number: Latin, ideographs, kana, Hangul, …)
    /// rather than whitespace, punctuation or symbols. The same notion as `Intl.Segmenter`'s
    /// `isWordLike`.
    pub word_like: bool,
}

/// The UAX #29 word segments of `text`: words and everything between them.
///
/// ```
/// use textlens::split::words;
/// let text = "It's 3.14, ok?";
/// let words: Vec<&str> = words(text).filter(|w| w.word_like).map(|w| w.span.text(text)).collect();
/// assert_eq!(words, ["It's", "3.14", "ok"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = Word> + '_ {
    text.split_word_bound_indices().map(|(start, segment)| Word {
        span: Span::new(start, start + segment.len()),
        word_like: is_word_like(segment),
    })
}

/// Whether a word segment holds a letter or a digit of any script.
pub(crate) fn is_word_like(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}
