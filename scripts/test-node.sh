#!/usr/bin/env bash
# Runs the node:test files (*.test.mjs / *.test.js) under one directory. A directory without
# test files is reported and passes, so suites can be added one at a time.
set -euo pipefail
cd "$(dirname "$0")/.."

dir="${1:?usage: $0 DIR}"
mapfile -t files < <(find "$dir" -type f \( -name '*.test.mjs' -o -name '*.test.js' \) 2>/dev/null | sort)
if [ "${#files[@]}" -eq 0 ]; then
    echo "test-node: no test files under $dir yet, nothing to run"
    exit 0
fi
node --test "${files[@]}"
