//! Graphemes and words (UAX #29), with an ASCII fast path for words.
//!
//! Graphemes come straight from `unicode-segmentation`. Words do too, except inside runs of ASCII
//! text, where [`ascii_word`] applies the same UAX #29 rules restricted to ASCII from a 128-entry
//! class table: about five times faster on English text, and invisible to callers, since a
//! property test and the Unicode conformance suite hold both paths to the same answers.
//!
//! The two paths hand over only at word boundaries. The fast path keeps a boundary only where
//! every character the rules look at (two before, one after) is ASCII, so a run that ends next to
//! a non-ASCII letter, mark or quote (`café`, `e\u{301}`, `don’t`) is finished by the general path,
//! which then hands back at the first boundary followed by ASCII. Restarting UAX #29 at a boundary
//! is sound: no rule that reaches back across a boundary can join the characters after it.
//!
//! [`Words`] also implements [`Iterator::fold`], which `for_each`, `count`, `sum` and friends go
//! through: it runs over the certain part of each ASCII run in one loop that keeps its position in
//! a local, and steps through everything else (run ends, the general path) with `next`. The
//! segments are the same either way; folding only saves the per-call bookkeeping, which matters
//! when a segment is two or three bytes long, as half of English segments (the spaces) are.
//!
//! Callers that want every segment at once as UTF-16 offsets (the JavaScript edge) use
//! [`word_boundaries`](super::word_boundaries), which shares the class table below.

use crate::span::ascii_prefix_len;
use crate::Span;
use unicode_segmentation::{GraphemeCursor, UWordBoundIndices, UnicodeSegmentation};

/// The extended grapheme clusters of `text`, as byte spans.
pub fn graphemes(text: &str) -> impl Iterator<Item = Span> + '_ {
    text.grapheme_indices(true).map(|(start, g)| Span::new(start, start + g.len()))
}

/// Whether a grapheme cluster boundary lies at byte `offset` of `text` (its start and end are).
///
/// Splitting, counting and highlighting all ask this at places UAX #29's other rules chose: a
/// sentence end, a word boundary (which a prepended mark or a spacing mark can straddle), a
/// match. Between two ASCII characters only CR LF holds together (GB3), so that case needs no
/// cursor. Elsewhere it reads back as far as the rules need, which over a run of regional
/// indicators is all of the run: callers asking at many offsets in order use [`GraphemeBoundaries`].
pub(crate) fn is_grapheme_boundary(text: &str, offset: usize) -> bool {
    let bytes = text.as_bytes();
    if let (Some(&before), Some(&after)) = (bytes.get(offset.wrapping_sub(1)), bytes.get(offset)) {
        if before.is_ascii() && after.is_ascii() {
            return !(before == b'\r' && after == b'\n');
        }
    }
    GraphemeCursor::new(offset, text.len(), true).is_boundary(text, 0).unwrap_or(true)
}

/// Whether `byte` is an ASCII letter, digit or `_`, the characters between which UAX #29 never
/// puts a word boundary: one table lookup, for scans that look at every byte of a text.
pub(crate) fn is_ascii_word_byte(byte: u8) -> bool {
    static TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut byte = 0;
        while byte < 128 {
            table[byte] = WordClass::of(byte as u8).is_word_char();
            byte += 1;
        }
        table
    };
    TABLE[usize::from(byte)]
}

/// Whether a UAX #29 word boundary lies at byte `offset` of `bytes`, decided from the bytes
/// around it alone (two before, one after, as the fast path reads them); `None` where one of
/// those that matters is not ASCII, and the caller must segment.
///
/// Highlighting asks this at each hit's two ends instead of segmenting a whole text it found a
/// few matches in.
pub(crate) fn ascii_word_boundary(bytes: &[u8], offset: usize) -> Option<bool> {
    let (Some(&before), Some(&after)) = (bytes.get(offset.wrapping_sub(1)), bytes.get(offset)) else {
        return Some(true); // the start or end of the text (WB1, WB2)
    };
    if !before.is_ascii() || !after.is_ascii() {
        return None;
    }
    let (left, right) = (WordClass::of(before), WordClass::of(after));
    // The byte the rule looks at beyond the pair, if the pair is a word character and a separator.
    let beyond = |index: Option<usize>| match index.and_then(|i| bytes.get(i)) {
        Some(byte) if !byte.is_ascii() => None,
        byte => Some(byte.copied()),
    };
    let joined = match (left, right) {
        (WordClass::Cr, WordClass::Lf) | (WordClass::Space, WordClass::Space) => true,
        _ if left.is_word_char() && right.is_word_char() => true,
        _ if left.is_word_char() => beyond(Some(offset + 1))?.is_some_and(|next| joins_across(left, after, next)),
        _ if right.is_word_char() => {
            beyond(offset.checked_sub(2))?.is_some_and(|previous| joins_across(WordClass::of(previous), before, after))
        }
        _ => false,
    };
    Some(!joined)
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
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0, run_end: 0, safe_end: 0, general: None }
}

/// The word segments of `text` by `unicode-segmentation` alone: the reference the fast path is
/// held to. Not part of the API: only in the crate's own tests and with the `reference` feature,
/// which the fuzz targets turn on.
#[cfg(any(test, feature = "reference"))]
pub fn words_unicode(text: &str) -> impl Iterator<Item = Word> + '_ {
    text.split_word_bound_indices().map(|(start, segment)| Word {
        span: Span::new(start, start + segment.len()),
        word_like: is_word_like(segment),
    })
}

/// Whether a word segment holds a letter or a number of any script.
///
/// A segment that starts with white space is white space, whatever marks hang on it: UAX #29
/// attaches a combining mark to the character before it, even a space (`" \u{BC6}"`, a Tamil
/// vowel sign typed after a space), and many vowel signs are alphabetic.
pub(crate) fn is_word_like(segment: &str) -> bool {
    !segment.starts_with(char::is_whitespace) && segment.chars().any(char::is_alphanumeric)
}

/// Iterator over the word segments of a text; see [`words`].
#[derive(Clone, Debug)]
pub struct Words<'t> {
    text: &'t str,
    /// The next segment starts here (always a boundary).
    pos: usize,
    /// The ASCII run being segmented by the fast path is `..run_end`; its boundaries are certain
    /// up to `safe_end`.
    run_end: usize,
    safe_end: usize,
    /// The general path, while it runs: segments of `text[offset..]`, and `offset`.
    general: Option<(UWordBoundIndices<'t>, usize)>,
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        if let Some(word) = self.next_general() {
            return Some(word);
        }
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        if self.pos >= self.run_end {
            if !bytes[self.pos].is_ascii() {
                return self.start_general();
            }
            self.start_run();
        }
        let word = ascii_word(&bytes[..self.run_end], self.pos);
        if word.span.end > self.safe_end {
            return self.start_general();
        }
        self.pos = word.span.end;
        Some(word)
    }

    fn fold<B, F>(mut self, init: B, mut f: F) -> B
    where
        F: FnMut(B, Word) -> B,
    {
        let mut acc = init;
        loop {
            acc = self.fold_certain(acc, &mut f);
            match self.next() {
                Some(word) => acc = f(acc, word),
                None => return acc,
            }
        }
    }
}

impl Words<'_> {
    /// Starts the ASCII run at `pos` (an ASCII byte).
    fn start_run(&mut self) {
        let bytes = self.text.as_bytes();
        self.run_end = self.pos + ascii_prefix_len(&bytes[self.pos..]);
        // A boundary at `i` looks at the bytes up to `i + 1`, so only those before the last
        // two of a run that non-ASCII text follows are certain.
        self.safe_end = if self.run_end == bytes.len() { self.run_end } else { self.run_end.saturating_sub(2) };
    }

    /// Folds the segments of the current ASCII run that end where it is certain, from `pos` on.
    fn fold_certain<B>(&mut self, mut acc: B, f: &mut impl FnMut(B, Word) -> B) -> B {
        if self.general.is_some() {
            return acc;
        }
        let run = &self.text.as_bytes()[..self.run_end];
        let (mut pos, safe_end) = (self.pos, self.safe_end);
        while pos < safe_end {
            let word = ascii_word(run, pos);
            if word.span.end > safe_end {
                break;
            }
            pos = word.span.end;
            acc = f(acc, word);
        }
        self.pos = pos;
        acc
    }

    /// Hands the text from `pos` to the general path and returns its first segment.
    fn start_general(&mut self) -> Option<Word> {
        self.general = Some((self.text[self.pos..].split_word_bound_indices(), self.pos));
        self.run_end = 0;
        self.safe_end = 0;
        self.next_general()
    }

    /// The general path's next segment; it hands back at the first boundary followed by ASCII.
    fn next_general(&mut self) -> Option<Word> {
        let (segments, offset) = self.general.as_mut()?;
        let Some((start, segment)) = segments.next() else {
            self.general = None;
            return None;
        };
        let span = Span::new(*offset + start, *offset + start + segment.len());
        self.pos = span.end;
        if self.text.as_bytes().get(span.end).is_none_or(u8::is_ascii) {
            self.general = None;
        }
        Some(Word { span, word_like: is_word_like(segment) })
    }
}

/// UAX #29 word-break classes of the ASCII characters. The three that make up words come first,
/// so that telling them from the others takes one comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum WordClass {
    Letter,
    Digit,
    Underscore,
    Cr,
    Lf,
    Newline,
    Space,
    /// `:` (MidLetter).
    MidLetter,
    /// `.` and `'` (MidNumLet and Single_Quote).
    MidNumLet,
    /// `,` and `;` (MidNum).
    MidNum,
    Other,
}

impl WordClass {
    /// Every class, in the order declared (`ALL[c as usize] == c`).
    pub(super) const ALL: [WordClass; 11] = [
        WordClass::Letter,
        WordClass::Digit,
        WordClass::Underscore,
        WordClass::Cr,
        WordClass::Lf,
        WordClass::Newline,
        WordClass::Space,
        WordClass::MidLetter,
        WordClass::MidNumLet,
        WordClass::MidNum,
        WordClass::Other,
    ];

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

    pub(super) const fn of(byte: u8) -> WordClass {
        WordClass::TABLE[(byte & 0x7F) as usize]
    }

    /// Letters, digits and `_` join each other (WB5, WB8–WB10, WB13a, WB13b).
    const fn is_word_char(self) -> bool {
        matches!(self, WordClass::Letter | WordClass::Digit | WordClass::Underscore)
    }
}

/// The word segment starting at `start` of `bytes` (all ASCII), treating the end of `bytes` as
/// the end of the text.
#[inline]
fn ascii_word(bytes: &[u8], start: usize) -> Word {
    let class = WordClass::of(bytes[start]);
    let end = match class {
        WordClass::Cr if bytes.get(start + 1) == Some(&b'\n') => start + 2,
        WordClass::Space => start + bytes[start..].iter().take_while(|&&b| b == b' ').count(),
        class if class.is_word_char() => word_end(bytes, start + 1),
        _ => start + 1,
    };
    let word_like = match class {
        WordClass::Letter | WordClass::Digit => true,
        WordClass::Underscore => bytes[start..end].iter().any(u8::is_ascii_alphanumeric),
        _ => false,
    };
    Word { span: Span::new(start, end), word_like }
}

/// End of a word whose characters go on at least up to `i`: through word characters and the
/// separators that join them.
fn word_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        while i < bytes.len() && WordClass::of(bytes[i]).is_word_char() {
            i += 1;
        }
        match bytes.get(i + 1) {
            Some(&next) if joins_across(WordClass::of(bytes[i - 1]), bytes[i], next) => i += 2,
            _ => return i,
        }
    }
}

/// Whether the separator `middle`, between the word characters `previous` and the byte `next`,
/// stays inside the word: letters around `:` `.` `'` (WB6, WB7), digits around `,` `;` `.` `'`
/// (WB11, WB12).
fn joins_across(previous: WordClass, middle: u8, next: u8) -> bool {
    let around = |class| previous == class && WordClass::of(next) == class;
    match WordClass::of(middle) {
        WordClass::MidLetter => around(WordClass::Letter),
        WordClass::MidNumLet => around(WordClass::Letter) || around(WordClass::Digit),
        WordClass::MidNum => around(WordClass::Digit),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The words of `text` by the fast path stepped with `next`, by the fast path folded, and by
    /// unicode-segmentation alone.
    fn three_ways(text: &str) -> [Vec<Word>; 3] {
        let folded = words(text).fold(Vec::new(), |mut all, word| {
            all.push(word);
            all
        });
        [words(text).collect(), folded, words_unicode(text).collect()]
    }

    /// Checks `ascii_word_boundary` at every offset of `text` against the segments' ends, and
    /// returns how many offsets it decided.
    fn assert_local_boundaries_agree(text: &str) -> usize {
        let mut ends = vec![false; text.len() + 1];
        ends[0] = true;
        words_unicode(text).for_each(|word| ends[word.span.end] = true);
        (0..=text.len())
            .filter(|&offset| text.is_char_boundary(offset))
            .filter_map(|offset| {
                let local = ascii_word_boundary(text.as_bytes(), offset)?;
                assert_eq!(local, ends[offset], "{text:?} at {offset}");
                Some(())
            })
            .count()
    }

    #[test]
    fn ascii_word_bytes_are_letters_digits_and_underscore() {
        for byte in 0..=u8::MAX {
            assert_eq!(is_ascii_word_byte(byte), byte.is_ascii_alphanumeric() || byte == b'_', "{byte:#04x}");
        }
    }

    #[test]
    fn local_boundaries_agree_with_segmenting() {
        let text = "It's 3.14, a:b 1;2 1.a a.1 1'2 x_y __ a.\r\n\r b  c\t\td. 'a' e\u{301}.f é'g h'é";
        let decided = assert_local_boundaries_agree(text);
        // Only the offsets next to `é` and the combining mark are left to the caller.
        assert!(decided >= text.len() - 12, "decided only {decided} offsets");
        assert_eq!(ascii_word_boundary(b"don't", 3), Some(false));
        assert_eq!(ascii_word_boundary("don'é".as_bytes(), 3), None);
    }

    fn assert_agree(what: &str, text: &str) {
        let [stepped, folded, general] = three_ways(text);
        assert_eq!(stepped, general, "next() differs from unicode-segmentation: {what}");
        assert_eq!(folded, general, "fold() differs from unicode-segmentation: {what}");
    }

    #[test]
    fn fast_path_agrees_at_ascii_and_unicode_seams() {
        for text in [
            "",
            "a",
            "café au lait",
            "e\u{301}a",
            "don’t stop",
            "3.14 1,000 a.b a..b",
            "x_y _ __ a_1",
            "11:28am",
            "tab\there",
            "cr\r\nlf\n\rx",
            "a\u{200D}b",
            "\u{1F1E6}\u{1F1E8}a",
            "a'",
            "'a",
            "a.\u{301}b",
            "1.\u{301}2",
            "Ω.a",
            "a.Ω",
            "日本 ok",
            "ok 日本",
            "  \u{3000} ",
            "a\u{0B}b",
            "a:b 1;2 1.a a.1 1'2 a'b ab: 12; x.",
            "ends at a seam.é",
            "é.a b",
            "ab“cd”ef",
            "a\r\n\r\né",
        ] {
            assert_agree(&format!("{text:?}"), text);
        }
    }

    #[test]
    fn word_like_segments_have_a_letter_or_number_and_do_not_start_with_space() {
        let flags = |text: &str| words(text).map(|w| (w.span.text(text).to_owned(), w.word_like)).collect::<Vec<_>>();
        let owned = |pairs: &[(&str, bool)]| pairs.iter().map(|&(s, b)| (s.to_owned(), b)).collect::<Vec<_>>();
        assert_eq!(flags("ab \u{BC6}cd"), owned(&[("ab", true), (" \u{BC6}", false), ("cd", true)]));
        assert_eq!(
            flags("_a __ ፲ ½"),
            owned(&[("_a", true), (" ", false), ("__", false), (" ", false), ("፲", true), (" ", false), ("½", true)])
        );
    }

    #[test]
    fn fast_path_agrees_on_the_corpus() {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        let mut dirs = vec![corpus];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|ext| ext == "txt") {
                    assert_agree(&path.display().to_string(), &std::fs::read_to_string(&path).unwrap());
                }
            }
        }
    }

    // proptest is a native-only dev-dependency; the wasm test build compiles these tests too.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn fast_path_agrees_on_mixed_text(text in "([a-zA-Z0-9_ .,:;'\r\n\t]|é|’|“|\u{301}|\u{200D}|日|😀|\u{3000}){0,60}") {
            let [stepped, folded, general] = three_ways(&text);
            proptest::prop_assert_eq!(&stepped, &general);
            proptest::prop_assert_eq!(&folded, &general);
        }

        #[test]
        fn local_boundaries_agree_on_mixed_text(text in "([a-zA-Z0-9_ .,:;'\r\n\t\u{0B}]|é|’|\u{301}|\u{200D}|日|\u{3000}){0,40}") {
            assert_local_boundaries_agree(&text);
        }
    }
}
