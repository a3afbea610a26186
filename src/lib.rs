//! # textlens
//!
//! Split, count and highlight article text. One Rust core, used here as a Rust library and, through
//! WebAssembly, from JavaScript in browsers and Node.
//!
//! - [`split`]: graphemes, words, sentences that survive "Mr.", "U.S." and "3.14", paragraphs,
//!   lines, and size-bounded chunks.
//! - [`count`]: words, characters, reading time, readability formulas, frequencies and limits.
//! - [`highlight`]: thousands of terms, regular expressions and detectors in one pass, resolved
//!   into non-overlapping pieces and rendered as safe HTML.
//! - [`markup`]: Markdown chunks along headings and blocks, and counts of its prose (the parser
//!   comes with the `markup` feature).
//!
//! All results are byte [`Span`]s into the `&str` you passed; the JavaScript API converts them to
//! UTF-16 offsets so that `text.slice(start, end)` is exact there too.
//!
//! ## Example: sentences of news text
//!
//! ```
//! let text = "Mr. Smith met U.S. officials at 3 p.m. Friday. “It went well.” He left.";
//! let sentences: Vec<&str> = textlens::split::sentences(text)
//!     .iter()
//!     .map(|s| s.text(text).trim_end())
//!     .collect();
//! assert_eq!(sentences, ["Mr. Smith met U.S. officials at 3 p.m. Friday.", "“It went well.”", "He left."]);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod count;
pub mod dictionary;
mod error;
mod gsm7;
pub mod highlight;
pub mod lang;
pub mod markup;
mod span;
pub mod split;

/// The JavaScript edge (wasm32 only): raw exports wrapped by the `js/` layer. Public only so the
/// wasm test suites can call it; not part of the Rust API.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use error::{Error, ErrorKind, Result};
pub use lang::Lang;
pub use span::{utf16_len, utf16_offsets_in_place, Span, Utf16Cursor};

/// The README's Rust examples, compiled and run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
