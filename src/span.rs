//! Spans and the UTF-8 → UTF-16 offset tracker.
//!
//! The Rust API speaks in byte ranges into a `&str`; JavaScript speaks in UTF-16 code units.
//! [`Utf16Cursor`] converts the first into the second while walking the text once: asked for
//! offsets in (mostly) increasing order, it only counts the bytes between consecutive offsets, so
//! converting every span of a text costs one pass over it, not one pass per span.

use std::ops::Range;

/// A half-open byte range `start..end` into the text it was computed from.
///
/// Both ends always lie on `char` boundaries (and, for segments, on grapheme boundaries), so
/// `&text[span.range()]` never panics for the text the span came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range`, for slicing.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text the span covers.
    ///
    /// # Panics
    /// If the span does not come from `text` (out of bounds or off a `char` boundary).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

/// Number of UTF-16 code units needed to encode the UTF-8 `bytes`.
///
/// Every byte that starts a character adds one unit and every four-byte lead byte (an astral
/// character, encoded as a surrogate pair) adds a second. The loop has no branches, so it
/// vectorises.
pub fn utf16_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from((b & 0xC0) != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

/// Converts byte offsets of one text into UTF-16 offsets, walking the text once.
///
/// The cursor remembers the last offset it converted; converting the next one costs the distance
/// between the two, in either direction. Spans sorted by start (words, sentences, matches) are
/// therefore converted in time linear in the text plus the number of spans.
#[derive(Clone, Debug)]
pub struct Utf16Cursor<'t> {
    bytes: &'t [u8],
    byte: usize,
    utf16: usize,
}

impl<'t> Utf16Cursor<'t> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'t str) -> Self {
        Utf16Cursor { bytes: text.as_bytes(), byte: 0, utf16: 0 }
    }

    /// The UTF-16 offset of the byte offset `byte`, which must lie on a `char` boundary of the
    /// text (offsets beyond the end are clamped to it).
    pub fn utf16_offset(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte >= self.byte {
            self.utf16 += utf16_len(&self.bytes[self.byte..byte]);
        } else {
            self.utf16 -= utf16_len(&self.bytes[byte..self.byte]);
        }
        self.byte = byte;
        self.utf16
    }

    /// The UTF-16 range of a byte span.
    pub fn utf16_span(&mut self, span: Span) -> Span {
        let start = self.utf16_offset(span.start);
        let end = self.utf16_offset(span.end);
        Span::new(start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_len_counts_surrogate_pairs_twice() {
        for text in ["", "abc", "é", "日本", "😀", "a😀b", "👩‍👩‍👧", "e\u{301}"] {
            assert_eq!(utf16_len(text.as_bytes()), text.encode_utf16().count(), "{text:?}");
        }
    }

    #[test]
    fn cursor_moves_both_ways() {
        let text = "a😀bé日";
        let mut cursor = Utf16Cursor::new(text);
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for &byte in offsets.iter().chain(offsets.iter().rev()) {
            let expected = text[..byte].encode_utf16().count();
            assert_eq!(cursor.utf16_offset(byte), expected, "byte {byte}");
        }
    }
}
