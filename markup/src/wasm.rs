//! The JavaScript edge of the markup module: one function, called by textlens's glue when the main
//! module chunks or counts Markdown.

use wasm_bindgen::prelude::*;

/// The blocks of the UTF-8 Markdown text `bytes` in the flat encoding of [`crate::blocks`]: byte
/// offsets, as the main module works on the same bytes.
#[wasm_bindgen(js_name = markdownBlocks)]
pub fn markdown_blocks(bytes: &[u8]) -> Result<Vec<u32>, JsError> {
    let text = std::str::from_utf8(bytes).map_err(|e| JsError::new(&format!("the text is not UTF-8: {e}")))?;
    Ok(crate::blocks(text))
}
