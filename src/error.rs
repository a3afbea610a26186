//! The one error type of the crate.
//!
//! Every fallible function returns [`Result<T, Error>`](Result). An [`Error`] has a coarse
//! [`ErrorKind`] to branch on and a message that names the offending value (the option, the
//! pattern, the position), so it can be shown to a person as it is. Messages speak Rust: an
//! option is named as its field is (`max_size`). The wasm edge turns an error into a thrown
//! JavaScript `Error` and writes an option's name the JavaScript way there (`maxSize`).
//!
//! Messages quote a string value as `{:?}` writes it (in double quotes, escaped). A quoted value
//! longer than 200 characters is cut there by [`Error::new`], whoever wrote the message:
//! `invalid pattern "aaaa…" (1048576 characters): unclosed group`. A megabyte of bad pattern
//! makes a message of a few hundred bytes, not a megabyte.

use std::borrow::Cow;
use std::fmt::{self, Write};

/// The most characters of a quoted value that a message keeps.
pub(crate) const QUOTE_LIMIT: usize = 200;

/// What went wrong, coarsely.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An option has a value outside its domain (a zero size, an unknown name, …).
    InvalidOption,
    /// A regular expression or term that cannot be compiled.
    InvalidPattern,
    /// The input cannot be processed as asked (for example a grapheme larger than a chunk).
    InvalidInput,
    /// The text has words that need a dictionary (Chinese, Japanese, Thai, …) and no dictionary
    /// segmenter is available (see [`dictionary`](crate::dictionary)).
    DictionaryMissing,
    /// Markdown was to be parsed and no parser is available (see [`markup`](crate::markup)).
    MarkupMissing,
}

/// An error with a kind and a human-readable message naming the bad value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    detail: Detail,
}

/// What an error says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Detail {
    /// A message written whole.
    Text(String),
    /// A numeric option outside its domain, kept in parts: the wasm edge writes the option's name
    /// and the number the JavaScript way.
    /// (Boxed, so that an error, and every `Result` that can hold one, stays as small as a
    /// message.)
    OutOfRange(Box<OutOfRange>),
}

/// A numeric option outside its domain: `option max_size must be at least 1, got 0`.
#[derive(Clone, Debug)]
pub(crate) struct OutOfRange {
    /// The option's Rust name (`max_size`).
    pub option: &'static str,
    /// What its value must be (`at least 1`).
    pub requirement: &'static str,
    /// The value it had.
    pub value: f64,
}

impl PartialEq for OutOfRange {
    fn eq(&self, other: &Self) -> bool {
        (self.option, self.requirement, self.value.to_bits())
            == (other.option, other.requirement, other.value.to_bits())
    }
}

impl Eq for OutOfRange {}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "option {} must be {}, got {}", self.option, self.requirement, self.value)
    }
}

impl Error {
    /// Makes an error of `kind` with `message`, in which every quoted string (as `{:?}` writes
    /// it) longer than 200 characters is cut to 200, followed by an ellipsis and its length in
    /// characters.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, detail: Detail::Text(shorten_quotes(message.into())) }
    }

    /// Shorthand for an [`ErrorKind::InvalidOption`] error.
    pub fn invalid_option(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidOption, message)
    }

    /// An [`ErrorKind::InvalidOption`] error for the numeric `option` (its Rust name), whose
    /// `value` is not `requirement` (`"at least 1"`).
    pub(crate) fn out_of_range(option: &'static str, requirement: &'static str, value: f64) -> Self {
        Error {
            kind: ErrorKind::InvalidOption,
            detail: Detail::OutOfRange(Box::new(OutOfRange { option, requirement, value })),
        }
    }

    /// What went wrong, coarsely.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message, naming the offending value.
    pub fn message(&self) -> Cow<'_, str> {
        match self.detail() {
            Detail::Text(text) => Cow::Borrowed(text),
            Detail::OutOfRange(fault) => Cow::Owned(fault.to_string()),
        }
    }

    /// What the error says, in parts, for the wasm edge (which writes numbers and option names
    /// its own way, and never formats an `f64` with Rust's tables).
    pub(crate) fn detail(&self) -> &Detail {
        &self.detail
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// `names` (plain words, which need no escaping) quoted and listed for a message: `"a"`,
/// `"a" or "b"`, `"a", "b" or "c"`.
pub(crate) fn quoted_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| ["\"", name, "\""].concat()).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => [rest.join(", "), last.clone()].join(" or "),
        _ => quoted.concat(),
    }
}

/// `message` with each quoted string that takes more than [`QUOTE_LIMIT`] characters cut to at
/// most that many, followed by its length in characters: `"aaaa…" (1048576 characters)`.
///
/// A quoted string runs from a `"` to the next unescaped `"`. An escape (`\"`, `\n`, `\u{d800}`)
/// is one character of the value but takes its written length of the limit, and is never cut. A
/// `'"'` (a quote character written by `{:?}`) opens nothing, and an unclosed quote stays whole.
fn shorten_quotes(message: String) -> String {
    if message.len() <= QUOTE_LIMIT {
        return message; // too short to hold a quoted value over the limit
    }
    let mut shortened = String::new();
    let mut copied = 0; // message[..copied] is in `shortened`
    let mut chars = message.char_indices();
    while let Some((open, c)) = chars.next() {
        let char_literal = message[..open].ends_with('\'') && message[open + 1..].starts_with('\'');
        if c != '"' || char_literal {
            continue;
        }
        // The value's length in characters, what it takes written so far, where it is cut.
        let (mut length, mut written, mut cut, mut close) = (0, 0, None, None);
        while let Some((index, c)) = chars.next() {
            written += match c {
                '"' => {
                    close = Some(index);
                    break;
                }
                '\\' => match chars.next() {
                    Some((_, 'u')) => 3 + chars.by_ref().take_while(|&(_, c)| c != '}').count(),
                    _ => 2,
                },
                _ => 1,
            };
            length += 1;
            if written > QUOTE_LIMIT && cut.is_none() {
                cut = Some(index);
            }
        }
        let Some(close) = close else { break };
        if let Some(cut) = cut {
            shortened.push_str(&message[copied..cut]);
            let _ = write!(shortened, "…\" ({length} characters)");
            copied = close + 1;
        }
    }
    if copied == 0 {
        return message;
    }
    shortened.push_str(&message[copied..]);
    shortened
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: impl Into<String>) -> String {
        Error::invalid_option(text).message().into_owned()
    }

    #[test]
    fn names_are_listed_with_commas_and_a_final_or() {
        assert_eq!(quoted_list(&["a"]), "\"a\"");
        assert_eq!(quoted_list(&["a", "b"]), "\"a\" or \"b\"");
        assert_eq!(quoted_list(&["a", "b", "c"]), "\"a\", \"b\" or \"c\"");
    }

    #[test]
    fn an_option_out_of_range_names_its_rust_field() {
        let error = Error::out_of_range("max_size", "at least 1", 0.0);
        assert_eq!(
            (error.kind(), error.to_string()),
            (ErrorKind::InvalidOption, "option max_size must be at least 1, got 0".into())
        );
    }

    #[test]
    fn a_long_quoted_value_is_cut_after_the_limit() {
        let pattern = "(".repeat(1_000_000);
        let got = message(format!("invalid pattern {pattern:?}: unclosed group"));
        let kept = "(".repeat(QUOTE_LIMIT);
        assert_eq!(got, format!("invalid pattern \"{kept}…\" (1000000 characters): unclosed group"));
    }

    #[test]
    fn values_up_to_the_limit_and_unquoted_text_stay_whole() {
        let exact = "a".repeat(QUOTE_LIMIT);
        let text = format!("term {exact:?} and {:?} and then {} of plain text", "b", "c".repeat(500));
        assert_eq!(message(text.clone()), text);
    }

    #[test]
    fn the_cut_falls_on_a_character_and_never_inside_an_escape() {
        // 199 letters of two bytes, then an escape of 8 characters: the cut comes before it.
        let value = format!("{}\u{301}{}", "é".repeat(QUOTE_LIMIT - 1), "日".repeat(300));
        let got = message(format!("class name {value:?} is bad"));
        assert_eq!(got, format!("class name \"{}…\" (500 characters) is bad", "é".repeat(199)));
        // An escaped quote takes two characters: 100 of them fit.
        let quotes = "\"".repeat(QUOTE_LIMIT + 1);
        let got = message(format!("term {quotes:?}"));
        assert_eq!(got, format!("term \"{}…\" (201 characters)", "\\\"".repeat(QUOTE_LIMIT / 2)));
    }

    #[test]
    fn every_long_value_of_a_message_is_cut() {
        let (a, b) = ("a".repeat(300), "b".repeat(1000));
        let got = message(format!("{a:?} is not {b:?}, nor {:?}", "c"));
        let expected =
            format!("\"{}…\" (300 characters) is not \"{}…\" (1000 characters), nor \"c\"", &a[..200], &b[..200]);
        assert_eq!(got, expected);
    }

    #[test]
    fn a_quote_character_opens_no_quote_and_an_unclosed_quote_stays_whole() {
        let long = "x".repeat(300);
        let got = message(format!("class name {long:?} has the character {:?}: use letters", '"'));
        assert_eq!(
            got,
            format!("class name \"{}…\" (300 characters) has the character '\"': use letters", &long[..200])
        );
        let unclosed = format!("a lone \" and then {long}");
        assert_eq!(message(unclosed.clone()), unclosed);
    }
}
