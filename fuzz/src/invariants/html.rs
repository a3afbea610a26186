//! HTML rendering, read back by a WHATWG-conformant tokenizer: the only elements are balanced
//! `<mark>`s with the attributes of their match's category, the text is exactly the input, and
//! the marks of each match cover exactly its span.

use super::Checked;
use html5gum::{Error, Token, Tokenizer};
use textlens::highlight::{Highlighter, Match};
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
    for (index, m) in matches.iter().enumerate() {
        let mut parts: Vec<Span> =
            marks.iter().filter(|mark| mark.match_index == index).map(|mark| mark.span).collect();
        parts.sort_unstable();
        let joined = parts.iter().try_fold(None::<Span>, |joined, part| match joined {
            None => Ok(Some(*part)),
            Some(so_far) if so_far.end == part.start => Ok(Some(Span::new(so_far.start, part.end))),
            Some(so_far) => Err(format!("the marks of match {index} leave a gap between {so_far:?} and {part:?}")),
        })?;
        let want = Span::new(decoded_offset(m.span.start), decoded_offset(m.span.end));
        ensure!(joined == Some(want), "the marks of match {index} cover {joined:?}, the match {want:?}");
    }
    Ok(())
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
