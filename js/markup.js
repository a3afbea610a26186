// textlens — Markdown structure, for chunks that follow it and counts of its prose alone.
//
// The Markdown parser (pulldown-cmark) is a wasm module of its own, `textlens_markup_bg.wasm`, so
// that the main module stays small; it is loaded only by code that chunks or counts Markdown. The
// main module asks it for the blocks of a text through the function registered here; until one is
// registered, `split(text, "chunk", { format: "markdown", … })` and `count(text, { format:
// "markdown" })` throw an Error that says to await `loadMarkup()`. Browsers call that once; Node
// registers a function that instantiates the module synchronously on first use (node.mjs,
// node.cjs), so it never needs the call.

import { setMarkupParser } from "./textlens_wasm.js";
import { assertReady } from "./core.js";

let loading;

/**
 * Fetches and instantiates the markup module (once; later calls return the same promise) and plugs
 * it in, so that chunks and counts take `format: "markdown"`. `init()` must have resolved first.
 * `input` is optional, as for `init()`: by default `textlens_markup_bg.wasm` beside this file is
 * fetched.
 */
export function loadMarkup(input) {
  assertReady("loadMarkup");
  loading ??= loadModule(input).catch((error) => {
    loading = undefined; // a failed fetch may be retried
    throw new Error(`textlens.loadMarkup: could not load the markup module: ${error.message}`, { cause: error });
  });
  return loading;
}

async function loadModule(input) {
  const glue = await import("./textlens_markup.js");
  await glue.default(input === undefined ? undefined : { module_or_path: input });
  setMarkupParser(glue.markdownBlocks);
}

/**
 * Node: plugs in a parser that instantiates the markup module synchronously from `readBytes()` the
 * first time Markdown is chunked or counted. Returns the Node `loadMarkup`, which only does that
 * load now.
 */
export function plugMarkupOnFirstUse(glue, readBytes) {
  let loaded = false;
  const load = () => {
    if (!loaded) glue.initSync({ module: readBytes() });
    loaded = true;
  };
  setMarkupParser((bytes) => {
    load();
    return glue.markdownBlocks(bytes);
  });
  return async function loadMarkup() {
    load();
  };
}
