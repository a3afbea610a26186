//! Graphemes and words (UAX #29).
//!
//! Graphemes come straight from `unicode-segmentation`. Words come from the word engine
//! ([`word_engine`](super::word_engine)), one segment at a time: its automaton over ASCII runs,
//! `unicode-segmentation` over the rest. Callers that want every segment at once (the JavaScript
//! edge) use [`word_boundaries`](super::word_boundaries).
//!
//! [`Words`] also implements [`Iterator::fold`], which `for_each`, `count`, `sum` and friends go
//! through: it runs the automaton over each ASCII run in one loop and steps through everything
//! else (the segment open at a run's end, the general path) with `next`. The segments are the
//! same either way; folding only saves the per-call bookkeeping, which matters when a segment is
//! two or three bytes long, as half of English segments (the spaces) are.

#[cfg(any(test, feature = "reference"))]
use super::word_engine::is_word_like;
use super::word_engine::{ascii_segment, fold_ascii_run, NonAscii};
use crate::span::ascii_prefix_len;
use crate::Span;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

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
    Words { text, pos: 0, run_end: 0, non_ascii: None }
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

/// Iterator over the word segments of a text; see [`words`].
#[derive(Clone, Debug)]
pub struct Words<'t> {
    text: &'t str,
    /// The next segment starts here (always a boundary).
    pos: usize,
    /// The ASCII run being read by the automaton is `..run_end`.
    run_end: usize,
    /// The general path, while it runs.
    non_ascii: Option<NonAscii<'t>>,
}

impl Iterator for Words<'_> {
    type Item = Word;

    #[inline]
    fn next(&mut self) -> Option<Word> {
        if let Some(word) = self.next_non_ascii() {
            return Some(word);
        }
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        if self.pos >= self.run_end {
            if !bytes[self.pos].is_ascii() {
                return self.start_non_ascii();
            }
            self.run_end = self.pos + ascii_prefix_len(&bytes[self.pos..]);
        }
        match ascii_segment(&bytes[..self.run_end], self.pos, self.run_end == bytes.len()) {
            Some(word) => {
                self.pos = word.span.end;
                Some(word)
            }
            // The run ends inside a segment that what follows may continue.
            None => self.start_non_ascii(),
        }
    }

    fn fold<B, F>(mut self, init: B, mut f: F) -> B
    where
        F: FnMut(B, Word) -> B,
    {
        let mut acc = init;
        loop {
            acc = self.fold_run(acc, &mut f);
            match self.next() {
                Some(word) => acc = f(acc, word),
                None => return acc,
            }
        }
    }
}

impl Words<'_> {
    /// Folds the segments of the ASCII run at `pos`, if one starts there, that end inside it: one
    /// loop over its bytes, the segment left open at its end left to [`next`](Iterator::next).
    fn fold_run<B>(&mut self, acc: B, f: &mut impl FnMut(B, Word) -> B) -> B {
        let bytes = self.text.as_bytes();
        if self.non_ascii.is_some() || !bytes.get(self.pos).is_some_and(u8::is_ascii) {
            return acc;
        }
        if self.pos >= self.run_end {
            self.run_end = self.pos + ascii_prefix_len(&bytes[self.pos..]);
        }
        let (acc, open) = fold_ascii_run(&bytes[self.pos..self.run_end], self.pos, acc, f);
        self.pos = open;
        acc
    }

    /// Hands the text from `pos` to the general path and returns its first segment.
    fn start_non_ascii(&mut self) -> Option<Word> {
        self.non_ascii = Some(NonAscii::new(self.text, self.pos));
        self.run_end = 0;
        self.next_non_ascii()
    }

    /// The general path's next segment, while it runs.
    fn next_non_ascii(&mut self) -> Option<Word> {
        let word = self.non_ascii.as_mut()?.next();
        match word {
            Some(word) => self.pos = word.span.end,
            None => self.non_ascii = None,
        }
        word
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::word_engine::SEAMS;
    use std::path::Path;

    /// The words of `text` stepped with `next`, folded, and by unicode-segmentation alone.
    fn three_ways(text: &str) -> [Vec<Word>; 3] {
        let folded = words(text).fold(Vec::new(), |mut all, word| {
            all.push(word);
            all
        });
        [words(text).collect(), folded, words_unicode(text).collect()]
    }

    fn assert_agree(what: &str, text: &str) {
        let [stepped, folded, expected] = three_ways(text);
        assert_eq!(stepped, expected, "next() differs from unicode-segmentation: {what}");
        assert_eq!(folded, expected, "fold() differs from unicode-segmentation: {what}");
    }

    #[test]
    fn agrees_at_ascii_and_unicode_seams() {
        for text in SEAMS {
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
    fn agrees_on_the_corpus() {
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
        fn agrees_on_mixed_text(text in "([a-zA-Z0-9_ .,:;'\"\r\n\t]|é|’|“|\u{301}|\u{200D}|日|😀|\u{3000}|\u{5D0}){0,60}") {
            let [stepped, folded, expected] = three_ways(&text);
            proptest::prop_assert_eq!(&stepped, &expected);
            proptest::prop_assert_eq!(&folded, &expected);
        }
    }
}
