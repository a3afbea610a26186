//! Highlighting with random terms, patterns, detectors and options: matches and pieces.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textlens::highlight::{pieces, Highlighter};
use textlens::ErrorKind;
use textlens_fuzz::input::HighlightInput;
use textlens_fuzz::{check, invariants::highlight};

fuzz_target!(|input: HighlightInput| {
    let highlighter = match Highlighter::new(input.rules()) {
        Ok(highlighter) => highlighter,
        Err(error) => {
            assert!(matches!(error.kind(), ErrorKind::InvalidOption | ErrorKind::InvalidPattern), "{error:?}");
            assert!(!error.message().is_empty());
            return;
        }
    };
    let text = &input.text.0;
    let matches = highlighter.find(text);
    check(highlight::check_matches(text, &highlighter, &matches));
    check(highlight::check_pieces(&matches, &pieces(&matches)));
});
