// SentenceStream on the built package (pkg/node.mjs): for any text cut into pieces of any size,
// the stream emits exactly split(text, "sentence"); sentences come out before the end of the
// input when no later text can change them, and not before.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { split, SentenceStream } from "../../pkg/node.mjs";
import { SentenceAssembler } from "../../pkg/stream.js";
import { shared, corpusFiles } from "./corpus.mjs";

/** A seeded pseudo-random generator (mulberry32): the same cases on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `text` cut at random places, into pieces of 1 to `longest` UTF-16 units (lone halves of a pair too). */
function cut(text, next, longest) {
  const pieces = [];
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(next() * longest);
    pieces.push(text.slice(at, at + size));
    at += size;
  }
  return pieces;
}

/** Feeds `pieces` through a SentenceStream; the sentences emitted, as [start, end, text]. */
async function streamed(pieces, options) {
  const stream = new SentenceStream(options);
  const writer = stream.writable.getWriter();
  const sentences = [];
  const reading = (async () => {
    for await (const s of stream.readable) sentences.push([s.start, s.end, s.text]);
  })();
  for (const piece of pieces) await writer.write(piece);
  await writer.close();
  await reading;
  return sentences;
}

function expected(text, options) {
  return Array.from(split(text, "sentence", options), (s) => [s.start, s.end, s.text]);
}

// Tokens that article mode reads past: abbreviations, initials, times, list markers, quotes,
// ellipses, reference marks, numbers, bullets, line breaks and blank lines.
const TOKENS = [
  "Dr.", "Mr.", "U.S.", "U.K.", "Inc.", "No.", "p.m.", "a.m.", "Friday", "Army", "Sen.", "J.", "R.",
  "the", "said", "they", "what", "Then", "Smith", "iPhone", "3.14", "5", "12", "1990.", "1.)", "2.)",
  "1)", "2)", "(a)", "(b)", "a.", "b.", "ii.", "iii.", "•", "it.", "left.", "ended!", "why?", "“Stop!”",
  "—", "--", "...", ". . .", "…", "[2]", "trial.7", "e.g.", "approx.", "Q.", "A.", "end.Next", "😀",
  "example.com", "\u201c", "\u201d", "\n", "\n\n", "\n \n",
];

function randomText(next, words) {
  let text = "";
  for (let i = 0; i < words; i++) {
    text += TOKENS[Math.floor(next() * TOKENS.length)];
    const gap = next();
    text += gap < 0.75 ? " " : gap < 0.9 ? "\n" : "  ";
  }
  return text;
}

test("random texts of tricky tokens, cut at random: exactly split(text)", async () => {
  const next = random(20261202);
  for (let round = 0; round < 1000; round++) {
    const text = randomText(next, 5 + Math.floor(next() * 60));
    const pieces = cut(text, next, 1 + Math.floor(next() * 12));
    assert.deepEqual(await streamed(pieces), expected(text), JSON.stringify(pieces));
  }
});

test("every corpus file, cut into random pieces: exactly split(text)", async () => {
  const next = random(7);
  const files = [join(shared, "corpus", "news", "seed-articles.txt"), ...corpusFiles(join(shared, "corpus", "en"))];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const pieces = cut(text, next, 1 + Math.floor(next() * 200));
    assert.deepEqual(await streamed(pieces), expected(text), file);
  }
});

test("the UDHR in 22 languages, in pieces: exactly split(text)", async () => {
  const next = random(22);
  for (const file of corpusFiles(join(shared, "corpus", "udhr"))) {
    const text = readFileSync(file, "utf8");
    assert.deepEqual(await streamed(cut(text, next, 64)), expected(text), file);
  }
});

test("options are split's: uax29 mode and more abbreviations", async () => {
  const next = random(29);
  for (const options of [{ mode: "uax29" }, { abbreviations: ["Gen", "approx"] }]) {
    for (let round = 0; round < 100; round++) {
      const text = randomText(next, 40) + " Gen. Lee came approx. Then he left.";
      assert.deepEqual(await streamed(cut(text, next, 9), options), expected(text, options), JSON.stringify(options));
    }
  }
});

/** Feeds `pieces` one at a time; after each, the texts of every sentence settled so far. */
function settledAfterEachPiece(pieces, options = { lang: "en" }) {
  const assembler = new SentenceAssembler(options);
  const seen = [];
  return pieces.map((piece) => {
    seen.push(...assembler.push(piece).map((s) => s.text));
    return [...seen];
  });
}

test("a sentence comes out as soon as three words follow it, an abbreviation at a piece's end waits", () => {
  const after = settledAfterEachPiece(["We met Dr.", " Lee at noon. The", " vote ", "is on Friday. ", "Then"]);
  assert.deepEqual(after, [
    [], // "Dr." could end the sentence: what follows decides
    [], // "The" may be a longer word still
    [], // two whole words after "noon. "
    ["We met Dr. Lee at noon. "],
    ["We met Dr. Lee at noon. "], // "Then" is one word after "Friday. "
  ]);
});

test("a block's line ends wait for the blank line; the next block's first sentence does not", () => {
  const after = settledAfterEachPiece(["A headline\nFirst line. Of", " a hard wrapped block\n", "\nNew block. It goes on and on. "]);
  assert.deepEqual(after, [
    [],
    [],
    ["A headline\n", "First line. ", "Of a hard wrapped block\n\n", "New block. "],
  ]);
});

test("with the language left to detection, nothing settles before 4,096 bytes have arrived", () => {
  const sentence = "The ferry left at noon and came back late. ";
  const pieces = Array.from({ length: 120 }, () => sentence); // 43 bytes each
  const after = settledAfterEachPiece(pieces, {});
  const firstSettled = after.findIndex((seen) => seen.length > 0);
  // Piece 96 brings the text to 4,128 bytes: the language is told, and the sentences settle.
  assert.equal(firstSettled, 95);
  assert.equal(after[95].length, 95, "all but the last sentence settle at once");
});

test("bad input: options are checked at once, pieces must be strings", async () => {
  assert.throws(() => new SentenceStream({ mode: "loose" }), /mode/);
  assert.throws(() => new SentenceStream("article"), /options must be an object/);
  const stream = new SentenceStream();
  const writer = stream.writable.getWriter();
  stream.readable.getReader().read().catch(() => {}); // pulls the piece in; the stream errors
  await assert.rejects(writer.write(42), /SentenceStream: each piece must be a string, got number/);
});
