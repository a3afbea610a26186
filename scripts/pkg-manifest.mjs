#!/usr/bin/env node
// Finishes pkg/ after wasm-pack and the copy of js/: points pkg/package.json (written by wasm-pack)
// at the hand-written API layer, and builds the CommonJS entry. wasm-pack names its raw bindings as
// the entry point, but users import textlens.js (browsers, bundlers) or node.mjs / node.cjs
// (Node.js: import / require), typed by textlens.d.ts. With js/cli.js it also gets the `textlens`
// command and the npm packages the command line needs at run time, pinned to the exact versions
// the repository's package.json pins for its tests.
//
//   node scripts/pkg-manifest.mjs <file copied from js/, or of the dictionary module>...
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { CLI_DEPENDENCIES } from "./offline-packages.mjs";

const pkg = "pkg";
const manifestPath = `${pkg}/package.json`;
const copied = process.argv.slice(2);
const manifest = JSON.parse(await readFile(manifestPath, "utf8"));

// Typings: the hand-written ones once js/ has them, else wasm-pack's raw ones.
const types = copied.includes("textlens.d.ts") ? "textlens.d.ts" : manifest.types;
const files = new Set([...manifest.files, ...copied]);

// Node picks its own entries: they instantiate the module from the file beside them at load time.
const nodeEntry = {};
if (copied.includes("node.mjs")) nodeEntry.import = { types: `./${types}`, default: "./node.mjs" };
if (copied.includes("node.cjs")) {
  await bundleCommonJsEntry();
  await copyFile(`${pkg}/${types}`, `${pkg}/node.d.cts`);
  files.add("node.d.cts");
  nodeEntry.require = { types: "./node.d.cts", default: "./node.cjs" };
}

const entry = {};
if (Object.keys(nodeEntry).length > 0) entry.node = nodeEntry;
entry.types = `./${types}`;
entry.default = "./textlens.js";

manifest.main = nodeEntry.require ? "node.cjs" : "textlens.js";
manifest.module = "textlens.js";
manifest.types = types;
manifest.exports = {
  ".": entry,
  // For bundlers that want the module's URL or bytes themselves (esbuild's `file` loader).
  "./textlens_wasm_bg.wasm": "./textlens_wasm_bg.wasm",
  "./textlens_dictionary_bg.wasm": "./textlens_dictionary_bg.wasm",
  "./textlens_markup_bg.wasm": "./textlens_markup_bg.wasm",
  "./package.json": "./package.json",
};
manifest.files = [...files].sort();
if (copied.includes("cli.js")) {
  manifest.bin = { textlens: "cli.js" };
  manifest.dependencies = await pinnedVersions(CLI_DEPENDENCIES);
}
// Only the Node entries do work on import (they instantiate the module); the rest may be shaken.
manifest.sideEffects = ["./node.mjs", "./node.cjs"].filter((f) => files.has(f.slice(2)));

await writeFile(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
const nodeFiles = Object.values(nodeEntry).map((e) => e.default).join(", ");
console.log(`pkg-manifest: entry textlens.js${nodeFiles ? ` (Node: ${nodeFiles})` : ""}, ${manifest.files.length} files`);

/** The exact versions the repository's package.json gives `names`; throws if one is not pinned. */
async function pinnedVersions(names) {
  const { devDependencies } = JSON.parse(await readFile("package.json", "utf8"));
  return Object.fromEntries(names.map((name) => {
    const version = devDependencies[name];
    if (!/^\d+\.\d+\.\d+$/.test(version ?? "")) throw new Error(`pkg-manifest: package.json must pin ${name} exactly, has ${version}`);
    return [name, version];
  }));
}

/**
 * Replaces the copied pkg/node.cjs by a CommonJS bundle of it and the ES module layer it requires:
 * Node 20 cannot `require` an ES module. The bundle reads the .wasm file beside it (shared with the
 * ES module entries); `import.meta.url`, which only `init()` without arguments would use, becomes
 * the bundle's own file URL.
 */
async function bundleCommonJsEntry() {
  const { build } = await import("esbuild");
  await build({
    entryPoints: [`${pkg}/node.cjs`],
    outfile: `${pkg}/node.cjs`,
    allowOverwrite: true,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    define: { "import.meta.url": "importMetaUrl" },
    banner: { js: '"use strict";\nconst importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    // textlens.js probes for the test-only `panicForTest` export, absent from release builds.
    logOverride: { "import-is-undefined": "silent" },
    logLevel: "warning",
  });
}
