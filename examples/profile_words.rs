//! Runs one way of building every word boundary of the English corpus, for profilers and
//! instruction counters.
//!
//! ```text
//! cargo build --release --example profile_words
//! valgrind --tool=callgrind target/release/examples/profile_words word-boundaries 1000000
//! ```
//!
//! The text is the browser benchmark's (see `examples/support/corpus.rs`), cut to the requested
//! number of bytes (default: all of it). Tasks: `none` (only reads the text: subtract its count),
//! `word-boundaries` ([`word_boundaries`], the work of `split(text, "word")` in wasm) and
//! `word-cursor` (the [`words`] iterator converted with a [`Utf16Cursor`], the same output built
//! segment by segment, to compare with).

#[path = "support/corpus.rs"]
mod corpus;

use std::time::Instant;
use textlens::split::{word_boundaries, words};
use textlens::Utf16Cursor;

/// Word boundaries (UTF-16 offsets) and word-like flags, one segment at a time.
fn word_cursor(text: &str) -> (Vec<u32>, Vec<u8>) {
    let (mut bounds, mut word_like) = (vec![0], Vec::new());
    let mut cursor = Utf16Cursor::new(text);
    words(text).for_each(|word| {
        bounds.push(cursor.utf16_offset(word.span.end) as u32);
        word_like.push(u8::from(word.word_like));
    });
    (bounds, word_like)
}

fn run(task: &str, text: &str) -> usize {
    match task {
        "none" => 0,
        "word-boundaries" => word_boundaries(text).expect("a text under 4 GiB").word_like.len(),
        "word-cursor" => word_cursor(text).1.len(),
        other => panic!("unknown task {other:?}"),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_else(|| "word-boundaries".to_owned());
    let limit = args.next().map_or(usize::MAX, |n| n.parse().expect("a byte count"));
    let text = corpus::english_text(limit);
    let started = Instant::now();
    let found = std::hint::black_box(run(&task, std::hint::black_box(&text)));
    let elapsed = started.elapsed();
    println!(
        "{task}: {found} segments in {} bytes, {elapsed:.2?} ({:.0} MB/s)",
        text.len(),
        text.len() as f64 / elapsed.as_secs_f64() / 1e6
    );
}
