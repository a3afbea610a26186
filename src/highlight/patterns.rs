//! Regular-expression patterns, compiled with `regex-lite`.
//!
//! # Syntax
//!
//! The syntax of the `regex` crate without its Unicode tables: literals, `.`, classes `[a-z]`,
//! `[^…]`, the ASCII classes `\d \s \w` and `[[:alpha:]]`, repetitions `* + ? {n,m}` (lazy with a
//! trailing `?`), groups `( )`, `(?: )`, `(?P<name> )`, alternation `|`, anchors `^ $ \A \z`,
//! ASCII word boundaries `\b \B`, escapes `\x7F \u{1F600}`, and inline flags `(?imsxU)`.
//!
//! Limits, because there are no Unicode tables:
//! - `\d`, `\s`, `\w`, `\b` and the POSIX classes are ASCII only (`\w` does not match `é`;
//!   write `[\w\u{C0}-\u{24F}]` or list the letters);
//! - case-insensitive matching (`i`) folds ASCII letters only;
//! - no `\p{…}` classes, no look-around, no back-references (none of these can run in linear
//!   time anyway).
//!
//! Matching runs in time linear in the text for a given pattern (a Pike VM, no backtracking), so
//! no pattern can hang the page: `(a+)+$` on a megabyte of `a` takes one pass. The VM's cost per
//! byte grows with the pattern's compiled size (it may follow every state at every byte), so that
//! size is capped at [`SIZE_LIMIT`] bytes, which bounds the cost per byte: at the limit
//! (`a{250}`, `[a-z]{200}`) a megabyte takes about 2 s natively, where a common pattern (under
//! 1 KiB: `\d{4}-\d{2}-\d{2}`, `covid-?19`) takes a few milliseconds. A larger pattern (`a{300}`,
//! `\w{200}`) is rejected at build time.
//!
//! Flags (a string, any order): `i` case-insensitive, `m` multi-line anchors, `s` `.` matches
//! `\n`, `x` verbose (whitespace and `#` comments ignored), `U` swap greediness; `g` is accepted
//! and ignored, since every match is always found.

use super::{CategoryId, Rule};
use crate::{Error, ErrorKind, Result, Span};
use regex_lite::{Regex, RegexBuilder};

/// The largest compiled form of one pattern, in bytes (8 KiB), which bounds the cost per byte of
/// the text: about 2 s a megabyte at the limit (see [Patterns](super#patterns)).
pub const SIZE_LIMIT: usize = 8 << 10;

/// One compiled pattern.
#[derive(Debug)]
pub(crate) struct CompiledPattern {
    regex: Regex,
    category: CategoryId,
}

impl CompiledPattern {
    /// Compiles `pattern` with `flags`.
    pub fn new(pattern: &str, flags: &str, category: CategoryId) -> Result<CompiledPattern> {
        let mut builder = RegexBuilder::new(pattern);
        builder.size_limit(SIZE_LIMIT);
        for flag in flags.chars() {
            match flag {
                'i' => builder.case_insensitive(true),
                'm' => builder.multi_line(true),
                's' => builder.dot_matches_new_line(true),
                'x' => builder.ignore_whitespace(true),
                'U' => builder.swap_greed(true),
                'g' => &mut builder,
                other => {
                    return Err(Error::new(
                        ErrorKind::InvalidPattern,
                        format!("pattern {pattern:?}: unknown flag {other:?} (expected some of \"imsxUg\")"),
                    ))
                }
            };
        }
        let regex = builder
            .build()
            .map_err(|error| Error::new(ErrorKind::InvalidPattern, format!("invalid pattern {pattern:?}: {error}")))?;
        Ok(CompiledPattern { regex, category })
    }

    /// Every non-empty match of the pattern in `text` (`index` is the pattern's rule index).
    pub fn find(&self, index: usize, text: &str, out: &mut Vec<(Span, Rule, CategoryId)>) {
        out.extend(
            self.regex
                .find_iter(text)
                .filter(|m| !m.is_empty())
                .map(|m| (Span::new(m.start(), m.end()), Rule::Pattern(index), self.category)),
        );
    }
}
