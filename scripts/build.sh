#!/usr/bin/env bash
# Builds the npm package into pkg/: the release wasm module and its wasm-bindgen glue (wasm-pack,
# --target web), then the hand-written JS API layer from js/ on top. Prints the module's size.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

require_wasm_opt_132

wasm-pack build --release --target web --out-dir pkg --out-name textlens_wasm

# The public entry points (textlens.js, node.mjs, node.cjs, typings) live in js/; wasm-pack only
# writes the raw bindings they wrap; the manifest is pointed at them.
cp -R js/. pkg/
(cd js && find . -type f -printf '%P\n') | xargs node scripts/pkg-manifest.mjs

# The JavaScript ships without comments and indentation (names are kept, so stack traces stay
# readable; the commented sources are js/): about 4.5 kB less gzip for every user.
shopt -s nullglob
for file in pkg/*.js pkg/*.mjs pkg/*.cjs; do
    esbuild "$file" --minify-whitespace --outfile="$file" --allow-overwrite --log-level=warning
done

wasm=pkg/textlens_wasm_bg.wasm
printf 'build: %s  %s bytes raw, %s bytes gzip -9\n' \
    "$wasm" "$(wc -c < "$wasm")" "$(gzip -9c "$wasm" | wc -c)"
