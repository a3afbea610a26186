//! The JavaScript edge of highlighting: `RawHighlighter`, wrapped by `Highlighter` in
//! `js/highlight.js`.
//!
//! Four outputs: match and piece ranges as typed arrays of UTF-16 offsets; an HTML string; `<mark>`
//! elements wrapped around the matches inside a live element (the DOM applier); and the CSS Custom
//! Highlight API, which paints the matches without touching the DOM (one `Highlight` of
//! `StaticRange`s per class name, registered in `CSS.highlights`), falling back to marks where the
//! API is missing.
//!
//! Both appliers see an element as the text of its text nodes in document order, skipping
//! `script`, `style`, `textarea`, the caller's excluded selectors, and every element that is not
//! HTML with all inside it (SVG and MathML: an HTML `<mark>` in a `<text>` or `<mi>` hides the
//! text). A U+2029 PARAGRAPH SEPARATOR is inserted (in the searched text only) between text nodes
//! that are separated by anything but an inline element: phrases do not match across it and
//! sentences end at it, so nothing matches across two paragraphs, while matches do cross `<b>`,
//! `<a>` or `<span>` boundaries.
//!
//! The DOM applier splits each text node it marks (`splitText`) rather than writing its text
//! anew, so the page's text stays what it was unit for unit, lone surrogates included (the
//! searched text has U+FFFD in their place, one UTF-16 unit as well). `clear` unwraps only the
//! marks `apply` made (it remembers them in a `WeakSet`), never marks of the page's own that look
//! the same, and merges the split text nodes again.

use super::{js_error, read_options, set, to_u32, utf16_bounds, TextDocument};
use crate::highlight::{
    nest, pieces, sentence_index, Category, Event, Highlighter, Match, Rule, Rules, Walker, PARAGRAPH_SEPARATOR,
};
use crate::Error;
use crate::{Span, Utf16Cursor};
use js_sys::{Array, Object, Reflect, Uint32Array, Uint8Array, WeakSet};
use serde::Deserialize;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CharacterData, Document, Element, Node, StaticRange, StaticRangeInit, Text};

/// HTML elements whose text is never highlighted.
const ALWAYS_SKIPPED: &str = "script, style, textarea";

/// The namespace of HTML elements, the only ones whose text is highlighted.
const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// Marks like the DOM applier's, as `clear` looks for them before asking [`MARKS`].
const MARK_SELECTOR: &str = "mark[data-category][data-match]";

thread_local! {
    /// Every mark the DOM applier made, held weakly: `clear` unwraps these and no other.
    static MARKS: WeakSet = WeakSet::new();
}

/// Options of `apply` and `applyCss`.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct ApplyOptions {
    /// CSS selectors of elements whose text is skipped, the rules' and the call's.
    exclude: Vec<String>,
}

/// Elements that do not separate the text around them.
const INLINE_ELEMENTS: [&str; 29] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

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

/// Compiled highlighting rules.
#[wasm_bindgen]
pub struct RawHighlighter {
    inner: Highlighter,
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
        self.inner
            .categories()
            .iter()
            .map(|category| {
                let object = Object::new();
                set(&object, "name", &category.name().into());
                set(&object, "className", &category.class_name().into());
                set(&object, "highlightName", &highlight_name(category).into());
                object
            })
            .collect()
    }

    /// Matches and pieces of a document's text as typed arrays (wrapped by `HighlightRanges` in
    /// `js/highlight.js`).
    pub fn ranges(&self, document: &TextDocument) -> Object {
        ranges_to_js(&self.inner, document.text())
    }

    /// A document's text as HTML with the matches in `<mark>` elements, safe to assign to
    /// `innerHTML`.
    pub fn html(&self, document: &TextDocument) -> String {
        self.inner.html(document.text())
    }

    /// Wraps the matches in `element`'s text in `<mark>` elements, after removing earlier ones;
    /// returns the number of marks made. `options` is `{ exclude }`, CSS selectors to skip.
    pub fn apply(&self, element: &Element, options: JsValue) -> Result<u32, JsError> {
        let skip = skip_selector(element, options, "Highlighter.apply")?;
        clear_marks(element)?;
        self.mark(element, &skip)
    }

    /// Removes the marks `apply` made in `element` and merges the text nodes it split, so the
    /// element's `innerHTML` is what it was before.
    pub fn clear(element: &Element) -> Result<(), JsError> {
        clear_marks(element)
    }

    /// Paints the matches in `element` with the CSS Custom Highlight API: one `Highlight` per
    /// class name (its first class), registered in `CSS.highlights` under that name and styled
    /// with `::highlight(name)`. Returns `"css"`, or `"dom"` when the API is missing and marks
    /// were applied instead.
    #[wasm_bindgen(js_name = applyCss)]
    pub fn apply_css(&self, element: &Element, options: JsValue) -> Result<String, JsError> {
        let skip = skip_selector(element, options, "Highlighter.applyCss")?;
        clear_marks(element)?;
        let Some(registry) = highlight_registry() else {
            self.mark(element, &skip)?;
            return Ok("dom".into());
        };
        self.clear_css();
        let seen = SeenText::collect(element, &skip)?;
        let mut highlights: BTreeMap<String, CssHighlight> = BTreeMap::new();
        for (name, range) in seen.static_ranges(&self.inner.find_unplaced(&seen.text).0, &self.inner)? {
            let highlight = match highlights.entry(name) {
                std::collections::btree_map::Entry::Occupied(entry) => entry.into_mut(),
                std::collections::btree_map::Entry::Vacant(entry) => {
                    entry.insert(CssHighlight::new().map_err(dom_error)?)
                }
            };
            highlight.add(&range);
        }
        for (name, highlight) in &highlights {
            registry.set(name, highlight).map_err(dom_error)?;
        }
        Ok("css".into())
    }

    /// Unregisters this highlighter's names from `CSS.highlights` (nothing where the API is
    /// missing).
    #[wasm_bindgen(js_name = clearCss)]
    pub fn clear_css(&self) {
        if let Some(registry) = highlight_registry() {
            for category in self.inner.categories() {
                registry.delete(&highlight_name(category));
            }
        }
    }
}

impl RawHighlighter {
    /// The work behind `apply`, once earlier marks are gone: marks the matches in the text of
    /// `element` outside `skip`.
    fn mark(&self, element: &Element, skip: &str) -> Result<u32, JsError> {
        let seen = SeenText::collect(element, skip)?;
        let document =
            element.owner_document().ok_or_else(|| JsError::new("Highlighter.apply: the element has no document"))?;
        let (matches, _) = self.inner.find_unplaced(&seen.text);
        let tree = nest(&matches);
        let mut walker = Walker::new(&tree);
        let mut cursor = Utf16Cursor::new(&seen.text);
        let builder = MarkBuilder { document: &document, tree: &tree, matches: &matches, highlighter: &self.inner };
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
}

/// The work behind `ranges`. Sentence indexes are left to `TextDocument.matchSentences`,
/// called only if they are read, unless the detectors split the sentences anyway.
fn ranges_to_js(highlighter: &Highlighter, text: &str) -> Object {
    let (matches, sentences) = highlighter.find_unplaced(text);
    let object = Object::new();
    let (starts, ends) = utf16_bounds(text, matches.iter().map(|m| m.span));
    let (rule_kinds, rule_indexes): (Vec<u8>, Vec<u32>) = matches.iter().map(|m| encode_rule(m.rule)).unzip();
    if let Some(sentences) = sentences {
        let sentence_ends: Vec<usize> = sentences.iter().map(|sentence| sentence.end).collect();
        let indexes = matches.iter().map(|m| to_u32(sentence_index(&sentence_ends, m.span.start)));
        set(&object, "sentences", &u32_array(indexes));
    }
    set(&object, "starts", &Uint32Array::from(&starts[..]));
    set(&object, "ends", &Uint32Array::from(&ends[..]));
    set(&object, "categories", &u32_array(matches.iter().map(|m| m.category.0)));
    set(&object, "ruleKinds", &Uint8Array::from(&rule_kinds[..]));
    set(&object, "ruleIndexes", &Uint32Array::from(&rule_indexes[..]));
    let resolved = pieces(&matches);
    let (spans, offsets, categories) = resolved.as_parts();
    let (piece_starts, piece_ends) = utf16_bounds(text, spans.iter().copied());
    set(&object, "pieceStarts", &Uint32Array::from(&piece_starts[..]));
    set(&object, "pieceEnds", &Uint32Array::from(&piece_ends[..]));
    set(&object, "pieceCategoryOffsets", &u32_array(offsets.iter().map(|&o| to_u32(o))));
    set(&object, "pieceCategories", &u32_array(categories.iter().map(|c| c.0)));
    object
}

#[wasm_bindgen]
impl TextDocument {
    /// The index of the sentence of the text (article mode, in the language of `highlighter`'s
    /// rules) where each of `starts` (UTF-16 offsets) lies: the sentence indexes of `ranges`,
    /// worked out when first read.
    #[wasm_bindgen(js_name = matchSentences)]
    pub fn match_sentences(&self, starts: &[u32], highlighter: &RawHighlighter) -> Uint32Array {
        let text = self.text();
        let (_, sentence_ends) = utf16_bounds(text, highlighter.inner.sentences(text));
        u32_array(starts.iter().map(|&start| to_u32(sentence_index(&sentence_ends, start))))
    }
}

/// A `Uint32Array` of `values`.
fn u32_array(values: impl Iterator<Item = u32>) -> Uint32Array {
    Uint32Array::from(&values.collect::<Vec<u32>>()[..])
}

/// A rule as (kind, index): 0 term and its index, 1 pattern and its index, 2 detector and its
/// index in `Detector::ALL` (the order of `DETECTORS` in js/highlight.js).
fn encode_rule(rule: Rule) -> (u8, u32) {
    match rule {
        Rule::Term(index) => (0, to_u32(index)),
        Rule::Pattern(index) => (1, to_u32(index)),
        Rule::Detector(detector) => {
            (2, to_u32(crate::highlight::Detector::ALL.iter().position(|&d| d == detector).unwrap_or(0)))
        }
    }
}

/// The name of a category's highlight in `CSS.highlights`: the first of its classes.
fn highlight_name(category: &Category) -> String {
    category.class_name().split(' ').next().unwrap_or_default().to_owned()
}

/// `CSS.highlights`, where both it and `Highlight` exist.
fn highlight_registry() -> Option<HighlightRegistry> {
    let global = js_sys::global();
    let has_highlight = Reflect::get(&global, &"Highlight".into()).is_ok_and(|h| h.is_function());
    let css = Reflect::get(&global, &"CSS".into()).ok().filter(JsValue::is_object)?;
    let registry = Reflect::get(&css, &"highlights".into()).ok().filter(JsValue::is_object)?;
    has_highlight.then(|| registry.unchecked_into())
}

/// The selector of everything the appliers skip, after checking the caller's selectors; `what`
/// names the call in errors.
fn skip_selector(element: &Element, options: JsValue, what: &str) -> Result<String, JsError> {
    let ApplyOptions { exclude } = read_options(options, what)?;
    if let Some(bad) = exclude.iter().find(|selector| element.matches(selector).is_err()) {
        return Err(js_error(Error::invalid_option(format!(
            "{what}: exclude selector {bad:?} is not a valid CSS selector"
        ))));
    }
    Ok(std::iter::once(ALWAYS_SKIPPED).chain(exclude.iter().map(String::as_str)).collect::<Vec<_>>().join(", "))
}

/// Unwraps every mark made by `apply` under `element`, then merges adjacent text nodes.
fn clear_marks(element: &Element) -> Result<(), JsError> {
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

    /// One `StaticRange` per match and text node it covers, with the highlight name of its
    /// category.
    fn static_ranges(
        &self,
        matches: &[Match],
        highlighter: &Highlighter,
    ) -> Result<Vec<(String, StaticRange)>, JsError> {
        let mut cursor = Utf16Cursor::new(&self.text);
        let node_starts: Vec<usize> = self.nodes.iter().map(|(_, span)| cursor.utf16_offset(span.start)).collect();
        let mut ranges = Vec::new();
        for m in matches {
            let first = self.nodes.partition_point(|(_, span)| span.end <= m.span.start);
            for (index, (node, span)) in self.nodes.iter().enumerate().skip(first) {
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
}

/// Whether `element` is an HTML element (not SVG, MathML or another XML vocabulary).
fn is_html(element: &Element) -> bool {
    element.namespace_uri().as_deref() == Some(HTML_NAMESPACE)
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
