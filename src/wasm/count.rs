//! The JavaScript edge of counting: `TextDocument.count` and `TextDocument.wordCount`.
//!
//! Statistics are small (a few dozen numbers, plus one entry per sentence), so they cross as one
//! plain object built by serde; sentence offsets are turned into UTF-16 units first, in one walk
//! of the text. The object's shape is `Statistics` in `js/textlens.d.ts`.

use super::{js_error, read_options, TextDocument};
use crate::count::{self, CountOptions};
use crate::lang::LangChoice;
use crate::Utf16Cursor;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl TextDocument {
    /// Counts words, characters, sentences, readability and more in the text.
    pub fn count(&self, options: JsValue) -> Result<JsValue, JsError> {
        count_to_js(self.text(), options)
    }

    /// The number of words in the text by `count`'s rules, without the rest of its work.
    /// `options.lang` is checked, but words are told apart the same way in every language.
    #[wasm_bindgen(js_name = wordCount)]
    pub fn word_count(&self, options: JsValue) -> Result<usize, JsError> {
        let _: WordCountOptions = read_options(options, "wordCount")?;
        Ok(count::word_count(self.text()))
    }
}

/// Options of `wordCount`.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct WordCountOptions {
    #[allow(dead_code)] // Read only to be checked.
    lang: LangChoice,
}

/// The work behind `TextDocument.count`.
fn count_to_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: CountOptions = read_options(options, "count")?;
    let mut statistics = count::count(text, &options).map_err(js_error)?;
    let mut cursor = Utf16Cursor::new(text);
    statistics.map_spans(|span| cursor.utf16_span(span));
    // JSON-compatible: maps become plain objects, `None` becomes `null`.
    statistics
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| JsError::new(&format!("count: cannot convert the result: {error}")))
}
