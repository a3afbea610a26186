//! What the profiling examples share: the English corpus, read the way the browser benchmark
//! reads it (every `.txt` file under `../shared/corpus/en`, in path order).

use std::path::{Path, PathBuf};

/// The start of the English corpus, every file followed by a blank line, cut to at most `limit`
/// bytes at a character boundary.
pub fn english_text(limit: usize) -> String {
    let mut text = String::new();
    for file in corpus_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/en")) {
        if text.len() >= limit {
            break;
        }
        text.push_str(&std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display())));
        text.push_str("\n\n");
    }
    // The last character boundary at or before `limit` (`floor_char_boundary` is newer than
    // the crate's minimum Rust).
    let end = (0..=limit.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    text.truncate(end);
    text
}

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
