//! Chunks: consecutive pieces of text, each at most `max_size` units, that re-make the text.
//!
//! Chunking packs whole **paragraphs** while they fit. When the next paragraph does not fit, the
//! chunk is closed there if it is at least half full; otherwise the paragraph's **sentences** fill
//! it. A sentence that does not fit starts the next chunk, and only a single sentence larger than
//! `max_size` is cut, at **word** boundaries (UAX #29) and, for a single word larger than
//! `max_size`, at **grapheme** boundaries.
//!
//! Every cut is a grapheme boundary: where UAX #29 puts a word boundary inside a grapheme (after a
//! prepended mark; inside a Khmer or Devanagari conjunct, `ក្ម`), the two words stay together. A
//! single grapheme larger than `max_size` (an emoji of 2 UTF-16 units with `max_size` 1, a letter
//! with a hundred combining marks) is a chunk of its own, the one chunk larger than `max_size`.
//!
//! Chunks re-make every text. A text of whitespace only has no paragraph and no sentence; it is
//! packed as one piece all the same, so it gives one chunk of whitespace, or several when it is
//! larger than `max_size` (cut at graphemes; in words it measures 0 and is one chunk).
//!
//! With `overlap` *n*, a chunk that follows a sentence boundary starts with the last *n* whole
//! sentences of the chunk before it; its [`fresh_start`](Chunk::fresh_start) marks where the new
//! text begins. The overlap comes first: a paragraph that does not fit beside it is packed
//! sentence by sentence, and the overlap shrinks (whole sentences from its front) only when the
//! chunk's first new sentence does not fit beside it, so that no sentence is cut for its sake.
//! A chunk that ends inside a sentence (one larger than `max_size`) has no sentence to repeat, so
//! the chunk after it has no overlap. Chunks from their `fresh_start` to their end tile the text.
//!
//! Sizes count, per [`SizeUnit`], the graphemes, the word-like UAX #29 segments, the UTF-16 code
//! units or the GSM-7 septets of each piece, whitespace included (whitespace counts as no word).
//! Pieces always meet at grapheme boundaries, so sizes in graphemes, UTF-16 units and septets add
//! up exactly.
//!
//! Sentence starts (for the overlap) are kept sorted and searched, so chunking takes time linear
//! in the text whatever the overlap.
//!
//! ## Structured text
//!
//! A text with structure (Markdown, see [`markup`](crate::markup)) is chunked from an outline of
//! [`Block`]s instead of paragraphs: **sections** (a heading and everything up to the next heading
//! of its level or higher) are packed whole while they fit, and a section that does not fit is
//! packed as its own blocks and its subsections, by the same half-full rule as paragraphs. Prose
//! blocks are then cut as paragraphs are. A block kept [`Whole`](BlockCut::Whole) (code, a table,
//! a list item) never shares its cut: when it does not fit, the chunk is closed before it, and only
//! a block larger than `max_size` by itself is cut, at lines or sentences, then as above.

use super::{graphemes, lines, paragraphs, words, Clusters, SentenceSplitter};
use crate::lang::LangChoice;
use crate::{utf16_len, Error, Lang, Result, Span};

/// What chunk sizes are measured in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SizeUnit {
    /// Extended grapheme clusters: characters as a reader counts them (X/Twitter-like limits).
    #[default]
    Grapheme,
    /// Word-like UAX #29 segments.
    Word,
    /// UTF-16 code units: JavaScript's `string.length` (UCS-2 SMS and database column limits).
    Utf16,
    /// GSM-7 septets, the units of an SMS in the GSM 03.38 alphabet: one a character, two for
    /// the extension table (`€`, `[`, `{`, …). A character outside the alphabet, which makes an
    /// SMS UCS-2, counts its UTF-16 units.
    Gsm7,
}

/// How to chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkOptions {
    /// The largest size of a chunk, in `unit`s; at least 1.
    pub max_size: usize,
    /// What sizes are measured in.
    pub unit: SizeUnit,
    /// How many whole sentences each chunk repeats from the one before.
    pub overlap: usize,
    /// The language whose sentence rules cut paragraphs (default: detected once, from the
    /// whole text).
    pub lang: LangChoice,
}

impl ChunkOptions {
    /// Chunks of at most `max_size` graphemes, without overlap, in the text's detected language.
    pub const fn new(max_size: usize) -> Self {
        ChunkOptions { max_size, unit: SizeUnit::Grapheme, overlap: 0, lang: LangChoice::Auto }
    }
}

/// One chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// The whole chunk, overlap included.
    pub span: Span,
    /// Where the text that no earlier chunk holds begins (`span.start` without overlap).
    pub fresh_start: usize,
}

/// Chunks of `text` (see the module docs for the rules).
///
/// ```
/// use textlens::split::{chunk, ChunkOptions};
/// let text = "One two. Three four five. Six.";
/// let chunks = chunk(text, &ChunkOptions::new(12)).unwrap();
/// let pieces: Vec<&str> = chunks.iter().map(|c| c.span.text(text)).collect();
/// assert_eq!(pieces, ["One two. ", "Three four ", "five. Six."]);
/// ```
///
/// # Errors
/// If `max_size` is 0.
pub fn chunk(text: &str, options: &ChunkOptions) -> Result<Vec<Chunk>> {
    chunk_outline(text, options, &[])
}

/// One block of a structured text's outline, as chunking sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// The block and the whitespace after it: the blocks of an outline tile the text.
    pub span: Span,
    /// The heading's level (1–6), 0 for a block that is not a heading.
    pub heading: u8,
    /// How the block may be cut.
    pub cut: BlockCut,
}

/// How a block of an outline may be cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockCut {
    /// Prose: between sentences, as a paragraph.
    Prose,
    /// Only when larger than `max_size` by itself: then between lines (`true`: code, tables) or
    /// sentences.
    Whole { at_lines: bool },
}

/// Chunks of `text` from its `outline` (blocks that tile it), or from its paragraphs when the
/// outline is empty.
pub(crate) fn chunk_outline(text: &str, options: &ChunkOptions, outline: &[Block]) -> Result<Vec<Chunk>> {
    if options.max_size == 0 {
        return Err(Error::out_of_range("max_size", "at least 1", 0.0));
    }
    let mut packer = Packer::new(text, *options, outline);
    if !outline.is_empty() {
        packer.pack(Span::new(0, text.len()), Level::Section { blocks: (0, outline.len()), heading: 0 });
        return Ok(packer.finish());
    }
    let mut paragraphs = paragraphs(text);
    if paragraphs.is_empty() && !text.is_empty() {
        paragraphs.push(Span::new(0, text.len())); // Whitespace only: one piece all the same.
    }
    for paragraph in paragraphs {
        packer.pack(paragraph, Level::Paragraph);
    }
    Ok(packer.finish())
}

/// The levels a text is cut at, coarsest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    /// The outline's blocks `blocks.0..blocks.1`, under a heading of level `heading` (0: the whole
    /// text).
    Section {
        blocks: (usize, usize),
        heading: u8,
    },
    /// One block of the outline, kept whole.
    Whole {
        at_lines: bool,
    },
    Paragraph,
    Sentence,
    Word,
    Grapheme,
}

impl Level {
    fn finer(self) -> Level {
        match self {
            Level::Section { .. } | Level::Paragraph | Level::Whole { .. } => Level::Sentence,
            Level::Sentence => Level::Word,
            Level::Word | Level::Grapheme => Level::Grapheme,
        }
    }

    /// Whether a piece of this level that does not fit is cut to fill a chunk that is less than
    /// half full (rather than starting the next chunk).
    fn fills(self) -> bool {
        matches!(self, Level::Section { .. } | Level::Paragraph)
    }
}

/// Fills chunks piece by piece.
struct Packer<'t> {
    text: &'t str,
    outline: &'t [Block],
    options: ChunkOptions,
    /// The language of the sentence rules, resolved once for the whole text.
    lang: Lang,
    chunks: Vec<Chunk>,
    /// The open chunk: `start..end`, new text from `fresh_start`, `size` units.
    start: usize,
    fresh_start: usize,
    end: usize,
    size: usize,
    /// Sentence starts, in order, kept only when overlap is asked for.
    sentence_starts: Vec<usize>,
    /// Where word segments may be cut: at grapheme boundaries.
    boundaries: Clusters<'t>,
}

impl<'t> Packer<'t> {
    fn new(text: &'t str, options: ChunkOptions, outline: &'t [Block]) -> Self {
        let lang = options.lang.resolve(text).lang;
        let sentence_starts = if options.overlap > 0 {
            SentenceSplitter::new().lang(lang).split(text).iter().map(|s| s.start).collect()
        } else {
            Vec::new()
        };
        Packer {
            text,
            outline,
            options,
            lang,
            chunks: Vec::new(),
            start: 0,
            fresh_start: 0,
            end: 0,
            size: 0,
            sentence_starts,
            boundaries: Clusters::new(text),
        }
    }

    /// Adds `span` (which starts at `self.end`, on a grapheme boundary), cutting it finer where it
    /// does not fit.
    fn pack(&mut self, span: Span, level: Level) {
        let size = self.measure(span);
        if self.make_room(size, level) {
            return self.append(span, size);
        }
        let half_full = self.size * 2 >= self.options.max_size;
        if !level.fills() || half_full {
            self.close();
            if self.make_room(size, level) {
                return self.append(span, size);
            }
        }
        let pieces = match level {
            Level::Section { blocks, heading } => return self.pack_section(blocks, heading),
            // None for the whitespace of a blank text, which goes on to its words.
            Level::Paragraph | Level::Whole { at_lines: false } => sentences_within(self.text, span, self.lang),
            Level::Whole { at_lines: true } => shifted(lines(span.text(self.text)), span.start).collect(),
            Level::Sentence => self.words_within(span),
            Level::Word => shifted(graphemes(span.text(self.text)), span.start).collect(),
            // A grapheme larger than `max_size`, alone in its chunk.
            Level::Grapheme => return self.append(span, size),
        };
        if pieces.is_empty() {
            return self.pack(span, level.finer());
        }
        pieces.into_iter().for_each(|piece| self.pack(piece, level.finer()));
    }

    /// Packs the outline's blocks `from..to` of a section under a heading of level `heading`: the
    /// blocks before its first subheading one by one, a heading together with the block after it,
    /// then each subsection (whose headings have the least level found inside).
    fn pack_section(&mut self, (from, to): (usize, usize), heading: u8) {
        let outline = self.outline;
        // The section's own heading is its first block.
        let inner = from + usize::from(heading > 0);
        let sub = outline[inner..to].iter().map(|b| b.heading).filter(|&h| h > 0).min();
        let is_sub = |i: usize| sub.is_some_and(|h| outline[i].heading == h);
        let first_sub = (inner..to).find(|&i| is_sub(i)).unwrap_or(to);
        let mut i = from;
        while i < first_sub {
            let block = outline[i];
            // A heading is not left at the end of a chunk: it goes with the block after it, and is
            // cut as that block is.
            let (span, cut) = match outline[i + 1..first_sub].first() {
                Some(next) if block.heading > 0 && next.heading == 0 => {
                    i += 1;
                    (Span::new(block.span.start, next.span.end), next.cut)
                }
                _ => (block.span, block.cut),
            };
            let level = match cut {
                BlockCut::Prose => Level::Paragraph,
                BlockCut::Whole { at_lines } => Level::Whole { at_lines },
            };
            self.pack(span, level);
            i += 1;
        }
        let mut start = first_sub;
        while start < to {
            let end = (start + 1..to).find(|&i| is_sub(i)).unwrap_or(to);
            let span = Span::new(outline[start].span.start, outline[end - 1].span.end);
            self.pack(span, Level::Section { blocks: (start, end), heading: outline[start].heading });
            start = end;
        }
    }

    /// The word segments of `sentence`, those that UAX #29 separates inside a grapheme joined.
    fn words_within(&mut self, sentence: Span) -> Vec<Span> {
        let mut pieces = Vec::new();
        let mut start = sentence.start;
        for word in shifted(words(sentence.text(self.text)).map(|w| w.span), sentence.start) {
            if word.end == sentence.end || self.boundaries.is_boundary(word.end) {
                pieces.push(Span::new(start, word.end));
                start = word.end;
            }
        }
        pieces
    }

    /// Whether a piece of `size` units at `level` fits. The overlap gives way, sentence by sentence
    /// from the front, only to the first new piece of a chunk, and only to a sentence, a finer
    /// piece or a block kept whole: a paragraph that does not fit beside the overlap is packed
    /// sentence by sentence, a section block by block.
    fn make_room(&mut self, size: usize, level: Level) -> bool {
        let first_new_piece = self.end == self.fresh_start && !level.fills();
        while first_new_piece && self.size + size > self.options.max_size && self.start < self.fresh_start {
            let later = &self.sentence_starts[self.sentence_starts.partition_point(|&s| s <= self.start)..];
            let next_start = later.first().map_or(self.fresh_start, |&s| s.min(self.fresh_start));
            self.size -= self.measure(Span::new(self.start, next_start));
            self.start = next_start;
        }
        self.size + size <= self.options.max_size
    }

    fn append(&mut self, span: Span, size: usize) {
        debug_assert_eq!(span.start, self.end);
        self.end = span.end;
        self.size += size;
    }

    /// Closes the open chunk, if it has new text, and opens the next one with the overlap.
    fn close(&mut self) {
        if self.end == self.fresh_start {
            return;
        }
        self.chunks.push(Chunk { span: Span::new(self.start, self.end), fresh_start: self.fresh_start });
        self.start = self.overlap_start();
        self.fresh_start = self.end;
        self.size = self.measure(Span::new(self.start, self.end));
    }

    /// Where the overlap of the next chunk starts: `overlap` sentences back from the end of the
    /// closed one, if it ends on a sentence boundary, within its new text.
    fn overlap_start(&self) -> usize {
        let (from, to) = (self.fresh_start, self.end);
        let ends_on_sentence = self.sentence_starts.binary_search(&to).is_ok() || to == self.text.len();
        if self.options.overlap == 0 || !ends_on_sentence {
            return to;
        }
        let starts = &self.sentence_starts;
        let inside = &starts[starts.partition_point(|&s| s < from)..starts.partition_point(|&s| s < to)];
        inside.len().checked_sub(self.options.overlap).map_or(inside.first().copied().unwrap_or(to), |i| inside[i])
    }

    fn finish(mut self) -> Vec<Chunk> {
        self.close();
        self.chunks
    }

    fn measure(&self, span: Span) -> usize {
        let piece = &self.text[span.range()];
        match self.options.unit {
            SizeUnit::Grapheme => graphemes(piece).count(),
            SizeUnit::Word => words(piece).filter(|w| w.word_like).count(),
            SizeUnit::Utf16 => utf16_len(piece.as_bytes()),
            SizeUnit::Gsm7 => crate::gsm7::units(piece),
        }
    }
}

/// Spans of a slice that starts at `offset`, as spans of the whole text.
fn shifted(spans: impl Iterator<Item = Span>, offset: usize) -> impl Iterator<Item = Span> {
    spans.map(move |s| Span::new(s.start + offset, s.end + offset))
}

/// The article sentences of one paragraph, as spans of the whole text.
fn sentences_within(text: &str, paragraph: Span, lang: Lang) -> Vec<Span> {
    let sentences = SentenceSplitter::new().lang(lang).split(&text[paragraph.range()]);
    shifted(sentences.into_iter(), paragraph.start).collect()
}
