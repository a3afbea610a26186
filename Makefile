# textlens developer commands.
#
#   make serve   install tools, build pkg/, serve the page at http://127.0.0.1:8080/
#   make test    install tools, then run every test suite (fails if any fails)
#   make bench   time textlens against its peers in headless Chromium -> bench/results.md
#
# Tools are installed by scripts/setup.sh (idempotent; fast when everything is there).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

# npm's binaryen (wasm-opt 132) first: wasm-pack uses the first wasm-opt on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test bench setup build fuzz \
        test-native test-wasm-node test-wasm-browser test-js test-e2e test-package

serve: setup build
	node scripts/serve.mjs --port 8080

test: setup test-native test-wasm-node test-wasm-browser build test-js test-e2e test-package
	@echo "make test: every suite passed"

bench: setup build
	node bench/run.mjs

setup:
	bash scripts/setup.sh

build: setup
	bash scripts/build.sh

# The property tests draw their cases from a fixed seed here, so a run can be repeated exactly;
# `make fuzz` draws new ones.
test-native:
	PROPTEST_RNG_SEED=20261128 cargo test

test-wasm-node:
	bash scripts/test-wasm.sh node

test-wasm-browser:
	bash scripts/test-wasm.sh browser

# JS API tests (tests/js/, written with node:test) run against the built pkg/.
test-js: build
	bash scripts/build-panic-pkg.sh
	bash scripts/test-node.sh tests/js

# The page, end to end, in headless Chromium.
test-e2e: build
	bash scripts/test-node.sh tests/e2e

# The property tests with fresh random cases, then every fuzz target for FUZZ_SECONDS (default
# 60) each; not part of `make test`.
fuzz:
	bash scripts/fuzz.sh

# The npm package as users install it: npm pack, offline installs, Node / TypeScript / browser /
# worker / Vite / esbuild consumers (tests/package/).
test-package: build
	bash scripts/test-node.sh tests/package
