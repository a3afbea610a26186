//! A Rust panic inside a wasm export, which only a bug can cause: the call traps, JavaScript
//! receives the trap as an exception it can catch, the panic hook keeps the panic's message for
//! `takePanicMessage` (which the `js/` layer puts in the `Error` it throws), and the module keeps
//! answering correctly afterwards. Needs the `panic-test` feature, which adds `panicForTest`.

#![cfg(feature = "panic-test")]

use js_sys::{Function, Reflect, Uint32Array};
use textlens::wasm::split::split_text;
use textlens::wasm::{panic_for_test, take_panic_message};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Runs `body` as a JavaScript function called from JavaScript, so that a trap inside it becomes
/// an exception returned here (as it would reach a page) instead of ending the test.
fn call_from_javascript(body: impl FnOnce() + 'static) -> Result<JsValue, JsValue> {
    let function: Function = Closure::once_into_js(body).unchecked_into();
    function.call0(&JsValue::UNDEFINED)
}

/// The sentence ends of a known text, to show the module still works.
fn sentence_ends(text: &str) -> Vec<u32> {
    let result = split_text(text, "sentence", JsValue::UNDEFINED).unwrap_or_else(|_| panic!("split failed"));
    let ends = Reflect::get(&result, &"ends".into()).unwrap();
    ends.dyn_into::<Uint32Array>().unwrap().to_vec()
}

/// Installs the crate's panic hook. The test harness replaces it with its own (to capture
/// output), so the crate's start function, exported to JavaScript as `start`, is called again.
/// The harness's hook cannot be put back afterwards: after a panic that trapped, the standard
/// library still counts the thread as panicking and refuses to change hooks. The crate's hook
/// also prints every panic to the console, so later tests lose nothing.
fn install_crate_panic_hook() {
    let start: Function = Reflect::get(&wasm_bindgen::exports(), &"start".into())
        .ok()
        .and_then(|start| start.dyn_into().ok())
        .expect("the module exports its start function");
    start.call0(&JsValue::UNDEFINED).expect("the start function installs the hook");
}

pub fn panic_surfaces_as_a_catchable_error_with_its_message_and_the_module_keeps_working() {
    install_crate_panic_hook();
    for round in 0..3 {
        let message = format!("deliberate panic {round}");
        let argument = message.clone();
        let error = call_from_javascript(move || panic_for_test(&argument)).expect_err("a panic cannot return");
        assert!(
            error.is_instance_of::<js_sys::WebAssembly::RuntimeError>(),
            "round {round}: the trap reaches JavaScript as a WebAssembly.RuntimeError, got {error:?}"
        );
        let kept = take_panic_message().expect("the panic hook keeps the message");
        assert!(kept.contains(&message), "round {round}: kept {kept:?}, expected it to contain {message:?}");
        assert_eq!(take_panic_message(), None, "the message is handed out once");
        assert_eq!(sentence_ends("Mr. Smith left. He won."), [16, 23], "round {round}: the module still works");
    }
}
