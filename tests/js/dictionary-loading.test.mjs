// The browser way to get dictionary words, run in Node through the browser entry (pkg/textlens.js,
// which loads nothing by itself): before `loadDictionaries()` a word split of Chinese, Japanese,
// Thai, … throws an Error that says what to await, and everything else works; after it, words come
// from the dictionary. Its own file: the entry's module state is per process.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { initSync, loadDictionaries, split, count } from "../../pkg/textlens.js";

const pkg = new URL("../../pkg/", import.meta.url);

test("loadDictionaries: after init, once, and what a word split does before it", async () => {
  assert.throws(() => loadDictionaries(), /textlens\.loadDictionaries: the module is not initialised yet; call `await init\(\)` first/);

  initSync(readFileSync(new URL("textlens_wasm_bg.wasm", pkg)));
  for (const text of ["東京に住む", "ภาษาไทย", "Hello 日", "ພາສາ"]) {
    assert.throws(() => split(text, "word"), /need the dictionary: await loadDictionaries\(\) before splitting it into words/, text);
  }
  // What needs no dictionary still works: other text, other granularities, the default count.
  assert.deepEqual(split("Hello, 한국어", "word").texts(), ["Hello", ",", " ", "한국어"]);
  assert.equal(split("東京に住む。", "sentence").length, 1);
  assert.equal(count("東京に住む").words, 5);

  const bytes = readFileSync(new URL("textlens_dictionary_bg.wasm", pkg));
  const first = loadDictionaries(bytes);
  assert.equal(loadDictionaries(bytes), first, "a second call returns the same promise");
  await first;
  assert.deepEqual(split("東京に住む", "word").texts(), ["東京", "に", "住む"]);
  assert.deepEqual(split("ภาษาไทย", "word").texts(), ["ภาษา", "ไทย"]);
});
