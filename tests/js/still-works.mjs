// What the hostile-input tests check after every case: the module still gives known answers.

import assert from "node:assert/strict";
import { split, count, Highlighter } from "../../pkg/node.mjs";

/** Fails unless a sentence split, a count and a highlight give their known answers. */
export function assertStillWorks() {
  assert.deepEqual(split("Mr. Smith left. He won.", "sentence").texts(), ["Mr. Smith left. ", "He won."]);
  assert.equal(count("Four words are here.").words, 4);
  const highlighter = new Highlighter({ terms: ["won"] });
  assert.deepEqual(Array.from(highlighter.ranges("He won."), (m) => m.text), ["won"]);
  highlighter.free();
}
