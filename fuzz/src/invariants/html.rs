//! HTML rendering, read back by a WHATWG-conformant tokenizer: the only elements are balanced
//! `<mark>`s with the attributes of their match's category, the text is exactly the input, never
//! more than `MAX_NESTING` marks are open, and the marks of each category cover exactly what its
//! matches cover, except where `MAX_NESTING` marks are open.

use super::Checked;
use html5gum::{Error, Token, Tokenizer};
use std::collections::HashMap;
use textlens::highlight::{CategoryId, Highlighter, Match, MAX_NESTING};
use textlens::Span;

/// Parse errors that leave the text as written: `&#13;` (how CR is escaped, since the parser
/// would turn a raw CR into LF) and control or non-characters in the input, which the parser
/// keeps as they are.
const HARMLESS_ERRORS: [Error; 3] =
    [Error::ControlCharacterReference, Error::ControlCharacterInInputStream, Error::NoncharacterInInputStream];

/// One `<mark>` as read back: its match and the text it encloses, in bytes of the decoded text.
struct Mark {
    match_index: usize,
    span: Span,
}

/// Checks `html`, the rendering of `matches` (found by `highlighter` in `text`).
pub fn check_html(text: &str, highlighter: &Highlighter, matches: &[Match], html: &str) -> Checked {
    ensure!(!html.contains(['\r', '\0']), "raw CR or NUL in the HTML, which a parser would change");
    let (decoded, marks) = read_back(html, highlighter, matches)?;
    // NUL cannot survive HTML parsing; the renderer writes U+FFFD, as a parser would.
    let expected = text.replace('\0', "\u{FFFD}");
    ensure!(decoded == expected, "the HTML reads back as {decoded:?}, not {expected:?}");
    let decoded_offset = |offset: usize| offset + 2 * text.as_bytes()[..offset].iter().filter(|&&b| b == 0).count();
    let in_decoded = |span: Span| Span::new(decoded_offset(span.start), decoded_offset(span.end));
    // How many marks are open over each byte of the decoded text, and what each category's marks cover.
    let mut depth = vec![0usize; decoded.len()];
    let mut covered: HashMap<CategoryId, Vec<Span>> = HashMap::new();
    let mut matched: HashMap<CategoryId, Vec<Span>> = HashMap::new();
    for m in matches {
        matched.entry(m.category).or_default().push(in_decoded(m.span));
    }
    let matched: HashMap<CategoryId, Vec<Span>> =
        matched.into_iter().map(|(category, spans)| (category, union(spans))).collect();
    for mark in &marks {
        let category = matches[mark.match_index].category;
        let parts = &matched[&category];
        let inside = parts
            .get(parts.partition_point(|part| part.end <= mark.span.start))
            .is_some_and(|part| part.start <= mark.span.start && mark.span.end <= part.end);
        ensure!(
            inside,
            "a mark of match {} covers {:?}, which its category's matches do not",
            mark.match_index,
            mark.span
        );
        mark.span.range().for_each(|offset| depth[offset] += 1);
        covered.entry(category).or_default().push(mark.span);
    }
    ensure!(depth.iter().all(|&d| d <= MAX_NESTING), "more than {MAX_NESTING} marks open");
    let covered: HashMap<CategoryId, Vec<Span>> =
        covered.into_iter().map(|(category, spans)| (category, union(spans))).collect();
    for (index, m) in matches.iter().enumerate() {
        let span = in_decoded(m.span);
        let union = covered.get(&m.category).map_or(&[][..], Vec::as_slice);
        // The parts of the match that no mark of its category covers, which must be MAX_NESTING deep.
        let mut from = span.start;
        let first = union.partition_point(|part| part.end <= span.start);
        for part in union[first..].iter().take_while(|part| part.start < span.end) {
            ensure!(
                (from..part.start).all(|offset| depth[offset] == MAX_NESTING),
                "match {index} {:?} has no mark of its category in {from}..{}",
                m.span,
                part.start
            );
            from = from.max(part.end);
        }
        ensure!(
            (from..span.end).all(|offset| depth[offset] == MAX_NESTING),
            "match {index} {:?} has no mark of its category in {from}..{}",
            m.span,
            span.end
        );
    }
    Ok(())
}

/// `spans` as sorted, disjoint, non-touching ranges.
fn union(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_unstable();
    let mut merged: Vec<Span> = Vec::new();
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// Tokenizes `html`: its text with character references decoded, and its marks.
fn read_back(html: &str, highlighter: &Highlighter, matches: &[Match]) -> Result<(String, Vec<Mark>), String> {
    let mut decoded = String::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut marks = Vec::new();
    for token in Tokenizer::new(html) {
        let Ok(token) = token;
        match token {
            Token::String(string) => {
                decoded.push_str(std::str::from_utf8(&string).map_err(|_| "text that is not UTF-8".to_owned())?);
            }
            Token::StartTag(tag) => {
                ensure!(
                    &*tag.name == b"mark" && !tag.self_closing,
                    "element {:?} in the HTML",
                    String::from_utf8_lossy(&tag.name)
                );
                let attribute = |name: &str| {
                    tag.attributes.get(name.as_bytes()).map(|value| String::from_utf8_lossy(value).into_owned())
                };
                ensure!(tag.attributes.len() == 3, "a mark with {} attributes", tag.attributes.len());
                let match_index: usize = attribute("data-match")
                    .and_then(|index| index.parse().ok())
                    .filter(|&index| index < matches.len())
                    .ok_or_else(|| format!("a mark without a valid data-match: {:?}", tag.attributes))?;
                let category = highlighter.category(matches[match_index].category);
                ensure!(
                    attribute("class").as_deref() == Some(category.class_name())
                        && attribute("data-category").as_deref() == Some(category.name()),
                    "mark of match {match_index} has attributes {:?}, its category is {category:?}",
                    tag.attributes
                );
                open.push((match_index, decoded.len()));
            }
            Token::EndTag(tag) => {
                ensure!(&*tag.name == b"mark", "end tag {:?} in the HTML", String::from_utf8_lossy(&tag.name));
                let (match_index, start) = open.pop().ok_or("a </mark> closes nothing")?;
                ensure!(decoded.len() > start, "an empty mark for match {match_index}");
                marks.push(Mark { match_index, span: Span::new(start, decoded.len()) });
            }
            Token::Error(error) => {
                ensure!(HARMLESS_ERRORS.contains(&error.value), "parse error {} in the HTML", error.value);
            }
            other => return Err(format!("unexpected token {other:?} in the HTML")),
        }
    }
    ensure!(open.is_empty(), "{} marks left open", open.len());
    Ok((decoded, marks))
}
