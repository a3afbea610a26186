//! The JavaScript edge of counting: the statistics behind `TextDocument.count`.
//!
//! Statistics are small (a few dozen numbers, plus one entry per sentence), so they cross as one
//! plain object built by serde, after their sentence offsets are turned into UTF-16 units in one
//! walk of the text. The object's shape is `Statistics` in `js/textlens.d.ts`.

use super::{js_error, read_options};
use crate::count::{self, CountOptions, SentenceStats, Statistics};
use crate::lang::LangChoice;
use crate::Utf16Cursor;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// The work behind `TextDocument.count`.
pub(crate) fn count_to_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: CountOptions = read_options(options, "count")?;
    let mut statistics = count::count(text, &options).map_err(js_error)?;
    sentences_to_utf16(text, &mut statistics);
    // JSON-compatible: maps become plain objects, `None` becomes `null`.
    statistics
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| JsError::new(&format!("count: cannot convert the result: {error}")))
}

/// Rewrites the byte offsets of the sentences of `statistics` (of `text`) as UTF-16 offsets.
fn sentences_to_utf16(text: &str, statistics: &mut Statistics) {
    // The longest sentence is one of the listed ones, when they are listed: it takes its copy's
    // offsets, so the one walk over the list is in text order.
    let longest = statistics
        .longest_sentence
        .and_then(|longest| statistics.per_sentence.iter().position(|sentence| sentence.start == longest.start));
    let mut cursor = Utf16Cursor::new(text);
    let mut convert = |sentence: &mut SentenceStats| {
        let span = cursor.utf16_span(sentence.span());
        (sentence.start, sentence.end) = (span.start, span.end);
    };
    statistics.per_sentence.iter_mut().for_each(&mut convert);
    match (longest, statistics.longest_sentence.as_mut()) {
        (Some(index), Some(sentence)) => *sentence = statistics.per_sentence[index],
        (None, Some(sentence)) => convert(sentence),
        (_, None) => {}
    }
}

/// Options of `wordCount`.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct WordCountOptions {
    #[allow(dead_code)] // Read only to be checked.
    lang: LangChoice,
}

/// Checks the options of `wordCount`.
pub(crate) fn check_word_count_options(options: JsValue) -> Result<(), JsError> {
    let _: WordCountOptions = read_options(options, "wordCount")?;
    Ok(())
}
