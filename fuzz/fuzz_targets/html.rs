//! HTML rendering with random rules, read back by an HTML tokenizer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textlens::highlight::Highlighter;
use textlens_fuzz::input::HighlightInput;
use textlens_fuzz::{check, invariants::html};

fuzz_target!(|input: HighlightInput| {
    // Rules that fail to compile are the highlight target's business.
    let Ok(highlighter) = Highlighter::new(input.rules()) else { return };
    let text = &input.text.0;
    let matches = highlighter.find(text);
    check(html::check_html(text, &highlighter, &matches, &highlighter.html(text)));
});
