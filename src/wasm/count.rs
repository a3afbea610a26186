//! The JavaScript edge of counting: `countText`, `wordCount` and their `TextDocument` methods.
//!
//! Statistics are small (a few dozen numbers, plus one entry per sentence), so they cross as one
//! plain object built by serde; sentence offsets are turned into UTF-16 units first, in one walk
//! of the text. The object's shape is `Statistics` in `js/textlens.d.ts`.

use super::{js_error, read_options, TextDocument};
use crate::count::{self, CountOptions};
use crate::Utf16Cursor;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Counts words, characters, sentences, readability and more in `text`.
#[wasm_bindgen(js_name = countText)]
pub fn count_text(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    count_to_js(text, options)
}

/// The number of words in `text` by `countText`'s rules, without the rest of its work.
#[wasm_bindgen(js_name = wordCount)]
pub fn word_count(text: &str) -> usize {
    count::word_count(text)
}

#[wasm_bindgen]
impl TextDocument {
    /// Counts the document's text, as `countText` does.
    pub fn count(&self, options: JsValue) -> Result<JsValue, JsError> {
        count_to_js(self.text(), options)
    }

    /// The number of words in the document's text, as `wordCount` gives it.
    #[wasm_bindgen(js_name = wordCount)]
    pub fn word_count(&self) -> usize {
        count::word_count(self.text())
    }
}

/// The work behind `countText` and `TextDocument.count`.
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
