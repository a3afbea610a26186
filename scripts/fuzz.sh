#!/usr/bin/env bash
# Runs the property tests on fresh random cases (`make test` pins their seed), the growth
# harness at a large size, then every cargo-fuzz target in fuzz/ for a bounded time, and
# reports how many inputs each ran.
#
#   make fuzz                         10,000 cases per property, growth at GROWTH_SCALE 16,
#                                     every target 60 s
#   FUZZ_SECONDS=600 make fuzz        longer runs
#   PROPTEST_CASES=100000 FUZZ_TARGETS="split html" GROWTH_SCALE=64 make fuzz
#
# Needs the nightly toolchain (libFuzzer and AddressSanitizer instrumentation); installs
# cargo-fuzz with `cargo install` if it is missing. Targets are built with optimisations, debug
# assertions and overflow checks. An input that takes longer than 10 s is a finding too (every
# entry point is meant to run in time linear in its input), as is one that needs over 4 GiB.
# Corpora grow in fuzz/corpus/<target>/ and findings land in fuzz/artifacts/<target>/ (both
# git-ignored); a finding is reproduced with `cargo +nightly fuzz run <target> <file>` and
# belongs in tests/hostile.rs as a named regression case once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

seconds="${FUZZ_SECONDS:-60}"

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "error: the nightly toolchain is needed for fuzzing (rustup toolchain install nightly)" >&2
    exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

echo "fuzz: property tests, ${PROPTEST_CASES:-10000} fresh cases each"
PROPTEST_CASES="${PROPTEST_CASES:-10000}" cargo test --release --test split_properties --test highlight_properties

# Every entry point on adversarial families at 32,768 and 262,144 UTF-16 units (tests/growth.rs):
# a super-linear one fails with its ratio.
echo "fuzz: growth harness, GROWTH_SCALE=${GROWTH_SCALE:-16}"
GROWTH_SCALE="${GROWTH_SCALE:-16}" cargo test --release --test growth -- --test-threads=1

read -r -a targets <<< "${FUZZ_TARGETS:-$(cargo +nightly fuzz list | tr '\n' ' ')}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

report=()
failed=0
for target in "${targets[@]}"; do
    echo "fuzz: $target for ${seconds}s"
    mkdir -p "fuzz/corpus/$target"
    status=0
    cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        > "$log" 2>&1 || status=$?
    # libFuzzer's closing statistics, and for a finding the panic message and the failing input.
    grep -E -A4 "panicked at|ERROR: libFuzzer" "$log" | head -n 20 || true
    grep -E "^(stat::|Done|Test unit written|artifact_prefix)" "$log" || true
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
    if [ "$status" -eq 0 ]; then
        report+=("$target: $runs executions in ${seconds}s, no finding")
    else
        failed=1
        report+=("$target: FINDING after $runs executions (exit $status); see fuzz/artifacts/$target/")
    fi
done

echo
echo "fuzz summary"
printf '  %s\n' "${report[@]}"
exit "$failed"
