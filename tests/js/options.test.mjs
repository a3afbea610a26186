// Option objects as the wasm module reads them (src/wasm/options.rs), through the public JS API in
// Node, against the built package (pkg/node.mjs): a misspelt name is an error at any depth, the
// message names the path of the bad value, and a property set to `undefined` counts as absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { split, count, Highlighter } from "../../pkg/node.mjs";

/** The message of the error `call` throws. */
function messageOf(call) {
  try {
    call();
  } catch (error) {
    assert.ok(error instanceof Error, `not an Error: ${error}`);
    return error.message;
  }
  assert.fail("no error thrown");
}

test("unknown option names are errors at every depth, with the path", () => {
  const cases = [
    [() => count("x", { tpo: 3 }), 'count options: unknown field "tpo", expected one of "'],
    [() => split("x", "chunk", { maxsize: 3 }), 'split options: unknown field "maxsize", expected one of "'],
    [() => new Highlighter({ terms: ["a", { text: "b", clasName: "c" }] }),
      'Highlighter options terms[1]: unknown field "clasName", expected one of "'],
    [() => new Highlighter({ detectors: [{ detector: "quotes", colour: "red" }] }),
      'Highlighter options detectors[0]: unknown field "colour", expected "detector" or "className"'],
    [() => new Highlighter({ patterns: [{ pattern: "a", flag: "i" }] }),
      'Highlighter options patterns[0]: unknown field "flag", expected one of "'],
  ];
  for (const [call, expected] of cases) {
    const message = messageOf(call);
    assert.ok(message.includes(expected), `${message} should include ${expected}`);
  }
});

test("a wrong value names its path and what was found", () => {
  const cases = [
    [() => count("x", { top: 2.5 }), "count options top: invalid type: floating point `2.5`, expected usize"],
    [() => count("x", { top: -1 }), "count options top: invalid value: integer `-1`, expected usize"],
    [() => count("x", { extraStopWords: ["a", 3] }),
      "count options extraStopWords[1]: invalid type: integer `3`, expected a string"],
    [() => new Highlighter({ synonyms: [["a", null]] }),
      "Highlighter options synonyms[0][1]: invalid type: null, expected a string"],
    [() => new Highlighter({ terms: [{ text: "a", accuracy: "wholes" }] }),
      'Highlighter options terms[0].accuracy: unknown variant "wholes", expected one of "whole", "prefix", "partial"'],
    [() => new Highlighter({ caseSensitive: () => true }),
      "Highlighter options caseSensitive: invalid type: function, expected a boolean"],
    [() => split("x", "chunk", { maxSize: 1e21 }), "option maxSize must be a whole number ≥ 0, got 1e+21"],
    [() => count("x", { readingWordsPerMinute: 0.5 }),
      "option readingWordsPerMinute must be a number of at least 1, got 0.5"],
    // The core names these options as Rust does (max_size, long_word_letters): the edge says them in JS.
    [() => count("x", { speakingCharactersPerMinute: -Infinity }),
      "option speakingCharactersPerMinute must be a number of at least 1, got -Infinity"],
    [() => split("x", "chunk", { maxSize: 0 }), "option maxSize must be at least 1, got 0"],
    [() => new Highlighter({ longWordLetters: 0 }), "option longWordLetters must be at least 1, got 0"],
    [() => split("x", "chunks"),
      'unknown granularity "chunks": expected one of "grapheme", "word", "sentence", "paragraph", "line" or "chunk"'],
  ];
  for (const [call, expected] of cases) {
    assert.ok(messageOf(call).includes(expected), `${messageOf(call)} should include ${expected}`);
  }
});

test("a property set to undefined is absent, as in JSON", () => {
  assert.equal(count("one two three", { top: undefined, stopWords: undefined }).words, 3);
  assert.deepEqual(split("ab cd", "chunk", { maxSize: 3, unit: undefined, overlap: undefined }).texts(), ["ab ", "cd"]);
  const highlighter = new Highlighter({ terms: [{ text: "cd", className: undefined, synonyms: undefined }] });
  assert.deepEqual([...highlighter.ranges("ab cd")].map((range) => range.text), ["cd"]);
  highlighter.free();
});
