//! The shared half of textlens's fuzz targets.
//!
//! - [`input`]: structured inputs decoded from libFuzzer's bytes with `arbitrary`. Texts are
//!   glued from fragments that stress the rules (abbreviations, quotes, combining marks, ZWJ
//!   emoji, RTL, CR/LF, NUL, markup characters) and from raw strings, and every option of every
//!   entry point can be reached, valid or not.
//! - [`invariants`]: what must hold for every result; the property and hostile-input tests of
//!   the main crate include the same module.
//!
//! Each target in `fuzz_targets/` decodes an input, runs one entry point and [`check`]s its
//! invariants; any panic (in textlens or in a check) is a finding.

#![deny(missing_docs)]

pub mod input;
pub mod invariants;
pub mod samples;

/// Panics with the violation, if the check found one.
pub fn check(result: invariants::Checked) {
    if let Err(violation) = result {
        panic!("invariant violated: {violation}");
    }
}
