#!/usr/bin/env node
// Prints what the package costs to download: raw, gzip -9 (GNU gzip, as scripts/build.sh reports)
// and brotli (quality 11) sizes in kB (1000 bytes) of the wasm module and of the JavaScript each kind
// of user loads. Not a test; run it after a build:
//
//   node tests/package/sizes.mjs [pkg]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "pkg";

/** What each entry point loads: the browser / bundler entry and its imports, or a Node entry. */
const GROUPS = {
  "wasm module": ["textlens_wasm_bg.wasm"],
  "JS, browsers and bundlers": ["textlens.js", "core.js", "highlight.js", "dictionary.js", "markup.js", "textlens_wasm.js"],
  "JS, Node import (adds node.mjs)": ["node.mjs", "textlens.js", "core.js", "highlight.js", "dictionary.js", "markup.js", "textlens_wasm.js"],
  "dictionary module (on demand)": ["textlens_dictionary_bg.wasm", "textlens_dictionary.js"],
  "markup module (on demand)": ["textlens_markup_bg.wasm", "textlens_markup.js"],
  "JS, Node require (one bundle)": ["node.cjs"],
};

function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: execFileSync("gzip", ["-9c", file], { maxBuffer: 1 << 30 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(11);
console.log(`${"".padEnd(34)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`);
const measured = {};
for (const [name, files] of Object.entries(GROUPS)) {
  // Each file is compressed on its own, as a server sends it.
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const s = sizes(join(dir, file));
    for (const key of Object.keys(total)) total[key] += s[key];
  }
  measured[name] = total;
  console.log(`${name.padEnd(34)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
}
const browser = ["wasm module", "JS, browsers and bundlers"].map((k) => measured[k]);
console.log(
  `${"browser total (wasm + JS)".padEnd(34)}${kb(browser[0].raw + browser[1].raw)}` +
    `${kb(browser[0].gzip + browser[1].gzip)}${kb(browser[0].brotli + browser[1].brotli)}`,
);
