//! Word-level style detectors: adverbs, repeated words and long words.
//!
//! - **Adverbs**: a word of at least four letters ending in `ly`, not in [`NOT_ADVERBS`] (adjectives
//!   and nouns that end in `ly`), and not written like a name (capital then lower case) unless it
//!   opens its sentence (`Kelly`, `Italy` are names; `Finally,` and `SUDDENLY` are adverbs).
//! - **Repeated words**: two word-like segments in a row, separated only by whitespace, equal
//!   once lower-cased, and holding a letter (`the the`, `The the`; not `20 20`). The span covers
//!   both words; `the the the` gives two overlapping matches.
//! - **Long words**: words with at least `long_word_letters` alphabetic characters (13 by default:
//!   `international`, `responsibility`); digits do not count.

use super::{is_capitalised, normalized, Context};
use crate::Span;

/// Words that end in `ly` but are not adverbs, lower case.
pub(crate) const NOT_ADVERBS: &[&str] = &[
    "ally",
    "anomaly",
    "apply",
    "assembly",
    "belly",
    "bodily",
    "bully",
    "burly",
    "butterfly",
    "chilly",
    "comply",
    "costly",
    "cowardly",
    "curly",
    "daily",
    "deadly",
    "elderly",
    "early",
    "family",
    "fly",
    "folly",
    "friendly",
    "ghastly",
    "gully",
    "hilly",
    "holly",
    "holy",
    "homely",
    "hourly",
    "imply",
    "italy",
    "jelly",
    "jolly",
    "july",
    "leisurely",
    "likely",
    "lily",
    "lively",
    "lonely",
    "lovely",
    "lowly",
    "manly",
    "melancholy",
    "monopoly",
    "monthly",
    "multiply",
    "oily",
    "only",
    "orderly",
    "quarterly",
    "rally",
    "reply",
    "rely",
    "scholarly",
    "silly",
    "sly",
    "smelly",
    "supply",
    "surly",
    "tally",
    "timely",
    "ugly",
    "unlikely",
    "unruly",
    "weekly",
    "wily",
    "wobbly",
    "woolly",
    "worldly",
    "yearly",
];

/// The default minimum number of letters of a long word.
pub const DEFAULT_LONG_WORD_LETTERS: usize = 13;

/// Reports every adverb (category 0).
pub(crate) fn adverbs(cx: &Context, emit: &mut dyn FnMut(Span, usize)) {
    for (_, word, sentence_initial) in cx.words_with_sentence_starts() {
        let text = cx.slice(word.span);
        let written_like_name = is_capitalised(text) && text.chars().any(char::is_lowercase);
        if is_adverb(text) && (sentence_initial || !written_like_name) {
            emit(word.span, 0);
        }
    }
}

/// Whether a word, whatever its case, is an `-ly` adverb.
pub(crate) fn is_adverb(word: &str) -> bool {
    let ends_in_ly = word.len() >= 4 && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ly");
    if !ends_in_ly {
        return false;
    }
    let word = normalized(word);
    word.ends_with("ly")
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !NOT_ADVERBS.contains(&word.as_str())
}

/// Reports every word repeated right after itself (category 0).
pub(crate) fn repeated(cx: &Context, emit: &mut dyn FnMut(Span, usize)) {
    let words = cx.words();
    for triple in words.windows(3) {
        let [first, gap, second] = triple else { continue };
        let (a, b) = (cx.slice(first.span), cx.slice(second.span));
        if first.word_like
            && second.word_like
            && !gap.word_like
            && cx.slice(gap.span).chars().all(char::is_whitespace)
            && a.chars().any(char::is_alphabetic)
            && a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
        {
            emit(Span::new(first.span.start, second.span.end), 0);
        }
    }
}

/// Reports every long word (category 0).
pub(crate) fn long_words(cx: &Context, emit: &mut dyn FnMut(Span, usize)) {
    for word in cx.words().iter().filter(|w| w.word_like) {
        if cx.slice(word.span).chars().filter(|c| c.is_alphabetic()).count() >= cx.long_word_letters {
            emit(word.span, 0);
        }
    }
}
