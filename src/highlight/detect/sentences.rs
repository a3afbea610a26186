//! Hard and very hard sentences, Hemingway style, as counting grades them.
//!
//! Rule: the per-sentence difficulty of [`crate::count`] (worked out by
//! [`sentence_grades`](crate::count::sentence_grades), without the rest of counting): a sentence of at least 14 words is
//! *hard* from reading grade 10 and *very hard* from grade 14, the grade being the Automated
//! Readability Index of the sentence alone (`4.71 × letters per word + 0.5 × words − 21.43`),
//! with counting's word rules. So a sentence is highlighted exactly when `count` calls it hard.
//! The span excludes the sentence's trailing whitespace.

use super::Context;
use crate::count::{sentence_grades_of, Difficulty};
use crate::Span;

/// The categories: hard, then very hard.
pub(crate) const CATEGORIES: [&str; 2] = ["hardSentence", "veryHardSentence"];

/// Reports every hard (category 0) and very hard (category 1) sentence.
pub(crate) fn detect(cx: &Context, emit: &mut dyn FnMut(Span, usize)) {
    for sentence in &sentence_grades_of(cx.text, cx.sentences) {
        match sentence.difficulty {
            Difficulty::Hard => emit(sentence.span(), 0),
            Difficulty::VeryHard => emit(sentence.span(), 1),
            Difficulty::Ok => {}
        }
    }
}
