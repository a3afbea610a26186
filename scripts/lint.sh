#!/usr/bin/env bash
# The lint gates of `make test`: Rust formatting, clippy with warnings as errors (natively and
# for wasm32, every target: library, tests, examples), ESLint over every hand-written
# JavaScript file (eslint.config.js), and the core's independence of JavaScript. Runs every
# check, then fails if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# The core (src/ outside src/wasm/) knows no JavaScript: only the wasm edge may name the crates
# that reach it. Prints each offending line.
core_knows_no_javascript() {
    local found
    found="$(grep -rnwE 'js_sys|wasm_bindgen|web_sys' src | grep -v '^src/wasm/')"
    [ -z "$found" ] || { echo "$found"; echo "lint: only src/wasm/ may name js_sys, wasm_bindgen or web_sys"; return 1; }
}

checks=(
    "cargo fmt --check"
    "cargo fmt --check --manifest-path fuzz/Cargo.toml"
    "cargo clippy --all-targets --quiet -- -D warnings"
    "cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings"
    "cargo clippy -p textlens-dictionary --all-targets --quiet -- -D warnings"
    "cargo clippy -p textlens-dictionary --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings"
    "eslint --max-warnings 0 ."
    "core_knows_no_javascript"
)

failed=()
for check in "${checks[@]}"; do
    echo "lint: $check"
    $check || failed+=("$check")
done

if [ "${#failed[@]}" -gt 0 ]; then
    printf 'lint: FAILED: %s\n' "${failed[@]}"
    exit 1
fi
echo "lint: ${#checks[@]} checks passed"
