#!/usr/bin/env bash
# Builds a release package with the `panic-test` feature into target/pkg-panic/, for the test that a
# Rust panic surfaces as a JavaScript Error and that the module keeps working afterwards, however
# many panics there are (tests/js/panic.test.mjs). Release, like the published package: only its
# glue has the stack-pointer export that the JS layer uses to give back the stack after a panic.
# The published package never has the panicking export.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

wasm-pack build --release --target web --out-dir target/pkg-panic --out-name textlens_wasm -- --features panic-test
cp -R js/. target/pkg-panic/
# The dictionary and markup modules are the published ones (they have no panicking export): js/
# imports their glue.
cp pkg/textlens_{dictionary,markup}.js pkg/textlens_{dictionary,markup}_bg.wasm target/pkg-panic/
