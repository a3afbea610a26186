//! HTML rendering: escaped text with `<mark>` elements, safe to assign to `innerHTML`.
//!
//! Safety rests on two rules: every character of the text and of attribute values goes through
//! [`escape_html`], and class names are validated when the highlighter is built (letters, digits,
//! `-` and `_` only), so no input and no rule can open an element, close a `<mark>` early or
//! break out of an attribute.

use super::resolve::{Event, Node, Walker};
use super::{Category, Match};
use crate::{Error, Result, Span};
use std::fmt::Write;

/// Appends `text` to `out` with HTML's special characters escaped.
///
/// `&`, `<`, `>`, `"` and `'` become character references, so the result is inert both as element
/// content and inside a quoted attribute value. Two characters that the HTML parser itself would
/// change are written so that parsing gives the input back: `\r` becomes `&#13;` (the parser
/// turns a raw CR or CR LF into LF) and NUL becomes U+FFFD (the parser drops a raw NUL and turns
/// `&#0;` into U+FFFD, so NUL cannot survive a round trip).
///
/// ```
/// let mut out = String::new();
/// textlens::highlight::escape_html("<b title='x'>&\"</b>", &mut out);
/// assert_eq!(out, "&lt;b title=&#39;x&#39;&gt;&amp;&quot;&lt;/b&gt;");
/// ```
pub fn escape_html(text: &str, out: &mut String) {
    let mut clean_from = 0;
    for (offset, byte) in text.bytes().enumerate() {
        let replacement = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            b'\r' => "&#13;",
            b'\0' => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&text[clean_from..offset]);
        out.push_str(replacement);
        clean_from = offset + 1;
    }
    out.push_str(&text[clean_from..]);
}

/// Renders `text` with the nodes of [`nest`](super::nest) as `<mark>` elements.
///
/// Each mark is `<mark class="…" data-category="…" data-match="…">`: the category's class, its
/// name, and the index of the match (shared by the parts of a split match).
pub(crate) fn render(text: &str, matches: &[Match], nodes: &[Node], categories: &[Category]) -> String {
    let mut out = String::with_capacity(text.len() + nodes.len() * 64);
    Walker::new(nodes).window(Span::new(0, text.len()), &mut |event| match event {
        Event::Text(span) => escape_html(span.text(text), &mut out),
        Event::Close => out.push_str("</mark>"),
        Event::Open(index) => {
            let match_index = nodes[index].match_index;
            let category = &categories[matches[match_index].category.index()];
            out.push_str("<mark class=\"");
            escape_html(category.class_name(), &mut out);
            out.push_str("\" data-category=\"");
            escape_html(category.name(), &mut out);
            // Writing into a String cannot fail.
            let _ = write!(out, "\" data-match=\"{match_index}\">");
        }
    });
    out
}

/// Checks a caller's class attribute: space-separated class names of letters, digits, `-` and
/// `_` (any script's letters and digits); returns it with single spaces.
pub(crate) fn validate_class_name(class_name: &str) -> Result<String> {
    let names: Vec<&str> = class_name.split_ascii_whitespace().collect();
    if names.is_empty() {
        return Err(Error::invalid_option(format!("class name {class_name:?} is empty")));
    }
    if let Some(bad) = class_name.chars().find(|&c| !(is_class_char(c) || c.is_ascii_whitespace())) {
        return Err(Error::invalid_option(format!(
            "class name {class_name:?} has the character {bad:?}: use letters, digits, '-' and '_'"
        )));
    }
    Ok(names.join(" "))
}

/// The default class of a category: `tl-` and its name, other characters than letters, digits,
/// `-` and `_` replaced by `-`.
pub(crate) fn default_class_name(category: &str) -> String {
    let name: String = category.chars().map(|c| if is_class_char(c) { c } else { '-' }).collect();
    format!("tl-{name}")
}

/// Whether `c` may appear in a class name.
fn is_class_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}
