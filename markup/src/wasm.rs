//! The JavaScript edge of the markup module: two functions, called by textlens's glue when the main
//! module chunks or counts Markdown, or counts HTML.

use wasm_bindgen::prelude::*;

/// The blocks of the UTF-8 Markdown text `bytes` in the flat encoding of [`crate::blocks`]: byte
/// offsets, as the main module works on the same bytes.
#[wasm_bindgen(js_name = markdownBlocks)]
pub fn markdown_blocks(bytes: &[u8]) -> Result<Vec<u32>, JsError> {
    Ok(crate::blocks(utf8(bytes)?))
}

/// The paragraphs of the UTF-8 HTML text `bytes` in the same encoding: [`crate::html_blocks`].
#[wasm_bindgen(js_name = htmlBlocks)]
pub fn html_blocks(bytes: &[u8]) -> Result<Vec<u32>, JsError> {
    Ok(crate::html_blocks(utf8(bytes)?))
}

fn utf8(bytes: &[u8]) -> Result<&str, JsError> {
    std::str::from_utf8(bytes).map_err(|e| JsError::new(&format!("the text is not UTF-8: {e}")))
}
