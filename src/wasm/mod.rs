//! The JavaScript edge, and nothing else.
//!
//! Everything here converts: JavaScript values in, core calls, typed arrays and plain objects out.
//! The hand-written layer in `js/` wraps these raw exports into the public JavaScript API (lazy
//! segment lists, argument checks, one handle type), so the exports stay small and flat.
//!
//! Where things are: each exported type has one `#[wasm_bindgen] impl` block, in its own module
//! ([`document`] for `TextDocument`, [`highlight`] for `RawHighlighter`); the methods hand their
//! work to the module that packs that kind of result (`split`, `count`, `ranges`) or shows it in
//! a page (`apply`: the DOM and CSS Custom Highlight appliers).
//!
//! Conventions shared by every export:
//! - text comes in as a [`TextDocument`]: JavaScript encodes a string into the buffer of
//!   [`input`] and makes a document of it, for one call or for many;
//! - offsets cross as UTF-16 code units in `Uint32Array`s, converted in one walk of the text by
//!   [`Utf16Cursor`];
//! - options arrive as plain objects, read with serde by [`options`] (unknown option names are
//!   errors);
//! - every core [`Error`](crate::Error) becomes a thrown JavaScript `Error` with its message, an
//!   option named the JavaScript way (`maxSize`, where the core says `max_size`); the edge's own
//!   messages that quote a value are made [`Error`](crate::Error)s first, so that a long value is
//!   cut in them too.
//!
//! # What `js/core.js` relies on in the generated glue
//!
//! Two things the JavaScript layer does go below wasm-bindgen's documented API, for speed and to
//! survive a panic. Both hold for the pinned wasm-bindgen (`=0.2.130` in Cargo.toml);
//! `tests/js/glue.test.mjs` fails if a new version changes them.
//!
//! 1. **Text in through a pointer** (`rawDocumentFrom`). [`input::input_buffer`] returns the
//!    address of its buffer in `memory` as a plain number. JavaScript views the buffer there in
//!    `memory.buffer` as it is *after* the call (growing memory detaches the old `ArrayBuffer`),
//!    fills it with `TextEncoder.encodeInto`, and makes no other wasm call before the next
//!    `inputBuffer` (which keeps the bytes written) or `TextDocument.fromInput(written)` (which
//!    takes them). wasm-bindgen's own `&str` passing is not used because it costs more on long
//!    texts (bench/results.md, "Strings in").
//! 2. **The stack after a trap** (`guard`). A panic traps (wasm32 aborts), which skips the
//!    epilogues that give back the frames' room on the shadow stack (the `__stack_pointer`
//!    global of the Rust code); left alone, each panic would keep its room for good, and enough of
//!    them would exhaust the stack. The glue's export `__wbindgen_add_to_stack_pointer(delta)`
//!    adds `delta` to that pointer and returns the new value: `guard` reads it before a call
//!    (`delta` 0) and moves it back after a trap. wasm-bindgen exports it only when some export
//!    returns through the stack, as every `Result` does in a release build, so the module always
//!    has it.

mod apply;
pub mod count;
pub mod dictionary;
pub mod document;
pub mod highlight;
pub mod input;
pub mod markup;
mod options;
mod ranges;
mod split;

pub use document::TextDocument;

use crate::error::{Detail, OutOfRange};
use crate::{Span, Utf16Cursor};
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::fmt;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The message of the last panic, until JavaScript takes it.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs the panic hook. No input should make the core panic; if a bug still does, the wasm
/// call traps (wasm32 aborts on panic), the hook keeps the message for [`take_panic_message`]
/// and logs it to the console, and the `js/` layer turns the trap into an `Error` carrying it
/// (and gives back the stack, see the module docs).
#[wasm_bindgen(start)]
fn start() {
    let _ = crate::dictionary::set_segmenter(dictionary::word_breaks);
    let _ = crate::markup::set_parser(markup::markup_blocks);
    std::panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(info.to_string()));
        console_error_panic_hook::hook(info);
    }));
}

/// The message of the last panic, once (then `undefined` until the next one).
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    LAST_PANIC.with(|last| last.borrow_mut().take())
}

/// The version of the crate, as in Cargo.toml.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// A core error as a JavaScript `Error` with its message, where an option's Rust name is written
/// the JavaScript way (`max_size` is `maxSize`) and a number as JavaScript writes it.
#[inline(never)] // called from every export that can fail
pub(crate) fn js_error(error: crate::Error) -> JsError {
    match error.detail() {
        Detail::Text(message) => JsError::new(message),
        Detail::OutOfRange(fault) => JsError::new(&out_of_range_message(fault)),
    }
}

/// `option maxSize must be at least 1, got 0`.
fn out_of_range_message(fault: &OutOfRange) -> String {
    let option = js_name(fault.option);
    ["option ", &option, " must be ", fault.requirement, ", got ", &js_number(fault.value)].concat()
}

/// The JavaScript name of the option whose Rust name is `rust_name`: `reading_words_per_minute`
/// is `readingWordsPerMinute`, as serde's `rename_all = "camelCase"` names the fields JavaScript
/// passes.
fn js_name(rust_name: &str) -> String {
    let mut name = Vec::with_capacity(rust_name.len());
    let mut after_underscore = false;
    for &byte in rust_name.as_bytes() {
        match byte {
            b'_' => after_underscore = true,
            _ => name.push(if std::mem::take(&mut after_underscore) { byte.to_ascii_uppercase() } else { byte }),
        }
    }
    String::from_utf8(name).unwrap_or_default() // ASCII case changes keep UTF-8 valid
}

/// A number as JavaScript writes it (`2.5`, `1e+21`, `NaN`), as the caller wrote it; it also keeps
/// Rust's float formatting (and its tables) out of the module.
pub(crate) fn js_number(value: f64) -> String {
    js_sys::Number::from(value).to_string_with_radix(10).map(String::from).unwrap_or_default()
}

/// [`js_number`] for `format!`.
pub(crate) struct JsNumber(pub f64);

impl fmt::Display for JsNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&js_number(self.0))
    }
}

/// Reads an options object (`undefined` and `null` mean all defaults) into `T`.
///
/// `what` names the call in the error message, which also gives the path of the bad value, e.g.
/// `split options overlap: invalid type: string "1", expected f64`; unknown option names are
/// errors at any depth (see [`options`]).
pub(crate) fn read_options<T: DeserializeOwned + Default>(value: JsValue, what: &str) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    options::from_js(value).map_err(|error| {
        let place = if error.path.is_empty() { String::new() } else { format!(" {}", error.path) };
        js_error(crate::Error::invalid_option(format!("{what} options{place}: {}", error.message)))
    })
}

/// Starts and ends of `spans` (sorted by start) as UTF-16 offsets of `text`, in one walk.
pub(crate) fn utf16_bounds(text: &str, spans: impl IntoIterator<Item = Span>) -> (Vec<u32>, Vec<u32>) {
    let spans = spans.into_iter();
    let capacity = spans.size_hint().0;
    let (mut starts, mut ends) = (Vec::with_capacity(capacity), Vec::with_capacity(capacity));
    let mut cursor = Utf16Cursor::new(text);
    for span in spans {
        let utf16 = cursor.utf16_span(span);
        starts.push(to_u32(utf16.start));
        ends.push(to_u32(utf16.end));
    }
    (starts, ends)
}

/// A UTF-16 offset as `u32`: JavaScript strings are shorter than 2^32 units, so this never clamps
/// for text that came from JavaScript.
pub(crate) fn to_u32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// Sets `key` of `object` to `value` (setting a property of a fresh plain object cannot fail).
pub(crate) fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}
