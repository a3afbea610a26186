// textlens for Node (ES modules): instantiates the wasm module from the file beside this one at
// import time, so `import { split } from "textlens"` is ready to use with no init call. The
// dictionary and markup modules are instantiated the same way, the first time a text needs them.

import { readFileSync } from "node:fs";
import { initSync } from "./textlens.js";
import { plugDictionaryOnFirstUse } from "./dictionary.js";
import * as dictionary from "./textlens_dictionary.js";
import { plugMarkupOnFirstUse } from "./markup.js";
import * as markup from "./textlens_markup.js";

initSync(readFileSync(new URL("./textlens_wasm_bg.wasm", import.meta.url)));
const loadDictionaries = plugDictionaryOnFirstUse(dictionary, () =>
  readFileSync(new URL("./textlens_dictionary_bg.wasm", import.meta.url)),
);

const loadMarkup = plugMarkupOnFirstUse(markup, () =>
  readFileSync(new URL("./textlens_markup_bg.wasm", import.meta.url)),
);

export * from "./textlens.js";
export { default } from "./textlens.js";
export { loadDictionaries, loadMarkup };
