//! Highlights terms in the English corpus, for profilers and instruction counters.
//!
//! ```text
//! cargo build --release --example profile_highlight
//! valgrind --tool=callgrind --toggle-collect=profile_highlight::search \
//!     target/release/examples/profile_highlight 1000 1000000
//! ```
//!
//! The text is the start of the English corpus (every `.txt` file under `../shared/corpus/en`,
//! in path order), cut to the requested number of bytes (default 1,000,000) at a character
//! boundary. The terms are spread over its vocabulary the way the browser benchmark picks them:
//! the distinct lower-case ASCII words, most frequent first, every (vocabulary / n)-th one. The
//! program prints the number of matches and the time taken (a rough figure; count instructions
//! to compare).

#[path = "support/corpus.rs"]
mod corpus;

use std::collections::HashMap;
use std::time::Instant;
use textlens::highlight::{Highlighter, Rules};

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

/// The search itself, kept out of line so that an instruction counter can count it alone.
#[inline(never)]
fn search(highlighter: &Highlighter, text: &str) -> usize {
    highlighter.find(text).len()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let terms = args.next().map_or(1000, |n| n.parse().expect("a term count"));
    let limit = args.next().map_or(1_000_000, |n| n.parse().expect("a byte count"));
    let text = corpus::english_text(limit);
    let highlighter = Rules::new().terms(spread_terms(&text, terms)).build().expect("valid terms");
    let started = Instant::now();
    let found = search(&highlighter, std::hint::black_box(&text));
    let elapsed = started.elapsed();
    println!(
        "{terms} terms: {found} matches in {} bytes, {elapsed:.2?} ({:.0} MB/s)",
        text.len(),
        text.len() as f64 / elapsed.as_secs_f64() / 1e6
    );
}
