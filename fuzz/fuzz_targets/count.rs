//! Counting with random options, rates of any value included.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textlens_fuzz::input::CountInput;
use textlens_fuzz::{check, invariants::count};

fuzz_target!(|input: CountInput| {
    check(count::check_count(&input.text.0, &input.options()));
});
