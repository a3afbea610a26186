// One Web Worker of the browser pool (pool-page.js): the first message gives the terms (it loads
// textlens, compiles the Highlighter and answers "ready"), then each article is answered with its
// numbers (pool-work.js) and `{ memory: true }` with the worker's wasm memory size.
import init, * as textlens from "/pkg/textlens.js";
import initWasm from "/pkg/textlens_wasm.js";
import { articleWork } from "/pool-work.js";

let work = null;

self.addEventListener("message", async ({ data }) => {
  if (typeof data === "string") self.postMessage(work(data));
  else if (data.memory) self.postMessage((await initWasm()).memory.buffer.byteLength);
  else {
    await init();
    work = articleWork(textlens, data.terms);
    self.postMessage("ready");
  }
});
