//! Packing highlighting results for JavaScript: matches and pieces as typed arrays of UTF-16
//! offsets, the categories as plain objects.
//!
//! `ranges` returns one object of flat arrays (`starts`, `ends`, `categories`, `ruleKinds`,
//! `ruleIndexes`, `pieceStarts`, `pieceEnds`, `pieceCategoryOffsets`, `pieceCategories`, and
//! `sentences` when the search split the text into sentences anyway); `HighlightRanges` in
//! `js/highlight.js` gives lazy views of it.
//!
//! A match's rule crosses as two numbers: a [`RuleKind`] in `ruleKinds` and, in `ruleIndexes`, the
//! index of the term or pattern in the rules, or the [`DetectorIndex`] of the detector. Both enums
//! are written into the glue by wasm-bindgen (frozen `{ Term: 0, … }` objects), and `js/highlight.js`
//! takes its names of rule kinds and detectors (`DETECTORS`) from there, so they cannot drift.

use super::{set, to_u32, utf16_bounds};
use crate::highlight::{pieces, sentence_index, Category, Detector, Highlighter, Rule};
use js_sys::{Array, Object, Uint32Array, Uint8Array};
use wasm_bindgen::prelude::*;

/// What made a match: the values of `ruleKinds`.
#[wasm_bindgen]
#[derive(Clone, Copy)]
pub enum RuleKind {
    /// A term of the rules.
    Term = 0,
    /// A pattern of the rules.
    Pattern = 1,
    /// A built-in detector.
    Detector = 2,
}

/// The detectors as `ruleIndexes` numbers them; named as the rules name them once the first letter
/// is lower-cased (`HardSentences` is `"hardSentences"`).
#[wasm_bindgen]
#[derive(Clone, Copy)]
pub enum DetectorIndex {
    Quotes = 0,
    Numbers = 1,
    Names = 2,
    HardSentences = 3,
    Adverbs = 4,
    Passive = 5,
    Repeated = 6,
    LongWords = 7,
}

impl From<Detector> for DetectorIndex {
    fn from(detector: Detector) -> Self {
        match detector {
            Detector::Quotes => DetectorIndex::Quotes,
            Detector::Numbers => DetectorIndex::Numbers,
            Detector::Names => DetectorIndex::Names,
            Detector::HardSentences => DetectorIndex::HardSentences,
            Detector::Adverbs => DetectorIndex::Adverbs,
            Detector::Passive => DetectorIndex::Passive,
            Detector::Repeated => DetectorIndex::Repeated,
            Detector::LongWords => DetectorIndex::LongWords,
        }
    }
}

/// The categories, indexed by the ids in `ranges`: `{ name, className, highlightName }`.
pub(crate) fn categories(highlighter: &Highlighter) -> Array {
    highlighter
        .categories()
        .iter()
        .map(|category| {
            let object = Object::new();
            set(&object, "name", &category.name().into());
            set(&object, "className", &category.class_name().into());
            set(&object, "highlightName", &highlight_name(category).into());
            object
        })
        .collect()
}

/// The name of a category's highlight in `CSS.highlights`: the first of its classes.
pub(crate) fn highlight_name(category: &Category) -> String {
    category.class_name().split(' ').next().unwrap_or_default().to_owned()
}

/// The work behind `RawHighlighter.ranges`. Sentence indexes are left to [`match_sentences`],
/// called only if they are read, unless the detectors split the sentences anyway.
pub(crate) fn ranges_to_js(highlighter: &Highlighter, text: &str) -> Object {
    let (matches, sentences) = highlighter.find_unplaced(text);
    let object = Object::new();
    let (starts, ends) = utf16_bounds(text, matches.iter().map(|m| m.span));
    let (rule_kinds, rule_indexes): (Vec<u8>, Vec<u32>) = matches.iter().map(|m| encode_rule(m.rule)).unzip();
    if let Some(sentences) = sentences {
        let sentence_ends: Vec<usize> = sentences.iter().map(|sentence| sentence.end).collect();
        let indexes = matches.iter().map(|m| to_u32(sentence_index(&sentence_ends, m.span.start)));
        set(&object, "sentences", &u32_array(indexes));
    }
    set(&object, "starts", &Uint32Array::from(&starts[..]));
    set(&object, "ends", &Uint32Array::from(&ends[..]));
    set(&object, "categories", &u32_array(matches.iter().map(|m| m.category.0)));
    set(&object, "ruleKinds", &Uint8Array::from(&rule_kinds[..]));
    set(&object, "ruleIndexes", &Uint32Array::from(&rule_indexes[..]));
    let resolved = pieces(&matches);
    let (spans, offsets, categories) = resolved.as_parts();
    let (piece_starts, piece_ends) = utf16_bounds(text, spans.iter().copied());
    set(&object, "pieceStarts", &Uint32Array::from(&piece_starts[..]));
    set(&object, "pieceEnds", &Uint32Array::from(&piece_ends[..]));
    set(&object, "pieceCategoryOffsets", &u32_array(offsets.iter().map(|&o| to_u32(o))));
    set(&object, "pieceCategories", &u32_array(categories.iter().map(|c| c.0)));
    object
}

/// The work behind `TextDocument.matchSentences`: the index of the sentence of `text` (article
/// mode, in the language of `highlighter`'s rules) where each of `starts` (UTF-16 offsets) lies.
pub(crate) fn match_sentences(text: &str, starts: &[u32], highlighter: &Highlighter) -> Uint32Array {
    let (_, sentence_ends) = utf16_bounds(text, highlighter.sentences(text));
    u32_array(starts.iter().map(|&start| to_u32(sentence_index(&sentence_ends, start))))
}

/// A `Uint32Array` of `values`.
fn u32_array(values: impl Iterator<Item = u32>) -> Uint32Array {
    Uint32Array::from(&values.collect::<Vec<u32>>()[..])
}

/// A rule as its kind and index.
fn encode_rule(rule: Rule) -> (u8, u32) {
    let (kind, index) = match rule {
        Rule::Term(index) => (RuleKind::Term, to_u32(index)),
        Rule::Pattern(index) => (RuleKind::Pattern, to_u32(index)),
        Rule::Detector(detector) => (RuleKind::Detector, DetectorIndex::from(detector) as u32),
    };
    (kind as u8, index)
}
