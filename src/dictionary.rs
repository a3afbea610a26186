//! Dictionary word segmentation: where word splitting gets its boundaries for the scripts written
//! without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese).
//!
//! UAX #29 gives one segment per ideograph or kana and one per run of Thai letters; finding
//! words there takes a dictionary or a model, which is megabytes of data. So the core does not
//! carry one: a *segmenter* is plugged in, a function that returns the word boundaries inside a
//! piece of text. With the `dictionary` feature, Rust builds link ICU4X's (the
//! `textlens-dictionary` crate of this workspace) and need nothing else; the npm package plugs in
//! its second wasm module, loaded only when a text needs it; any other build may plug its own
//! with [`set_segmenter`].
//!
//! What the segmenter sees: each *stretch* of the text, a maximal run of characters other than
//! white space that holds at least one character of those scripts ([`needs_dictionary`]), so that
//! a word mixing scripts (`iPhone的`, `3月`, `ไทย2`) is cut by one set of rules. Everything else keeps
//! UAX #29's segments. A text without such characters never calls the segmenter, and a text with
//! them fails with [`ErrorKind::DictionaryMissing`] while none is plugged in.
//!
//! One tailoring of UAX #29 for Korean, which needs no segmenter, comes with these words: a Hangul
//! syllable does not join a word across `'`, `’`, `·`, `.` or `:` (UAX #29's WB6 and WB7), so
//! `‘하녀’와` is `하녀` and `와`, and `경북·충북` is two words. Korean puts quotes and the
//! middle dot between words, not inside them (the UD Korean gold never has one inside a word;
//! ICU's rules, which keep Hangul out of those rules, agree).

use crate::span::check_u32_offsets;
use crate::split::{self, word_boundaries, Word, WordBoundaries};
use crate::{Error, ErrorKind, Result, Span};
use std::ops::Range;
use std::sync::OnceLock;

/// A segmenter: the word boundaries strictly inside a text, as increasing byte offsets at
/// character boundaries.
pub type Segmenter = fn(&str) -> Result<Vec<usize>>;

static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();

/// Plugs in the segmenter that word splitting uses for stretches that need a dictionary; the
/// first one set stays (an `Err` gives back a later one). Builds with the `dictionary` feature
/// have ICU4X's already, unless another was set before the first use.
pub fn set_segmenter(segmenter: Segmenter) -> std::result::Result<(), Segmenter> {
    SEGMENTER.set(segmenter)
}

fn segmenter() -> Option<Segmenter> {
    #[cfg(all(feature = "dictionary", not(target_arch = "wasm32")))]
    return Some(*SEGMENTER.get_or_init(|| |text| Ok(textlens_dictionary::word_breaks(text))));
    #[cfg(not(all(feature = "dictionary", not(target_arch = "wasm32"))))]
    SEGMENTER.get().copied()
}

/// Whether `c` is Han, kana, Thai, Lao, Khmer or Myanmar: the scripts whose words need a
/// dictionary or a model (ranges of the Unicode blocks; Han includes the radicals, 々 and 〇).
pub fn needs_dictionary(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' | '\u{A9E0}'..='\u{A9FF}' | '\u{AA60}'..='\u{AA7F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' // Khmer
        | '\u{2E80}'..='\u{2FDF}' | '\u{3005}' | '\u{3007}' | '\u{3021}'..='\u{3029}' | '\u{3038}'..='\u{303B}'
        | '\u{3041}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' // kana
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
}

/// The stretches of `text` that the segmenter cuts, as byte ranges in order.
pub fn stretches(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    // The run of non-space characters being read, and whether it needs the dictionary.
    let mut run: Option<(usize, bool)> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some((start, true)) = run.take() {
                found.push(start..i);
            }
            run = None;
        } else {
            let needs = needs_dictionary(c);
            match &mut run {
                Some((_, any)) => *any |= needs,
                // A mark after white space belongs to it (UAX #29 WB4): not a start.
                None if !split::is_grapheme_boundary(text, i) => {}
                None => run = Some((i, needs)),
            }
        }
    }
    if let Some((start, true)) = run {
        found.push(start..text.len());
    }
    found
}

/// The boundaries the segmenter finds strictly inside `stretch`, checked: increasing, inside,
/// at character boundaries (a plugged segmenter is outside code).
fn stretch_breaks(stretch: &str) -> Result<Vec<usize>> {
    let segmenter = segmenter().ok_or_else(|| {
        Error::new(
            ErrorKind::DictionaryMissing,
            "this text has Chinese, Japanese, Thai, Lao, Khmer or Burmese words, which need a dictionary, and none is loaded",
        )
    })?;
    let breaks = segmenter(stretch)?;
    let mut previous = 0;
    for &b in &breaks {
        if b <= previous || b >= stretch.len() || !stretch.is_char_boundary(b) {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                format!(
                    "the dictionary segmenter gave a word boundary at byte {b} of a {}-byte stretch, after {previous}",
                    stretch.len()
                ),
            ));
        }
        previous = b;
    }
    Ok(breaks)
}

/// The word segments of `text`, with dictionary words in its [`stretches`]: UAX #29's segments
/// elsewhere, each flagged word-like or not as [`words`](crate::split::words) does.
///
/// ```
/// # #[cfg(feature = "dictionary")] {
/// let text = "東京都に住む Alice";
/// let words: Vec<&str> = textlens::dictionary::words(text).unwrap().iter()
///     .filter(|w| w.word_like).map(|w| w.span.text(text)).collect();
/// assert_eq!(words, ["東京", "都", "に", "住む", "Alice"]);
/// # }
/// ```
pub fn words(text: &str) -> Result<Vec<Word>> {
    Ok(split_hangul_at_joiners(text, words_in(text, &stretches(text))?))
}

/// The word-like dictionary words of the [`stretches`] of `text` alone, in order: what counting
/// uses for the words of those scripts (nothing for a text without them, and then no segmenter
/// is asked).
pub fn stretch_words(text: &str) -> Result<Vec<Word>> {
    let mut words = stretch_segments(text)?;
    words.retain(|w| w.word_like);
    Ok(words)
}

/// The segments of the [`stretches`] of `text` alone, word-like or not, in order: each stretch
/// tiled as [`words`] tiles it.
pub(crate) fn stretch_segments(text: &str) -> Result<Vec<Word>> {
    let mut words = Vec::new();
    for stretch in stretches(text) {
        words.extend(cut(text, stretch)?);
    }
    Ok(split_hangul_at_joiners(text, words))
}

fn words_in(text: &str, stretches: &[Range<usize>]) -> Result<Vec<Word>> {
    let mut words = Vec::new();
    let mut pos = 0;
    for stretch in stretches.iter().cloned() {
        words.extend(split::words(&text[pos..stretch.start]).map(|w| shifted(w, pos)));
        words.extend(cut(text, stretch.clone())?);
        pos = stretch.end;
    }
    words.extend(split::words(&text[pos..]).map(|w| shifted(w, pos)));
    Ok(words)
}

/// The dictionary's words of one stretch of `text`.
fn cut(text: &str, stretch: Range<usize>) -> Result<impl Iterator<Item = Word> + '_> {
    let breaks = stretch_breaks(&text[stretch.clone()])?;
    let starts = std::iter::once(0).chain(breaks.clone());
    let ends = breaks.into_iter().chain(std::iter::once(stretch.len()));
    Ok(starts.zip(ends).map(move |(start, end)| piece(text, stretch.start + start, stretch.start + end)))
}

fn shifted(word: Word, by: usize) -> Word {
    Word { span: Span::new(word.span.start + by, word.span.end + by), word_like: word.word_like }
}

/// [`word_boundaries`] with dictionary words in the stretches that need them (byte offsets, as
/// there).
pub fn dictionary_word_boundaries(text: &str) -> Result<WordBoundaries> {
    let stretches = stretches(text);
    if stretches.is_empty() && !text.chars().any(is_hangul_syllable) {
        return word_boundaries(text);
    }
    check_u32_offsets("word_boundaries", text)?;
    let words = split_hangul_at_joiners(text, words_in(text, &stretches)?);
    let mut bounds = Vec::with_capacity(words.len() + 1);
    bounds.push(0);
    // In range: the text is shorter than 4 GiB.
    bounds.extend(words.iter().map(|w| w.span.end as u32));
    Ok(WordBoundaries { bounds, word_like: words.iter().map(|w| u8::from(w.word_like)).collect() })
}

fn is_hangul_syllable(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// The characters that join letters across them in UAX #29 (WB6, WB7) and that Korean writes
/// between words: apostrophes and single quotes, the middle dots, the period and the colon.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{00B7}' | '\u{2027}' | '\u{30FB}' | '.' | ':')
}

/// `words` with each word-like segment that joins a Hangul syllable across a joiner cut on both
/// sides of that joiner.
fn split_hangul_at_joiners(text: &str, words: Vec<Word>) -> Vec<Word> {
    let needs_cut = |w: &Word| {
        w.word_like && w.span.text(text).chars().any(is_joiner) && w.span.text(text).chars().any(is_hangul_syllable)
    };
    if !words.iter().any(needs_cut) {
        return words;
    }
    let mut out = Vec::with_capacity(words.len());
    for word in words {
        if !needs_cut(&word) {
            out.push(word);
            continue;
        }
        let segment = word.span.text(text);
        let mut start = 0;
        let mut previous = None;
        let mut chars = segment.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let beside_hangul = previous.is_some_and(is_hangul_syllable) || next.is_some_and(is_hangul_syllable);
            if is_joiner(c) && beside_hangul {
                for (from, to) in [(start, i), (i, i + c.len_utf8())] {
                    if to > from {
                        out.push(piece(text, word.span.start + from, word.span.start + to));
                    }
                }
                start = i + c.len_utf8();
            }
            previous = Some(c);
        }
        if start < segment.len() {
            out.push(piece(text, word.span.start + start, word.span.end));
        }
    }
    out
}

fn piece(text: &str, start: usize, end: usize) -> Word {
    let span = Span::new(start, end);
    Word { span, word_like: split::is_word_like(span.text(text)) }
}
