#!/usr/bin/env node
// Points pkg/package.json (written by wasm-pack) at the hand-written API layer copied from js/:
// wasm-pack names its raw bindings as the entry point, but users import textlens.js (browsers,
// bundlers) or node.mjs / node.cjs (Node.js: import / require), typed by textlens.d.ts.
//
//   node scripts/pkg-manifest.mjs <file copied from js/>...
import { readFile, writeFile } from "node:fs/promises";

const manifestPath = "pkg/package.json";
const copied = process.argv.slice(2);
const manifest = JSON.parse(await readFile(manifestPath, "utf8"));

// Typings: the hand-written ones once js/ has them, else wasm-pack's raw ones.
const types = copied.includes("textlens.d.ts") ? "textlens.d.ts" : manifest.types;
const entry = { types: `./${types}` };
const nodeEntry = {};
if (copied.includes("node.mjs")) nodeEntry.import = "./node.mjs";
if (copied.includes("node.cjs")) nodeEntry.require = "./node.cjs";
if (Object.keys(nodeEntry).length > 0) entry.node = nodeEntry;
entry.default = "./textlens.js";

manifest.main = "textlens.js";
manifest.module = "textlens.js";
manifest.types = types;
manifest.exports = {
  ".": entry,
  "./textlens_wasm_bg.wasm": "./textlens_wasm_bg.wasm",
  "./package.json": "./package.json",
};
manifest.files = [...new Set([...manifest.files, ...copied])].sort();

await writeFile(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
const nodeFiles = Object.values(nodeEntry).join(", ");
console.log(`pkg-manifest: entry textlens.js${nodeFiles ? ` (Node: ${nodeFiles})` : ""}, ${manifest.files.length} files`);
