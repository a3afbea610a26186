//! Runs [`word_boundaries`] and the conversion of its boundaries to UTF-16 (the work of
//! `split(text, "word")` in wasm) over the English corpus, for profilers and instruction counters.
//!
//! ```text
//! cargo build --release --example profile_words
//! valgrind --tool=callgrind target/release/examples/profile_words word-boundaries 1000000
//! ```
//!
//! The text is the browser benchmark's (see `examples/support/corpus.rs`), cut to the requested
//! number of bytes (default: all of it). Tasks: `none` (only reads the text: subtract its count)
//! and `word-boundaries`. The same output built one segment at a time, as the wasm edge did
//! before, is `profile_split word-offsets`.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/task.rs"]
mod task;

use textlens::split::word_boundaries;
use textlens::utf16_offsets_in_place;

/// The word boundaries as UTF-16 offsets and word-like flags, as the wasm edge builds them.
fn utf16_word_boundaries(text: &str) -> usize {
    let mut words = word_boundaries(text).expect("a text under 4 GiB");
    utf16_offsets_in_place(text, &mut words.bounds);
    std::hint::black_box(&words.bounds);
    words.word_like.len()
}

fn run(task: &str, text: &str) -> usize {
    match task {
        "none" => 0,
        "word-boundaries" => utf16_word_boundaries(text),
        other => panic!("unknown task {other:?}"),
    }
}

fn main() {
    task::run_named_task("word-boundaries", run);
}
