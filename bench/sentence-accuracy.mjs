// How correctly textlens and its peers split sentences, against the hand-labelled gold set in
// bench/sentence-gold.mjs. The benchmark (bench/run.mjs) shows how fast each splitter is; this shows
// how often it is right.
//
// The splitters trim and normalise whitespace differently (sbd trims every sentence, Intl.Segmenter
// keeps trailing spaces, a headline's blank line goes to either side), so a boundary is compared as
// a position counted in non-whitespace characters: the number of non-whitespace characters before
// it. That number does not depend on where a splitter puts the whitespace. A splitter whose output
// does not keep every non-whitespace character of the text, in order, is reported as altering the
// text in that case, and its boundaries there are not compared.
//
// Per splitter: the cases it splits exactly as the gold (every boundary, nothing more), and boundary
// precision, recall and F1 summed over all cases (micro-averaged).
//
//   node bench/sentence-accuracy.mjs    prints the results as markdown (needs pkg/, `make build`)
//
// As a module, `evaluate(textlensSplit)` returns the same results; tests/js/sentence-accuracy.test.mjs
// passes the `split` of the package it imports.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import sbd from "sbd";
import winkNLP from "wink-nlp";
import winkModel from "wink-eng-lite-web-model";
import nlp from "compromise";
import { GOLD } from "./sentence-gold.mjs";

const WHITESPACE = /\s/u;

/** The text with its whitespace removed: what every splitter's output must keep, in order. */
const withoutWhitespace = (text) => text.replace(/\s+/gu, "");

/** The version in a package.json, given relative to this file. */
const versionIn = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")).version;

/** The installed version of an npm package, from its package.json in the root node_modules. */
const versionOf = (name) => versionIn(`../node_modules/${name}/package.json`);

/**
 * The splitters compared, each a function from a text to its sentences as strings, called as the
 * benchmark calls them (bench/peers.js) unless `how` says otherwise.
 */
export function splitters(textlensSplit) {
  const wink = winkNLP(winkModel, ["sbd"]);
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  return [
    {
      name: "textlens",
      version: versionIn("../pkg/package.json"),
      how: 'split(text, "sentence"), article mode',
      split: (text) => textlensSplit(text, "sentence").texts(),
    },
    { name: "sbd", version: versionOf("sbd"), how: "sbd.sentences(text), default options", split: (text) => sbd.sentences(text) },
    {
      name: "sbd",
      version: versionOf("sbd"),
      how: "sbd.sentences(text, { newline_boundaries: true })",
      split: (text) => sbd.sentences(text, { newline_boundaries: true }),
    },
    {
      name: "wink-nlp",
      version: `${versionOf("wink-nlp")} + wink-eng-lite-web-model ${versionOf("wink-eng-lite-web-model")}`,
      how: 'readDoc(text).sentences().out(), "sbd" pipe only',
      split: (text) => wink.readDoc(text).sentences().out(),
    },
    {
      name: "compromise",
      version: versionOf("compromise"),
      how: "nlp.tokenize(text).sentences().out(\"array\")",
      split: (text) => nlp.tokenize(text).sentences().out("array"),
    },
    {
      name: "Intl.Segmenter",
      version: `Node ${process.versions.node} (ICU ${process.versions.icu})`,
      how: 'granularity "sentence" (UAX #29)',
      split: (text) => Array.from(segmenter.segment(text), (piece) => piece.segment),
    },
  ];
}

/**
 * The inner boundaries of a list of sentences as non-whitespace positions: after each sentence but
 * the last, how many non-whitespace characters came before. Sentences that are only whitespace
 * add no boundary.
 */
export function boundaries(sentences) {
  const positions = new Set();
  let seen = 0;
  for (const sentence of sentences) {
    seen += withoutWhitespace(sentence).length;
    positions.add(seen);
  }
  positions.delete(0);
  positions.delete(seen);
  return [...positions].sort((a, b) => a - b);
}

/** The index in `text` just after its `position`-th non-whitespace character. */
function indexAfter(text, position) {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (seen === position) return i;
    if (!WHITESPACE.test(text[i])) seen++;
  }
  return text.length;
}

/** A boundary shown in its context, e.g. `Northwind Inc. ‖ The terms`, for reading the failures. */
export function showBoundary(text, position, width = 18) {
  const at = indexAfter(text, position);
  const before = text.slice(Math.max(0, at - width), at).replace(/\s+/gu, " ").trimStart();
  const after = text.slice(at, at + width).replace(/\s+/gu, " ").trim();
  return `${before}‖ ${after}`;
}

/** One splitter on one case: the boundaries it found, missed and added. */
function judge(split, { name, sentences }) {
  const text = sentences.join("");
  const output = split(text);
  if (withoutWhitespace(output.join("")) !== withoutWhitespace(text)) {
    return { name, text, altered: true, exact: false, truePositives: 0, extra: [], missed: [] };
  }
  const gold = boundaries(sentences);
  const found = new Set(boundaries(output));
  const extra = [...found].filter((position) => !gold.includes(position));
  const missed = gold.filter((position) => !found.has(position));
  const truePositives = gold.length - missed.length;
  return { name, text, altered: false, exact: extra.length === 0 && missed.length === 0, truePositives, extra, missed };
}

/** `part / whole`, and 1 when there is nothing to divide: no boundary found means none was wrong. */
const ratio = (part, whole) => (whole === 0 ? 1 : part / whole);

/** Sums one splitter's verdicts into cases right, precision, recall and F1. */
function summarise(verdicts) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const verdict of verdicts) {
    truePositives += verdict.truePositives;
    falsePositives += verdict.extra.length;
    falseNegatives += verdict.missed.length;
  }
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  return {
    casesRight: verdicts.filter((verdict) => verdict.exact).length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    altered: verdicts.filter((verdict) => verdict.altered).map((verdict) => verdict.name),
    failures: verdicts.filter((verdict) => !verdict.exact),
  };
}

/** One splitter (a function from a text to its sentences) on the cases: its summary and failures. */
export function score(split, cases = GOLD) {
  return summarise(cases.map((goldCase) => judge(split, goldCase)));
}

/**
 * Every splitter on every gold case. `textlensSplit` is textlens's `split` function; the result is
 * one entry per splitter (in `splitters` order) with its summary and failing cases.
 */
export function evaluate(textlensSplit, cases = GOLD) {
  return splitters(textlensSplit).map(({ split, ...splitter }) => ({ ...splitter, ...score(split, cases) }));
}

const percent = (value) => `${(100 * value).toFixed(1)}%`;

/** One failing case as a markdown list item: what was missed, what was added, or that text changed. */
function describeFailure({ name, text, altered, missed, extra }) {
  if (altered) return `- ${name}: output alters the text`;
  const parts = [
    ...missed.map((position) => `missed \`${showBoundary(text, position)}\``),
    ...extra.map((position) => `extra \`${showBoundary(text, position)}\``),
  ];
  return `- ${name}: ${parts.join("; ")}`;
}

/** The results as markdown: the summary table, then each splitter's failing cases. */
export function markdown(results, caseCount = GOLD.length) {
  const lines = [
    `| splitter | version | called as | cases right (of ${caseCount}) | precision | recall | F1 |`,
    "|---|---|---|---:|---:|---:|---:|",
    ...results.map(
      (result) =>
        `| ${result.name} | ${result.version} | ${result.how} | ${result.casesRight} | ${percent(result.precision)} | ${percent(result.recall)} | ${percent(result.f1)} |`,
    ),
  ];
  for (const result of results) {
    lines.push("", `### ${result.name}: ${result.how} — ${result.failures.length} wrong`, "");
    lines.push(...result.failures.map(describeFailure));
  }
  return lines.join("\n");
}

async function main() {
  const { split } = await import("../pkg/node.mjs");
  const results = evaluate(split);
  console.log(`Sentence accuracy on ${GOLD.length} gold cases, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(markdown(results));
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main();

