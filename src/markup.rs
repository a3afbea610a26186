//! Markdown and HTML: chunks that follow Markdown's structure, and counts of the prose alone.
//!
//! Parsing Markdown or HTML takes a real parser (CommonMark's rules are subtle, HTML's tokenizer
//! and character references are long), which is large for the wasm module, so the core does not
//! carry one: a *parser* is plugged in, a function that gives the blocks of a text and the prose
//! inside them in the flat encoding of the `textlens-markup` crate of this workspace
//! (pulldown-cmark for Markdown, html5gum for HTML). With the `markup` feature, Rust builds link it
//! and need nothing else; the npm package plugs in its separately loaded wasm module; any other
//! build may plug its own with [`set_parser`]. Until one is plugged in, Markdown and HTML calls
//! fail with [`ErrorKind::MarkupMissing`]; what the parser gives is checked, so a wrong one is an
//! error, never a panic.
//!
//! **Chunks** ([`chunk`]) are packed from the document's outline, by the rules of
//! [`split::chunk`] (sizes, overlap, fresh starts) with sections and blocks above paragraphs: a
//! section (a heading and what follows up to the next heading of its level or higher) stays whole
//! while it fits, and a code block, a table or a list item is never cut unless it alone is larger
//! than `max_size` (then at its lines, or sentences for list items). Each chunk carries its
//! heading path and its line range.
//!
//! **Counts** with [`Format::Markdown`] ([`count`](crate::count::count)) count the prose: the text
//! of paragraphs, headings, list items, quotes and table cells, without markup, code blocks,
//! inline code, HTML, link and image targets or autolinks. Sentence offsets are still offsets
//! of the Markdown text. Character references (`&amp;`) and backslash escapes read as a space.
//!
//! **Counts** with [`Format::Html`] count the prose of the document's main content, as the page
//! reads an opened HTML file (`www/file-text.js`; the rules are those of `textlens-markup`'s
//! `html_blocks`): no tags, no script, style or other non-text elements, no attribute values;
//! block elements end paragraphs, character references read as what they stand for (`&amp;` is
//! `&`). Sentence offsets are offsets of the HTML text: a sentence that starts or ends with a
//! character reference includes all of it.

use crate::count::{self, CountOptions, Statistics};
use crate::split::{self, Block, BlockCut, Chunk, ChunkOptions};
use crate::{Error, ErrorKind, Result, Span};
use serde::de::{Deserialize, Deserializer, Error as _};
use std::sync::OnceLock;

/// What a text is written in, for [`count`](crate::count::count) (all three) and [`chunk`] (plain
/// or Markdown). From JavaScript, its name in lower case (`"markdown"`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: every character counts.
    #[default]
    Plain,
    /// Markdown (CommonMark with GitHub tables): only the prose counts.
    Markdown,
    /// HTML: only the prose of the main content counts.
    Html,
}

impl Format {
    /// Its name, as JavaScript writes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Plain => "plain",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }
}

// Read from a string by hand: serde's derived enum reading costs the wasm module 1.8 kB more.
impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Format, D::Error> {
        match String::deserialize(deserializer)?.as_str() {
            "plain" => Ok(Format::Plain),
            "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            name => {
                Err(D::Error::custom(format!("unknown format {name:?}: expected \"plain\", \"markdown\" or \"html\"")))
            }
        }
    }
}

/// A parser: the blocks of a text in `format` (Markdown or HTML) in the flat encoding of
/// `textlens-markup` (byte offsets).
pub type Parser = fn(&str, Format) -> Result<Vec<u32>>;

static PARSER: OnceLock<Parser> = OnceLock::new();

/// Plugs in the parser; the first one set stays (an `Err` gives back a later one). Builds with the
/// `markup` feature have `textlens-markup`'s already, unless another was set before the first use.
pub fn set_parser(parser: Parser) -> std::result::Result<(), Parser> {
    PARSER.set(parser)
}

fn parser() -> Option<Parser> {
    #[cfg(all(feature = "markup", not(target_arch = "wasm32")))]
    return Some(*PARSER.get_or_init(|| {
        |text, format| {
            Ok(match format {
                Format::Html => textlens_markup::html_blocks(text),
                _ => textlens_markup::blocks(text),
            })
        }
    }));
    #[cfg(not(all(feature = "markup", not(target_arch = "wasm32"))))]
    PARSER.get().copied()
}

/// What a block of Markdown is (the block codes of `textlens-markup`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Paragraph,
    Heading(u8),
    Code,
    Table,
    ListItem,
    BlockQuote,
    Html,
    ThematicBreak,
    Other,
}

/// A piece of a block's prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Piece {
    /// These bytes, as written.
    Verbatim(Span),
    /// Bytes that read as one space.
    Space(Span),
    /// Bytes that read as this character (an HTML character reference).
    Character(Span, char),
    /// Where a paragraph's prose ends inside a block.
    Break(usize),
}

/// One block, as the parser gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ParsedBlock {
    kind: Kind,
    span: Span,
    prose: Vec<Piece>,
}

/// The blocks of `text` in `format` (not plain), from the plugged parser, checked.
fn parse(text: &str, format: Format) -> Result<Vec<ParsedBlock>> {
    let parser = parser().ok_or_else(|| {
        let name = format.name();
        Error::new(ErrorKind::MarkupMissing, format!("format {name:?} needs the markup parser, and none is plugged in"))
    })?;
    decode(text, &parser(text, format)?)
}

fn bad(message: String) -> Error {
    Error::new(ErrorKind::InvalidInput, format!("the markup parser gave {message}"))
}

/// Reads the flat encoding, checking every offset: in the text, at character boundaries, blocks
/// and pieces in order.
fn decode(text: &str, flat: &[u32]) -> Result<Vec<ParsedBlock>> {
    let mut blocks: Vec<ParsedBlock> = Vec::new();
    let mut rest = flat;
    let span_at = |start: u32, end: u32, after: usize| {
        let (start, end) = (start as usize, end as usize);
        let valid = after <= start && start <= end && text.is_char_boundary(start) && text.is_char_boundary(end);
        valid
            .then(|| Span::new(start, end))
            .ok_or_else(|| bad(format!("the range {start}..{end} after byte {after} of a {}-byte text", text.len())))
    };
    while let [kind, level, start, end, count, tail @ ..] = rest {
        let after = blocks.last().map_or(0, |b| b.span.end);
        let span = span_at(*start, *end, after)?;
        let kind = kind_of(*kind, *level)?;
        let pieces =
            tail.get(..*count as usize * 3).ok_or_else(|| bad(format!("{count} pieces, which are cut off")))?;
        let mut prose = Vec::with_capacity(pieces.len() / 3);
        let mut at = span.start;
        for piece in pieces.chunks_exact(3) {
            let piece_span = span_at(piece[0], piece[1], at)?;
            if piece_span.end > span.end {
                return Err(bad(format!("a piece {piece_span:?} outside its block {span:?}")));
            }
            at = piece_span.end;
            let unknown = || bad(format!("the unknown piece kind {}", piece[2]));
            prose.push(match (piece[2] & 0xff, piece[2] >> 8) {
                (0, 0) => Piece::Verbatim(piece_span),
                (1, 0) => Piece::Space(piece_span),
                (2, 0) => Piece::Break(piece_span.end),
                (3, code) => Piece::Character(piece_span, char::from_u32(code).ok_or_else(unknown)?),
                _ => return Err(unknown()),
            });
        }
        blocks.push(ParsedBlock { kind, span, prose });
        rest = &tail[pieces.len()..];
    }
    if !rest.is_empty() {
        return Err(bad(format!("{} numbers left over after the last block", rest.len())));
    }
    Ok(blocks)
}

fn kind_of(code: u32, level: u32) -> Result<Kind> {
    Ok(match (code, level) {
        (0, _) => Kind::Paragraph,
        (1, 1..=6) => Kind::Heading(level as u8),
        (2, _) => Kind::Code,
        (3, _) => Kind::Table,
        (4, _) => Kind::ListItem,
        (5, _) => Kind::BlockQuote,
        (6, _) => Kind::Html,
        (7, _) => Kind::ThematicBreak,
        (8, _) => Kind::Other,
        _ => return Err(bad(format!("the unknown block kind {code} (level {level})"))),
    })
}

/// The prose of `block` as one string: pieces joined, spaces and breaks written out.
fn prose_of(text: &str, block: &ParsedBlock, out: &mut String) {
    for piece in &block.prose {
        match piece {
            Piece::Verbatim(span) => out.push_str(span.text(text)),
            Piece::Space(_) => out.push(' '),
            Piece::Character(_, c) => out.push(*c),
            Piece::Break(_) => out.push_str("\n\n"),
        }
    }
}

/// One chunk of Markdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkdownChunk {
    /// Where it is in the text, as [`split::chunk`] gives it.
    pub chunk: Chunk,
    /// The headings it is under, outermost first, as their prose reads (the heading it starts
    /// with included): `["Intro", "Setup"]`.
    pub headings: Vec<String>,
    /// The lines it is on, numbered from 1 as editors do (lines end at LF, CR LF or CR), first and
    /// last inclusive: the lines of its first and last character that is not whitespace (of its
    /// start, for a chunk of whitespace).
    pub lines: (usize, usize),
}

/// Chunks of the Markdown `text`: see the module docs and [`split::chunk`].
///
/// ```
/// # #[cfg(feature = "markup")] {
/// use textlens::split::ChunkOptions;
/// let text = "# Intro\n\nHello.\n\n## Setup\n\n```\nnpm i textlens\n```\n";
/// let chunks = textlens::markup::chunk(text, &ChunkOptions::new(40)).unwrap();
/// let headings: Vec<_> = chunks.iter().map(|c| c.headings.join(" > ")).collect();
/// assert_eq!(headings, ["Intro", "Intro > Setup"]);
/// assert_eq!(chunks[1].chunk.span.text(text), "## Setup\n\n```\nnpm i textlens\n```\n");
/// assert_eq!(chunks[1].lines, (5, 9));
/// # }
/// ```
///
/// # Errors
/// If no parser is plugged in ([`ErrorKind::MarkupMissing`]), or `max_size` is 0.
pub fn chunk(text: &str, options: &ChunkOptions) -> Result<Vec<MarkdownChunk>> {
    let blocks = parse(text, Format::Markdown)?;
    let chunks = split::chunk_outline(text, options, &outline(text, &blocks))?;
    let lines = LineStarts::new(text);
    let headings = Headings::new(text, &blocks);
    Ok(chunks
        .into_iter()
        .map(|chunk| MarkdownChunk {
            chunk,
            headings: headings.at(first_non_space(text, chunk.fresh_start, chunk.span.end)),
            lines: lines.of(text, chunk.span),
        })
        .collect())
}

/// The blocks as chunking's outline: each from its start to the next block's (the first from 0),
/// so that they tile the text.
fn outline(text: &str, blocks: &[ParsedBlock]) -> Vec<Block> {
    // A block starts at its first character that is not whitespace (the parser's list items may
    // start with the blank line before them).
    let start_of = |b: &ParsedBlock| first_non_space(text, b.span.start, b.span.end);
    let starts = blocks.iter().enumerate().map(|(i, b)| if i == 0 { 0 } else { start_of(b) });
    let ends = blocks.iter().skip(1).map(start_of).chain(std::iter::once(text.len()));
    starts
        .zip(ends)
        .zip(blocks)
        .map(|((start, end), block)| {
            let (heading, cut) = match block.kind {
                Kind::Heading(level) => (level, BlockCut::Whole { at_lines: false }),
                Kind::Paragraph | Kind::BlockQuote => (0, BlockCut::Prose),
                Kind::Code | Kind::Table | Kind::Html => (0, BlockCut::Whole { at_lines: true }),
                Kind::ListItem | Kind::ThematicBreak | Kind::Other => (0, BlockCut::Whole { at_lines: false }),
            };
            Block { span: Span::new(start, end), heading, cut }
        })
        .collect()
}

/// Where the first character of `text[from..to]` that is not whitespace is (`from` if none).
fn first_non_space(text: &str, from: usize, to: usize) -> usize {
    text[from..to].find(|c: char| !c.is_whitespace()).map_or(from, |i| from + i)
}

/// The headings of a text, in order, for the path at any point.
struct Headings {
    /// Start, level and prose of each heading.
    headings: Vec<(usize, u8, String)>,
}

impl Headings {
    fn new(text: &str, blocks: &[ParsedBlock]) -> Self {
        let headings = blocks
            .iter()
            .filter_map(|block| match block.kind {
                Kind::Heading(level) => {
                    let mut prose = String::new();
                    prose_of(text, block, &mut prose);
                    Some((block.span.start, level, prose.split_whitespace().collect::<Vec<_>>().join(" ")))
                }
                _ => None,
            })
            .collect();
        Headings { headings }
    }

    /// The path of the headings that start at or before `at`: each heading replaces those of its
    /// level and lower.
    fn at(&self, at: usize) -> Vec<String> {
        let mut path: Vec<(u8, &str)> = Vec::new();
        for (_, level, prose) in self.headings.iter().take_while(|(start, ..)| *start <= at) {
            path.retain(|(l, _)| l < level);
            path.push((*level, prose));
        }
        path.into_iter().map(|(_, prose)| prose.to_owned()).collect()
    }
}

/// The byte offsets where lines start.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let breaks =
            bytes.iter().enumerate().filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')));
        LineStarts(std::iter::once(0).chain(breaks.map(|(i, _)| i + 1)).collect())
    }

    /// The line (from 1) that the byte at `at` is on.
    fn line(&self, at: usize) -> usize {
        self.0.partition_point(|&start| start <= at)
    }

    fn of(&self, text: &str, span: Span) -> (usize, usize) {
        let piece = span.text(text);
        match (piece.find(|c: char| !c.is_whitespace()), piece.rfind(|c: char| !c.is_whitespace())) {
            (Some(first), Some(last)) => (self.line(span.start + first), self.line(span.start + last)),
            _ => (self.line(span.start), self.line(span.start)),
        }
    }
}

/// How a piece of prose stands for its source.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    /// The source's own bytes.
    Own,
    /// A space or a break written between the source's words: a range ending there ends before
    /// it, one starting there starts after it.
    Between,
    /// A character written for all of the source (a character reference): ranges take it whole.
    Whole,
}

/// The prose of a Markdown or HTML text, with where each of its pieces came from.
struct Prose {
    text: String,
    /// For each piece, in order: where it starts in the prose, where it is in the source, and how
    /// it stands for it.
    pieces: Vec<(usize, Span, Source)>,
}

impl Prose {
    fn new(text: &str, blocks: &[ParsedBlock]) -> Self {
        let mut prose = Prose { text: String::new(), pieces: Vec::new() };
        for block in blocks.iter().filter(|b| !b.prose.is_empty()) {
            if !prose.text.is_empty() {
                prose.push("\n\n", Span::new(block.span.start, block.span.start), Source::Between);
            }
            for piece in &block.prose {
                match *piece {
                    Piece::Verbatim(span) => prose.push(span.text(text), span, Source::Own),
                    Piece::Space(span) => prose.push(" ", span, Source::Between),
                    Piece::Character(span, c) => prose.push(c.encode_utf8(&mut [0; 4]), span, Source::Whole),
                    Piece::Break(at) => prose.push("\n\n", Span::new(at, at), Source::Between),
                }
            }
        }
        prose
    }

    fn push(&mut self, prose: &str, source: Span, how: Source) {
        self.pieces.push((self.text.len(), source, how));
        self.text.push_str(prose);
    }

    /// The source offset of the prose offset `at`, as the start (`end` false) or the end of a
    /// range.
    fn source(&self, at: usize, end: bool) -> usize {
        let index = self.pieces.partition_point(|&(start, ..)| if end { start < at } else { start <= at });
        let Some(&(start, span, how)) = index.checked_sub(1).and_then(|i| self.pieces.get(i)) else { return 0 };
        match (how, end) {
            (Source::Own, _) => (span.start + at - start).min(span.end),
            (Source::Between, true) | (Source::Whole, false) => span.start,
            (Source::Between, false) | (Source::Whole, true) => span.end,
        }
    }
}

/// [`count`](crate::count::count) of the prose of `text` in `options.format` (Markdown or HTML),
/// with sentence offsets in `text`.
pub(crate) fn count_prose(text: &str, options: &CountOptions) -> Result<Statistics> {
    let prose = Prose::new(text, &parse(text, options.format)?);
    let mut statistics = count::count(&prose.text, &CountOptions { format: Format::Plain, ..options.clone() })?;
    let sentences = statistics.per_sentence.iter_mut().chain(statistics.longest_sentence.as_mut());
    for sentence in sentences {
        (sentence.start, sentence.end) = (prose.source(sentence.start, false), prose.source(sentence.end, true));
    }
    Ok(statistics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_parser_output_is_an_error_naming_it() {
        let text = "Hello world\n";
        let cases: [(&str, &str, &[u32], &str); 6] = [
            ("past the end", text, &[0, 0, 0, 40, 0], "the range 0..40 after byte 0 of a 12-byte text"),
            // "é" is 2 bytes: byte 1 is inside it.
            ("inside a character", "é", &[0, 0, 0, 1, 0], "the range 0..1 after byte 0 of a 2-byte text"),
            ("unknown kind", text, &[9, 0, 0, 5, 0], "the unknown block kind 9"),
            ("pieces cut off", text, &[0, 0, 0, 5, 2, 0, 5, 0], "2 pieces, which are cut off"),
            ("left over", text, &[0, 0, 0, 5, 0, 7], "1 numbers left over"),
            // 0xD800 is a surrogate, no character.
            ("not a character", text, &[0, 0, 0, 5, 1, 0, 5, 3 | 0xD800 << 8], "the unknown piece kind 14155779"),
        ];
        for (name, text, flat, message) in cases {
            let error = decode(text, flat).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidInput, "{name}");
            assert!(error.message().contains(message), "{name}: {}", error.message());
        }
    }

    #[test]
    fn blocks_and_pieces_are_read_in_order() {
        let text = "# Hi\n\nyou\n";
        let flat = [1, 1, 0, 5, 2, 2, 4, 0, 5, 5, 2, 0, 0, 6, 10, 1, 6, 9, 0];
        let blocks = decode(text, &flat).unwrap();
        assert_eq!(blocks[0].kind, Kind::Heading(1));
        assert_eq!(blocks[0].prose, [Piece::Verbatim(Span::new(2, 4)), Piece::Break(5)]);
        assert_eq!(blocks[1].prose, [Piece::Verbatim(Span::new(6, 9))]);
        // A block that starts before the one before it ends is refused.
        assert!(decode(text, &[0, 0, 0, 5, 0, 0, 0, 3, 6, 0]).is_err());
    }
}
