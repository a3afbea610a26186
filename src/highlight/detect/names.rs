//! Proper-name runs: sequences of capitalised words.
//!
//! Rule: a run is a sequence of capitalised words (first letter upper case, any script) joined by
//! a space (not a line break), a hyphen, or a title abbreviation's period and a space (`Dr.
//! Smith`); lower-case name particles (`of`, `de`, `van`, `von`, …) may join two capitalised words
//! (`Bank of America`, `Ludwig van Beethoven`). Then:
//! - a run that starts a sentence drops a first word that is a common sentence opener (`The`,
//!   `In`, `But`, …) and is kept only if a word remains (`The US District Court` → `US District
//!   Court`), or if it has two words or more (`Laurel Beeler said` → `Laurel Beeler`); a lone
//!   capitalised first word of a sentence is not a name;
//! - a word that opens a line (a headline, a caption, a list item) is a sentence's first word;
//!   caption labels (`Image`, `Photo`, `Credit`, …) open sentences like `The`;
//! - weekdays are no part of a name (`Monday President Ruiz` → `President Ruiz`), and a
//!   month alone (`March`) is no name; a month in a longer run stays (`Theresa May`, `April Ryan`);
//! - the pronoun `I` is never a name;
//! - a possessive `'s` / `’s` at the end of the run is left out (`Beeler’s` → `Beeler`), and the
//!   final period of an initialism is kept (`Washington, D.C.`: `D.C.`).

use super::{is_capitalised, normalized, Context};
use crate::split::{calendar, AbbreviationKind, Word, ABBREVIATIONS};
use crate::Span;

/// Lower-case words that may join two capitalised words of one name.
const PARTICLES: [&str; 14] =
    ["of", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin"];

/// Capitalised words that open sentences and are not part of a name that follows them.
const OPENERS: [&str; 48] = [
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "with",
    "after",
    "before",
    "when",
    "while",
    "if",
    "but",
    "and",
    "or",
    "so",
    "as",
    "yet",
    "then",
    "he",
    "she",
    "it",
    "we",
    "they",
    "his",
    "her",
    "its",
    "our",
    "their",
    "my",
    "there",
    "here", // Caption labels:
    "image",
    "photo",
    "picture",
    "video",
    "caption",
    "copyright",
    "credit",
    "source",
];

/// Reports every proper-name run (category 0).
pub(crate) fn detect(cx: &Context, emit: &mut dyn FnMut(Span, usize)) {
    let words = cx.words();
    let mut run: Option<Run> = None;
    for (index, word, sentence_initial) in cx.words_with_sentence_starts() {
        let text = cx.slice(word.span);
        let capitalised = is_capitalised(text) && text != "I";
        let joined = run.as_ref().is_some_and(|r| joins(cx, cx.slice(words[r.last].span), &words[r.last + 1..index]));
        match (&mut run, capitalised, joined) {
            (Some(r), true, true) => r.extend(index, word),
            (Some(r), false, true) if PARTICLES.contains(&text) => r.last = index,
            _ => {
                if let Some(finished) = run.take() {
                    finished.emit(cx, emit);
                }
                if capitalised {
                    run = Some(Run::new(index, word, sentence_initial || opens_line(cx, &words[..index])));
                }
            }
        }
    }
    if let Some(finished) = run {
        finished.emit(cx, emit);
    }
}

/// Whether the segments between `previous` and the next word join them into one run: one
/// space-like segment, a hyphen, or (after a title abbreviation) a period and a space.
fn joins(cx: &Context, previous: &str, between: &[Word]) -> bool {
    let texts: Vec<&str> = between.iter().map(|w| cx.slice(w.span)).collect();
    match texts.as_slice() {
        ["-" | "‐"] => true,
        [space] => is_inline_space(space),
        [".", space] => is_inline_space(space) && is_title(previous),
        _ => false,
    }
}

/// Whether a word after the segments `before` opens a line: only inline spaces lie between it and
/// a line break or the start of the text.
fn opens_line(cx: &Context, before: &[Word]) -> bool {
    before.iter().rev().map(|w| cx.slice(w.span)).find(|segment| !is_inline_space(segment)).is_none_or(|segment| {
        segment.chars().all(|c| matches!(c, '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'))
    })
}

/// Whether a segment is horizontal whitespace (no line break).
fn is_inline_space(segment: &str) -> bool {
    !segment.is_empty()
        && segment.chars().all(|c| c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'))
}

/// A run being built.
struct Run {
    /// Word spans of the run, in order.
    words: Vec<Span>,
    /// Index (in the word segments) of the last word seen: the last word of the run, or a
    /// particle after it that a capitalised word must follow for the run to go on.
    last: usize,
    sentence_initial: bool,
}

impl Run {
    fn new(index: usize, word: Word, sentence_initial: bool) -> Run {
        Run { words: vec![word.span], last: index, sentence_initial }
    }

    fn extend(&mut self, index: usize, word: Word) {
        self.words.push(word.span);
        self.last = index;
    }

    /// Emits the run once the sentence-initial rule and the possessive are applied.
    fn emit(self, cx: &Context, emit: &mut dyn FnMut(Span, usize)) {
        let mut words = self.words.as_slice();
        if self.sentence_initial {
            if OPENERS.contains(&normalized(cx.slice(words[0])).as_str()) {
                words = &words[1..];
            } else if words.len() < 2 {
                return;
            }
        }
        let is_weekday = |span: &Span| calendar::is_weekday(cx.slice(*span));
        while words.first().is_some_and(is_weekday) {
            words = &words[1..];
        }
        while words.last().is_some_and(is_weekday) {
            words = &words[..words.len() - 1];
        }
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return;
        };
        let is_month = |span: &Span| calendar::is_month(cx.slice(*span));
        if words.len() == 1 && (is_title(cx.slice(*first)) || is_month(first)) {
            return;
        }
        let last_word = cx.slice(*last);
        let mut end = last.start + strip_possessive(last_word).len();
        if last_word.contains('.') && cx.text[end..].starts_with('.') {
            end += 1;
        }
        emit(Span::new(first.start, end), 0);
    }
}

/// Whether a word is a title abbreviation (`Dr`, `Mr`): alone, it is not a name.
fn is_title(word: &str) -> bool {
    let word = normalized(word);
    ABBREVIATIONS.iter().any(|&(text, kind)| kind == AbbreviationKind::Title && text == word)
}

/// A word without a final possessive `'s` or `’s`.
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}
