//! The JavaScript edge of Markdown and HTML parsing: the core's parser plug, served by a JavaScript
//! function that the `js/` layer registers once the markup module is loaded.
//!
//! The function receives the UTF-8 bytes of the text (a copy, as a `Uint8Array`) and its format
//! (`"markdown"` or `"html"`) and returns its blocks in the flat encoding of `textlens-markup` (a
//! `Uint32Array` of byte offsets): the markup module reads the same bytes, so no offset is
//! converted on the way.

use crate::markup::Format;
use crate::{Error, ErrorKind};
use js_sys::{Function, Uint32Array, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static PARSER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Registers the function that parses Markdown and HTML (`undefined` removes it).
#[wasm_bindgen(js_name = setMarkupParser)]
pub fn set_markup_parser(parser: Option<Function>) {
    PARSER.with(|slot| *slot.borrow_mut() = parser);
}

/// The core's parser: calls the registered function.
pub(crate) fn markup_blocks(text: &str, format: Format) -> crate::Result<Vec<u32>> {
    let name = format.name();
    let parser = PARSER.with(|slot| slot.borrow().clone()).ok_or_else(|| {
        Error::new(
            ErrorKind::MarkupMissing,
            format!("format {name:?} needs the markup module: await loadMarkup() before chunking or counting Markdown or HTML"),
        )
    })?;
    let bytes = Uint8Array::from(text.as_bytes());
    let blocks = parser.call2(&JsValue::UNDEFINED, &bytes, &JsValue::from_str(name)).map_err(|thrown| {
        let message =
            thrown.dyn_ref::<js_sys::Error>().map_or_else(|| format!("{thrown:?}"), |e| String::from(e.message()));
        Error::new(ErrorKind::MarkupMissing, format!("the markup module failed: {message}"))
    })?;
    let blocks = blocks
        .dyn_into::<Uint32Array>()
        .map_err(|_| Error::new(ErrorKind::InvalidInput, "the markup parser did not return a Uint32Array"))?;
    Ok(blocks.to_vec())
}
