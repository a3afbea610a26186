// The browser way to get dictionary words, run in Node through the browser entry (pkg/textlens.js,
// which loads nothing by itself): before `loadDictionaries()` a word split of Chinese, Japanese,
// Thai, … throws an Error that says what to await, and everything else works; after it, words come
// from the dictionary, and so do dictionary word counts, top words and whole-word terms. Its own file: the entry's module state is per process.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { initSync, loadDictionaries, split, count, Highlighter } from "../../pkg/textlens.js";

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
  // Top words fall back to characters and say so; a dictionary word count is refused.
  const before = count("東京都に住む。東京が好き。").frequencies;
  assert.equal(before.needsDictionary, true);
  assert.equal(before.words[0].text, "東", "per character before the dictionary");
  assert.throws(() => count("東京に住む", { dictionaryWords: true }), /need the dictionary: await loadDictionaries\(\)/);
  assert.equal(count("Hello world", { dictionaryWords: true }).words, 2, "no such script, no dictionary needed");
  assert.equal(count("Hello world").frequencies.needsDictionary, false);
  // Whole-word terms: one word per ideograph (UAX #29) until the dictionary is there.
  const kyoto = new Highlighter({ terms: ["京都"] });
  assert.deepEqual([...kyoto.ranges("東京都に住む")].map((m) => m.text), ["京都"]);

  const bytes = readFileSync(new URL("textlens_dictionary_bg.wasm", pkg));
  const first = loadDictionaries(bytes);
  assert.equal(loadDictionaries(bytes), first, "a second call returns the same promise");
  await first;
  assert.deepEqual(split("東京に住む", "word").texts(), ["東京", "に", "住む"]);
  assert.deepEqual(split("ภาษาไทย", "word").texts(), ["ภาษา", "ไทย"]);
  // 東京 都 に 住む / 東京 が 好き: dictionary words now.
  const after = count("東京都に住む。東京が好き。", { dictionaryWords: true });
  assert.equal(after.words, 7);
  assert.equal(after.frequencies.needsDictionary, false);
  assert.deepEqual(after.frequencies.words[0], { text: "東京", count: 2, density: (2 / 7) * 100 });
  assert.deepEqual([...kyoto.ranges("東京都に住む")], [], "京都 crosses the cut between 東京 and 都");
  kyoto.free();
});
