// Chunks sized in tokens, on the built package (pkg/node.mjs): with a real BPE tokenizer
// (gpt-tokenizer's cl100k_base, bundled in its npm package) no chunk is over maxSize and chunks
// re-make the text; with tokenizers that count what the other units count, the chunks end where
// the Rust chunker's do; hand-checked size ranges; how often the tokenizer is called; bad input.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countTokens } from "gpt-tokenizer/encoding/cl100k_base";
import { split, TextDocument } from "../../pkg/node.mjs";
import { shared, corpusFiles } from "./corpus.mjs";

const FILES = [join(shared, "corpus", "news", "seed-articles.txt"), ...corpusFiles(join(shared, "corpus", "en", "inaugural")).slice(-8)];
const texts = FILES.map((file) => [file, readFileSync(file, "utf8")]);

/** A tokenizer that counts its calls. */
function counting(tokenizer) {
  const counted = (text) => {
    counted.calls += 1;
    return tokenizer(text);
  };
  counted.calls = 0;
  return counted;
}

/** Asserts the chunk invariants: within maxSize, each starting with an end of the one before, tiling from freshStart. */
function assertChunks(what, text, chunks, maxSize) {
  let remade = "";
  let previous = null;
  for (const chunk of chunks) {
    const tokens = countTokens(chunk.text);
    assert.ok(tokens <= maxSize, `${what}: a chunk of ${tokens} tokens, over ${maxSize}: ${JSON.stringify(chunk.text)}`);
    assert.equal(chunk.freshStart, remade.length, `${what}: fresh text starts where the last chunk ended`);
    if (previous) assert.ok(chunk.start >= previous.freshStart && chunk.start <= chunk.freshStart, `${what}: overlap within the previous chunk's new text`);
    remade += text.slice(chunk.freshStart, chunk.end);
    previous = chunk;
  }
  assert.equal(remade, text, `${what}: the chunks re-make the text`);
}

test("a real BPE tokenizer: no chunk over maxSize tokens, chunks re-make the text, overlap in sentences and in tokens", (t) => {
  for (const [file, text] of texts) {
    for (const options of [{ maxSize: 512 }, { maxSize: 64, overlap: 1 }, { maxSize: 100, overlapSize: 20 }, { maxSize: 7 }, { maxSize: 2000, minSize: 1500 }]) {
      const tokenizer = counting(countTokens);
      const chunks = split(text, "chunk", { unit: "token", tokenizer, ...options });
      const what = `${file} ${JSON.stringify(options)}`;
      assertChunks(what, text, chunks, options.maxSize);
      if (options.overlapSize) {
        for (const chunk of chunks) assert.ok(countTokens(text.slice(chunk.start, chunk.freshStart)) <= options.overlapSize, what);
      }
      if (file.endsWith("seed-articles.txt")) t.diagnostic(`${what}: ${chunks.length} chunks, ${(tokenizer.calls / chunks.length).toFixed(2)} tokenizer calls per chunk`);
    }
  }
});

test("the tokenizer is called a few times per chunk: never more than the search's logarithmic bound", () => {
  for (const [file, text] of texts) {
    const sentences = split(text, "sentence").length;
    const tokenizer = counting(countTokens);
    const chunks = split(text, "chunk", { unit: "token", tokenizer, maxSize: 256 });
    // Each chunk's end: at most three probes per halving of the sentences left, plus a paragraph end.
    const bound = chunks.length * (3 * Math.ceil(Math.log2(sentences + 1)) + 2);
    assert.ok(tokenizer.calls <= bound, `${file}: ${tokenizer.calls} calls for ${chunks.length} chunks`);
    assert.ok(tokenizer.calls >= chunks.length, `${file}: each chunk is measured`);
  }
});

/** Graphemes by Intl.Segmenter, and whitespace-separated words: tokenizers that add up. */
const graphemeSegmenter = new Intl.Segmenter();
const graphemeTokens = (text) => Array.from(graphemeSegmenter.segment(text)).length;
const wordTokens = (text) => split(text, "word").wordLike.reduce((sum, flag) => sum + flag, 0);

test("tokens that count graphemes or words: the same chunks as the Rust chunker's", () => {
  const udhr = corpusFiles(join(shared, "corpus", "udhr")).slice(0, 6).map((file) => [file, readFileSync(file, "utf8")]);
  for (const [file, text] of [...texts.slice(0, 4), ...udhr]) {
    for (const [unit, tokenizer, maxSize] of [["grapheme", graphemeTokens, 280], ["grapheme", graphemeTokens, 9], ["word", wordTokens, 40]]) {
      // Without overlap: with it, the Rust chunker may end a chunk earlier to keep its overlap,
      // while tokens keep the ends and shrink the overlap (see README, Chunks sized in tokens).
      const native = split(text, "chunk", { unit, maxSize });
      const inTokens = split(text, "chunk", { unit: "token", tokenizer, maxSize });
      const what = `${file} ${unit} ${maxSize}`;
      assert.deepEqual([...inTokens.starts], [...native.starts], what);
      assert.deepEqual([...inTokens.ends], [...native.ends], what);
    }
  }
});

test("a size range: a chunk closes at a paragraph end once it holds minSize tokens", () => {
  const text = "One two.\n\nThree four five. Six seven eight.";
  const words = (t) => (t.match(/\S+/g) ?? []).length;
  const chunk = (minSize) => split(text, "chunk", { unit: "token", tokenizer: words, maxSize: 6, minSize }).texts();
  // 2 words before the paragraph end: enough for minSize 2; for 3, sentences fill the chunk.
  assert.deepEqual(chunk(2), ["One two.\n\n", "Three four five. Six seven eight."]);
  assert.deepEqual(chunk(3), ["One two.\n\nThree four five. ", "Six seven eight."]);
  // The default, half of maxSize: 3.
  assert.deepEqual(chunk(undefined), chunk(3));
});

test("sentences larger than maxSize are cut at words, words at graphemes; a grapheme too large stands alone", () => {
  const codePoints = (t) => [...t].length;
  const long = "Supercalifragilistic words here.";
  assert.deepEqual(split(long, "chunk", { unit: "token", tokenizer: codePoints, maxSize: 12 }).texts(), ["Supercalifra", "gilistic ", "words here."]);
  const heavy = `a${"\u0301".repeat(20)}b`;
  assert.deepEqual(split(heavy, "chunk", { unit: "token", tokenizer: codePoints, maxSize: 3 }).texts(), [`a${"\u0301".repeat(20)}`, "b"]);
  assert.deepEqual(split("", "chunk", { unit: "token", tokenizer: codePoints, maxSize: 3 }).texts(), []);
  assert.deepEqual(split("     ", "chunk", { unit: "token", tokenizer: codePoints, maxSize: 3 }).texts(), ["   ", "  "]);
});

test("TextDocument.split gives the same chunks", () => {
  const [, text] = texts[0];
  const options = { unit: "token", tokenizer: countTokens, maxSize: 128, overlap: 1 };
  const doc = new TextDocument(text);
  const fromDocument = doc.split("chunk", options);
  doc.free();
  const fromString = split(text, "chunk", options);
  assert.deepEqual([fromDocument.starts, fromDocument.ends, fromDocument.freshStarts], [fromString.starts, fromString.ends, fromString.freshStarts]);
  assert.throws(() => doc.split("chunk", options), /freed/);
});

test("bad tokenizers and options: a clear Error", () => {
  const chunk = (options) => () => split("One two. Three four.", "chunk", { unit: "token", maxSize: 3, ...options });
  const failing = () => {
    throw new RangeError("vocabulary not loaded");
  };
  assert.throws(chunk({ tokenizer: failing }), (error) => {
    assert.match(error.message, /^textlens\.split: the tokenizer threw on a text of \d+ UTF-16 units: vocabulary not loaded$/);
    assert.ok(error.cause instanceof RangeError);
    return true;
  });
  for (const [result, shown] of [["3", "string"], [Number.NaN, "NaN"], [-1, "-1"], [1.5, "1.5"], [undefined, "undefined"], [null, "null"], [[3], "object"]]) {
    assert.throws(chunk({ tokenizer: () => result }), new RegExp(`the tokenizer must return a whole number of tokens ≥ 0, got ${shown} for a text`), shown);
  }
  assert.throws(chunk({}), { name: "TypeError", message: /unit "token" needs a tokenizer, a function \(text\) => number of tokens; got undefined/ });
  assert.throws(chunk({ tokenizer: countTokens, maxSize: 0 }), /maxSize must be a whole number ≥ 1, got 0/);
  assert.throws(chunk({ tokenizer: countTokens, minSize: 5 }), /minSize 5 is larger than maxSize 3/);
  assert.throws(chunk({ tokenizer: countTokens, overlap: 1, overlapSize: 2 }), /overlap \(whole sentences\) or overlapSize \(tokens\), not both/);
  assert.throws(chunk({ tokenizer: countTokens, maxTokens: 3 }), /unknown chunk option "maxTokens"/);
  // The other units have no tokenizer or overlapSize.
  assert.throws(() => split("One.", "chunk", { unit: "grapheme", maxSize: 3, overlapSize: 1 }), /overlapSize/);
});
