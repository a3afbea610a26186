// textlens — Markdown structure and HTML prose, for chunks that follow Markdown and counts of the
// prose alone.
//
// The parsers (pulldown-cmark for Markdown, html5gum for HTML) are a wasm module of their own,
// `textlens_markup_bg.wasm`, so that the main module stays small; it is loaded only by code that
// chunks or counts Markdown or counts HTML. The main module asks it for the blocks of a text
// through the function registered here, with the text's format; until one is registered,
// `split(text, "chunk", { format: "markdown", … })` and `count(text, { format: "markdown" })` (or
// `"html"`) throw an Error that says to await `loadMarkup()`. Browsers call that once; Node
// registers a function that instantiates the module synchronously on first use (node.mjs,
// node.cjs), so it never needs the call.

import { setMarkupParser } from "./textlens_wasm.js";
import { assertReady } from "./core.js";

let loading;

/**
 * Fetches and instantiates the markup module (once; later calls return the same promise) and plugs
 * it in, so that chunks take `format: "markdown"` and counts `"markdown"` or `"html"`. `init()` must have resolved first.
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
  setMarkupParser((bytes, format) => blocks(glue, bytes, format));
}

/** The blocks of the UTF-8 `bytes` in `format` ("markdown" or "html"), from the markup module `glue`. */
function blocks(glue, bytes, format) {
  return format === "html" ? glue.htmlBlocks(bytes) : glue.markdownBlocks(bytes);
}

/**
 * Node: plugs in a parser that instantiates the markup module synchronously from `readBytes()` the
 * first time Markdown is chunked or counted, or HTML counted. Returns the Node `loadMarkup`, which only does that
 * load now.
 */
export function plugMarkupOnFirstUse(glue, readBytes) {
  let loaded = false;
  const load = () => {
    if (!loaded) glue.initSync({ module: readBytes() });
    loaded = true;
  };
  setMarkupParser((bytes, format) => {
    load();
    return blocks(glue, bytes, format);
  });
  return async function loadMarkup() {
    load();
  };
}
