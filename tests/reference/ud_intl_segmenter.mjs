#!/usr/bin/env node
// Scores Intl.Segmenter (granularity "sentence", UAX #29 as ICU implements it) on the UD dev
// sentences of every language, as JSON on standard output:
//
//     node tests/reference/ud_intl_segmenter.mjs ../shared/corpus/ud > tests/reference/ud_intl_segmenter.json
//
// Texts, boundaries and scores follow tests/reference/ud_sentence_peers.py exactly (offsets are
// UTF-16 units here and code points there; the boundaries are the same).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const UNSPACED = new Set(["zh", "ja"]);
const GROUP = 10;

/** Each document's paragraphs; a file of one-sentence documents (ja) grouped ten to a paragraph. */
function readDocuments(path) {
  const docs = readFileSync(path, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line).paragraphs);
  if (!docs.every((doc) => doc.length === 1 && doc[0].length === 1)) return docs;
  const grouped = [];
  for (let i = 0; i < docs.length; i += GROUP) grouped.push([docs.slice(i, i + GROUP).map((doc) => doc[0][0])]);
  return grouped;
}

function starts(sentences, separator) {
  const result = [];
  let offset = 0;
  for (const sentence of sentences.slice(0, -1)) {
    offset += sentence.length + separator.length;
    result.push(offset);
  }
  return result;
}

function texts(path, separator) {
  const documents = [];
  const paragraphs = [];
  for (const doc of readDocuments(path)) {
    let text = "";
    const gold = [];
    doc.forEach((sentences, i) => {
      const paragraph = sentences.join(separator);
      paragraphs.push([paragraph, starts(sentences, separator)]);
      if (i) {
        text += "\n\n";
        gold.push(text.length);
      }
      gold.push(...starts(sentences, separator).map((start) => start + text.length));
      text += paragraph;
    });
    documents.push([text, gold]);
  }
  return [documents, paragraphs];
}

/** Where each segment after the first starts, past whitespace. */
function boundaries(text, segmenter) {
  const result = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const start = index + segment.length - segment.trimStart().length;
    if (start > 0 && segment.trim()) result.push(start);
  }
  return result;
}

function score(cases, segmenter) {
  let truePositive = 0;
  let predicted = 0;
  let goldTotal = 0;
  for (const [text, gold] of cases) {
    const found = new Set(boundaries(text, segmenter));
    const golden = new Set(gold);
    for (const b of found) if (golden.has(b)) truePositive += 1;
    predicted += found.size;
    goldTotal += golden.size;
  }
  const precision = predicted ? truePositive / predicted : 0;
  const recall = goldTotal ? truePositive / goldTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x) => Math.round(x * 10000) / 10000;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

const corpus = process.argv[2];
const result = {
  command: "node tests/reference/ud_intl_segmenter.mjs ../shared/corpus/ud",
  version: `Node ${process.versions.node}, ICU ${process.versions.icu}`,
  languages: {},
};
for (const name of readdirSync(corpus).filter((n) => n.endsWith(".sentences.jsonl")).sort()) {
  const language = name.split(".")[0];
  const [documents, paragraphs] = texts(join(corpus, name), UNSPACED.has(language) ? "" : " ");
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  result.languages[language] = { document: score(documents, segmenter), paragraph: score(paragraphs, segmenter) };
}
console.log(JSON.stringify(result, null, 2));
