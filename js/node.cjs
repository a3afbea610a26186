// textlens for Node (CommonJS): `const { split } = require("textlens")` is ready to use, with no
// init call. It reads the wasm module beside this file synchronously, as node.mjs does for
// `import`, and the dictionary and markup modules the first time a text needs them.
//
// This file is the source of pkg/node.cjs, not a copy: Node 20 cannot `require` the ES module layer,
// so the build (scripts/pkg-manifest.mjs) bundles this file and the layer it requires into one
// CommonJS file with esbuild (strict mode, like the modules it bundles). Both entries share the
// one .wasm file; only the JS is duplicated.

const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const textlens = require("./textlens.js");
const { plugDictionaryOnFirstUse } = require("./dictionary.js");
const dictionary = require("./textlens_dictionary.js");
const { plugMarkupOnFirstUse } = require("./markup.js");
const markup = require("./textlens_markup.js");

textlens.initSync(readFileSync(join(__dirname, "textlens_wasm_bg.wasm")));
const loadDictionaries = plugDictionaryOnFirstUse(dictionary, () =>
  readFileSync(join(__dirname, "textlens_dictionary_bg.wasm")),
);

const loadMarkup = plugMarkupOnFirstUse(markup, () => readFileSync(join(__dirname, "textlens_markup_bg.wasm")));

module.exports = { ...textlens, loadDictionaries, loadMarkup };
