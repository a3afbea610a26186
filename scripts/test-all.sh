#!/usr/bin/env bash
# Runs textlens's test suites and reports, at the end, each suite's result, how many tests it
# ran and how long it took. Every suite runs even when an earlier one fails (a suite whose
# build step failed is reported as not run); the exit status is 1 if any failed.
#
#   scripts/test-all.sh                 every suite, in order (what `make test` runs)
#   scripts/test-all.sh native js       only these
#
# A suite that passes but ran no test fails: a runner that silently skipped is caught here.
# This file is the one list of what each suite runs; the Makefile's test-* targets call it.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

ALL_SUITES=(lint native wasm-node wasm-browser js e2e package)

# Each suite's commands. `build` is a step, not a suite: it runs once, before the first suite
# that needs pkg/.
suite_lint() {
    bash scripts/lint.sh
}
suite_native() {
    # The property tests draw their cases from a fixed seed, so a run repeats exactly; `make
    # fuzz` draws new ones (and runs the growth harness, tests/growth.rs, at larger sizes).
    PROPTEST_RNG_SEED=20261128 cargo test --workspace --no-fail-fast
}
suite_wasm-node() { bash scripts/test-wasm.sh node; }
suite_wasm-browser() { bash scripts/test-wasm.sh browser; }
suite_js() { bash scripts/build-panic-pkg.sh && bash scripts/test-node.sh tests/js; }
suite_e2e() { bash scripts/test-node.sh tests/e2e; }
suite_package() { bash scripts/test-node.sh tests/package; }

needs_build() { case "$1" in js | e2e | package) return 0 ;; *) return 1 ;; esac; }

# How many tests a suite's log says passed: cargo's and wasm-bindgen-test's "test result: ok.
# N passed" lines, node:test's "# pass N", the lint script's "lint: N checks passed".
count_tests() {
    local log="$1"
    {
        grep -Eo '^test result: (ok|FAILED)\. [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | grep -Eo '[0-9]+'
        grep -Eo '^# pass [0-9]+' "$log" | grep -Eo '[0-9]+'
        grep -Eo '^lint: [0-9]+ checks passed' "$log" | grep -Eo '[0-9]+'
    } | awk '{ total += $1 } END { print total + 0 }'
}

suites=("$@")
[ "${#suites[@]}" -eq 0 ] && suites=("${ALL_SUITES[@]}")
for suite in "${suites[@]}"; do
    if ! declare -F "suite_$suite" >/dev/null; then
        echo "usage: $0 [${ALL_SUITES[*]}]" >&2
        exit 2
    fi
done

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
summary=()
failed=0
built=""

for suite in "${suites[@]}"; do
    if needs_build "$suite" && [ -z "$built" ]; then
        echo "== build"
        if bash scripts/build.sh; then built=ok; else built=failed; fi
    fi
    if needs_build "$suite" && [ "$built" = failed ]; then
        summary+=("$(printf '%-13s %-8s %6s %6s' "$suite" "NOT RUN" "-" "-")  (the build failed)")
        failed=1
        continue
    fi
    echo "== $suite"
    log="$logs/$suite.log"
    start=$SECONDS
    "suite_$suite" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    seconds=$((SECONDS - start))
    tests="$(count_tests "$log")"
    result=passed
    note=""
    if [ "$status" -ne 0 ]; then
        result=FAILED
    elif [ "$tests" -eq 0 ]; then
        result=FAILED
        note="  (ran no test)"
    fi
    [ "$result" = passed ] || failed=1
    summary+=("$(printf '%-13s %-8s %6s %5ss' "$suite" "$result" "$tests" "$seconds")$note")
done

echo
echo "test summary: suite, result, tests passed, time"
printf '  %s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
    echo "make test: FAILED"
    exit 1
fi
echo "make test: every suite passed"
