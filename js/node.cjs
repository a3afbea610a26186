// textlens for Node (CommonJS): `const { split } = require("textlens")` is ready to use, with no
// init call. It reads the wasm module beside this file synchronously, as node.mjs does for
// `import`.
//
// This file is the source of pkg/node.cjs, not a copy: Node 20 cannot `require` the ES module layer,
// so the build (scripts/pkg-manifest.mjs) bundles this file and the layer it requires into one
// CommonJS file with esbuild (strict mode, like the modules it bundles). Both entries share the
// one .wasm file; only the JS is duplicated.

const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const textlens = require("./textlens.js");

textlens.initSync(readFileSync(join(__dirname, "textlens_wasm_bg.wasm")));

module.exports = textlens;
