#!/usr/bin/env bash
# The lint gates of `make test`: Rust formatting, clippy with warnings as errors (natively and
# for wasm32, every target: library, tests, examples), and ESLint over every hand-written
# JavaScript file (eslint.config.js). Runs every check, then fails if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

checks=(
    "cargo fmt --check"
    "cargo fmt --check --manifest-path fuzz/Cargo.toml"
    "cargo clippy --all-targets --quiet -- -D warnings"
    "cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings"
    "cargo clippy -p textlens-dictionary --all-targets --quiet -- -D warnings"
    "cargo clippy -p textlens-dictionary --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings"
    "eslint --max-warnings 0 ."
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
