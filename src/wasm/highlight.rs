//! `RawHighlighter`: compiled highlighting rules, wrapped by `Highlighter` in `js/highlight.js`.
//!
//! This is the one exported block of the type. Its outputs: match and piece ranges as typed
//! arrays of UTF-16 offsets (packed by [`ranges`](super::ranges)), an HTML string, and the
//! matches shown in a live element, by `<mark>` elements or by the CSS Custom Highlight API
//! (the appliers of [`apply`](super::apply)).

use super::apply::{self, css, marks};
use super::{js_error, ranges, read_options, TextDocument};
use crate::highlight::{Highlighter, Rules};
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

/// Compiled highlighting rules.
#[wasm_bindgen]
pub struct RawHighlighter {
    pub(crate) inner: Highlighter,
}

#[wasm_bindgen]
impl RawHighlighter {
    /// Compiles `rules` (see `HighlightRules` in the typings); unknown fields are errors.
    #[wasm_bindgen(constructor)]
    pub fn new(rules: JsValue) -> Result<RawHighlighter, JsError> {
        let rules: Rules = read_options(rules, "Highlighter")?;
        Ok(RawHighlighter { inner: Highlighter::new(rules).map_err(js_error)? })
    }

    /// The categories, indexed by the ids in `ranges`: `{ name, className, highlightName }`.
    #[wasm_bindgen(getter)]
    pub fn categories(&self) -> Array {
        ranges::categories(&self.inner)
    }

    /// Matches and pieces of a document's text as typed arrays (wrapped by `HighlightRanges` in
    /// `js/highlight.js`).
    pub fn ranges(&self, document: &TextDocument) -> Object {
        ranges::ranges_to_js(&self.inner, document.text())
    }

    /// A document's text as HTML with the matches in `<mark>` elements, safe to assign to
    /// `innerHTML`.
    pub fn html(&self, document: &TextDocument) -> String {
        self.inner.html(document.text())
    }

    /// Wraps the matches in `element`'s text in `<mark>` elements, after removing earlier ones;
    /// returns the number of marks made. `options` is `{ exclude }`, CSS selectors to skip.
    pub fn apply(&self, element: &web_sys::Element, options: JsValue) -> Result<u32, JsError> {
        let skip = apply::skip_selector(element, options, "Highlighter.apply")?;
        marks::clear(element)?;
        marks::mark(&self.inner, element, &skip)
    }

    /// Removes the marks `apply` made in `element` and merges the text nodes it split, so the
    /// element's `innerHTML` is what it was before.
    pub fn clear(element: &web_sys::Element) -> Result<(), JsError> {
        marks::clear(element)
    }

    /// Paints the matches in `element` with the CSS Custom Highlight API: one `Highlight` per
    /// class name (its first class), registered in `CSS.highlights` under that name and styled
    /// with `::highlight(name)`. Returns `"css"`, or `"dom"` when the API is missing and marks
    /// were applied instead.
    #[wasm_bindgen(js_name = applyCss)]
    pub fn apply_css(&self, element: &web_sys::Element, options: JsValue) -> Result<String, JsError> {
        let skip = apply::skip_selector(element, options, "Highlighter.applyCss")?;
        marks::clear(element)?;
        if css::paint(&self.inner, element, &skip)? {
            return Ok("css".into());
        }
        marks::mark(&self.inner, element, &skip)?;
        Ok("dom".into())
    }

    /// Unregisters this highlighter's names from `CSS.highlights` (nothing where the API is
    /// missing).
    #[wasm_bindgen(js_name = clearCss)]
    pub fn clear_css(&self) {
        css::unpaint(&self.inner);
    }
}
