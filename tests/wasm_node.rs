//! The wasm suite, run in Node by `wasm-pack test --node -- --test wasm_node`.
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod wasm_common;

all_wasm_cases!();
