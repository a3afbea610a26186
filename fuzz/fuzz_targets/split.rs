//! Splitting at every granularity, sentences with random modes and abbreviations, and chunks
//! with random sizes, units and overlaps.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textlens::split::SentenceSplitter;
use textlens_fuzz::input::SplitInput;
use textlens_fuzz::{check, invariants::split};

fuzz_target!(|input: SplitInput| {
    let text = &input.text.0;
    check(split::check_split(text));
    let mut extra = Vec::new();
    for (abbreviation, kind) in &input.abbreviations {
        match split::check_abbreviation(&abbreviation.0, (*kind).into()) {
            Ok(accepted) => extra.extend(accepted),
            Err(violation) => check(Err(violation)),
        }
    }
    let splitter = SentenceSplitter::new().mode(input.mode()).abbreviations(extra);
    check(split::check_sentences(text, &splitter, input.mode()));
    check(split::check_chunks(text, &input.chunk_options()));
});
