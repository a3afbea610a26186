//! Helpers shared by the highlighting tests: readable renderings of matches.
#![allow(dead_code)] // each test crate uses a part

use textlens::highlight::{nest, Highlighter, Rules};

/// `text` with every match in brackets, nested where matches nest (a match crossing another's
/// end shows as two bracketed parts): `"[New [York]] is [big]"`.
pub fn bracketed(highlighter: &Highlighter, text: &str) -> String {
    let matches = highlighter.find(text);
    let mut out = String::new();
    let mut open: Vec<usize> = Vec::new();
    let mut written = 0;
    for node in nest(&matches) {
        while let Some(&end) = open.last().filter(|&&end| end <= node.span.start) {
            out.push_str(&text[written..end]);
            out.push(']');
            written = end;
            open.pop();
        }
        out.push_str(&text[written..node.span.start]);
        out.push('[');
        written = node.span.start;
        open.push(node.span.end);
    }
    while let Some(end) = open.pop() {
        out.push_str(&text[written..end]);
        out.push(']');
        written = end;
    }
    out.push_str(&text[written..]);
    out
}

/// Each match as `(category name, matched text)`, in match order.
pub fn described(highlighter: &Highlighter, text: &str) -> Vec<(String, String)> {
    highlighter
        .find(text)
        .iter()
        .map(|m| (highlighter.category(m.category).name().to_owned(), m.span.text(text).to_owned()))
        .collect()
}

/// Builds `rules`, panicking with the error message if they are rejected.
pub fn build(rules: Rules) -> Highlighter {
    rules.build().unwrap_or_else(|error| panic!("rules rejected: {error}"))
}

/// The message of the error `rules` must give.
pub fn rejection(rules: Rules) -> String {
    match rules.build() {
        Ok(_) => panic!("rules accepted, expected an error"),
        Err(error) => error.to_string(),
    }
}
