//! The CSS Custom Highlight applier: one `Highlight` of `StaticRange`s per class name, registered
//! in `CSS.highlights` and styled with `::highlight(name)`; the DOM is left as it is.
//! The members of `Highlight` and `CSS.highlights` it uses are declared here.

use super::{dom_error, SeenText};
use crate::highlight::{Highlighter, Match};
use crate::wasm::{ranges::highlight_name, to_u32};
use crate::Utf16Cursor;
use js_sys::Reflect;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, StaticRange, StaticRangeInit};

#[wasm_bindgen]
extern "C" {
    /// The CSS Custom Highlight API's `Highlight`: a set of ranges painted by `::highlight(name)`.
    #[wasm_bindgen(js_name = Highlight)]
    type CssHighlight;

    #[wasm_bindgen(constructor, catch, js_class = "Highlight")]
    fn new() -> Result<CssHighlight, JsValue>;

    #[wasm_bindgen(method, js_class = "Highlight")]
    fn add(this: &CssHighlight, range: &StaticRange);

    /// `CSS.highlights`, a map of names to `Highlight`s.
    type HighlightRegistry;

    #[wasm_bindgen(method, catch)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &CssHighlight) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method)]
    fn delete(this: &HighlightRegistry, name: &str) -> bool;
}

/// Paints the matches of `highlighter` in the text of `element` outside `skip`, replacing its
/// earlier highlights; `false` (and nothing done) where the API is missing.
pub(crate) fn paint(highlighter: &Highlighter, element: &Element, skip: &str) -> Result<bool, JsError> {
    let Some(registry) = highlight_registry() else { return Ok(false) };
    unpaint(highlighter);
    let seen = SeenText::collect(element, skip)?;
    let mut highlights: BTreeMap<String, CssHighlight> = BTreeMap::new();
    for (name, range) in static_ranges(&seen, &highlighter.find_unplaced(&seen.text).0, highlighter)? {
        let highlight = match highlights.entry(name) {
            std::collections::btree_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::btree_map::Entry::Vacant(entry) => entry.insert(CssHighlight::new().map_err(dom_error)?),
        };
        highlight.add(&range);
    }
    for (name, highlight) in &highlights {
        registry.set(name, highlight).map_err(dom_error)?;
    }
    Ok(true)
}

/// Unregisters the names of `highlighter`'s categories from `CSS.highlights` (nothing where the
/// API is missing).
pub(crate) fn unpaint(highlighter: &Highlighter) {
    if let Some(registry) = highlight_registry() {
        for category in highlighter.categories() {
            registry.delete(&highlight_name(category));
        }
    }
}

/// `CSS.highlights`, where both it and `Highlight` exist.
fn highlight_registry() -> Option<HighlightRegistry> {
    let global = js_sys::global();
    let has_highlight = Reflect::get(&global, &"Highlight".into()).is_ok_and(|h| h.is_function());
    let css = Reflect::get(&global, &"CSS".into()).ok().filter(JsValue::is_object)?;
    let registry = Reflect::get(&css, &"highlights".into()).ok().filter(JsValue::is_object)?;
    has_highlight.then(|| registry.unchecked_into())
}

/// One `StaticRange` per match and text node of `seen` it covers, with the highlight name of its
/// category.
fn static_ranges(
    seen: &SeenText,
    matches: &[Match],
    highlighter: &Highlighter,
) -> Result<Vec<(String, StaticRange)>, JsError> {
    let mut cursor = Utf16Cursor::new(&seen.text);
    let node_starts: Vec<usize> = seen.nodes.iter().map(|(_, span)| cursor.utf16_offset(span.start)).collect();
    let mut ranges = Vec::new();
    for m in matches {
        let first = seen.nodes.partition_point(|(_, span)| span.end <= m.span.start);
        for (index, (node, span)) in seen.nodes.iter().enumerate().skip(first) {
            if span.start >= m.span.end {
                break;
            }
            let (start, end) = (m.span.start.max(span.start), m.span.end.min(span.end));
            if start >= end {
                continue;
            }
            let start16 = to_u32(cursor.utf16_offset(start) - node_starts[index]);
            let end16 = to_u32(cursor.utf16_offset(end) - node_starts[index]);
            let range = StaticRange::new(&StaticRangeInit::new(node, end16, node, start16)).map_err(dom_error)?;
            ranges.push((highlight_name(highlighter.category(m.category)), range));
        }
    }
    Ok(ranges)
}
