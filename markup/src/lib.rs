//! The structure of a Markdown text and the prose of an HTML document, for textlens's
//! Markdown-aware chunks and its counts of Markdown and HTML prose.
//!
//! [`blocks`] parses CommonMark (with GitHub's tables, strikethrough and task lists) with
//! pulldown-cmark and describes the text as a list of *blocks*, each with the byte ranges of the
//! prose inside it: the text a reader reads, without markup, code, link targets or HTML.
//!
//! [`html_blocks`] tokenizes HTML with html5gum and gives the paragraphs of its main content in
//! the same encoding (see its module, `html`, for what counts as prose).
//!
//! It is a crate of its own because the parsers are large for a wasm module (about 86 kB gzip):
//! textlens links it directly in Rust (its `markup` feature), while the npm package ships it as a
//! separately loaded wasm module, fetched only by pages that chunk or count Markdown or HTML.
//!
//! # The encoding
//!
//! The list is flat `u32`s, as it crosses from one wasm module to another unchanged. Each block is
//!
//! `kind, level, start, end, n, then n pieces of (start, end, piece kind)`
//!
//! - `kind`: a [`Kind`] as its number; `level` the heading's level (1–6), 0 for other blocks.
//! - `start..end`: the block's bytes in the text. Blocks are the top-level blocks of the document,
//!   except that a top-level list gives one block per item (a nested list stays in its item).
//!   They are in text order and do not overlap.
//! - pieces, in text order inside the block: [`VERBATIM`] prose, whose bytes are the text read;
//!   [`SPACE`], bytes that read as a space (a line break, a character reference, a backslash
//!   escape, the edge of a table cell); [`BREAK`], an empty range where the prose of a paragraph
//!   inside the block ends (in list items, block quotes and tables); [`CHARACTER`] (HTML only),
//!   bytes that read as one character, whose code point is the kind's bits above the lowest 8
//!   (`CHARACTER | c << 8`): a character reference such as `&amp;`. A reference that stands for
//!   two characters gives the second an empty range at its end.
//!
//! Left out of the prose: code blocks and inline code, HTML, link and image destinations and
//! titles, image descriptions, autolinks (`<https://…>`), footnote labels and emphasis markers.

mod html;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use html::html_blocks;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// What a block is; its number is its code in the encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Kind {
    /// A paragraph.
    Paragraph = 0,
    /// An ATX (`#`) or setext (underlined) heading.
    Heading = 1,
    /// A fenced or indented code block.
    Code = 2,
    /// A GitHub table.
    Table = 3,
    /// One item of a top-level list, with what is nested in it.
    ListItem = 4,
    /// A block quote.
    BlockQuote = 5,
    /// An HTML block.
    Html = 6,
    /// A thematic break (`---`).
    ThematicBreak = 7,
    /// Anything else CommonMark knows at the top level (a footnote definition).
    Other = 8,
}

/// A piece of prose whose bytes are the text read.
pub const VERBATIM: u32 = 0;
/// A piece that reads as one space.
pub const SPACE: u32 = 1;
/// An empty piece where the prose of a paragraph ends inside a block.
pub const BREAK: u32 = 2;
/// A piece that reads as the character `kind >> 8` (HTML's character references).
pub const CHARACTER: u32 = 3;

/// The blocks of the Markdown `text` in the flat encoding of the crate docs (byte offsets).
///
/// ```
/// let text = "# Hi *there*\n\nSee [the guide](https://example.com).\n";
/// let blocks = textlens_markup::blocks(text);
/// // The heading (kind 1, level 1, bytes 0..13 with its line break) has three pieces: the
/// // prose "Hi " and "there", and the break where its prose ends.
/// assert_eq!(blocks[..5], [1, 1, 0, 13, 3]);
/// assert_eq!(blocks[5..14], [2, 5, 0, 6, 11, 0, 13, 13, 2]);
/// ```
pub fn blocks(text: &str) -> Vec<u32> {
    let mut out = Encoder::default();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    // Nesting depth, and how deep prose is being skipped (code, images, autolinks) if it is.
    let mut depth = 0usize;
    let mut skip_from: Option<usize> = None;
    let mut in_top_list = false;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                let opens_block = depth == 0 || (depth == 1 && in_top_list && matches!(tag, Tag::Item));
                if depth == 0 && matches!(tag, Tag::List(_)) {
                    in_top_list = true;
                } else if opens_block {
                    out.open(kind_of(&tag), level_of(&tag), &range);
                }
                if skip_from.is_none() && skips_prose(&tag) {
                    skip_from = Some(depth);
                }
                depth += 1;
            }
            Event::End(tag) => {
                depth -= 1;
                if skip_from == Some(depth) {
                    skip_from = None;
                }
                if ends_prose(tag) {
                    out.piece(range.end..range.end, if tag == TagEnd::TableCell { SPACE } else { BREAK });
                }
                if depth == 0 {
                    in_top_list = false;
                }
            }
            Event::Text(read) if skip_from.is_none() => {
                let verbatim = text.get(range.clone()) == Some(&*read);
                out.piece(range, if verbatim { VERBATIM } else { SPACE });
            }
            Event::SoftBreak | Event::HardBreak if skip_from.is_none() => out.piece(range, SPACE),
            Event::Rule if depth == 0 => out.open(Kind::ThematicBreak, 0, &range),
            Event::Html(_) if depth == 0 => out.open(Kind::Html, 0, &range),
            _ => {}
        }
    }
    out.finish()
}

fn kind_of(tag: &Tag<'_>) -> Kind {
    match tag {
        Tag::Paragraph => Kind::Paragraph,
        Tag::Heading { .. } => Kind::Heading,
        Tag::CodeBlock(_) => Kind::Code,
        Tag::Table(_) => Kind::Table,
        Tag::Item => Kind::ListItem,
        Tag::BlockQuote(_) => Kind::BlockQuote,
        Tag::HtmlBlock => Kind::Html,
        _ => Kind::Other,
    }
}

fn level_of(tag: &Tag<'_>) -> u32 {
    match tag {
        Tag::Heading { level, .. } => *level as u32,
        _ => 0,
    }
}

/// Whether the text inside `tag` is not prose.
fn skips_prose(tag: &Tag<'_>) -> bool {
    match tag {
        Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Image { .. } | Tag::MetadataBlock(_) => true,
        Tag::Link { link_type, .. } => matches!(link_type, LinkType::Autolink | LinkType::Email),
        _ => false,
    }
}

/// Whether the prose of a paragraph (or the like) ends with `tag`.
fn ends_prose(tag: TagEnd) -> bool {
    matches!(tag, TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::TableHead | TagEnd::TableRow)
}

/// Writes blocks in the flat encoding.
#[derive(Default)]
struct Encoder {
    out: Vec<u32>,
    /// Where the open block's piece count is.
    count_at: Option<usize>,
}

impl Encoder {
    fn open(&mut self, kind: Kind, level: u32, range: &Range<usize>) {
        self.out.extend([kind as u32, level, offset(range.start), offset(range.end), 0]);
        self.count_at = Some(self.out.len() - 1);
    }

    fn piece(&mut self, range: Range<usize>, kind: u32) {
        let Some(at) = self.count_at else { return };
        if kind == BREAK && self.out.len() > at + 1 && self.out.last() == Some(&BREAK) {
            return; // One break is enough where several paragraphs end together.
        }
        self.out.extend([offset(range.start), offset(range.end), kind]);
        self.out[at] += 1;
    }

    fn finish(self) -> Vec<u32> {
        self.out
    }
}

/// A byte offset as `u32`; texts from JavaScript are shorter than 4 GiB, longer ones saturate
/// (and the reader's range check rejects them).
fn offset(byte: usize) -> u32 {
    u32::try_from(byte).unwrap_or(u32::MAX)
}
