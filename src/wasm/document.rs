//! `TextDocument`: a text copied into wasm memory, and everything done with it.
//!
//! Every text reaches the core as a document: the `js/` layer copies a string in (see
//! [`input`](super::input)), calls one method and frees it, or keeps a `TextDocument` the user made
//! for repeated work, which pays the copy once. Other modules of the edge add their own
//! `#[wasm_bindgen] impl` blocks (`count`, highlighting); this one holds the text and the
//! splitting methods.

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
        Ok(TextDocument { text: super::input::take_input(length)? })
    }

    /// Splits the text; see `split` in the typings for the shape returned.
    pub fn split(&self, granularity: &str, options: JsValue) -> Result<js_sys::Object, JsError> {
        super::split::split_to_js(&self.text, granularity, options)
    }
}
