//! Runs one splitting task over the English corpus, for profilers and instruction counters.
//!
//! ```text
//! cargo build --release --example profile_split
//! valgrind --tool=callgrind target/release/examples/profile_split words 1000000
//! ```
//!
//! The text is the same as the browser benchmark's: every `.txt` file under
//! `../shared/corpus/en`, in path order, each followed by a blank line, cut to the requested number
//! of bytes (default: all of it) at a character boundary. The task `none` only reads the text, so
//! subtracting its count from another task's leaves the cost of that task. The program prints the
//! number of segments found and the time taken (a rough figure; count instructions to compare).
//!
//! Tasks: `none`, `words` (the [`words`] iterator), `words-unicode` (unicode-segmentation alone),
//! `word-offsets` (word boundaries as UTF-16 offsets and word-like flags, the work of the wasm edge),
//! `sentences`, `paragraphs`, `lines`, `word-count` (the fast [`word_count`]), `count` (all of
//! [`count`], for its word count).

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/task.rs"]
mod task;

use textlens::count::{count, word_count, CountOptions};
use textlens::split::{lines, paragraphs, sentences, words};
use textlens::Utf16Cursor;
use unicode_segmentation::UnicodeSegmentation;

/// Word boundaries (UTF-16 offsets) and word-like flags, as the wasm edge builds them
/// (`words_to_js` in `src/wasm/split.rs`).
fn word_offsets(text: &str) -> (Vec<u32>, Vec<u8>) {
    let capacity = text.len() / 2 + 1;
    let (mut bounds, mut word_like) = (Vec::with_capacity(capacity), Vec::with_capacity(capacity));
    bounds.push(0);
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
        "words" => words(text).filter(|w| w.word_like).count(),
        "words-unicode" => text.unicode_words().count(),
        "word-offsets" => word_offsets(text).1.len(),
        "sentences" => sentences(text).len(),
        "paragraphs" => paragraphs(text).len(),
        "lines" => lines(text).count(),
        "word-count" => word_count(text),
        "count" => count(text, &CountOptions::default()).expect("default options").words,
        other => panic!("unknown task {other:?}"),
    }
}

fn main() {
    task::run_named_task("words", run);
}
