//! Splitting: pieces tile the text, sit on grapheme boundaries and convert to UTF-16 exactly;
//! chunks hold their size and re-make the text.

use super::{Boundaries, Checked};
use textlens::split::{
    chunk, split, words, words_unicode, Abbreviation, AbbreviationKind, ChunkOptions, Granularity, SentenceMode,
    SentenceSplitter, SizeUnit,
};
use textlens::{Span, Utf16Cursor};
use unicode_segmentation::UnicodeSegmentation;

/// Every granularity with its default options, and the word fast path against the general one.
pub fn check_split(text: &str) -> Checked {
    let boundaries = Boundaries::of(text);
    for granularity in Granularity::ALL {
        let what = granularity.name();
        let spans = split(text, granularity);
        let blank_gives_none = matches!(granularity, Granularity::Sentence | Granularity::Paragraph);
        check_tiling(text, &spans, blank_gives_none, what)?;
        // UAX #29 lets a word boundary fall after a Prepend character, inside a grapheme.
        if granularity != Granularity::Word {
            check_boundaries(&boundaries, &spans, what)?;
        }
        check_utf16(text, &spans, what)?;
    }
    let fast: Vec<_> = words(text).collect();
    let general: Vec<_> = words_unicode(text).collect();
    ensure!(fast == general, "the word fast path disagrees with UAX #29 on {text:?}");
    Ok(())
}

/// Sentences from a splitter in `mode`: they tile the text on grapheme boundaries (in article
/// mode, a blank text has none).
pub fn check_sentences(text: &str, splitter: &SentenceSplitter, mode: SentenceMode) -> Checked {
    let spans = splitter.split(text);
    check_tiling(text, &spans, mode == SentenceMode::Article, "sentence")?;
    check_boundaries(&Boundaries::of(text), &spans, "sentence")
}

/// An extra abbreviation is refused exactly when, without its final period, it is empty or
/// holds whitespace; the refusal names it.
pub fn check_abbreviation(text: &str, kind: AbbreviationKind) -> Result<Option<Abbreviation>, String> {
    let word = text.strip_suffix('.').unwrap_or(text);
    let acceptable = !word.is_empty() && !word.contains(char::is_whitespace);
    match Abbreviation::new(text, kind) {
        Ok(abbreviation) if acceptable => Ok(Some(abbreviation)),
        Err(error) if !acceptable => {
            ensure!(error.message().contains(&format!("{word:?}")), "the error {error} does not name {word:?}");
            Ok(None)
        }
        Ok(_) => Err(format!("abbreviation {text:?} accepted")),
        Err(error) => Err(format!("abbreviation {text:?} refused: {error}")),
    }
}

/// Chunks: an error only for a zero size; otherwise every chunk within the size (or a single
/// grapheme larger than it), on grapheme boundaries, its fresh part starting where the last chunk
/// ended, the fresh parts re-making the text, whitespace-only text included.
pub fn check_chunks(text: &str, options: &ChunkOptions) -> Checked {
    let size = |piece: &str| measure(piece, options.unit);
    let chunks = match chunk(text, options) {
        Ok(chunks) => chunks,
        Err(error) => {
            ensure!(options.max_size == 0, "chunk({text:?}, {options:?}) failed: {error}");
            ensure!(!error.message().is_empty(), "chunk error without a message");
            return Ok(());
        }
    };
    ensure!(options.max_size > 0, "chunk accepted maxSize 0");
    let boundaries = Boundaries::of(text);
    let mut covered = 0;
    for c in &chunks {
        let piece = text.get(c.span.range()).ok_or_else(|| format!("chunk {:?} is off the text", c.span))?;
        let one_grapheme = piece.graphemes(true).nth(1).is_none();
        ensure!(
            size(piece) <= options.max_size || one_grapheme,
            "chunk {piece:?} has size {} > {}",
            size(piece),
            options.max_size
        );
        ensure!(c.fresh_start == covered, "chunk {:?} starts its new text at {}, not {covered}", c.span, c.fresh_start);
        ensure!(c.span.start <= c.fresh_start && c.fresh_start < c.span.end, "chunk {:?} has no new text", c.span);
        for offset in [c.span.start, c.fresh_start, c.span.end] {
            ensure!(boundaries.contains(offset), "chunk {:?} cuts a grapheme at {offset}", c.span);
        }
        covered = c.span.end;
    }
    ensure!(covered == text.len(), "chunks cover {covered} of {} bytes", text.len());
    Ok(())
}

/// The size of `piece` in `unit`, measured independently of the chunker. Words are the
/// word-like UAX #29 segments: with a letter or number, and not white space with marks on it.
pub fn measure(piece: &str, unit: SizeUnit) -> usize {
    match unit {
        SizeUnit::Grapheme => piece.graphemes(true).count(),
        SizeUnit::Word => piece
            .split_word_bounds()
            .filter(|w| !w.starts_with(char::is_whitespace) && w.chars().any(char::is_alphanumeric))
            .count(),
        SizeUnit::Utf16 => piece.encode_utf16().count(),
        // GSM 03.38's extension table takes two septets; the rest of the alphabet is in the BMP,
        // so one septet is one UTF-16 unit there, as outside the alphabet.
        SizeUnit::Gsm7 => piece.chars().map(|c| if "\u{c}^{}\\[~]|€".contains(c) { 2 } else { c.len_utf16() }).sum(),
    }
}

/// `spans` are non-empty and follow each other from the start of `text` to its end without a gap
/// (or, when `blank_gives_none`, there are none for a text of whitespace only).
pub fn check_tiling(text: &str, spans: &[Span], blank_gives_none: bool, what: &str) -> Checked {
    if blank_gives_none && text.trim().is_empty() {
        ensure!(spans.is_empty(), "{what}: {} pieces for the blank text {text:?}", spans.len());
        return Ok(());
    }
    let mut position = 0;
    for span in spans {
        ensure!(span.start == position, "{what}: piece {span:?} leaves a gap or overlap at {position} in {text:?}");
        ensure!(span.end > span.start, "{what}: empty piece at {position} in {text:?}");
        ensure!(text.get(span.range()).is_some(), "{what}: piece {span:?} is off the text {text:?}");
        position = span.end;
    }
    ensure!(position == text.len(), "{what}: pieces stop at {position} of {} bytes of {text:?}", text.len());
    Ok(())
}

/// Both ends of every span are grapheme boundaries.
fn check_boundaries(boundaries: &Boundaries, spans: &[Span], what: &str) -> Checked {
    for span in spans {
        ensure!(
            boundaries.contains(span.start) && boundaries.contains(span.end),
            "{what}: piece {span:?} cuts a grapheme"
        );
    }
    Ok(())
}

/// The one-pass UTF-16 conversion agrees with re-encoding each prefix.
fn check_utf16(text: &str, spans: &[Span], what: &str) -> Checked {
    let mut cursor = Utf16Cursor::new(text);
    let mut units_before = 0;
    let mut bytes_before = 0;
    for span in spans {
        units_before += text[bytes_before..span.start].encode_utf16().count();
        bytes_before = span.start;
        let utf16 = cursor.utf16_span(*span);
        let length = span.text(text).encode_utf16().count();
        ensure!(
            utf16 == Span::new(units_before, units_before + length),
            "{what}: {span:?} converts to {utf16:?}, expected {units_before}..{}",
            units_before + length
        );
    }
    Ok(())
}
