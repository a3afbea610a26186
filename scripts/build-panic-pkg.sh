#!/usr/bin/env bash
# Builds a debug package with the `panic-test` feature into target/pkg-panic/, for the test that a
# Rust panic surfaces as a JavaScript Error and that the module keeps working afterwards
# (tests/js/panic.test.mjs). The published package never has this export.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

wasm-pack build --dev --target web --out-dir target/pkg-panic --out-name textlens_wasm -- --features panic-test
cp -R js/. target/pkg-panic/
