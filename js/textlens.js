// textlens — split, count and highlight article text. The public JavaScript API.
//
// Browsers (and bundlers): `import init, { split } from "textlens"; await init();`
// Node: import "textlens" and it is ready (see node.mjs / node.cjs).
//
// Offsets are UTF-16 code units, so `text.slice(start, end)` is exactly a segment for any input.

import initWasm, { initSync as initWasmSync, version as wasmVersion } from "./textlens_wasm.js";

import {
  assertReady, checkOptions, checkString, markReady, SegmentList, TextDocument, tokenChunkList, withTransientDocument,
} from "./core.js";

export { SegmentList, TextDocument };
export { loadDictionaries } from "./dictionary.js";
export { loadMarkup } from "./markup.js";
export { Highlighter, HighlightRanges, HighlightPieces, DETECTORS } from "./highlight.js";

// Text in pieces, and chunks in tokens (issue 20).
export { SentenceStream } from "./stream.js";

/**
 * Loads and instantiates the wasm module; call once before anything else (later calls return at
 * once). `input` is optional: a URL, a Response, bytes or a compiled WebAssembly.Module; by
 * default `textlens_wasm_bg.wasm` beside this file is fetched.
 */
export default async function init(input) {
  markReady(await initWasm(input === undefined ? undefined : { module_or_path: input }));
}

/** Instantiates the wasm module synchronously from its bytes or a compiled WebAssembly.Module. */
export function initSync(bytesOrModule) {
  markReady(initWasmSync({ module: bytesOrModule }));
}

/** The library version. */
export function version() {
  assertReady("version");
  return wasmVersion();
}

/**
 * Splits `text` (a string or a TextDocument) into graphemes, words, sentences, paragraphs, lines
 * or chunks. Returns a SegmentList of UTF-16 offsets.
 */
export function split(text, granularity, options) {
  if (text instanceof TextDocument) return text.split(granularity, options);
  checkString(text, "split", "text");
  checkString(granularity, "split", "granularity");
  assertReady("split");
  const inTokens = tokenChunkList(text, granularity, options);
  if (inTokens) return inTokens;
  const checked = checkOptions(options, "split");
  return new SegmentList(text, withTransientDocument(text, "split", (raw) => raw.split(granularity, checked)));
}

/** Counts words, characters, sentences, readability and more for `text` (string or TextDocument). */
export function count(text, options) {
  if (text instanceof TextDocument) return text.count(options);
  checkString(text, "count", "text");
  assertReady("count");
  const checked = checkOptions(options, "count");
  return withTransientDocument(text, "count", (raw) => raw.count(checked));
}

/**
 * The number of words in `text` (string or TextDocument): the same as `count(text).words`, without
 * the rest of count's work, so fast enough to run on every keystroke. `options.lang` is checked;
 * words are told apart the same way in every language.
 */
export function wordCount(text, options) {
  if (text instanceof TextDocument) return text.wordCount(options);
  checkString(text, "wordCount", "text");
  assertReady("wordCount");
  const checked = checkOptions(options, "wordCount");
  return withTransientDocument(text, "wordCount", (raw) => raw.wordCount(checked));
}
