// How text gets into wasm memory (rawDocumentFrom in js/core.js): one `encodeInto` into
// `text.length` bytes, and a second one for the rest when other characters fill that room first.
// Every character must arrive whole, wherever the first buffer fills up: checked by getting the
// text back out of wasm (a Highlighter's HTML of a text with no match and nothing to escape is
// the text itself) and by UTF-16 offsets that must agree with Intl.Segmenter.

import { test } from "node:test";
import assert from "node:assert/strict";
import { count, split, Highlighter, TextDocument } from "../../pkg/node.mjs";

/** What wasm memory holds of `text`, read back as a string. */
const noMatch = new Highlighter({ terms: ["qqqzzz"] });
const roundTrip = (text) => noMatch.html(text);

/** Characters of 1 to 4 UTF-8 bytes, and unpaired surrogates (encoded as U+FFFD, 3 bytes). */
const SPECIMENS = ["é", "€", "日本", "😀", "\uD83D", "\uDE00", "\uDE00\uD83D", "😀\uD83D"];

/** Every place the first buffer can fill up around `specimen`: ASCII before and after it. */
function* seamTexts() {
  for (const specimen of SPECIMENS) {
    for (let before = 0; before <= 8; before++) {
      for (let after = 0; after <= 8; after++) {
        yield "x".repeat(before) + specimen + "y".repeat(after);
      }
    }
  }
}

test("text arrives whole wherever the first buffer fills", () => {
  for (const text of seamTexts()) {
    assert.equal(roundTrip(text), text.toWellFormed(), JSON.stringify(text));
  }
});

test("offsets agree with Intl.Segmenter wherever the first buffer fills", () => {
  const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
  for (const text of seamTexts()) {
    const expected = Array.from(graphemes.segment(text), (s) => s.segment);
    assert.deepEqual(split(text, "grapheme").texts(), expected, JSON.stringify(text));
  }
});

test("empty, ASCII-only and long texts of every width", () => {
  assert.equal(roundTrip(""), "");
  assert.equal(count("").words, 0);
  const ascii = "plain words ".repeat(50_000);
  assert.equal(roundTrip(ascii), ascii);
  // 300,000 characters of three bytes: the second encodeInto carries most of the text.
  const wide = "日本語のテキスト、".repeat(30_000);
  assert.equal(roundTrip(wide), wide);
  const doc = new TextDocument(wide + ascii);
  assert.equal(doc.split("grapheme").length, wide.length + ascii.length);
  doc.free();
});
