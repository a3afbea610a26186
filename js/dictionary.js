// textlens — dictionary word segmentation for Chinese, Japanese, Thai, Lao, Khmer and Burmese.
//
// The dictionary (ICU4X's segmenter and its data, about 2.5 MB gzip) is a second wasm module of
// the package, `textlens_dictionary_bg.wasm`, loaded only for text that needs it. The main module
// asks it for the word boundaries of each stretch of such text through the function registered
// here; until one is registered, a word split of such text throws an Error that says to await
// `loadDictionaries()`. Browsers call that once; Node registers a function that instantiates the
// module synchronously on first use (node.mjs, node.cjs), so it never needs the call.

import { setDictionarySegmenter } from "./textlens_wasm.js";
import { assertReady } from "./core.js";

let loading;

/**
 * Fetches and instantiates the dictionary module (once; later calls return the same promise) and
 * plugs it in, so that `split(text, "word")` finds dictionary words. `init()` must have resolved
 * first. `input` is optional, as for `init()`: by default `textlens_dictionary_bg.wasm` beside this
 * file is fetched.
 */
export function loadDictionaries(input) {
  assertReady("loadDictionaries");
  loading ??= loadModule(input).catch((error) => {
    loading = undefined; // a failed fetch may be retried
    throw new Error(`textlens.loadDictionaries: could not load the dictionary module: ${error.message}`, { cause: error });
  });
  return loading;
}

async function loadModule(input) {
  const glue = await import("./textlens_dictionary.js");
  await glue.default(input === undefined ? undefined : { module_or_path: input });
  setDictionarySegmenter(glue.wordBreaks);
}

/**
 * Node: plugs in a segmenter that instantiates the dictionary module synchronously from
 * `readBytes()` the first time a text needs it. Returns the Node `loadDictionaries`, which only
 * does that load now.
 */
export function plugDictionaryOnFirstUse(glue, readBytes) {
  let loaded = false;
  const load = () => {
    if (!loaded) glue.initSync({ module: readBytes() });
    loaded = true;
  };
  setDictionarySegmenter((bytes) => {
    load();
    return glue.wordBreaks(bytes);
  });
  return async function loadDictionaries() {
    load();
  };
}
