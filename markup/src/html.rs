//! The prose of an HTML document, for textlens's counts of HTML.
//!
//! [`html_blocks`] reads HTML with html5gum (a WHATWG tokenizer: character references decoded by
//! the HTML5 list, script and style contents read as raw text) and keeps what the page's own
//! `www/file-text.js` (`htmlToText`) keeps in the browser, so that both count the same prose:
//!
//! - Left out, with all they hold: `script`, `style`, `noscript`, `template`, `svg`, `math`,
//!   `iframe`, `object` and `title` (which stands for the head: everything else there is empty or
//!   left out already).
//! - The main content: the document's one `article`; else its first `main` or `[role=main]`; else
//!   everything but `nav`, `aside`, `footer` and `[role=navigation]`, `[role=contentinfo]`,
//!   `[role=complementary]`.
//! - A block element ([`BLOCKS`]) ends a paragraph where it starts and where it ends; `<br>` reads
//!   as a space; runs of whitespace read as one space, and a paragraph's leading and trailing
//!   whitespace is dropped, as is a paragraph with nothing else.
//!
//! There is no tree builder: elements nest as their tags say, an end tag closes the innermost
//! open element of its name (and is ignored if none is open), void elements never open.
//! Unclosed `<p>` or `<li>` therefore nest in one another, and since each is a block, they still
//! separate paragraphs. Any input gives an answer; none panics.
//!
//! Each paragraph is a [`Kind::Paragraph`](crate::Kind::Paragraph) block in the encoding of the
//! crate docs, its pieces [`VERBATIM`] text, [`SPACE`] (whitespace, `<br>`) and [`CHARACTER`]
//! (a character reference, or a character the tokenizer reads differently from its bytes).

use crate::{offset, Kind, CHARACTER, SPACE, VERBATIM};
use html5gum::{naive_next_state, Emitter, Error, State, Tokenizer};
use std::collections::{HashMap, VecDeque};
use std::ops::Range;

/// Left out with everything inside them (`SKIPPED` of `www/file-text.js`, with `title` for `head`).
const SKIPPED: [&str; 9] = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "title"];
/// Around the main content, left out when there is no article or main element (`CHROME` of
/// `www/file-text.js`).
const CHROME: [&str; 3] = ["nav", "aside", "footer"];
const CHROME_ROLES: [&str; 3] = ["navigation", "contentinfo", "complementary"];
/// Elements that end a paragraph (`BLOCKS` of `www/file-text.js`).
const BLOCKS: [&str; 29] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "ul",
];
/// Elements that have no end tag (the HTML standard's void elements, with the obsolete `param`
/// and `keygen` that browsers still read so).
const VOID: [&str; 15] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track",
    "wbr",
];
/// Elements of other namespaces, inside which `<x/>` closes itself.
const FOREIGN: [&str; 2] = ["svg", "math"];

/// The prose of the HTML `text` as paragraph blocks in the flat encoding of the crate docs (byte
/// offsets).
///
/// ```
/// let text = "<nav>Home</nav><p>Fish &amp; chips.<p>Tea";
/// let blocks = textlens_markup::html_blocks(text);
/// // Two paragraphs (kind 0); the first is "Fish", a space, "&", a space, "chips.".
/// assert_eq!(blocks[..5], [0, 0, 18, 35, 5]);
/// assert_eq!(blocks[5..8], [18, 22, 0]);
/// assert_eq!(blocks[11..14], [23, 28, 3 | ('&' as u32) << 8]);
/// assert_eq!(blocks[20..], [0, 0, 38, 41, 1, 38, 41, 0]);
/// ```
pub fn html_blocks(text: &str) -> Vec<u32> {
    let document = Document::parse(text);
    let mut paragraphs = Paragraphs::default();
    match document.main() {
        Some(main) => document.walk(main, false, &mut paragraphs),
        None => document.walk(0, true, &mut paragraphs),
    }
    paragraphs.flush();
    paragraphs.out
}

/// A piece of prose: its bytes in the text and its kind in the encoding.
#[derive(Clone, Debug)]
struct Piece {
    range: Range<usize>,
    kind: u32,
}

enum Node {
    Element(usize),
    /// These pieces of [`Document::pieces`].
    Text(Range<usize>),
}

struct Element {
    name: String,
    role: Option<String>,
    children: Vec<Node>,
}

impl Element {
    fn is_main(&self) -> bool {
        self.name == "main" || self.role.as_deref() == Some("main")
    }

    fn is_chrome(&self) -> bool {
        CHROME.contains(&self.name.as_str()) || self.role.as_deref().is_some_and(|role| CHROME_ROLES.contains(&role))
    }

    fn is_skipped(&self) -> bool {
        SKIPPED.contains(&self.name.as_str())
    }
}

/// The elements of a document as its tags nest them; element 0 is the document. Walked without
/// recursion, as tag soup may nest as deep as it is long.
struct Document {
    elements: Vec<Element>,
    pieces: Vec<Piece>,
}

/// The open elements while a document is read, and how many of each name.
struct Open {
    /// Each with whether it is inside a foreign element or is one.
    stack: Vec<(usize, bool)>,
    counts: HashMap<String, usize>,
}

impl Document {
    fn parse(text: &str) -> Self {
        let root = Element { name: String::new(), role: None, children: Vec::new() };
        let mut document = Document { elements: vec![root], pieces: Vec::new() };
        let mut open = Open { stack: vec![(0, false)], counts: HashMap::new() };
        for token in Tokenizer::new_with_emitter(text, Tokens::new(text)).flatten() {
            let (parent, in_foreign) = open.stack.last().copied().unwrap_or((0, false));
            match token {
                Token::Start { name, role, self_closing, range } => {
                    if name == "br" {
                        document.push_pieces(parent, [Piece { range, kind: SPACE }]);
                        continue;
                    }
                    let foreign = in_foreign || FOREIGN.contains(&name.as_str());
                    let opens = !(VOID.contains(&name.as_str()) || (self_closing && foreign));
                    if opens {
                        *open.counts.entry(name.clone()).or_default() += 1;
                    }
                    let element = document.push_element(parent, name, role);
                    if opens {
                        open.stack.push((element, foreign));
                    }
                }
                Token::End { name, range } => match open.counts.get(&name).copied().unwrap_or(0) {
                    0 => match name.as_str() {
                        // A `</p>` with no paragraph open still ends one, and `</br>` is a
                        // `<br>`, as browsers read them.
                        "p" => _ = document.push_element(parent, name, None),
                        "br" => document.push_pieces(parent, [Piece { range, kind: SPACE }]),
                        _ => {}
                    },
                    _ => {
                        while let Some((element, _)) = open.stack.pop() {
                            let closed = &document.elements[element].name;
                            if let Some(n) = open.counts.get_mut(closed) {
                                *n -= 1;
                            }
                            if *closed == name {
                                break;
                            }
                        }
                    }
                },
                Token::Text { range, decoded } => {
                    let pieces = text_pieces(text, range, decoded.as_deref());
                    document.push_pieces(parent, pieces);
                }
            }
        }
        document
    }

    fn push_element(&mut self, parent: usize, name: String, role: Option<String>) -> usize {
        self.elements.push(Element { name, role, children: Vec::new() });
        let element = self.elements.len() - 1;
        self.elements[parent].children.push(Node::Element(element));
        element
    }

    fn push_pieces(&mut self, parent: usize, pieces: impl IntoIterator<Item = Piece>) {
        let start = self.pieces.len();
        self.pieces.extend(pieces);
        let children = &mut self.elements[parent].children;
        match children.last_mut() {
            Some(Node::Text(range)) if range.end == start => range.end = self.pieces.len(),
            _ => children.push(Node::Text(start..self.pieces.len())),
        }
    }

    /// The main content, if the document marks one: its one article, else its first main (of the
    /// elements not left out).
    fn main(&self) -> Option<usize> {
        let mut kept = Vec::new();
        let mut stack = vec![0];
        while let Some(element) = stack.pop() {
            kept.push(element);
            let children = self.elements[element].children.iter().rev();
            stack.extend(children.filter_map(|child| match *child {
                Node::Element(child) if !self.elements[child].is_skipped() => Some(child),
                _ => None,
            }));
        }
        let mut articles = kept.iter().filter(|&&e| self.elements[e].name == "article");
        match (articles.next(), articles.next()) {
            (Some(&article), None) => Some(article),
            _ => kept.into_iter().find(|&e| self.elements[e].is_main()),
        }
    }

    /// Adds the prose under `root` to `out`, without chrome if `no_chrome`.
    fn walk(&self, root: usize, no_chrome: bool, out: &mut Paragraphs) {
        // Each open element with the index of its next child.
        let mut stack = vec![(root, 0)];
        while let Some((element, next)) = stack.last_mut() {
            let Some(child) = self.elements[*element].children.get(*next) else {
                if BLOCKS.contains(&self.elements[*element].name.as_str()) {
                    out.flush();
                }
                stack.pop();
                continue;
            };
            *next += 1;
            match *child {
                Node::Text(ref range) => out.extend(&self.pieces[range.clone()]),
                Node::Element(child) => {
                    let element = &self.elements[child];
                    if element.is_skipped() || (no_chrome && element.is_chrome()) {
                        continue;
                    }
                    if BLOCKS.contains(&element.name.as_str()) {
                        out.flush();
                    }
                    stack.push((child, 0));
                }
            }
        }
    }
}

/// The pieces of a run of text: `decoded` is what the tokenizer read from `range` when it differs
/// from its bytes (a character reference, a line break normalised).
fn text_pieces(text: &str, range: Range<usize>, decoded: Option<&str>) -> Vec<Piece> {
    let Some(decoded) = decoded else {
        let Some(read) = text.get(range.clone()) else { return Vec::new() };
        return verbatim_pieces(read, range.start);
    };
    let mut pieces = Vec::new();
    for (i, c) in decoded.chars().enumerate() {
        // A reference that stands for two characters gives the second an empty range after it.
        let at = if i == 0 { range.clone() } else { range.end..range.end };
        let kind = if c.is_whitespace() { SPACE } else { CHARACTER | (c as u32) << 8 };
        pieces.push(Piece { range: at, kind });
    }
    pieces
}

/// `read` (at byte `start` of the text) as runs of verbatim text and of whitespace.
fn verbatim_pieces(read: &str, start: usize) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    for (i, c) in read.char_indices() {
        let kind = if c.is_whitespace() { SPACE } else { VERBATIM };
        let at = start + i;
        match pieces.last_mut() {
            Some(last) if last.kind == kind => last.range.end = at + c.len_utf8(),
            _ => pieces.push(Piece { range: at..at + c.len_utf8(), kind }),
        }
    }
    pieces
}

/// Writes paragraphs of pieces as blocks.
#[derive(Default)]
struct Paragraphs {
    out: Vec<u32>,
    current: Vec<Piece>,
}

impl Paragraphs {
    fn extend(&mut self, pieces: &[Piece]) {
        for piece in pieces {
            let after_space = self.current.last().is_none_or(|last| last.kind == SPACE);
            if !(piece.kind == SPACE && after_space) {
                self.current.push(piece.clone());
            }
        }
    }

    /// Ends the current paragraph, if it has any prose.
    fn flush(&mut self) {
        while self.current.last().is_some_and(|last| last.kind == SPACE) {
            self.current.pop();
        }
        let (Some(first), Some(last)) = (self.current.first(), self.current.last()) else { return };
        let count = self.current.len() as u32;
        self.out.extend([Kind::Paragraph as u32, 0, offset(first.range.start), offset(last.range.end), count]);
        for piece in self.current.drain(..) {
            self.out.extend([offset(piece.range.start), offset(piece.range.end), piece.kind]);
        }
    }
}

/// What the tokenizer gives: tags and runs of text with their bytes in the text.
enum Token {
    Start {
        name: String,
        role: Option<String>,
        self_closing: bool,
        range: Range<usize>,
    },
    End {
        name: String,
        range: Range<usize>,
    },
    /// Text read from `range`; `decoded` is what it reads as, if not its own bytes.
    Text {
        range: Range<usize>,
        decoded: Option<String>,
    },
}

/// An html5gum emitter that keeps tags, their `role` attribute and text with its place.
///
/// The tokenizer reports how far it has read (`move_position`); each token is made of the bytes
/// read since the one before, and a run of text is emitted when the tokenizer has read to its end.
struct Tokens<'a> {
    text: &'a str,
    tokens: VecDeque<Token>,
    position: usize,
    /// Where the bytes not yet given to a token start.
    consumed: usize,
    is_end_tag: bool,
    self_closing: bool,
    name: Vec<u8>,
    last_start_tag: Vec<u8>,
    attribute: Vec<u8>,
    value: Vec<u8>,
    role: Option<Vec<u8>>,
    /// How many `svg` and `math` elements are open (CDATA sections are read inside them, and
    /// their `<style>` and `<script>` are not raw text).
    foreign: usize,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Tokens {
            text,
            tokens: VecDeque::new(),
            position: 0,
            consumed: 0,
            is_end_tag: false,
            self_closing: false,
            name: Vec::new(),
            last_start_tag: Vec::new(),
            attribute: Vec::new(),
            value: Vec::new(),
            role: None,
            foreign: 0,
        }
    }

    fn end_attribute(&mut self) {
        if self.attribute == b"role" && self.role.is_none() {
            self.role = Some(std::mem::take(&mut self.value));
        }
        self.attribute.clear();
        self.value.clear();
    }

    /// The bytes read since the last token, now given to one.
    fn consume(&mut self) -> Range<usize> {
        let start = self.consumed.min(self.position);
        self.consumed = self.position;
        start..self.position
    }
}

fn string(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

impl Emitter for Tokens<'_> {
    type Token = Token;

    fn set_last_start_tag(&mut self, last_start_tag: Option<&[u8]>) {
        self.last_start_tag = last_start_tag.unwrap_or_default().to_vec();
    }

    fn emit_eof(&mut self) {}

    fn emit_error(&mut self, _: Error) {}

    fn should_emit_errors(&mut self) -> bool {
        false
    }

    fn pop_token(&mut self) -> Option<Token> {
        self.tokens.pop_front()
    }

    fn emit_string(&mut self, bytes: &[u8]) {
        let read = self.consume();
        // Text that is its own bytes, perhaps after some the tokenizer left out (the LF of a
        // CR LF, a `</>`); else what the bytes read as.
        let own = read
            .end
            .checked_sub(bytes.len())
            .filter(|&start| start >= read.start && self.text.as_bytes().get(start..read.end) == Some(bytes));
        let token = match own {
            Some(start) => Token::Text { range: start..read.end, decoded: None },
            None => Token::Text { range: read, decoded: Some(string(bytes)) },
        };
        self.tokens.push_back(token);
    }

    fn init_start_tag(&mut self) {
        self.is_end_tag = false;
        self.self_closing = false;
        self.name.clear();
        self.role = None;
    }

    fn init_end_tag(&mut self) {
        self.is_end_tag = true;
        self.name.clear();
    }

    fn init_comment(&mut self) {}

    fn emit_current_tag(&mut self) -> Option<State> {
        self.end_attribute();
        let range = self.consume();
        let name = string(&self.name);
        let foreign = FOREIGN.contains(&name.as_str());
        if self.is_end_tag {
            if foreign {
                self.foreign = self.foreign.saturating_sub(1);
            }
            self.tokens.push_back(Token::End { name, range });
            return None;
        }
        self.last_start_tag.clone_from(&self.name);
        if foreign && !self.self_closing {
            self.foreign += 1;
        }
        let role = self.role.take().map(|role| string(&role));
        self.tokens.push_back(Token::Start { name, role, self_closing: self.self_closing, range });
        if self.foreign > 0 {
            return None;
        }
        naive_next_state(&self.last_start_tag)
    }

    fn emit_current_comment(&mut self) {
        self.consume();
    }

    fn emit_current_doctype(&mut self) {
        self.consume();
    }

    fn set_self_closing(&mut self) {
        self.self_closing = !self.is_end_tag;
    }

    fn set_force_quirks(&mut self) {}

    fn push_tag_name(&mut self, bytes: &[u8]) {
        self.name.extend_from_slice(bytes);
    }

    fn push_comment(&mut self, _: &[u8]) {}

    fn push_doctype_name(&mut self, _: &[u8]) {}

    fn init_doctype(&mut self) {}

    fn init_attribute(&mut self) {
        self.end_attribute();
    }

    fn push_attribute_name(&mut self, bytes: &[u8]) {
        self.attribute.extend_from_slice(bytes);
    }

    fn push_attribute_value(&mut self, bytes: &[u8]) {
        self.value.extend_from_slice(bytes);
    }

    fn set_doctype_public_identifier(&mut self, _: &[u8]) {}

    fn set_doctype_system_identifier(&mut self, _: &[u8]) {}

    fn push_doctype_public_identifier(&mut self, _: &[u8]) {}

    fn push_doctype_system_identifier(&mut self, _: &[u8]) {}

    fn current_is_appropriate_end_tag_token(&mut self) -> bool {
        self.is_end_tag && !self.last_start_tag.is_empty() && self.name == self.last_start_tag
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&mut self) -> bool {
        self.foreign > 0
    }

    fn move_position(&mut self, by: isize) {
        self.position = self.position.saturating_add_signed(by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs of `html` as they read: pieces joined, whitespace as one space, each
    /// character reference as its character.
    fn paragraphs(html: &str) -> Vec<String> {
        let flat = html_blocks(html);
        let mut out = Vec::new();
        let mut at = 0;
        while at < flat.len() {
            let count = flat[at + 4] as usize;
            let pieces = flat[at + 5..at + 5 + 3 * count].chunks(3);
            out.push(pieces.map(|p| read(html, p)).collect());
            at += 5 + 3 * count;
        }
        out
    }

    fn read(html: &str, piece: &[u32]) -> String {
        let range = piece[0] as usize..piece[1] as usize;
        match piece[2] & 0xff {
            VERBATIM => html[range].to_owned(),
            SPACE => " ".to_owned(),
            _ => char::from_u32(piece[2] >> 8).unwrap().to_string(),
        }
    }

    #[test]
    fn character_references_read_as_their_characters() {
        let html = "<p>Caf&eacute; &amp; bar &#8212; &#x41;&lt;b&gt; &notin; &NotEqualTilde; &amp no semicolon</p>";
        // `&NotEqualTilde;` is two code points (U+2242 U+0338); `&amp` without `;` still reads as `&`.
        assert_eq!(paragraphs(html), ["Café & bar — A<b> ∉ \u{2242}\u{338} & no semicolon"]);
    }

    #[test]
    fn the_one_article_is_the_main_content() {
        let html = "<!doctype html><html><head><title>Site name</title><meta charset=utf-8>\
                    <style>p { color: red }</style></head><body>\
                    <nav><a href=/>Home</a> <a href=/blog>Blog</a></nav>\
                    <article><h1>A title</h1><p>First words.</p><aside>An aside inside.</aside></article>\
                    <footer>Copyright notice</footer></body></html>";
        assert_eq!(paragraphs(html), ["A title", "First words.", "An aside inside."]);
    }

    #[test]
    fn two_articles_give_way_to_main_then_to_the_body_without_chrome() {
        let two = "<nav>Menu</nav><main><article>One.</article><article>Two.</article></main><footer>F</footer>";
        assert_eq!(paragraphs(two), ["One.", "Two."]);
        let role = "<header>Logo</header><div role=main>Body <b>text</b>.</div><div role=\"contentinfo\">C</div>";
        assert_eq!(paragraphs(role), ["Body text."]);
        let bare = "<header>Logo</header><aside>Ad</aside><div>Kept.</div><div role=navigation>Links</div>";
        assert_eq!(paragraphs(bare), ["Logo", "Kept."]);
    }

    #[test]
    fn non_text_elements_are_left_out_with_what_they_hold() {
        let html = "<p>Before <script>var words = 'many words here';</script>after.</p>\
                    <noscript>Enable JS</noscript><template><p>Hidden</p></template>\
                    <svg><text>Chart label</text><style>x</style></svg><math><mi>x</mi></math>\
                    <iframe>Frame</iframe><object>Plugin</object><p>End.</p>";
        assert_eq!(paragraphs(html), ["Before after.", "End."]);
    }

    #[test]
    fn blocks_end_paragraphs_and_inline_elements_do_not() {
        let html = "<div>One <em>two</em><span> three</span><br>four<div>five</div>six</div>\
                    <ul><li>a<li>b</ul><p>x<p>y";
        assert_eq!(paragraphs(html), ["One two three four", "five", "six", "a", "b", "x", "y"]);
    }

    #[test]
    fn whitespace_runs_read_as_one_space_and_empty_paragraphs_go() {
        let html = "<p>\n  Spread\t\r\n  out  </p><p> </p><p>\u{a0}</p>";
        assert_eq!(paragraphs(html), ["Spread out"]);
    }

    #[test]
    fn attribute_values_and_comments_are_not_prose() {
        let html = "<p title=\"not this\">Only <img alt=\"nor this\">this<!-- nor a comment -->.</p>";
        assert_eq!(paragraphs(html), ["Only this."]);
    }
}
