//! Spans and the UTF-8 → UTF-16 offset tracker.
//!
//! The Rust API speaks in byte ranges into a `&str`; JavaScript speaks in UTF-16 code units.
//! [`Utf16Cursor`] converts the first into the second while walking the text once: asked for
//! offsets in (mostly) increasing order, it only counts the bytes between consecutive offsets, so
//! converting every span of a text costs one pass over it, not one pass per span.
//!
//! In ASCII text a byte offset and a UTF-16 offset move together (every character is one byte and
//! one unit), so the cursor remembers how far ASCII text extends ahead of it and moves through it
//! by adding the distance, without looking at the bytes again. English text, where a non-ASCII
//! character (a curly quote, a dash) turns up every few hundred bytes, is converted almost
//! entirely this way.

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
    bytes.iter().map(|&b| usize::from((b & 0xC0) != 0x80) + usize::from(b >= 0xF0)).sum()
}

/// Rewrites byte offsets of `text`, given in increasing order, as the UTF-16 offsets of the same
/// places, in one pass: a boundary array of a million entries (the words or graphemes of a
/// megabyte) costs about a subtraction per entry through ASCII text, plus one look at each byte
/// of the rest.
///
/// Every offset must lie on a `char` boundary of `text`, at most its length.
///
/// ```
/// // `é` is two bytes and one unit, `😀` four bytes and two units.
/// let mut offsets = [0, 2, 5, 9, 10];
/// textlens::utf16_offsets_in_place("été😀!", &mut offsets);
/// assert_eq!(offsets, [0, 1, 3, 5, 6]);
/// ```
pub fn utf16_offsets_in_place(text: &str, offsets: &mut [u32]) {
    let bytes = text.as_bytes();
    // Byte offsets are `lead` ahead of UTF-16 ones up to `ascii_end`, the end of an ASCII run.
    let (mut lead, mut ascii_end) = (0, ascii_prefix_len(bytes));
    // Offsets come in order, so when the last of a block is in the run, all are: the block is
    // one subtraction, which vectorises.
    for block in offsets.chunks_mut(16) {
        if block.last().is_some_and(|&last| last as usize <= ascii_end) {
            // The lead is at most the byte offset, which fits.
            block.iter_mut().for_each(|offset| *offset -= lead as u32);
            continue;
        }
        for offset in block {
            let byte = *offset as usize;
            if byte > ascii_end {
                lead += (byte - ascii_end) - utf16_len(&bytes[ascii_end..byte]);
                ascii_end = byte + ascii_prefix_len(&bytes[byte..]);
            }
            *offset = (byte - lead) as u32;
        }
    }
}

/// Fails unless every UTF-16 offset of `text` fits in a `u32`, as JavaScript's do: `what` (the
/// function that hands out `u32` offsets) takes texts under 4 GiB.
pub(crate) fn check_u32_offsets(what: &str, text: &str) -> crate::Result<()> {
    if u32::try_from(text.len()).is_ok() {
        return Ok(());
    }
    Err(crate::Error::new(
        crate::ErrorKind::InvalidInput,
        format!("{what}: the text is {} bytes long; UTF-16 offsets as u32 take texts under 4 GiB", text.len()),
    ))
}

/// Length of the ASCII prefix of `bytes`, checked a block at a time (`<[u8]>::is_ascii` reads a
/// machine word at once).
pub(crate) fn ascii_prefix_len(bytes: &[u8]) -> usize {
    const BLOCK: usize = 32;
    let clean = bytes.chunks(BLOCK).take_while(|block| block.is_ascii()).count() * BLOCK;
    if clean >= bytes.len() {
        return bytes.len();
    }
    clean + bytes[clean..].iter().position(|b| !b.is_ascii()).unwrap_or(bytes.len() - clean)
}

/// Converts byte offsets of one text into UTF-16 offsets, walking the text once.
///
/// The cursor remembers the last offset it converted; converting the next one costs the distance
/// between the two, in either direction. Spans sorted by start (words, sentences, matches) are
/// therefore converted in time linear in the text plus the number of spans; through ASCII text
/// (see the module docs) the cost of a step does not depend on its length.
#[derive(Clone, Debug)]
pub struct Utf16Cursor<'t> {
    bytes: &'t [u8],
    byte: usize,
    utf16: usize,
    /// The bytes `ascii_start..ascii_end` are ASCII. The range is looked up afresh (from the
    /// cursor on) whenever the cursor moves to or past its end, so it only ever moves forward and
    /// the look-ups read each byte of the text at most once.
    ascii_start: usize,
    ascii_end: usize,
}

impl<'t> Utf16Cursor<'t> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'t str) -> Self {
        Utf16Cursor { bytes: text.as_bytes(), byte: 0, utf16: 0, ascii_start: 0, ascii_end: 0 }
    }

    /// The UTF-16 offset of the byte offset `byte`, which must lie on a `char` boundary of the
    /// text (offsets beyond the end are clamped to it).
    #[inline]
    pub fn utf16_offset(&mut self, byte: usize) -> usize {
        if self.ascii_start <= self.byte && self.byte <= byte && byte < self.ascii_end {
            self.utf16 += byte - self.byte;
            self.byte = byte;
            return self.utf16;
        }
        self.move_to(byte)
    }

    /// [`utf16_offset`](Self::utf16_offset) outside the known ASCII.
    fn move_to(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte >= self.byte {
            self.utf16 += self.units_between(self.byte, byte);
            if byte >= self.ascii_end {
                self.ascii_start = byte;
                self.ascii_end = byte + ascii_prefix_len(&self.bytes[byte..]);
            }
        } else {
            self.utf16 -= self.units_between(byte, self.byte);
        }
        self.byte = byte;
        self.utf16
    }

    /// UTF-16 units of the bytes `from..to`: their number, where they are known to be ASCII.
    fn units_between(&self, from: usize, to: usize) -> usize {
        if self.ascii_start <= from && to <= self.ascii_end {
            to - from
        } else {
            utf16_len(&self.bytes[from..to])
        }
    }

    /// The UTF-16 range of a byte span.
    #[inline]
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
    fn offsets_in_place_agree_with_the_cursor() {
        // Long enough for blocks of offsets wholly in ASCII, wholly outside and across the two.
        let long = "x".repeat(40) + "é" + &"y ".repeat(30) + "😀日本" + &"z".repeat(17);
        for text in ["", "abc", "é", "a日本b c", "😀", "a😀b", "ab\u{301}cd e\u{301}\u{301} f", long.as_str()] {
            let mut offsets: Vec<u32> =
                (0..=text.len()).filter(|&i| text.is_char_boundary(i)).map(|i| i as u32).collect();
            let mut cursor = Utf16Cursor::new(text);
            let expected: Vec<u32> = offsets.iter().map(|&i| cursor.utf16_offset(i as usize) as u32).collect();
            utf16_offsets_in_place(text, &mut offsets);
            assert_eq!(offsets, expected, "{text:?}");
            // Some offsets only, skipping runs of either kind.
            let mut ends = [0, text.len() as u32];
            utf16_offsets_in_place(text, &mut ends);
            assert_eq!(ends, [0, text.encode_utf16().count() as u32], "{text:?}");
        }
    }

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

    #[test]
    fn cursor_agrees_across_ascii_runs_in_any_order() {
        let text = "plain ascii “quoted” more ascii 😀 end, then é and a long ascii tail";
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let expected = |byte: usize| text[..byte].encode_utf16().count();
        // Forward in steps of every size, then jumping back and forth.
        for step in 1..=9 {
            let mut cursor = Utf16Cursor::new(text);
            for &byte in offsets.iter().step_by(step) {
                assert_eq!(cursor.utf16_offset(byte), expected(byte), "step {step}, byte {byte}");
            }
        }
        let mut cursor = Utf16Cursor::new(text);
        for (i, &byte) in offsets.iter().enumerate() {
            let back = offsets[i / 2];
            assert_eq!(cursor.utf16_offset(byte), expected(byte), "byte {byte}");
            assert_eq!(cursor.utf16_offset(back), expected(back), "back to {back}");
        }
    }

    #[test]
    fn ascii_prefix_len_stops_at_the_first_non_ascii_byte() {
        for (text, len) in [("", 0), ("abc", 3), ("é", 0), ("ab😀", 2), (&"x".repeat(70), 70)] {
            assert_eq!(ascii_prefix_len(text.as_bytes()), len, "{text:?}");
        }
        let long = format!("{}é{}", "a".repeat(100), "b".repeat(10));
        assert_eq!(ascii_prefix_len(long.as_bytes()), 100);
    }
}
