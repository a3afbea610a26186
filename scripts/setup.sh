#!/usr/bin/env bash
# Installs what building and testing textlens needs on a fresh Debian machine that already has
# Rust (rustup, stable), Node 20 and Python 3. Idempotent: every step first checks whether its tool
# is already there, so a second run installs nothing and takes a second or two.
#
#   wasm32 target, wasm-bindgen-cli (pinned like the crate), wasm-pack     -> cargo / rustup
#   chromium + chromedriver (page tests, wasm browser tests, benchmarks)   -> apt
#   playwright-core, binaryen (wasm-opt 132), esbuild                      -> npm (package-lock.json)
#   Python test dependencies, if scripts/requirements-test.txt exists      -> pip
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$HOME/.cargo/bin:$PATH"
export DEBIAN_FRONTEND=noninteractive

# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml: wasm-pack refuses a mismatched CLI
# and would otherwise try to download one.
WASM_BINDGEN_VERSION=0.2.130

say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! command -v wasm-pack >/dev/null; then
    say "installing wasm-pack"
    cargo install wasm-pack
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing chromium and chromium-driver"
    apt-get update
    apt-get install -y chromium chromium-driver
fi

# npm: reinstall only when package-lock.json changed since the last install (stamp = its hash).
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
stamp=node_modules/.textlens-setup-stamp
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$lock_hash" ]; then
    say "installing npm dev tooling (npm ci)"
    # No dependency needs its install script (esbuild ships its binary as an optional package).
    npm ci --no-audit --no-fund --ignore-scripts
    # The package tests install the tarball's own dependencies (the command line's) and the
    # README examples' offline: npm's cache gets their metadata too, not only their tarballs.
    mapfile -t offline_packages < <(node scripts/offline-packages.mjs)
    npm cache add "${offline_packages[@]}"
    echo "$lock_hash" > "$stamp"
fi

# pip: installing requirements that are already satisfied changes nothing and needs no network.
requirements=scripts/requirements-test.txt
if [ -f "$requirements" ]; then
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r "$requirements"
fi

say "ready"
