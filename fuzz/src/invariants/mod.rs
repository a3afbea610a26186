//! What must hold for every result textlens gives, whatever the input.
//!
//! One set of checks, used three ways: the fuzz targets (`fuzz/fuzz_targets/`) panic when a check
//! fails, the property tests (`tests/highlight_properties.rs`) turn a failure into a shrinkable
//! proptest case, and the hostile-input table (`tests/hostile.rs`) runs them on extreme inputs.
//! The tests include this module by path, so the fuzzers and the tests can never drift apart.
//!
//! Each check returns `Err` with a description of the first violation it finds. The expectations
//! come from outside the code under test wherever possible: grapheme boundaries and lengths from
//! `unicode-segmentation` and the standard library, HTML from a WHATWG-conformant tokenizer
//! (`html5gum`), categories from a direct scan of the matches.

/// Returns `Err(format!(…))` from the enclosing check unless `condition` holds.
macro_rules! ensure {
    ($condition:expr, $($message:tt)+) => {
        if !$condition {
            return Err(format!($($message)+));
        }
    };
}

pub mod count;
pub mod highlight;
pub mod html;
pub mod split;

/// The outcome of a check: `Err` describes the first violation.
pub type Checked = Result<(), String>;

/// The grapheme boundaries of a text (its start and end included), for repeated look-ups.
pub struct Boundaries {
    sorted: Vec<usize>,
}

impl Boundaries {
    /// The extended grapheme cluster boundaries of `text`, as `unicode-segmentation` finds them.
    pub fn of(text: &str) -> Boundaries {
        use unicode_segmentation::UnicodeSegmentation;
        let mut sorted: Vec<usize> = text.grapheme_indices(true).map(|(start, _)| start).collect();
        sorted.push(text.len());
        Boundaries { sorted }
    }

    /// Whether `offset` is a grapheme boundary.
    pub fn contains(&self, offset: usize) -> bool {
        self.sorted.binary_search(&offset).is_ok()
    }
}
