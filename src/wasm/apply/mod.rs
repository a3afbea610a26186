//! The appliers: highlighting shown in a live element, by `<mark>` elements ([`marks`]) or by the
//! CSS Custom Highlight API ([`css`]), which paints the matches without touching the DOM.
//!
//! Both see an element as the text of its text nodes in document order ([`SeenText`]), skipping
//! `script`, `style`, `textarea`, the caller's excluded selectors, and every element that is not
//! HTML with all inside it (SVG and MathML: an HTML `<mark>` in a `<text>` or `<mi>` hides the
//! text). A U+2029 PARAGRAPH SEPARATOR is inserted (in the searched text only) between text nodes
//! that are separated by anything but an inline element: phrases do not match across it and
//! sentences end at it, so nothing matches across two paragraphs, while matches do cross `<b>`,
//! `<a>` or `<span>` boundaries.

pub(crate) mod css;
pub(crate) mod marks;

use super::{js_error, read_options};
use crate::highlight::PARAGRAPH_SEPARATOR;
use crate::{Error, Span};
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CharacterData, Element, Node, Text};

/// HTML elements whose text is never highlighted.
const ALWAYS_SKIPPED: &str = "script, style, textarea";

/// The namespace of HTML elements, the only ones whose text is highlighted.
const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// Elements that do not separate the text around them.
const INLINE_ELEMENTS: [&str; 29] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

/// Options of `apply` and `applyCss`.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct ApplyOptions {
    /// CSS selectors of elements whose text is skipped, the rules' and the call's.
    exclude: Vec<String>,
}

/// The selector of everything the appliers skip, after checking the caller's selectors; `what`
/// names the call in errors.
pub(crate) fn skip_selector(element: &Element, options: JsValue, what: &str) -> Result<String, JsError> {
    let ApplyOptions { exclude } = read_options(options, what)?;
    if let Some(bad) = exclude.iter().find(|selector| element.matches(selector).is_err()) {
        return Err(js_error(Error::invalid_option(format!(
            "{what}: exclude selector {bad:?} is not a valid CSS selector"
        ))));
    }
    Ok(std::iter::once(ALWAYS_SKIPPED).chain(exclude.iter().map(String::as_str)).collect::<Vec<_>>().join(", "))
}

/// A DOM exception as a JavaScript `Error` with its message.
fn dom_error(value: JsValue) -> JsError {
    let message = value
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown DOM error".into());
    JsError::new(&format!("Highlighter: {message}"))
}

/// The text that highlighting sees in an element: its text nodes and their joined text.
struct SeenText {
    /// Each text node and where its data lies in `text`.
    nodes: Vec<(Text, Span)>,
    /// The data of the text nodes, in document order, with a paragraph separator where a
    /// non-inline element separates two of them.
    text: String,
}

impl SeenText {
    /// Walks `root`'s descendants (without recursion, so deep documents are fine), skipping the
    /// subtrees of elements that match `skip` or are not HTML (nothing, when `root` is not).
    fn collect(root: &Element, skip: &str) -> Result<SeenText, JsError> {
        let mut seen = SeenText { nodes: Vec::new(), text: String::new() };
        let mut ancestors: Vec<Node> = Vec::new();
        let mut current = if is_html(root) { root.first_child() } else { None };
        loop {
            let Some(node) = current else {
                let Some(parent) = ancestors.pop() else { break };
                seen.separate_after(&parent);
                current = parent.next_sibling();
                continue;
            };
            if node.node_type() == Node::TEXT_NODE {
                let start = seen.text.len();
                seen.text.push_str(&node.unchecked_ref::<CharacterData>().data());
                if seen.text.len() > start {
                    seen.nodes.push((node.clone().unchecked_into(), Span::new(start, seen.text.len())));
                }
            } else if let Some(element) = node.dyn_ref::<Element>() {
                if is_html(element) && !element.matches(skip).map_err(dom_error)? {
                    seen.separate_after(&node);
                    if let Some(child) = node.first_child() {
                        ancestors.push(node);
                        current = Some(child);
                        continue;
                    }
                }
            }
            current = node.next_sibling();
        }
        Ok(seen)
    }

    /// Adds a paragraph separator after the text so far when `node` is an element that separates
    /// text.
    fn separate_after(&mut self, node: &Node) {
        let separates = node.dyn_ref::<Element>().is_some_and(|e| !INLINE_ELEMENTS.contains(&e.local_name().as_str()));
        if separates && !self.text.is_empty() && !self.text.ends_with(PARAGRAPH_SEPARATOR) {
            self.text.push(PARAGRAPH_SEPARATOR);
        }
    }
}

/// Whether `element` is an HTML element (not SVG, MathML or another XML vocabulary).
fn is_html(element: &Element) -> bool {
    element.namespace_uri().as_deref() == Some(HTML_NAMESPACE)
}
