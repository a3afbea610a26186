//! Graphemes and words (UAX #29), with an ASCII fast path for words.
//!
//! Graphemes come straight from `unicode-segmentation`. Words do too, except inside runs of ASCII
//! text, where [`ascii_words`] applies the same UAX #29 rules restricted to ASCII from a 128-entry
//! class table: about five times faster on English text, and invisible to callers, since a
//! property test and the Unicode conformance suite hold both paths to the same answers.
//!
//! The two paths hand over only at word boundaries. The fast path keeps a boundary only where
//! every character the rules look at (two before, one after) is ASCII, so a run that ends next to
//! a non-ASCII letter, mark or quote (`café`, `e\u{301}`, `don’t`) is finished by the general path,
//! which then hands back at the first boundary followed by ASCII. Restarting UAX #29 at a boundary
//! is sound: no rule that reaches back across a boundary can join the characters after it.

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
    let mut pending: Vec<Word> = Vec::new();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pending.is_empty() {
            if pos >= text.len() {
                return None;
            }
            pos = if text.as_bytes()[pos].is_ascii() {
                ascii_words(text, pos, &mut pending)
            } else {
                general_words(text, pos, &mut pending)
            };
            pending.reverse();
        }
        pending.pop()
    })
}

/// The word segments of `text` by `unicode-segmentation` alone: the reference for the fast path.
pub fn words_unicode(text: &str) -> impl Iterator<Item = Word> + '_ {
    text.split_word_bound_indices().map(|(start, segment)| Word {
        span: Span::new(start, start + segment.len()),
        word_like: is_word_like(segment),
    })
}

/// Whether a word segment holds a letter or a digit of any script.
pub(crate) fn is_word_like(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

/// Segments from the boundary `start` with the general path, up to the first boundary followed
/// by ASCII (or the end). Returns where it stopped.
fn general_words(text: &str, start: usize, out: &mut Vec<Word>) -> usize {
    for word in words_unicode(&text[start..]) {
        let span = Span::new(word.span.start + start, word.span.end + start);
        out.push(Word { span, ..word });
        if text.as_bytes().get(span.end).is_none_or(u8::is_ascii) {
            return span.end;
        }
    }
    text.len()
}

/// Segments the ASCII run starting at the boundary `start` with the fast path, keeping only the
/// boundaries decided from ASCII alone; finishes with the general path if it kept none. Returns
/// where it stopped.
fn ascii_words(text: &str, start: usize, out: &mut Vec<Word>) -> usize {
    let bytes = text.as_bytes();
    let run_end = bytes[start..].iter().position(|b| !b.is_ascii()).map_or(bytes.len(), |i| start + i);
    // A boundary at `i` looks at bytes up to `i` (and `i + 1` for a following separator), so it is
    // certain only if those are ASCII; the end of the text is always a boundary.
    let safe_end = if run_end == bytes.len() { run_end } else { run_end.saturating_sub(2) };
    let mut pos = start;
    while pos < run_end {
        let end = ascii_segment_end(&bytes[..run_end], pos);
        if end > safe_end {
            break;
        }
        out.push(Word { span: Span::new(pos, end), word_like: bytes[pos..end].iter().any(u8::is_ascii_alphanumeric) });
        pos = end;
    }
    if pos == start {
        general_words(text, start, out)
    } else {
        pos
    }
}

/// UAX #29 word-break classes of the ASCII characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WordClass {
    Cr,
    Lf,
    Newline,
    Space,
    Letter,
    Digit,
    Underscore,
    /// `:` (MidLetter).
    MidLetter,
    /// `.` and `'` (MidNumLet and Single_Quote).
    MidNumLet,
    /// `,` and `;` (MidNum).
    MidNum,
    Other,
}

impl WordClass {
    const TABLE: [WordClass; 128] = {
        let mut table = [WordClass::Other; 128];
        let mut b = 0;
        while b < 128 {
            table[b] = match b as u8 {
                b'\r' => WordClass::Cr,
                b'\n' => WordClass::Lf,
                0x0B | 0x0C => WordClass::Newline,
                b' ' => WordClass::Space,
                b'a'..=b'z' | b'A'..=b'Z' => WordClass::Letter,
                b'0'..=b'9' => WordClass::Digit,
                b'_' => WordClass::Underscore,
                b':' => WordClass::MidLetter,
                b'.' | b'\'' => WordClass::MidNumLet,
                b',' | b';' => WordClass::MidNum,
                _ => WordClass::Other,
            };
            b += 1;
        }
        table
    };

    fn of(byte: u8) -> WordClass {
        WordClass::TABLE[usize::from(byte & 0x7F)]
    }

    /// Letters, digits and `_` join each other (WB5, WB8–WB10, WB13a, WB13b).
    fn is_word_char(self) -> bool {
        matches!(self, WordClass::Letter | WordClass::Digit | WordClass::Underscore)
    }
}

/// End of the ASCII word segment starting at `pos` of `bytes` (all ASCII), treating the end of
/// `bytes` as the end of the text.
fn ascii_segment_end(bytes: &[u8], pos: usize) -> usize {
    let class_at = |i: usize| bytes.get(i).map(|&b| WordClass::of(b));
    match WordClass::of(bytes[pos]) {
        WordClass::Cr if class_at(pos + 1) == Some(WordClass::Lf) => pos + 2,
        WordClass::Space => pos + bytes[pos..].iter().take_while(|&&b| b == b' ').count(),
        class if class.is_word_char() => {
            let mut i = pos + 1;
            while let Some(class) = class_at(i) {
                let previous = WordClass::of(bytes[i - 1]);
                let next = class_at(i + 1);
                let joins_letters = previous == WordClass::Letter
                    && matches!(class, WordClass::MidLetter | WordClass::MidNumLet)
                    && next == Some(WordClass::Letter);
                let joins_digits = previous == WordClass::Digit
                    && matches!(class, WordClass::MidNum | WordClass::MidNumLet)
                    && next == Some(WordClass::Digit);
                i += if class.is_word_char() {
                    1
                } else if joins_letters || joins_digits {
                    2
                } else {
                    break;
                };
            }
            i
        }
        _ => pos + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both_paths(text: &str) -> (Vec<Word>, Vec<Word>) {
        (words(text).collect(), words_unicode(text).collect())
    }

    #[test]
    fn fast_path_agrees_at_ascii_and_unicode_seams() {
        for text in [
            "", "a", "café au lait", "e\u{301}a", "don’t stop", "3.14 1,000 a.b a..b", "x_y _ __ a_1",
            "11:28am", "tab\there", "cr\r\nlf\n\rx", "a\u{200D}b", "\u{1F1E6}\u{1F1E8}a", "a'", "'a",
            "a.\u{301}b", "1.\u{301}2", "Ω.a", "a.Ω", "日本 ok", "ok 日本", "  \u{3000} ", "a\u{0B}b",
        ] {
            let (fast, general) = both_paths(text);
            assert_eq!(fast, general, "{text:?}");
        }
    }
}
