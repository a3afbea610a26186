//! Prints the article-mode sentences of a file (or of standard input), one per line.
//!
//! ```text
//! cargo run --example sentences -- article.txt
//! ```

use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    for sentence in textlens::split::sentences(&text) {
        println!("{}", sentence.text(&text).trim());
    }
    Ok(())
}
