// The `lang` option through the public JS API, against the built package (pkg/node.mjs): split,
// count, wordCount, Highlighter rules and TextDocument take it, count reports the language used,
// and a wrong type or an unknown tag throws an Error that names it. (The rules of each language
// are checked case by case natively, in tests/languages.rs.)

import { test } from "node:test";
import assert from "node:assert/strict";
import { split, count, wordCount, Highlighter, TextDocument } from "../../pkg/node.mjs";

const german = "Er kam am 3. Mai nach Berlin. Er sagte: „Wir bleiben.“ Dann ging er.";
const germanSentences = ["Er kam am 3. Mai nach Berlin. ", "Er sagte: „Wir bleiben.“ ", "Dann ging er."];

test("split takes lang, and detects it by default", () => {
  assert.deepEqual(split(german, "sentence", { lang: "de" }).texts(), germanSentences);
  assert.deepEqual(split(german, "sentence").texts(), germanSentences);
  assert.deepEqual(split(german, "sentence", { lang: "auto" }).texts(), germanSentences);
  // Read as English, "3." before a capital ends a sentence and “ closes nothing.
  assert.notDeepEqual(split(german, "sentence", { lang: "en" }).texts(), germanSentences);
});

test("count reports the language it used and how sure it is", () => {
  const detected = count(german).language;
  assert.equal(detected.tag, "de");
  assert.equal(detected.detected, true);
  assert.ok(detected.confidence > 0 && detected.confidence <= 1, String(detected.confidence));
  assert.deepEqual(count(german, { lang: "de-AT" }).language, { tag: "de", detected: false, confidence: 1 });
  const readability = count(german, { lang: "de" }).readability;
  assert.equal(readability.fleschReadingEase.value, null);
  assert.match(readability.fleschReadingEase.reason, /English/);
  assert.equal(count(german, { lang: "de" }).sentences, 3);
});

test("TextDocument passes its lang to split and count; a call's own lang wins", () => {
  const doc = new TextDocument(german, { lang: "en" });
  try {
    assert.deepEqual(doc.split("sentence").texts(), split(german, "sentence", { lang: "en" }).texts());
    assert.deepEqual(doc.split("sentence", { lang: "de" }).texts(), germanSentences);
    assert.equal(doc.count().language.tag, "en");
    assert.equal(doc.split("word").length, split(german, "word").length);
    assert.equal(doc.wordCount({ lang: "de" }), wordCount(german));
  } finally {
    doc.free();
  }
});

test("Highlighter rules take lang for the sentences of their matches", () => {
  const text = "Er kam am 3. Mai. Dann ging er.";
  const sentencesOf = (lang) => [...new Highlighter({ terms: ["Mai", "Dann"], lang }).ranges(text)].map((m) => m.sentence);
  assert.deepEqual(sentencesOf("de"), [0, 1]);
  assert.deepEqual(sentencesOf("en"), [1, 2]);
});

test("a wrong type or an unknown tag throws an Error naming it", () => {
  const cases = [
    [() => split(german, "sentence", { lang: "xx" }), /"xx"/],
    [() => split(german, "sentence", { lang: 3 }), /lang.*integer `3`/],
    [() => count(german, { lang: "klingon" }), /"klingon"/],
    [() => count(german, { lang: ["de"] }), /lang/],
    [() => wordCount(german, { lang: "zz-ZZ" }), /"zz-ZZ"/],
    [() => new Highlighter({ lang: "de--x" }), /"de--x"/],
    [() => new TextDocument(german, { lang: 7 }), /options\.lang must be a string/],
    [() => new TextDocument(german, { language: "de" }), /unknown option "language"/],
    [() => new TextDocument(german, { lang: "qq" }).count(), /"qq"/],
    [() => split(german, "word", { lang: "de" }), /lang does not apply to granularity "word"/],
  ];
  for (const [call, message] of cases) assert.throws(call, (error) => error instanceof Error && message.test(error.message), String(call));
});

test("chunks cut sentences by the rules of the text's language, given or detected", () => {
  // "3. Mai" ends no German sentence; the English rules end one at "3.".
  const text = "Die Messe beginnt am 3. Mai in Leipzig. Sie dauert bis zum 7. Mai.";
  const first = (options, on = text) => split(on, "chunk", { maxSize: 30, ...options }).texts()[0];
  assert.equal(first({}), "Die Messe beginnt am 3. Mai in");
  assert.equal(first({ lang: "de" }), "Die Messe beginnt am 3. Mai in");
  assert.equal(first({ lang: "en" }), "Die Messe beginnt am 3. ");
  const document = new TextDocument(text, { lang: "en" });
  assert.equal(first({}, document), "Die Messe beginnt am 3. ", "a document's language applies to its chunks");
  assert.equal(first({ lang: "de" }, document), "Die Messe beginnt am 3. Mai in", "unless the call gives its own");
  document.free();
  assert.throws(() => split(text, "chunk", { maxSize: 30, lang: "xx" }), /"xx"/);
});

test("mixed-language text never fails", () => {
  const text = "Der Vertrag gilt ab dem 3. Mai. The deal holds. 合同已经签署。 ฝนตกหนักมาก เมื่อฝนหยุดเราก็ออกไป Πού πας;";
  for (const lang of ["auto", "de", "en", "zh", "th", "el", "am"]) {
    const sentences = split(text, "sentence", { lang });
    assert.equal(sentences.texts().join(""), text, lang);
    assert.ok(count(text, { lang }).sentences >= 3, lang);
  }
});
