#!/usr/bin/env bash
# Runs one wasm-bindgen-test suite and checks that it really ran.
#
#   scripts/test-wasm.sh node      tests/wasm_node.rs     in Node.js
#   scripts/test-wasm.sh browser   tests/wasm_browser.rs  in headless Chromium (via chromedriver;
#                                                         webdriver.json holds Chromium's flags)
#
# wasm-bindgen-test exits 0 when a suite is skipped (a browser-only suite run under Node, say),
# so the output must also show "test result: ok. N passed" with N > 0 and no "skipping".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

case "${1:-}" in
    node) suite=wasm_node; runner=(--node) ;;
    browser) suite=wasm_browser; runner=(--headless --chrome --chromedriver /usr/bin/chromedriver) ;;
    *) echo "usage: $0 node|browser" >&2; exit 2 ;;
esac

if [ ! -f "tests/$suite.rs" ]; then
    echo "error: tests/$suite.rs is missing: the $suite suite must exist and run" >&2
    exit 1
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
wasm-pack test "${runner[@]}" -- --test "$suite" 2>&1 | tee "$log"

if grep -q "skipping" "$log"; then
    echo "error: the $suite suite was skipped instead of run" >&2
    exit 1
fi
if ! grep -Eq "^test result: ok\. [1-9][0-9]* passed" "$log"; then
    echo "error: the $suite suite ran no test" >&2
    exit 1
fi
