// The public JS API of splitting, in Node, against the built package (pkg/node.mjs):
// Unicode conformance with offsets checked by slicing JS strings, tiling of every corpus file for
// every granularity, chunk limits, the SegmentList wrapper, TextDocument and bad input.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { split, TextDocument, SegmentList } from "../../pkg/node.mjs";
import { shared, corpusFiles } from "./corpus.mjs";

function breakCases(file, key = "segments") {
  const json = JSON.parse(readFileSync(join(shared, "unicode", file), "utf8"));
  if (Array.isArray(json)) return json.map((c) => [c.input, c[key]]);
  return [
    ...json.same_extended_and_legacy.map((c) => [c.input, c.segments]),
    ...json.differ.map((c) => [c.input, c.extended]),
  ];
}

/** Asserts that the list's offsets cover `text` exactly, in order, with no empty segment. */
function assertTiles(what, text, list) {
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    assert.equal(list.starts[i], pos, `${what}: segment ${i} starts at ${list.starts[i]}, expected ${pos}`);
    assert.ok(list.ends[i] > list.starts[i], `${what}: segment ${i} is empty`);
    pos = list.ends[i];
  }
  assert.equal(pos, text.length, `${what}: segments stop at ${pos} of ${text.length}`);
}

for (const [granularity, file, total] of [
  ["grapheme", "GraphemeBreakTest-17.0.0.json", 766],
  ["word", "WordBreakTest-17.0.0.json", 1944],
]) {
  test(`Unicode 17 ${granularity} conformance through the JS API (${total} cases)`, () => {
    const cases = breakCases(file);
    assert.equal(cases.length, total);
    for (const [input, expected] of cases) {
      assert.deepEqual(split(input, granularity).texts(), expected, JSON.stringify(input));
    }
  });
}

test("every granularity tiles every corpus file through wasm", () => {
  const files = corpusFiles();
  assert.ok(files.length > 150, `corpus not found under ${shared}`);
  for (const path of files) {
    const text = readFileSync(path, "utf8");
    for (const granularity of ["grapheme", "word", "sentence", "paragraph", "line"]) {
      assertTiles(`${path} ${granularity}`, text, split(text, granularity));
    }
  }
});

test("chunks of every corpus file stay within maxSize and re-make the text", () => {
  const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
  for (const path of corpusFiles()) {
    const text = readFileSync(path, "utf8");
    const chunks = split(text, "chunk", { maxSize: 280, unit: "grapheme", overlap: 1 });
    let covered = 0;
    for (const chunk of chunks) {
      assert.ok([...graphemes.segment(chunk.text)].length <= 280, `${path}: chunk over 280 graphemes`);
      assert.equal(chunk.freshStart, covered, `${path}: chunk does not continue the text`);
      covered = chunk.end;
    }
    assert.equal(covered, text.length, path);
  }
});

test("offsets slice exactly around emoji, marks, CJK, RTL, astral and lone surrogates", () => {
  const text = "A 👩🏽‍💻 wrote “naïve” e\u0301. 東京に行った。 مرحبا بكم. 𝒳 \uD800 lone\uDFFF. Done";
  for (const granularity of ["grapheme", "word", "sentence", "paragraph", "line"]) {
    const list = split(text, granularity);
    assert.equal(list.texts().join(""), text, granularity);
  }
  const graphemes = split(text, "grapheme").texts();
  assert.ok(graphemes.includes("👩🏽‍💻") && graphemes.includes("e\u0301") && graphemes.includes("𝒳"));
  assert.ok(graphemes.includes("\uD800") && graphemes.includes("\uDFFF"), "lone surrogates stay one unit each");
  assert.deepEqual(
    split(text, "sentence").texts().map((s) => s.trim()),
    ["A 👩🏽‍💻 wrote “naïve” e\u0301.", "東京に行った。", "مرحبا بكم.", "𝒳 \uD800 lone\uDFFF.", "Done"],
  );
});

test("SegmentList: length, typed arrays, get, iteration, wordLike", () => {
  const text = "Hi, Ann! 42 cats.";
  const words = split(text, "word");
  assert.ok(words instanceof SegmentList);
  assert.ok(words.starts instanceof Uint32Array && words.ends instanceof Uint32Array);
  assert.equal(words.length, words.starts.length);
  assert.deepEqual(
    [...words].filter((w) => w.wordLike).map((w) => w.text),
    ["Hi", "Ann", "42", "cats"],
  );
  assert.deepEqual(words.get(0), { start: 0, end: 2, text: "Hi", wordLike: true });
  assert.equal(words.get(-1), undefined);
  assert.equal(words.get(words.length), undefined);
  assert.equal(words.get(1.5), undefined);
});

test("graphemes: starts and ends are views of one array of boundaries, as Intl.Segmenter finds them", () => {
  const text = "e\u0301 ok\r\n😀🇫🇷 नमस्ते x\u0600y";
  const intl = [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)];
  for (const graphemes of [split(text, "grapheme"), new TextDocument(text).split("grapheme")]) {
    assert.equal(graphemes.starts.buffer, graphemes.ends.buffer);
    assert.equal(graphemes.ends.byteOffset - graphemes.starts.byteOffset, Uint32Array.BYTES_PER_ELEMENT);
    assert.deepEqual([...graphemes.starts], intl.map((s) => s.index));
    assert.deepEqual([...graphemes.ends], intl.map((s) => s.index + s.segment.length));
  }
  assert.equal(split("", "grapheme").length, 0);
});

test("words: starts and ends are views of one array of boundaries, as Intl.Segmenter finds them", () => {
  const text = "Déjà vu: 3.14, don’t 😀 stop.\r\nÉtat_1 a.b  ok";
  const intl = [...new Intl.Segmenter("en", { granularity: "word" }).segment(text)];
  for (const words of [split(text, "word"), new TextDocument(text).split("word")]) {
    assert.equal(words.starts.buffer, words.ends.buffer);
    assert.equal(words.ends.byteOffset - words.starts.byteOffset, Uint32Array.BYTES_PER_ELEMENT);
    assert.equal(words.starts.length, intl.length);
    assert.equal(words.ends.length, intl.length);
    assert.deepEqual([...words.starts], intl.map((s) => s.index));
    assert.deepEqual([...words.ends], intl.map((s) => s.index + s.segment.length));
    assert.deepEqual([...words.wordLike], intl.map((s) => (s.isWordLike ? 1 : 0)));
  }
  for (const [text, segments] of [["", []], ["word", ["word"]], ["東", ["東"]], ["  ", ["  "]]]) {
    const words = split(text, "word");
    assert.deepEqual(words.texts(), segments, JSON.stringify(text));
    assert.equal(words.starts.length, segments.length);
    assert.equal(words.ends.length, segments.length);
    assert.equal(words.wordLike.length, segments.length);
  }
});

test("TextDocument: same results as strings, clear errors once freed", () => {
  const text = "Dr. Who left. Nobody saw.\n\nThe end.";
  const doc = new TextDocument(text);
  assert.equal(doc.length, text.length);
  for (const granularity of ["word", "sentence", "paragraph"]) {
    assert.deepEqual(split(doc, granularity).texts(), split(text, granularity).texts(), granularity);
  }
  doc.free();
  assert.ok(doc.freed);
  assert.throws(() => doc.split("word"), /TextDocument has been freed/);
  assert.throws(() => split(doc, "sentence"), /has been freed/);
  doc.free(); // twice is harmless
});

test("bad input throws clear errors and the module keeps working", () => {
  const cases = [
    [() => split(42, "word"), TypeError, /text must be a string, got number/],
    [() => split(undefined, "word"), TypeError, /text must be a string, got undefined/],
    [() => split("text", 7), TypeError, /granularity must be a string/],
    [() => split("text", "sentences"), Error, /unknown granularity "sentences"/],
    [() => split("text", "chunk", { maxSize: 0 }), Error, /maxSize must be at least 1/],
    [() => split("text", "chunk", { maxSize: -3 }), Error, /whole number/],
    [() => split("text", "chunk", {}), Error, /needs the option maxSize/],
    [() => split("text", "chunk", { maxSize: 9, overlap: "1" }), Error, /overlap/],
    [() => split("text", "word", "fast"), TypeError, /options must be an object/],
    [() => split("text", "sentence", { mode: "uax" }), Error, /unknown sentence mode/],
    [() => new TextDocument(null), TypeError, /text must be a string, got null/],
  ];
  for (const [call, type, message] of cases) {
    assert.throws(call, (error) => error instanceof type && message.test(error.message), String(message));
  }
  assert.deepEqual(split("Still fine. Yes.", "sentence").texts(), ["Still fine. ", "Yes."]);
});

test("empty, blank, NUL and a 10 MB text without spaces", () => {
  assert.equal(split("", "word").length, 0);
  assert.equal(split("   \n ", "sentence").length, 0);
  assert.equal(split("a\0b", "grapheme").length, 3);
  const long = "x".repeat(10 * 1024 * 1024);
  const words = split(long, "word");
  assert.equal(words.length, 1);
  assert.equal(words.ends[0], long.length);
  const chunks = split(long, "chunk", { maxSize: 1_000_000, unit: "utf16" });
  assert.equal(chunks.length, 11);
  assert.equal(chunks.ends[10], long.length);
});
