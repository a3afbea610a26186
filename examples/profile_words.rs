//! Runs [`word_boundaries`] (the work of `split(text, "word")` in wasm) over the English corpus,
//! for profilers and instruction counters.
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

fn run(task: &str, text: &str) -> usize {
    match task {
        "none" => 0,
        "word-boundaries" => word_boundaries(text).expect("a text under 4 GiB").word_like.len(),
        other => panic!("unknown task {other:?}"),
    }
}

fn main() {
    task::run_named_task("word-boundaries", run);
}
