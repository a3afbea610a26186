//! Invariants on every file of the shared corpus: English prose, the seed articles and the
//! Universal Declaration of Human Rights in 22 languages.
//!
//! For every granularity the segments tile the text (in order, no gap, no overlap); chunks never
//! exceed their size, and with their overlap removed they tile the text too. The fast word count
//! agrees with `count` on every file.

// The corpus is read from disk, and the fuzz invariants need native-only crates.
#![cfg(not(target_arch = "wasm32"))]

mod support;

#[allow(dead_code)]
#[path = "../fuzz/src/invariants/mod.rs"]
mod invariants;

use textlens::count::{count, sentence_grades, word_count, CountOptions};
use textlens::split::{chunk, split, ChunkOptions, Granularity, SizeUnit};
use textlens::Span;

/// Asserts that `spans` cover `text` exactly, in order, with no empty span.
fn assert_tiles(what: &str, text: &str, spans: &[Span]) {
    let mut pos = 0;
    for (i, span) in spans.iter().enumerate() {
        assert_eq!(span.start, pos, "{what}: segment {i} starts at {} instead of {pos}", span.start);
        assert!(span.end > span.start, "{what}: segment {i} is empty");
        assert!(text.is_char_boundary(span.end), "{what}: segment {i} ends inside a character");
        pos = span.end;
    }
    assert_eq!(pos, text.len(), "{what}: segments stop at {pos} of {}", text.len());
}

#[test]
fn every_granularity_tiles_every_corpus_file() {
    for (path, text) in support::corpus_files() {
        for granularity in Granularity::ALL {
            let what = format!("{} / {}", path.display(), granularity.name());
            assert_tiles(&what, &text, &split(&text, granularity));
        }
    }
}

#[test]
fn word_count_agrees_with_count_on_every_corpus_file() {
    for (path, text) in support::corpus_files() {
        let words = count(&text, &CountOptions::default()).expect("default options").words;
        assert_eq!(word_count(&text), words, "{}", path.display());
    }
}

#[test]
fn sentence_grades_agree_with_count_on_every_corpus_file() {
    for (path, text) in support::corpus_files() {
        let per_sentence = count(&text, &CountOptions::default()).expect("default options").per_sentence;
        assert_eq!(sentence_grades(&text), per_sentence, "{}", path.display());
    }
}

#[test]
fn chunks_hold_their_limit_and_retile_every_corpus_file() {
    let settings = [
        ChunkOptions { max_size: 280, unit: SizeUnit::Grapheme, overlap: 0, ..ChunkOptions::new(1) },
        ChunkOptions { max_size: 160, unit: SizeUnit::Utf16, overlap: 1, ..ChunkOptions::new(1) },
        ChunkOptions { max_size: 50, unit: SizeUnit::Word, overlap: 2, ..ChunkOptions::new(1) },
        ChunkOptions { max_size: 7, unit: SizeUnit::Grapheme, overlap: 1, ..ChunkOptions::new(1) },
    ];
    for (path, text) in support::corpus_files() {
        for options in &settings {
            let what = format!("{} / {options:?}", path.display());
            let chunks = chunk(&text, options).unwrap_or_else(|e| panic!("{what}: {e}"));
            for c in &chunks {
                let piece = c.span.text(&text);
                assert!(
                    invariants::split::measure(piece, options.unit) <= options.max_size,
                    "{what}: chunk {piece:?} is too large"
                );
                assert!(c.span.start <= c.fresh_start && c.fresh_start < c.span.end, "{what}: bad fresh start");
            }
            let fresh: Vec<Span> = chunks.iter().map(|c| Span::new(c.fresh_start, c.span.end)).collect();
            assert_tiles(&what, &text, &fresh);
        }
    }
}

#[test]
fn seed_articles_give_one_paragraph_per_line() {
    let text = std::fs::read_to_string(support::shared().join("corpus/news/seed-articles.txt")).unwrap();
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(split(&text, Granularity::Paragraph).len(), lines);
}

#[test]
fn hard_wrapped_books_keep_paragraphs_whole() {
    // Gutenberg texts are wrapped at about 70 columns with blank lines between paragraphs: their
    // paragraphs are the blank-line blocks, not the lines.
    let text = std::fs::read_to_string(support::shared().join("corpus/en/gutenberg/pride-and-prejudice.txt")).unwrap();
    let blocks = text.split("\n\n").filter(|b| !b.trim().is_empty()).count();
    let paragraphs = split(&text, Granularity::Paragraph).len();
    let excess = paragraphs as f64 / blocks as f64;
    assert!((1.0..1.15).contains(&excess), "{paragraphs} paragraphs for {blocks} blank-line blocks");
}
