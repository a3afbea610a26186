//! The one error type of the crate.
//!
//! Every fallible function returns [`Result<T, Error>`](Result). An [`Error`] has a coarse
//! [`ErrorKind`] to branch on and a message that names the offending value (the option, the
//! pattern, the position), so it can be shown to a person as it is. The wasm edge turns it into a
//! thrown JavaScript `Error` carrying the same message.

use std::fmt;

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
}

/// An error with a kind and a human-readable message naming the bad value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    /// Makes an error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into() }
    }

    /// Shorthand for an [`ErrorKind::InvalidOption`] error.
    pub fn invalid_option(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidOption, message)
    }

    /// What went wrong, coarsely.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message, naming the offending value.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// A number as error messages show it: on wasm32 formatted by the JavaScript engine, as the
/// caller wrote it in JavaScript (`2.5`, `1e+21`), which also keeps Rust's float formatting (and
/// its tables) out of the module; elsewhere with `Display`.
pub(crate) struct Number(pub f64);

impl fmt::Display for Number {
    #[cfg(target_arch = "wasm32")]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = js_sys::Number::from(self.0).to_string_with_radix(10).map(String::from).unwrap_or_default();
        f.write_str(&text)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
