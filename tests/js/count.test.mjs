// The public JS API of counting, in Node, against the built package (pkg/node.mjs): the fast
// `wordCount` agrees with `count().words` on every corpus file and on hand-counted text, through
// strings and TextDocuments, and refuses bad input with a clear error. (The numbers of `count`
// itself are checked case by case through wasm in tests/wasm_common/count_cases.rs.)

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { count, wordCount, TextDocument } from "../../pkg/node.mjs";
import { shared, corpusFiles } from "./corpus.mjs";

test("wordCount gives count().words on every corpus file", () => {
  const files = corpusFiles();
  assert.ok(files.length > 150, `corpus not found under ${shared}`);
  for (const path of files) {
    const text = readFileSync(path, "utf8");
    const words = count(text, { frequencies: false, perSentence: false }).words;
    assert.equal(wordCount(text), words, path);
  }
});

test("wordCount follows the word rules", () => {
  // Counted by hand: Don’t | isn't | 20,000 | 3.14 | at | 11:28am | all-in-one | e-mail | x | 日 | 本 | 語
  const text = "Don’t — isn't 20,000 3.14 at? 11:28am all-in-one e-mail x -- 日本語";
  assert.equal(wordCount(text), 12);
  assert.equal(wordCount(""), 0);
  assert.equal(wordCount(" \n\t "), 0);
  assert.equal(wordCount("a".repeat(1_000_000)), 1);
});

test("wordCount of a TextDocument is the same as of its text, and a freed one throws", () => {
  const text = "Dr. Smith arrived at 9:30. She left — quickly — at ten.";
  const doc = new TextDocument(text);
  assert.equal(doc.wordCount(), wordCount(text));
  assert.equal(wordCount(doc), wordCount(text));
  doc.free();
  assert.throws(() => doc.wordCount(), /TextDocument\.wordCount: this TextDocument has been freed/);
});

test("wordCount refuses what is not a string", () => {
  for (const bad of [undefined, null, 42, {}, ["a"]]) {
    assert.throws(() => wordCount(bad), (error) => error instanceof TypeError && /wordCount/.test(error.message));
  }
});
