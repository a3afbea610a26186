// A smoke run of the benchmark harness (bench/harness.mjs), so that it does not rot: tiny texts,
// one timed round, a slice budget so small that the slow peers take the slicing path, and two
// highlight term sets (the second over mark.js's batch size), tiny Chinese, Japanese and Thai texts
// for the dictionary words (and one load of the dictionary module), the plain page and a worker
// pool of four articles. It checks that every contestant of
// every task produced a sane result: the same counts where two ways must agree exactly, counts
// within a factor of textlens's where the peers' rules differ, the sizes and the memory. No
// assertion is about time, and nothing is written to bench/ (the texts and bundle go to a
// temporary directory; bench/results.md stays as it is).
//
// Run: node --test tests/e2e/   (needs pkg/ built: `make test` does both)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./support.mjs";
import { runBench } from "../../bench/harness.mjs";
import { renderResults } from "../../bench/report.mjs";

const TERM_COUNTS = [10, 150];
const POOL_ARTICLES = 4;
const resultsFile = path.join(repoRoot, "bench", "results.md");
let outDir;
let results;
let resultsBefore;

before(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), "textlens-bench-smoke-"));
  resultsBefore = await readFile(resultsFile, "utf8").catch(() => null);
  results = await runBench({
    outDir,
    englishSizesMb: [0.03],
    mixSizeMb: 0.03,
    dictionarySizeMb: 0.03,
    termCounts: TERM_COUNTS,
    runs: 1,
    sliceBudgetMs: 1,
    coldStartSamples: 1,
    plainCalls: 1,
    poolTermCount: TERM_COUNTS[0],
    poolArticles: POOL_ARTICLES,
  });
});

after(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** The rows of `task` on `text`, keyed "peer: how". */
function rowsOf(task, text) {
  const rows = results.rows.filter((r) => r.task === task && r.text === text);
  return new Map(rows.map((r) => [`${r.peer}: ${r.how}`, r]));
}

/** The row whose key starts with `prefix`; fails when there is none. */
function row(rows, prefix) {
  const found = [...rows].find(([key]) => key.startsWith(prefix));
  assert.ok(found, `no row "${prefix}…" among ${[...rows.keys()].join(" / ")}`);
  return found[1];
}

/** textlens's count on the text this row ran on (its slice, for a sliced peer). */
const referenceOf = (r, reference) => (r.referenceResult ?? reference.result);

function assertWithin(r, reference, factor) {
  const expected = referenceOf(r, reference);
  const ratio = r.result / expected;
  assert.ok(
    ratio >= 1 / factor && ratio <= factor,
    `${r.task} ${r.text} ${r.peer} (${r.how}): ${r.result} ${r.unit}, textlens ${expected} on the same text`,
  );
}

const english = () => results.texts.find((t) => t.english).label;
/** The texts every task but dictionary-words runs on (the one-language texts carry a `lang`). */
const generalTexts = () => results.texts.filter((t) => !t.lang);
const mix = () => results.texts.find((t) => !t.english).label;

test("every contestant of every task ran and gave a positive count and a time", () => {
  const tasks = ["graphemes", "words", "sentences", "statistics", "boundary", "dictionary-words", ...TERM_COUNTS.map((n) => `highlight-${n}`)];
  for (const text of results.texts) {
    for (const task of tasks) {
      const rows = rowsOf(task, text.label);
      if ((task.startsWith("highlight") && !text.english) || (task === "dictionary-words") !== Boolean(text.lang)) {
        assert.equal(rows.size, 0, `${task} does not run on ${text.label}`);
        continue;
      }
      assert.ok(rows.size >= 2, `${task} ${text.label}: ${rows.size} rows`);
      for (const r of rows.values()) {
        assert.ok(Number.isInteger(r.result) && r.result > 0, `${task} ${text.label} ${r.peer} (${r.how}): result ${r.result}`);
        assert.ok(Number.isFinite(r.medianMs) && r.medianMs >= 0, `${task} ${r.peer}: time ${r.medianMs}`);
        assert.equal(r.bytes, text.bytes);
        if (r.peer === "textlens") assert.deepEqual(r.otherResults, [], `${task} ${r.how}: same result on every call`);
      }
    }
  }
  const peers = new Set(results.rows.map((r) => r.peer));
  for (const peer of ["textlens", "Intl.Segmenter", "wink-nlp", "compromise", "sbd", "text-readability", "reading-time", "mark.js", "RegExp", "TextEncoder.encodeInto"]) {
    assert.ok(peers.has(peer), `${peer} never ran`);
  }
});

test("the slow peers took the slicing path and report textlens's count on the same slice", () => {
  const sliced = results.rows.filter((r) => r.msPerByte !== null);
  const slicedPeers = new Set(sliced.map((r) => r.peer));
  for (const peer of ["text-readability", "mark.js"]) assert.ok(slicedPeers.has(peer), `${peer} was not sliced`);
  for (const r of sliced) {
    assert.ok(r.sliceBytes < r.bytes && r.sliceBytes > 0, `${r.peer} slice ${r.sliceBytes} of ${r.bytes}`);
    assert.ok(Number.isInteger(r.referenceResult) && r.referenceResult > 0, `${r.peer}: reference ${r.referenceResult}`);
    assert.ok(r.msPerByte > 0 && r.medianMs >= r.sliceMs, `${r.peer}: ${r.medianMs} ms from ${r.sliceMs} ms on the slice`);
  }
  for (const r of results.rows.filter((r) => r.peer === "textlens" || r.peer === "TextEncoder.encodeInto")) {
    assert.equal(r.msPerByte, null, `${r.task} ${r.how} must run on the whole text`);
  }
});

test("graphemes: textlens and Intl.Segmenter agree exactly", () => {
  for (const { label } of generalTexts()) {
    const rows = rowsOf("graphemes", label);
    assert.equal(row(rows, "textlens").result, row(rows, "Intl.Segmenter").result, label);
  }
});

test("words: every peer within a factor of textlens on English, all counted on the mix", () => {
  const rows = rowsOf("words", english());
  const textlens = row(rows, "textlens: split(");
  for (const r of rows.values()) {
    if (r.peer === "TextEncoder.encodeInto") assert.equal(r.result, results.texts.find((t) => t.english).bytes);
    else assertWithin(r, textlens, 1.5);
  }
  const counted = row(rowsOf("statistics", english()), "textlens").result;
  assert.equal(row(rows, "textlens: wordCount(").result, counted, "wordCount(text) = count(text).words");
  // On the mix, Chinese, Japanese and Thai have no spaces: only textlens and Intl split them.
  const mixRows = rowsOf("words", mix());
  assertWithin(row(mixRows, "Intl.Segmenter"), row(mixRows, "textlens: split("), 1.5);
});

test("dictionary words: one text per language, textlens and Intl.Segmenter within a factor", () => {
  const langTexts = results.texts.filter((t) => t.lang);
  assert.deepEqual(langTexts.map((t) => t.lang), ["zh", "ja", "th"]);
  for (const { label, bytes } of langTexts) {
    assert.ok(bytes <= 30_000 && bytes > 29_990, `${label}: ${bytes} bytes`);
    const rows = rowsOf("dictionary-words", label);
    assert.equal(rows.size, 2);
    // Both split by a dictionary or model: a per-character or per-run count would be far off.
    assertWithin(row(rows, "Intl.Segmenter"), row(rows, "textlens"), 1.5);
  }
});

test("sentences and statistics: counts within a factor of textlens on English", () => {
  const sentences = rowsOf("sentences", english());
  const textlens = row(sentences, "textlens");
  for (const r of sentences.values()) assertWithin(r, textlens, 4);
  const statistics = rowsOf("statistics", english());
  const count = row(statistics, "textlens");
  for (const r of statistics.values()) assertWithin(r, count, 1.5);
});

test("boundary: the string and TextDocument paths give the same results", () => {
  for (const { label, bytes } of generalTexts()) {
    const rows = rowsOf("boundary", label);
    assert.equal(row(rows, 'textlens: split(text, "word")').result, row(rows, 'textlens: doc.split("word")').result);
    assert.equal(row(rows, "textlens: count(text)").result, row(rows, "textlens: doc.count()").result);
    assert.equal(row(rows, 'textlens: doc.split("sentence")').result, row(rowsOf("sentences", label), "textlens").result);
    assert.equal(row(rows, "TextEncoder.encodeInto").result, bytes);
    assert.equal(row(rows, "textlens: count(text)").result, row(rowsOf("statistics", label), "textlens").result);
  }
});

test("highlighting: textlens's four outputs agree; mark.js and the RegExp find about as many", () => {
  for (const n of TERM_COUNTS) {
    const rows = rowsOf(`highlight-${n}`, english());
    const ranges = row(rows, "textlens: highlighter.ranges(");
    for (const how of ["highlighter.ranges(doc)", "highlighter.html(", "highlighter.apply(", "highlighter.applyCss("]) {
      assert.equal(row(rows, `textlens: ${how}`).result, ranges.result, `${n} terms, ${how}`);
    }
    assertWithin(row(rows, "mark.js"), ranges, 1.5);
    assertWithin(row(rows, "RegExp"), ranges, 1.5);
    assert.ok(row(rows, "textlens: highlighter.ranges(").compileMs >= 0);
  }
  assert.deepEqual(results.termSets.map((terms) => new Set(terms).size), TERM_COUNTS, "distinct terms");
});

test("start-up, size, memory and versions are reported; bench/results.md is untouched", async () => {
  assert.ok(results.coldStartMs.length === 1 && results.coldStartMs[0] > 0);
  assert.ok(results.dictionaryLoadMs.length === 1 && results.dictionaryLoadMs[0] > 0);
  for (const sizes of [results.wasm, results.dictionaryWasm]) {
    const { raw, gzip, brotli } = sizes;
    assert.ok(raw > 0 && gzip < raw && brotli < raw, JSON.stringify(sizes));
  }
  assert.ok(results.dictionaryWasm.raw > results.wasm.raw, "the dictionary data is the larger module");
  assert.ok(results.memory.length === results.texts.length);
  for (const { bytes } of results.memory) assert.ok(bytes >= 64 * 1024 && bytes % 65536 === 0, `memory ${bytes}`);
  assert.match(results.versions.chromium, /^\d+\./);
  assert.match(results.versions["mark.js"], /^\d+\.\d+\.\d+$/);
  assert.equal(await readFile(resultsFile, "utf8").catch(() => null), resultsBefore);
});

test("the plain page: each contestant gave the harness's result, in a page not cross-origin isolated", () => {
  const tasks = ["words", "sentences", ...TERM_COUNTS.map((n) => `highlight-${n}`)];
  const plain = results.plainRows.filter((r) => r.text === english());
  assert.deepEqual([...new Set(plain.map((r) => r.task))], tasks);
  for (const r of plain) {
    const harness = results.rows.find((h) => h.task === r.task && h.text === r.text && h.peer === r.peer && h.how === r.how);
    assert.ok(harness, `no harness row for plain ${r.task} ${r.peer} ${r.how}`);
    // A sliced harness row counted its slice; on the small smoke text only the unsliced ones compare.
    if (harness.msPerByte === null) assert.equal(r.result, harness.result, `${r.task} ${r.peer} ${r.how}`);
    assert.ok(r.runsMs.length === 1 && r.medianMs >= 0);
  }
  assert.ok(plain.some((r) => r.peer === "Intl.Segmenter") && plain.some((r) => r.peer === "sbd") && plain.some((r) => r.peer === "RegExp"));
});

test("the worker pools: the batch gives the same totals on one thread and on the workers", () => {
  const { pool } = results;
  assert.equal(pool.articles, POOL_ARTICLES);
  for (const runs of [pool.node, pool.browser]) {
    assert.equal(runs.single.threads, 0);
    assert.ok(runs.pool.threads >= 1);
    assert.deepEqual(runs.pool.totals, runs.single.totals);
    assert.equal(runs.single.totals.articles, POOL_ARTICLES);
    assert.ok(runs.single.totals.words > 0 && runs.single.totals.sentences > 0 && runs.single.totals.matches > 0);
    assert.equal(runs.pool.wasmBytes.length, runs.pool.threads);
  }
  assert.equal(pool.node.pool.threads, pool.cores);
  assert.ok(pool.node.single.maxRssBytes > 0 && pool.node.pool.maxRssBytes > 0);
});

test("the report renders every section from the smoke run's results", () => {
  const markdown = renderResults({ ...results, date: "2026-01-01", durationS: 1 });
  for (const heading of ["Targets", "Dictionary words", "Highlighting by term count", "The plain page against the harness", "Scale past one core", "Tasks"]) {
    assert.match(markdown, new RegExp(`^## ${heading}`, "m"), heading);
  }
  assert.doesNotMatch(markdown, /NaN|undefined/);
  for (const lang of ["zh", "ja", "th"]) assert.match(markdown, new RegExp(`dictionary words ${lang} ≥ 1× Intl.Segmenter`));
});
