// Dictionary words through the Node entry (pkg/node.mjs, which loads the dictionary module on
// first use): accuracy against the UD gold word tokens and Intl.Segmenter (Node's ICU), UTF-16
// offsets that tile at every seam between scripts, long runs without a space, and what counting
// and highlighting take from the dictionary.
//
// Accuracy is the F1 of word-like tokens as character spans: a gold token counts when it has a
// letter or a number, a segment when it is flagged wordLike (isWordLike for Intl.Segmenter), and
// a segment is right when a gold token has exactly its start and end.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { split, loadDictionaries, count, Highlighter } from "../../pkg/node.mjs";
import { shared } from "./corpus.mjs";

const wordy = /[\p{L}\p{N}]/u;

/** The gold sentences of `lang`, each with its word-like tokens as "start:end" UTF-16 spans. */
function gold(lang) {
  const lines = readFileSync(join(shared, "corpus", "ud", `${lang}.words.jsonl`), "utf8").trim().split("\n");
  return lines.map((line) => {
    const { text, tokens } = JSON.parse(line);
    const spans = [];
    let pos = 0;
    for (const token of tokens) {
      while (/\s/u.test(text[pos])) pos++;
      assert.equal(text.slice(pos, pos + token.length), token, `gold tokens of ${lang} align with the text`);
      if (wordy.test(token)) spans.push(`${pos}:${pos + token.length}`);
      pos += token.length;
    }
    return { text, spans };
  });
}

/** F1 of the word-like spans `segment(text)` gives against the gold ones. */
function f1(sentences, segment) {
  let right = 0, found = 0, expected = 0;
  for (const { text, spans } of sentences) {
    const wanted = new Set(spans);
    const got = segment(text);
    expected += wanted.size;
    found += got.length;
    right += got.filter((span) => wanted.has(span)).length;
  }
  const precision = right / found, recall = right / expected;
  return (2 * precision * recall) / (precision + recall);
}

const textlensWords = (text) => [...split(text, "word")].filter((w) => w.wordLike).map((w) => `${w.start}:${w.end}`);
const intlWords = (lang) => {
  const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
  return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => `${s.index}:${s.index + s.segment.length}`);
};

for (const lang of ["zh", "ja", "th", "ko"]) {
  test(`UD ${lang} dev words: textlens scores at least Intl.Segmenter`, () => {
    const sentences = gold(lang);
    const ours = f1(sentences, textlensWords);
    const theirs = f1(sentences, intlWords(lang));
    console.log(`# ${lang}: textlens ${ours.toFixed(3)}, Intl.Segmenter ${theirs.toFixed(3)} (F1, ${sentences.length} sentences)`);
    assert.ok(ours >= theirs, `${lang}: textlens ${ours.toFixed(4)} < Intl.Segmenter ${theirs.toFixed(4)}`);
  });
}

/** Asserts that the word list tiles `text` in UTF-16 offsets with no empty segment. */
function assertTiles(what, text, list) {
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    assert.equal(list.starts[i], pos, `${what}: segment ${i}`);
    assert.ok(list.ends[i] > pos, `${what}: segment ${i} is empty`);
    pos = list.ends[i];
  }
  assert.equal(pos, text.length, what);
}

test("words tile the text in UTF-16 offsets at every seam between scripts", () => {
  const pieces = ["東京", "ひらがな", "カタカナ", "ภาษาไทย", "ພາສາລາວ", "ភាសាខ្មែរ", "မြန်မာ", "한국어", "abc", "42", " ", "。", "😀", "\u{301}", "𠀀"];
  for (const a of pieces) {
    for (const b of pieces) {
      const text = `${a}${b}${a}`;
      assertTiles(JSON.stringify(text), text, split(text, "word"));
    }
  }
});

test("dictionary words in mixed text, with astral characters before them", () => {
  const text = "😀 東京都に住む Alice は3年前からภาษาไทยを勉強";
  const words = [...split(text, "word")].filter((w) => w.wordLike).map((w) => w.text);
  assert.deepEqual(words, ["東京", "都", "に", "住む", "Alice", "は", "3", "年前", "から", "ภาษา", "ไทย", "を", "勉強"]);
});

test("a long run of Thai without spaces and 10 MB of one ideograph tile", () => {
  const thai = "ภาษาไทยง่ายมาก".repeat(100_000); // 1.4 M UTF-16 units, 4.2 MB of UTF-8
  const thaiWords = split(thai, "word");
  assertTiles("Thai", thai, thaiWords);
  assert.ok(thaiWords.length >= 200_000, `${thaiWords.length} words`);
  const han = "日".repeat(10_000_000 / 3);
  assertTiles("ideograph", han, split(han, "word"));
});

test("loadDictionaries in Node resolves (the module is already there on first use)", async () => {
  await loadDictionaries();
  assert.equal(split("東京", "word").length, 1);
});

test("count, top words and whole-word terms use dictionary words without a loadDictionaries call", () => {
  // 我们 在 学校 学习 中文 / 我们 喜欢 中文 (hand-segmented): 15 characters, 8 words.
  const text = "我们在学校学习中文。我们喜欢中文。";
  assert.equal(count(text).words, 15, "one word per character by default");
  const stats = count(text, { dictionaryWords: true });
  assert.equal(stats.words, 8);
  assert.deepEqual(stats.perSentence.map((s) => s.words), [5, 3]);
  assert.equal(stats.frequencies.needsDictionary, false);
  // 我们 and 在 are stop words; ties keep the order of first use.
  assert.deepEqual(count(text).frequencies.words.slice(0, 2).map((w) => [w.text, w.count]), [["中文", 2], ["学校", 1]]);
  const h = new Highlighter({ terms: ["学习", "校学"] });
  assert.deepEqual([...h.ranges(text)].map((m) => [m.start, m.text]), [[5, "学习"]], "校学 crosses the cut between 学校 and 学习");
  h.free();
});
