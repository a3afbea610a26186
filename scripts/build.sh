#!/usr/bin/env bash
# Builds the npm package into pkg/: the release wasm module and its wasm-bindgen glue (wasm-pack,
# --target web), then the hand-written JS API layer from js/ on top. Prints the module's size.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

require_wasm_opt_132

wasm-pack build --release --target web --out-dir pkg --out-name textlens_wasm

# The modules loaded on demand, beside the main one in pkg/: the dictionary (dictionary/: ICU4X's
# segmenter and data), for text that needs it, and the Markdown parser (markup/: pulldown-cmark),
# for Markdown chunks and counts. Each is built, bound and optimised as wasm-pack does the main one.
target_dir=${CARGO_TARGET_DIR:-target}
for module in dictionary markup; do
    cargo build --release --target wasm32-unknown-unknown -p "textlens-$module"
    wasm-bindgen --target web --no-typescript --out-dir pkg --out-name "textlens_$module" \
        "$target_dir/wasm32-unknown-unknown/release/textlens_$module.wasm" 2> >(grep -v target_features >&2)
    wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
        --enable-simd "pkg/textlens_${module}_bg.wasm" -o "pkg/textlens_${module}_bg.wasm"
done

# The public entry points (textlens.js, node.mjs, node.cjs, typings) live in js/; wasm-pack only
# writes the raw bindings they wrap; the manifest is pointed at them.
cp -R js/. pkg/
{ (cd js && find . -type f -printf '%P\n'); echo textlens_{dictionary,markup}.js textlens_{dictionary,markup}_bg.wasm; } | xargs node scripts/pkg-manifest.mjs

# The JavaScript ships without comments and indentation (names are kept, so stack traces stay
# readable; the commented sources are js/): about 4.5 kB less gzip for every user.
shopt -s nullglob
for file in pkg/*.js pkg/*.mjs pkg/*.cjs; do
    esbuild "$file" --minify-whitespace --outfile="$file" --allow-overwrite --log-level=warning
done

for wasm in pkg/textlens_wasm_bg.wasm pkg/textlens_dictionary_bg.wasm pkg/textlens_markup_bg.wasm; do
    printf 'build: %s  %s bytes raw, %s bytes gzip -9\n' \
        "$wasm" "$(wc -c < "$wasm")" "$(gzip -9c "$wasm" | wc -c)"
done
