# textlens developer commands.
#
#   make serve   install tools, build pkg/, serve the page at http://127.0.0.1:8080/
#   make test    install tools, then run every test suite and summarise them (fails if any fails)
#   make bench   time textlens against its peers in headless Chromium -> bench/results.md
#
# Tools are installed by scripts/setup.sh (idempotent; fast when everything is there).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

# npm's binaryen (wasm-opt 132) first: wasm-pack uses the first wasm-opt on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test bench setup build fuzz lint \
        test-native test-wasm-node test-wasm-browser test-js test-e2e test-package

serve: setup build
	node scripts/serve.mjs --port 8080

# Every suite, each run even when an earlier one fails; a summary at the end gives each suite's
# result, tests passed and time (scripts/test-all.sh holds what each suite runs).
test: setup
	bash scripts/test-all.sh

bench: setup build
	node bench/run.mjs

setup:
	bash scripts/setup.sh

build: setup
	bash scripts/build.sh

# One suite at a time: rustfmt, clippy (native and wasm32) and ESLint; native cargo tests; the
# wasm suites in Node and Chromium; the JS API, the page end to end and the packed package
# (the last three build pkg/ first).
lint: setup
	bash scripts/test-all.sh lint
test-native: setup
	bash scripts/test-all.sh native
test-wasm-node: setup
	bash scripts/test-all.sh wasm-node
test-wasm-browser: setup
	bash scripts/test-all.sh wasm-browser
test-js: setup
	bash scripts/test-all.sh js
test-e2e: setup
	bash scripts/test-all.sh e2e
test-package: setup
	bash scripts/test-all.sh package

# The property tests with fresh random cases, then every fuzz target for FUZZ_SECONDS (default
# 60) each; not part of `make test`.
fuzz:
	bash scripts/fuzz.sh
