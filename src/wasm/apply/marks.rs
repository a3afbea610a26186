//! The DOM applier: `<mark>` elements wrapped around the matches inside a live element.
//!
//! It splits each text node it marks (`splitText`) rather than writing its text anew, so the
//! page's text stays what it was unit for unit, lone surrogates included (the searched text has
//! U+FFFD in their place, one UTF-16 unit as well). [`clear`] unwraps only the marks [`mark`]
//! made (it remembers them in a `WeakSet`), never marks of the page's own that look the same, and
//! merges the split text nodes again.

use super::{dom_error, SeenText};
use crate::highlight::{nest, Event, Highlighter, Match, Walker};
use crate::wasm::to_u32;
use crate::{Span, Utf16Cursor};
use js_sys::WeakSet;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Text};

/// Marks like the DOM applier's, as [`clear`] looks for them before asking [`MARKS`].
const MARK_SELECTOR: &str = "mark[data-category][data-match]";

thread_local! {
    /// Every mark the DOM applier made, held weakly: [`clear`] unwraps these and no other.
    static MARKS: WeakSet = WeakSet::new();
}

/// Marks the matches of `highlighter` in the text of `element` outside `skip` (once earlier
/// marks are gone); returns the number of marks made.
pub(crate) fn mark(highlighter: &Highlighter, element: &Element, skip: &str) -> Result<u32, JsError> {
    let seen = SeenText::collect(element, skip)?;
    let document =
        element.owner_document().ok_or_else(|| JsError::new("Highlighter.apply: the element has no document"))?;
    let (matches, _) = highlighter.find_unplaced(&seen.text);
    let tree = nest(&matches);
    let mut walker = Walker::new(&tree);
    let mut cursor = Utf16Cursor::new(&seen.text);
    let builder = MarkBuilder { document: &document, tree: &tree, matches: &matches, highlighter };
    let mut marks = 0;
    for (node, span) in &seen.nodes {
        let mut events = Vec::new();
        walker.window(*span, &mut |event| events.push(event));
        if events.iter().any(|e| matches!(e, Event::Open(_))) {
            marks += builder.split(node, *span, &events, &mut cursor)?;
        }
    }
    Ok(marks)
}

/// Unwraps every mark made by [`mark`] under `element`, then merges adjacent text nodes.
pub(crate) fn clear(element: &Element) -> Result<(), JsError> {
    let candidates = element.query_selector_all(MARK_SELECTOR).map_err(dom_error)?;
    let marks: Vec<Node> = (0..candidates.length())
        .filter_map(|index| candidates.get(index))
        .filter(|mark| MARKS.with(|made| made.has(mark.unchecked_ref())))
        .collect();
    if marks.is_empty() {
        return Ok(());
    }
    for mark in marks {
        let Some(parent) = mark.parent_node() else { continue };
        while let Some(child) = mark.first_child() {
            parent.insert_before(&child, Some(&mark)).map_err(dom_error)?;
        }
        parent.remove_child(&mark).map_err(dom_error)?;
    }
    element.normalize();
    Ok(())
}

/// Builds the marks of text nodes.
struct MarkBuilder<'a> {
    document: &'a Document,
    tree: &'a [crate::highlight::Node],
    matches: &'a [Match],
    highlighter: &'a Highlighter,
}

impl MarkBuilder<'_> {
    /// Splits `node`, whose data is `span` of the searched text, into the text of `events` and
    /// puts each piece in its mark; returns the number of marks made. `cursor` (over the searched
    /// text) gives the UTF-16 offsets to split at.
    fn split(&self, node: &Text, span: Span, events: &[Event], cursor: &mut Utf16Cursor) -> Result<u32, JsError> {
        let parent = node.parent_node().ok_or_else(|| JsError::new("Highlighter.apply: a text node has no parent"))?;
        // The part of the node not placed yet, where it was in `parent`: after a mark opens, text
        // of this window always follows, so a mark opened outside any other goes before it.
        let mut rest = Some(node.clone());
        let mut rest_start = cursor.utf16_offset(span.start);
        let mut open: Vec<Element> = Vec::new();
        let mut marks = 0;
        for &event in events {
            match event {
                Event::Text(piece) => {
                    let Some(text) = rest.take() else { break }; // text events tile the node: never
                    if piece.end < span.end {
                        let end = cursor.utf16_offset(piece.end);
                        rest = Some(text.split_text(to_u32(end - rest_start)).map_err(dom_error)?);
                        rest_start = end;
                    }
                    if let Some(mark) = open.last() {
                        mark.append_child(&text).map_err(dom_error)?;
                    }
                }
                Event::Open(index) => {
                    let mark = self.mark(index)?;
                    match open.last() {
                        Some(outer) => outer.append_child(&mark),
                        None => parent.insert_before(&mark, rest.as_ref().map(|text| text.as_ref())),
                    }
                    .map_err(dom_error)?;
                    MARKS.with(|made| made.add(&mark));
                    open.push(mark);
                    marks += 1;
                }
                Event::Close => {
                    open.pop();
                }
            }
        }
        Ok(marks)
    }

    /// A `<mark>` for the tree node at `index`, with the attributes of the HTML output.
    fn mark(&self, index: usize) -> Result<Element, JsError> {
        let match_index = self.tree[index].match_index;
        let category = self.highlighter.category(self.matches[match_index].category);
        let mark = self.document.create_element("mark").map_err(dom_error)?;
        mark.set_class_name(category.class_name());
        mark.set_attribute("data-category", category.name()).map_err(dom_error)?;
        mark.set_attribute("data-match", &match_index.to_string()).map_err(dom_error)?;
        Ok(mark)
    }
}
