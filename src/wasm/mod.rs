//! The JavaScript edge, and nothing else.
//!
//! Everything here converts: JavaScript values in, core calls, typed arrays and plain objects out.
//! The hand-written layer in `js/` wraps these raw exports into the public JavaScript API (lazy
//! segment lists, argument checks, one handle type), so the exports stay small and flat.
//!
//! Conventions shared by every export:
//! - text comes in as a [`TextDocument`]: JavaScript encodes a string into the buffer of
//!   [`input`] and makes a document of it, for one call or for many;
//! - offsets cross as UTF-16 code units in `Uint32Array`s, converted in one walk of the text by
//!   [`Utf16Cursor`];
//! - options arrive as plain objects, read with serde by [`options`] (unknown option names are
//!   errors);
//! - every core [`Error`](crate::Error) becomes a thrown JavaScript `Error` with the same message;
//!   the edge's own messages that quote a value are made [`Error`](crate::Error)s first, so that
//!   a long value is cut in them too.

pub mod count;
pub mod dictionary;
pub mod document;
pub mod highlight;
pub mod input;
mod options;
pub mod split;

pub use document::TextDocument;

use crate::{Span, Utf16Cursor};
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The message of the last panic, until JavaScript takes it.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs the panic hook. No input should make the core panic; if a bug still does, the wasm
/// call traps (wasm32 aborts on panic), the hook keeps the message for [`take_panic_message`]
/// and logs it to the console, and the `js/` layer turns the trap into an `Error` carrying it.
#[wasm_bindgen(start)]
fn start() {
    let _ = crate::dictionary::set_segmenter(dictionary::word_breaks);
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

/// Panics with `message` while the document is borrowed, as a bug inside any method would: only
/// in builds with the `panic-test` feature, where a test checks that a panic surfaces as a
/// JavaScript `Error` and that the module keeps working.
#[cfg(feature = "panic-test")]
#[wasm_bindgen]
impl TextDocument {
    #[wasm_bindgen(js_name = panicForTest)]
    pub fn panic_for_test(&self, message: &str) {
        panic!("{message}");
    }
}

/// The version of the crate, as in Cargo.toml.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// A core error as a JavaScript `Error` with the same message.
pub(crate) fn js_error(error: crate::Error) -> JsError {
    JsError::new(error.message())
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
