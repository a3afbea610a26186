//! The wasm suite, run in headless Chromium by `wasm-pack test --headless --chrome -- --test wasm_browser`.
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod wasm_common;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

all_wasm_cases!();
browser_wasm_cases!();
