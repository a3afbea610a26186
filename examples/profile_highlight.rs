//! Highlights terms in the English corpus, for profilers and instruction counters.
//!
//! ```text
//! cargo build --release --example profile_highlight
//! valgrind --tool=callgrind target/release/examples/profile_highlight 1000 1000000
//! ```
//!
//! The text is the start of the English corpus (every `.txt` file under `../shared/corpus/en`,
//! in path order), cut to the requested number of bytes (default 1,000,000) at a character
//! boundary. The terms are spread over its vocabulary the way the browser benchmark picks them:
//! the distinct lower-case ASCII words, most frequent first, every (vocabulary / n)-th one. The
//! program prints the number of matches and the time taken (a rough figure; count instructions
//! to compare).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;
use textlens::highlight::Rules;

fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    entries
        .into_iter()
        .flat_map(|path| if path.is_dir() { corpus_files(&path) } else { vec![path] })
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect()
}

/// The start of the corpus, at most `limit` bytes, cut at a character boundary.
fn corpus_text(limit: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/en");
    let mut text = String::new();
    for file in corpus_files(&dir) {
        if text.len() >= limit {
            break;
        }
        text.push_str(&std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display())));
        text.push_str("\n\n");
    }
    text.truncate(text.floor_char_boundary(limit));
    text
}

/// `n` terms spread over the text's vocabulary, most frequent first.
fn spread_terms(text: &str, n: usize) -> Vec<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() > 1) {
        *counts.entry(word.to_ascii_lowercase()).or_default() += 1;
    }
    let mut vocabulary: Vec<(String, usize)> = counts.into_iter().collect();
    vocabulary.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let step = (vocabulary.len() / n.max(1)).max(1);
    vocabulary.into_iter().step_by(step).take(n).map(|(word, _)| word).collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let terms = args.next().map_or(1000, |n| n.parse().expect("a term count"));
    let limit = args.next().map_or(1_000_000, |n| n.parse().expect("a byte count"));
    let text = corpus_text(limit);
    let highlighter = Rules::new().terms(spread_terms(&text, terms)).build().expect("valid terms");
    let started = Instant::now();
    let found = std::hint::black_box(highlighter.find(std::hint::black_box(&text))).len();
    let elapsed = started.elapsed();
    println!(
        "{terms} terms: {found} matches in {} bytes, {elapsed:.2?} ({:.0} MB/s)",
        text.len(),
        text.len() as f64 / elapsed.as_secs_f64() / 1e6
    );
}
