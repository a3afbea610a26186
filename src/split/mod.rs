//! Splitting text into spans: graphemes, words, sentences, paragraphs, lines and chunks.
//!
//! Every function here returns byte [`Span`]s that **tile** the text: in order, with no gap and no
//! overlap, so joining the pieces gives back the input exactly (chunks with overlap tile it once
//! the overlap is removed, see [`chunk`]). Whitespace between two pieces belongs to the piece
//! before it, as in Unicode's UAX #29.
//!
//! | granularity | rule |
//! |---|---|
//! | [`graphemes`] | extended grapheme clusters (UAX #29, via `unicode-segmentation`) |
//! | [`words`] | UAX #29 word boundaries, each segment flagged word-like or not ([`word_boundaries`]: all of them at once) |
//! | [`sentences`] | "article" mode tuned for news text, or strict UAX #29 ([`SentenceMode`]) |
//! | [`paragraphs`] | blank lines, or one paragraph per line when lines are not hard-wrapped |
//! | [`lines`] | mandatory line breaks (LF, CR LF, CR, VT, FF, NEL, LS, PS) |
//! | [`chunk`] | sentences packed into pieces of at most `max_size` units |
//!
//! **Words have one engine**, `word_engine.rs`: the UAX #29 word rules written once, as an
//! automaton over ASCII built at compile time, with `unicode-segmentation` for the rest. [`words`],
//! [`word_boundaries`], [`word_count`](crate::count::word_count) and highlighting's word
//! boundaries all run on it; a change to the word rules goes there and nowhere else. Dictionary
//! segmentation of Han, kana, Thai, Lao, Khmer and Myanmar sits on top of it, in
//! [`dictionary`](crate::dictionary) (see the engine's docs).

mod abbreviations;
pub(crate) mod calendar;
mod chunk;
mod clusters;
mod grapheme_bounds;
mod lines;
pub(crate) mod links;
mod list_items;
mod scan;
mod sentence;
mod sentence_lang;
mod spaced_scripts;
mod uax29;
mod word_bounds;
pub(crate) mod word_engine;
mod words;

pub use abbreviations::{Abbreviation, AbbreviationKind, ABBREVIATIONS};
pub use chunk::{chunk, Chunk, ChunkOptions, SizeUnit};
pub(crate) use chunk::{chunk_outline, Block, BlockCut};
pub(crate) use clusters::Clusters;
pub use grapheme_bounds::grapheme_boundaries;
pub use lines::{lines, paragraphs};
pub use sentence::{sentences, SentenceMode, SentenceSplitter};
pub use word_bounds::{word_boundaries, WordBoundaries};
pub(crate) use word_engine::is_word_like;
pub(crate) use word_engine::{ascii_word_boundary, is_ascii_word_byte};
pub(crate) use words::is_grapheme_boundary;
#[cfg(any(test, feature = "reference"))]
pub use words::words_unicode;
pub use words::{graphemes, words, Word, Words};

use crate::{Error, Result, Span};

/// What to split a text into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Granularity {
    /// Extended grapheme clusters: what a reader sees as one character.
    Grapheme,
    /// UAX #29 word segments, including the spaces and punctuation between words.
    Word,
    /// Sentences, in article mode.
    Sentence,
    /// Paragraphs.
    Paragraph,
    /// Lines.
    Line,
}

impl Granularity {
    /// Every granularity, in order from finest to coarsest.
    pub const ALL: [Granularity; 5] =
        [Granularity::Grapheme, Granularity::Word, Granularity::Sentence, Granularity::Paragraph, Granularity::Line];

    /// Its name, as [`str::parse`] reads it (`"grapheme"`, `"word"`, …).
    pub const fn name(self) -> &'static str {
        match self {
            Granularity::Grapheme => "grapheme",
            Granularity::Word => "word",
            Granularity::Sentence => "sentence",
            Granularity::Paragraph => "paragraph",
            Granularity::Line => "line",
        }
    }
}

impl std::str::FromStr for Granularity {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self> {
        Granularity::ALL.into_iter().find(|g| g.name() == name).ok_or_else(|| Granularity::unknown(name, None))
    }
}

impl Granularity {
    /// The error for an unknown granularity `name`, listing every granularity and `also` (a name
    /// a caller accepts besides these).
    pub(crate) fn unknown(name: &str, also: Option<&str>) -> Error {
        let mut names = Granularity::ALL.map(Granularity::name).to_vec();
        names.extend(also);
        let names = crate::error::quoted_list(&names);
        Error::invalid_option(format!("unknown granularity {name:?}: expected one of {names}"))
    }
}

/// Splits `text` at `granularity` with default options.
///
/// ```
/// use textlens::split::{split, Granularity};
/// let text = "Mr. Smith arrived. He sat down.";
/// let pieces: Vec<&str> = split(text, Granularity::Sentence).iter().map(|s| s.text(text)).collect();
/// assert_eq!(pieces, ["Mr. Smith arrived. ", "He sat down."]);
/// ```
pub fn split(text: &str, granularity: Granularity) -> Vec<Span> {
    match granularity {
        Granularity::Grapheme => graphemes(text).collect(),
        Granularity::Word => words(text).map(|word| word.span).collect(),
        Granularity::Sentence => sentences(text),
        Granularity::Paragraph => paragraphs(text),
        Granularity::Line => lines(text).collect(),
    }
}
