//! `TextDocument`: a text copied into wasm memory once and kept there for repeated work.
//!
//! Splitting, counting and highlighting a large text several times would otherwise copy it across
//! the boundary on every call. Other modules of the edge add their own `#[wasm_bindgen] impl`
//! blocks (`count`, highlighting); this one holds the text and the splitting methods.

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

#[wasm_bindgen]
impl TextDocument {
    /// Copies `text` into wasm memory.
    #[wasm_bindgen(constructor)]
    pub fn new(text: String) -> TextDocument {
        TextDocument { text }
    }

    /// Length of the text in UTF-16 code units (JavaScript's `string.length`).
    #[wasm_bindgen(getter, js_name = length)]
    pub fn utf16_length(&self) -> u32 {
        super::to_u32(crate::utf16_len(self.text.as_bytes()))
    }

    /// Length of the text in UTF-8 bytes: the wasm memory it occupies.
    #[wasm_bindgen(getter, js_name = byteLength)]
    pub fn byte_length(&self) -> u32 {
        super::to_u32(self.text.len())
    }

    /// The text back as a JavaScript string.
    #[wasm_bindgen(js_name = text)]
    pub fn to_js_string(&self) -> String {
        self.text.clone()
    }

    /// Splits the text, as the free function `split` does.
    pub fn split(&self, granularity: &str, options: JsValue) -> Result<js_sys::Object, JsError> {
        super::split::split_to_js(&self.text, granularity, options)
    }
}
