//! The JavaScript edge of the second wasm module: one function, called by textlens's glue when
//! the main module meets text that needs a dictionary.

use wasm_bindgen::prelude::*;

/// The word boundaries strictly inside the UTF-8 text `bytes` (see [`crate::word_breaks`]), as
/// byte offsets: the main module works on the same bytes, so the offsets need no conversion.
#[wasm_bindgen(js_name = wordBreaks)]
pub fn word_breaks(bytes: &[u8]) -> Result<Vec<u32>, JsError> {
    let text = std::str::from_utf8(bytes).map_err(|e| JsError::new(&format!("the text is not UTF-8: {e}")))?;
    crate::word_breaks(text)
        .into_iter()
        .map(|b| u32::try_from(b).map_err(|_| JsError::new("the text is longer than 4 GiB")))
        .collect()
}
