// The browser way to get Markdown chunks and counts, run in Node through the browser entry
// (pkg/textlens.js, which loads nothing by itself): before `loadMarkup()` they throw an Error that
// says what to await, and everything else works; after it, they follow the Markdown. Its own file:
// the entry's module state is per process.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { initSync, loadMarkup, split, count } from "../../pkg/textlens.js";

const pkg = new URL("../../pkg/", import.meta.url);
const DOC = "# Notes\n\nRun `npm test` now.\n";

test("loadMarkup: after init, once, and what Markdown calls do before it", async () => {
  assert.throws(() => loadMarkup(), /textlens\.loadMarkup: the module is not initialised yet; call `await init\(\)` first/);

  initSync(readFileSync(new URL("textlens_wasm_bg.wasm", pkg)));
  const notLoaded = /format "markdown" needs the markup module: await loadMarkup\(\) before chunking or counting Markdown/;
  assert.throws(() => split(DOC, "chunk", { maxSize: 100, format: "markdown" }), notLoaded);
  assert.throws(() => count(DOC, { format: "markdown" }), notLoaded);
  // Plain chunks and counts need no parser.
  assert.equal(split(DOC, "chunk", { maxSize: 100 }).length, 1);
  assert.equal(count(DOC).words, 5); // Notes Run npm test now

  const bytes = readFileSync(new URL("textlens_markup_bg.wasm", pkg));
  const first = loadMarkup(bytes);
  assert.equal(loadMarkup(bytes), first, "a second call returns the same promise");
  await first;
  const [chunk] = split(DOC, "chunk", { maxSize: 100, format: "markdown" });
  assert.deepEqual(chunk.headings, ["Notes"]);
  assert.equal(count(DOC, { format: "markdown" }).words, 3); // inline code is not prose
});
