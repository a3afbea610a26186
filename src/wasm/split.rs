//! The JavaScript edge of splitting: `TextDocument.split`.

use super::{js_error, read_options, set, utf16_bounds};
use crate::lang::LangChoice;
use crate::markup::Format;
use crate::split::{
    self, Abbreviation, AbbreviationKind, Chunk, ChunkOptions, Granularity, SentenceMode, SentenceSplitter, SizeUnit,
};
use crate::{utf16_offsets_in_place, Error, Span};
use js_sys::{Array, Object, Uint32Array, Uint8Array};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// Options of `split`, as JavaScript passes them. Which ones apply depends on the granularity.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
struct SplitOptions {
    /// Sentences: `"article"` (default) or `"uax29"`.
    mode: Option<String>,
    /// Sentences: extra abbreviations, without their final period.
    abbreviations: Option<Vec<String>>,
    /// Sentences and chunks: `"auto"` (default) or a BCP 47 tag.
    lang: Option<LangChoice>,
    /// Chunks: the largest size of a chunk.
    max_size: Option<f64>,
    /// Chunks: `"grapheme"` (default), `"word"`, `"utf16"` or `"gsm7"`.
    unit: Option<String>,
    /// Chunks: how many whole sentences a chunk repeats from the one before.
    overlap: Option<f64>,
    /// Chunks: `"plain"` (default) or `"markdown"` (`"html"` is refused).
    format: Option<Format>,
}

/// Splits `text` into segments of `granularity`: the work behind `TextDocument.split`.
pub(crate) fn split_to_js(text: &str, granularity: &str, options: JsValue) -> Result<Object, JsError> {
    let options: SplitOptions = read_options(options, "split")?;
    if granularity == CHUNK {
        return chunks_to_js(text, &options);
    }
    let granularity = parse_granularity(granularity).map_err(js_error)?;
    reject_foreign_options(granularity, &options).map_err(js_error)?;
    match granularity {
        Granularity::Grapheme => {
            let mut bounds = split::grapheme_boundaries(text).map_err(js_error)?;
            Ok(tiling_object(text, &mut bounds))
        }
        Granularity::Word => words_to_js(text),
        Granularity::Sentence => {
            let splitter = sentence_splitter(&options).map_err(js_error)?;
            Ok(segments_object(text, splitter.split(text)))
        }
        other => Ok(segments_object(text, split::split(text, other))),
    }
}

/// The granularity JavaScript has besides the core's: sentences packed into chunks.
const CHUNK: &str = "chunk";

/// The core's granularity called `name`, with an error that lists JavaScript's names, [`CHUNK`]
/// too.
fn parse_granularity(name: &str) -> crate::Result<Granularity> {
    name.parse().map_err(|_| Granularity::unknown(name, Some(CHUNK)))
}

/// Options that belong to another granularity are mistakes worth reporting, not ignoring.
fn reject_foreign_options(granularity: Granularity, options: &SplitOptions) -> crate::Result<()> {
    let chunk_option = [
        ("maxSize", options.max_size.is_some()),
        ("unit", options.unit.is_some()),
        ("overlap", options.overlap.is_some()),
        ("format", options.format.is_some()),
    ];
    let sentence_option = [
        ("mode", options.mode.is_some()),
        ("abbreviations", options.abbreviations.is_some()),
        ("lang", options.lang.is_some()),
    ];
    let foreign = chunk_option
        .iter()
        .chain(if granularity == Granularity::Sentence { &[][..] } else { &sentence_option[..] })
        .find(|(_, given)| *given);
    match foreign {
        Some((name, _)) => {
            Err(Error::invalid_option(format!("option {name} does not apply to granularity {:?}", granularity.name())))
        }
        None => Ok(()),
    }
}

fn sentence_splitter(options: &SplitOptions) -> crate::Result<SentenceSplitter> {
    let mode = match options.mode.as_deref() {
        None | Some("article") => SentenceMode::Article,
        Some("uax29") => SentenceMode::Uax29,
        Some(other) => {
            return Err(Error::invalid_option(format!(
                "unknown sentence mode {other:?}: expected \"article\" or \"uax29\""
            )))
        }
    };
    let extra = options.abbreviations.iter().flatten().map(|text| Abbreviation::new(text, AbbreviationKind::Trailing));
    let splitter = SentenceSplitter::new().mode(mode).lang(options.lang.unwrap_or_default());
    Ok(splitter.abbreviations(extra.collect::<crate::Result<Vec<_>>>()?))
}

fn chunks_to_js(text: &str, options: &SplitOptions) -> Result<Object, JsError> {
    let format = options.format.unwrap_or_default();
    let options = chunk_options(options).map_err(js_error)?;
    match format {
        Format::Markdown => markdown_chunks_to_js(text, &options),
        Format::Plain => Ok(chunk_object(text, &split::chunk(text, &options).map_err(js_error)?)),
        Format::Html => Err(js_error(Error::invalid_option(
            "format \"html\" applies to count only: chunks take \"plain\" or \"markdown\"",
        ))),
    }
}

/// `{ starts, ends, freshStarts }` of `chunks`.
fn chunk_object(text: &str, chunks: &[Chunk]) -> Object {
    let object = segments_object(text, chunks.iter().map(|c| c.span));
    let (fresh_starts, _) = utf16_bounds(text, chunks.iter().map(|c| Span::new(c.fresh_start, c.fresh_start)));
    set(&object, "freshStarts", &Uint32Array::from(&fresh_starts[..]));
    object
}

/// Markdown chunks: [`chunk_object`] with `headings` (an array of arrays of strings) and `lines`
/// (first and last line of each chunk, in turn, in one `Uint32Array`).
fn markdown_chunks_to_js(text: &str, options: &ChunkOptions) -> Result<Object, JsError> {
    let chunks = crate::markup::chunk(text, options).map_err(js_error)?;
    let object = chunk_object(text, &chunks.iter().map(|c| c.chunk).collect::<Vec<_>>());
    let headings: Array = chunks.iter().map(|c| c.headings.iter().map(JsValue::from).collect::<Array>()).collect();
    set(&object, "headings", &headings);
    let lines: Vec<u32> = chunks.iter().flat_map(|c| [c.lines.0, c.lines.1]).map(|l| l as u32).collect();
    set(&object, "lines", &Uint32Array::from(&lines[..]));
    Ok(object)
}

fn chunk_options(options: &SplitOptions) -> crate::Result<ChunkOptions> {
    if options.mode.is_some() || options.abbreviations.is_some() {
        return Err(Error::invalid_option(
            "options mode and abbreviations apply to granularity \"sentence\", not \"chunk\"",
        ));
    }
    let max_size =
        options.max_size.ok_or_else(|| Error::invalid_option("granularity \"chunk\" needs the option maxSize"))?;
    let unit = match options.unit.as_deref() {
        None | Some("grapheme") => SizeUnit::Grapheme,
        Some("word") => SizeUnit::Word,
        Some("utf16") => SizeUnit::Utf16,
        Some("gsm7") => SizeUnit::Gsm7,
        Some(other) => {
            return Err(Error::invalid_option(format!(
                "unknown chunk unit {other:?}: expected \"grapheme\", \"word\", \"utf16\" or \"gsm7\""
            )))
        }
    };
    Ok(ChunkOptions {
        max_size: whole_number("maxSize", max_size)?,
        unit,
        overlap: whole_number("overlap", options.overlap.unwrap_or(0.0))?,
        lang: options.lang.unwrap_or_default(),
    })
}

/// A JavaScript number that must be a whole number ≥ 0.
fn whole_number(name: &str, value: f64) -> crate::Result<usize> {
    if value.is_finite() && value >= 0.0 && value.fract() == 0.0 && value <= f64::from(u32::MAX) {
        Ok(value as usize)
    } else {
        let value = super::JsNumber(value);
        Err(Error::invalid_option(format!("option {name} must be a whole number ≥ 0, got {value}")))
    }
}

/// Words as `{ starts, ends, wordLike }`.
fn words_to_js(text: &str) -> Result<Object, JsError> {
    let mut words = crate::dictionary::dictionary_word_boundaries(text).map_err(js_error)?;
    let object = tiling_object(text, &mut words.bounds);
    set(&object, "wordLike", &Uint8Array::from(&words.word_like[..]));
    Ok(object)
}

/// `{ starts, ends }` of segments that tile the text, from their byte boundaries (0, then every
/// end), which become UTF-16 offsets in place, in one pass.
///
/// One array holds both the starts and the ends: `starts` and `ends` are two views of it, one
/// element apart, which halves what is copied out of wasm memory.
fn tiling_object(text: &str, bounds: &mut [u32]) -> Object {
    utf16_offsets_in_place(text, bounds);
    let segments = (bounds.len() - 1) as u32;
    let bounds = Uint32Array::from(&bounds[..]);
    let object = Object::new();
    set(&object, "starts", &bounds.subarray(0, segments));
    set(&object, "ends", &bounds.subarray(1, segments + 1));
    object
}

/// `{ starts, ends }` as `Uint32Array`s of UTF-16 offsets.
fn segments_object(text: &str, spans: impl IntoIterator<Item = Span>) -> Object {
    let (starts, ends) = utf16_bounds(text, spans);
    let object = Object::new();
    set(&object, "starts", &Uint32Array::from(&starts[..]));
    set(&object, "ends", &Uint32Array::from(&ends[..]));
    object
}
