//! Hard and very hard sentences, Hemingway style.
//!
//! Rule: a sentence of at least [`MIN_WORDS`] words is *hard* when its reading grade is at least
//! [`HARD_GRADE`] and *very hard* when it is at least [`VERY_HARD_GRADE`]. The grade is the
//! Automated Readability Index of the sentence alone,
//! `4.71 × letters per word + 0.5 × words − 21.43`, where words are the word-like UAX #29 segments
//! and letters are their alphanumeric characters. Short sentences are never flagged, whatever
//! their words: a grade computed on a few words says little.

use super::Context;
use crate::Span;

/// The categories: hard, then very hard.
pub(crate) const CATEGORIES: [&str; 2] = ["hardSentence", "veryHardSentence"];

/// Sentences with fewer words are never hard.
pub const MIN_WORDS: usize = 14;
/// The grade from which a sentence is hard.
pub const HARD_GRADE: f64 = 10.0;
/// The grade from which a sentence is very hard.
pub const VERY_HARD_GRADE: f64 = 14.0;

/// Reports every hard (category 0) and very hard (category 1) sentence, without its trailing
/// whitespace.
pub(crate) fn detect(cx: &Context, emit: &mut dyn FnMut(Span, usize)) {
    let mut words = cx.words().iter().filter(|w| w.word_like).peekable();
    for &sentence in cx.sentences {
        let (mut count, mut letters) = (0usize, 0usize);
        while let Some(word) = words.next_if(|w| w.span.start < sentence.end) {
            count += 1;
            letters += cx.slice(word.span).chars().filter(|c| c.is_alphanumeric()).count();
        }
        if count < MIN_WORDS {
            continue;
        }
        let grade = 4.71 * letters as f64 / count as f64 + 0.5 * count as f64 - 21.43;
        let category = if grade >= VERY_HARD_GRADE {
            1
        } else if grade >= HARD_GRADE {
            0
        } else {
            continue;
        };
        let trimmed = cx.slice(sentence).trim_end();
        emit(Span::new(sentence.start, sentence.start + trimmed.len()), category);
    }
}
