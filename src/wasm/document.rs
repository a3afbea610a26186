//! `TextDocument`: a text copied into wasm memory, and everything JavaScript does with it.
//!
//! Every text reaches the core as a document: the `js/` layer copies a string in (see
//! [`input`](super::input)), calls one method and frees it, or keeps a `TextDocument` the user made
//! for repeated work, which pays the copy once. This is the one exported block of the type; each
//! method hands the text to the module that packs that kind of result for JavaScript.

use super::highlight::RawHighlighter;
use super::{count, input, ranges, split};
use js_sys::{Object, Uint32Array};
use wasm_bindgen::prelude::*;

/// A text held in wasm memory.
#[wasm_bindgen]
pub struct TextDocument {
    text: String,
}

impl TextDocument {
    /// The text, for the other modules of the edge.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }
}

/// A document of a text that is already a Rust `String` (the wasm tests make theirs this way).
impl From<String> for TextDocument {
    fn from(text: String) -> Self {
        TextDocument { text }
    }
}

#[wasm_bindgen]
impl TextDocument {
    /// The document of the text of `length` bytes just written into the input buffer.
    #[wasm_bindgen(js_name = fromInput)]
    pub fn from_input(length: usize) -> Result<TextDocument, JsError> {
        Ok(TextDocument { text: input::take_input(length)? })
    }

    /// Splits the text; see `split` in the typings for the shape returned.
    pub fn split(&self, granularity: &str, options: JsValue) -> Result<Object, JsError> {
        split::split_to_js(&self.text, granularity, options)
    }

    /// Counts words, characters, sentences, readability and more in the text.
    pub fn count(&self, options: JsValue) -> Result<JsValue, JsError> {
        count::count_to_js(&self.text, options)
    }

    /// The number of words in the text by `count`'s rules, without the rest of its work.
    /// `options.lang` is checked, but words are told apart the same way in every language.
    #[wasm_bindgen(js_name = wordCount)]
    pub fn word_count(&self, options: JsValue) -> Result<usize, JsError> {
        count::check_word_count_options(options)?;
        Ok(crate::count::word_count(&self.text))
    }

    /// The index of the sentence of the text (article mode) where each of `starts` (UTF-16
    /// offsets) lies: the sentence indexes of `RawHighlighter.ranges`, worked out when first read.
    #[wasm_bindgen(js_name = matchSentences)]
    pub fn match_sentences(&self, starts: &[u32], highlighter: &RawHighlighter) -> Uint32Array {
        ranges::match_sentences(&self.text, starts, &highlighter.inner)
    }

    /// Panics with `message` while the document is borrowed, as a bug inside any method would: only
    /// in builds with the `panic-test` feature, where a test checks that a panic surfaces as a
    /// JavaScript `Error` and that the module keeps working.
    #[cfg(feature = "panic-test")]
    #[wasm_bindgen(js_name = panicForTest)]
    pub fn panic_for_test(&self, message: &str) {
        panic!("{message}");
    }
}
