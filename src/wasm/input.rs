//! Text in: JavaScript writes a string into wasm memory with `TextEncoder.encodeInto`.
//!
//! JavaScript (`rawDocumentFrom` in `js/core.js`) asks [`input_buffer`] for `text.length` bytes,
//! which hold ASCII text whole; where other characters fill them first, it asks again for room
//! for the rest, three bytes per UTF-16 unit, keeping what it wrote, and encodes the rest there.
//! [`take_input`] makes the bytes written the text of a `TextDocument`. What this asks of the
//! generated glue is stated once, in the [module docs of the edge](super).
//!
//! The buffer lives here, so JavaScript only ever holds a pointer to write through, and what it
//! hands back is checked: the length against the buffer, the bytes as UTF-8 (with `simdutf8`,
//! which uses wasm SIMD); a `str` checked that way becomes a `String` by one copy.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The buffer JavaScript writes the next text into; empty between texts.
    static PENDING: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Makes the input buffer `capacity` bytes long, keeping its first `kept` bytes (0 for a new
/// text), and returns where it starts.
///
/// Fails with a clear error when wasm memory cannot hold that much (wasm32 has 4 GiB in all).
#[wasm_bindgen(js_name = inputBuffer)]
pub fn input_buffer(kept: usize, capacity: usize) -> Result<*mut u8, JsError> {
    PENDING.with(|pending| {
        let buffer = &mut *pending.borrow_mut();
        buffer.truncate(kept.min(capacity));
        let additional = capacity - buffer.len();
        buffer.try_reserve_exact(additional).map_err(|_| {
            JsError::new(&format!("the text needs up to {capacity} bytes of wasm memory, more than it can get"))
        })?;
        // Zeroed (one `memory.fill`), so the bytes JavaScript does not overwrite are defined.
        buffer.resize(capacity, 0);
        Ok(buffer.as_mut_ptr())
    })
}

/// The text of `length` bytes that JavaScript wrote at the start of the input buffer (which is
/// empty afterwards), checked as UTF-8 and copied into a string of its own size.
pub(crate) fn take_input(length: usize) -> Result<String, JsError> {
    let bytes = PENDING.with(|pending| std::mem::take(&mut *pending.borrow_mut()));
    let Some(written) = bytes.get(..length) else {
        return Err(JsError::new(&format!(
            "input of {length} bytes is longer than its buffer of {} bytes",
            bytes.len()
        )));
    };
    let text = simdutf8::basic::from_utf8(written).map_err(|_| JsError::new("input is not UTF-8"))?;
    Ok(text.to_owned())
}
