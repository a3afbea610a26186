// textlens for Node (ES modules): instantiates the wasm module from the file beside this one at
// import time, so `import { split } from "textlens"` is ready to use with no init call.

import { readFileSync } from "node:fs";
import { initSync } from "./textlens.js";

initSync(readFileSync(new URL("./textlens_wasm_bg.wasm", import.meta.url)));

export * from "./textlens.js";
export { default } from "./textlens.js";
