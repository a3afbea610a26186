//! The JavaScript edge of dictionary segmentation: the core's segmenter plug, served by a
//! JavaScript function that the `js/` layer registers once the dictionary module is loaded.
//!
//! The function receives the UTF-8 bytes of a stretch (a copy, as a `Uint8Array`) and returns the
//! word boundaries inside it as byte offsets (a `Uint32Array`): the dictionary module reads the
//! same bytes, so no offset is converted on the way.

use crate::{Error, ErrorKind};
use js_sys::{Function, Uint32Array, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static SEGMENTER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Registers the function that finds dictionary word boundaries (`undefined` removes it).
#[wasm_bindgen(js_name = setDictionarySegmenter)]
pub fn set_dictionary_segmenter(segmenter: Option<Function>) {
    SEGMENTER.with(|slot| *slot.borrow_mut() = segmenter);
}

/// The core's segmenter: calls the registered function.
pub(crate) fn word_breaks(stretch: &str) -> crate::Result<Vec<usize>> {
    let segmenter = SEGMENTER.with(|slot| slot.borrow().clone()).ok_or_else(|| {
        Error::new(
            ErrorKind::DictionaryMissing,
            "this text has Chinese, Japanese, Thai, Lao, Khmer or Burmese words, which need the dictionary: \
             await loadDictionaries() before splitting it into words",
        )
    })?;
    let breaks = segmenter.call1(&JsValue::UNDEFINED, &Uint8Array::from(stretch.as_bytes())).map_err(|thrown| {
        let message =
            thrown.dyn_ref::<js_sys::Error>().map_or_else(|| format!("{thrown:?}"), |e| String::from(e.message()));
        Error::new(ErrorKind::DictionaryMissing, format!("the dictionary failed: {message}"))
    })?;
    let breaks = breaks
        .dyn_into::<Uint32Array>()
        .map_err(|_| Error::new(ErrorKind::InvalidInput, "the dictionary segmenter did not return a Uint32Array"))?;
    Ok(breaks.to_vec().into_iter().map(|b| b as usize).collect())
}
