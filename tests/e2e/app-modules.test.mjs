// The page's pure modules, in Node: how the terms box is read, how highlight rules are made, how
// CSV fields are quoted, how numbers are written; and that the service worker's offline copy
// lists every file the page loads. (The browser tests cover the same code end to end; these pin
// the edge cases by name.)
//
// Run: node --test tests/e2e/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "./support.mjs";
import { highlightRules, parseTerms, termEntries, categoryLabel, targetNote, TERM_CATEGORY_PREFIX } from "../../www/rules.js";
import { csvField, toCsv, statisticsRows, exportName, piecesText } from "../../www/export.js";
import { Stepper } from "../../www/stepper.js";
import { Scheduler } from "../../www/scheduler.js";
import { lengthBins } from "../../www/panels/insights.js";
import { formatDuration, formatScore, gradeLabel, fleschLabel } from "../../www/format.js";

test("the terms box: one term per line or comma-separated, blanks and repeats left out", () => {
  const cases = [
    { name: "lines", source: "WeChat\nTikTok", expected: ["WeChat", "TikTok"] },
    { name: "commas", source: "WeChat, TikTok ,judge", expected: ["WeChat", "TikTok", "judge"] },
    { name: "both, CRLF, blanks", source: "a, b\r\n\r\n , c,\n", expected: ["a", "b", "c"] },
    { name: "repeats differ in case", source: "Judge\njudge\nJUDGE", expected: ["Judge"] },
    { name: "case-sensitive keeps them", source: "Judge\njudge", options: { caseSensitive: true }, expected: ["Judge", "judge"] },
    { name: "phrases keep inner spaces", source: "national security", expected: ["national security"] },
    { name: "regex: lines only, commas are syntax", source: "a{1,3}\n\\d+, \\w", options: { regex: true }, expected: ["a{1,3}", "\\d+, \\w"] },
    { name: "regex: spaces are kept", source: " x \n", options: { regex: true }, expected: [" x "] },
    { name: "empty", source: "", expected: [] },
  ];
  for (const { name, source, options, expected } of cases) assert.deepEqual(parseTerms(source, options), expected, name);
});

test("highlight rules: each term its own category and colour; regex and whole-word options", () => {
  const base = { terms: "", regex: false, caseSensitive: false, diacriticInsensitive: true, wholeWord: true, detectors: ["adverbs"] };
  const terms = highlightRules({ ...base, terms: Array.from({ length: 9 }, (_, i) => `t${i}`).join("\n") });
  assert.equal(terms.accuracy, "whole");
  assert.deepEqual(terms.detectors, ["adverbs"]);
  assert.deepEqual(terms.terms[0], { text: "t0", category: `${TERM_CATEGORY_PREFIX}t0`, className: "term-0" });
  assert.equal(terms.terms[8].className, "term-0", "colours repeat after eight");
  assert.equal(terms.patterns, undefined);

  const patterns = highlightRules({ ...base, terms: "US\nWe\\w+", regex: true, caseSensitive: true, wholeWord: false });
  assert.deepEqual(patterns.patterns, [
    { pattern: "US", flags: "", category: `${TERM_CATEGORY_PREFIX}US`, className: "term-0" },
    { pattern: "We\\w+", flags: "", category: `${TERM_CATEGORY_PREFIX}We\\w+`, className: "term-1" },
  ]);
  const whole = highlightRules({ ...base, terms: "a|b", regex: true });
  assert.deepEqual(whole.patterns[0], { pattern: "\\b(?:a|b)\\b", flags: "i", category: `${TERM_CATEGORY_PREFIX}a|b`, className: "term-0" });

  assert.equal(categoryLabel(`${TERM_CATEGORY_PREFIX}adverb`), "adverb", "a term named like a category is still the term");
  assert.equal(categoryLabel("adverb"), "Adverbs");
  assert.equal(categoryLabel("veryHardSentence"), "Very hard sentences");
});

test("CSV fields are quoted when RFC 4180 needs it", () => {
  const cases = [
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    [" edge", '" edge"'],
    ["edge ", '"edge "'],
    [42, "42"],
    [null, ""],
    [undefined, ""],
    [false, "false"],
  ];
  for (const [value, expected] of cases) assert.equal(csvField(value), expected, JSON.stringify(value));
  assert.equal(toCsv(["a", "b"], [{ a: 1, b: "x,y" }, { a: 2 }]), 'a,b\r\n1,"x,y"\r\n2,\r\n');
});

test("statistics rows: nested names dotted, arrays numbered from 1, per-sentence list left out", () => {
  const rows = statisticsRows({
    words: 3,
    readability: { smog: { value: null, reason: "needs 30 sentences" } },
    frequencies: { words: [{ text: "x", count: 2 }] },
    perSentence: [{ words: 3 }],
  });
  assert.deepEqual(rows, [
    { metric: "words", value: 3 },
    { metric: "readability.smog.value", value: null },
    { metric: "readability.smog.reason", value: "needs 30 sentences" },
    { metric: "frequencies.words.1.text", value: "x" },
    { metric: "frequencies.words.1.count", value: 2 },
  ]);
});

test("numbers as the page writes them", () => {
  assert.deepEqual([0, 0.4, 59.5, 60, 238.2, 3599, 3600, 3725].map(formatDuration), [
    "0 s", "0 s", "1 min 0 s", "1 min 0 s", "3 min 58 s", "59 min 59 s", "1 h 0 min", "1 h 2 min",
  ]);
  assert.deepEqual([35.16, 9.95, 0, null].map(formatScore), ["35.2", "10.0", "0.0", "–"]);
  assert.deepEqual([3, 8.9, 9, 12.5, 15].map(gradeLabel).map((label) => label.split(":")[0]), [
    "very easy", "plain", "fairly hard", "hard", "very hard",
  ]);
  assert.deepEqual([95, 65, 35, 10].map((score) => fleschLabel(score)), ["very easy", "plain English", "difficult", "very confusing"]);
  assert.equal(fleschLabel(65, "de"), "plain", "the adaptations to other languages keep the bands");
});

test("the service worker's offline copy lists every file the page loads", async () => {
  const source = await readFile(path.join(repoRoot, "www/sw.js"), "utf8");
  const listed = JSON.parse(source.match(/const PRECACHE = (\[[^\]]*\])/)[1].replace(/,\s*\]/, "]"));
  const pageFiles = (await readdir(path.join(repoRoot, "www"), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name !== "sw.js")
    .map((entry) => path.relative(path.join(repoRoot, "www"), path.join(entry.parentPath, entry.name)));
  assert.ok(pageFiles.includes("panels/editor.js"), "files in folders are listed too");
  for (const file of pageFiles) assert.ok(listed.includes(file), `${file} is precached`);
  // The textlens files the page imports (pkg/textlens.js and what it imports, and the wasm).
  for (const file of ["pkg/textlens.js", "pkg/core.js", "pkg/highlight.js", "pkg/textlens_wasm.js", "pkg/textlens_wasm_bg.wasm"]) {
    assert.ok(listed.includes(file), `${file} is precached`);
  }
  const imported = [...(await readFile(path.join(repoRoot, "js/textlens.js"), "utf8")).matchAll(/from "\.\/([\w.]+)"/g)].map((m) => m[1]);
  for (const file of imported) assert.ok(listed.includes(`pkg/${file}`), `pkg/${file} (imported by textlens.js) is precached`);
});

test("terms keep the line they came from, for messages about them", () => {
  assert.deepEqual(termEntries("a, b\n\nc\na"), [{ text: "a", line: 1 }, { text: "b", line: 1 }, { text: "c", line: 3 }]);
  assert.deepEqual(termEntries("x,y\n(z", { regex: true }), [{ text: "x,y", line: 1 }, { text: "(z", line: 2 }]);
});

test("detector targets: at most one adverb per 100 words, one passive per 10 sentences", () => {
  assert.equal(targetNote("adverb", 2, { words: 300, sentences: 20 }), "aim for at most 3");
  assert.equal(targetNote("adverb", 5, { words: 300, sentences: 20 }), "aim for at most 3 · 2 over");
  assert.equal(targetNote("passive", 1, { words: 10, sentences: 3 }), "aim for at most 1");
  assert.equal(targetNote("quote", 9, { words: 300, sentences: 20 }), "");
});

test("CSV rounds fractions to two decimals; exports are named by the text and the day", () => {
  assert.deepEqual([csvField(12.3456), csvField(7), csvField(-0.005), csvField(1e-9)], ["12.35", "7", "-0.01", "0"]);
  assert.equal(exportName("sentences", "  Harbour town: votes to keep ferry", "2026-12-02"), "textlens-sentences-harbour-town-votes-to-2026-12-02");
  assert.equal(exportName("matches", "Ünïcode — straße 42!", "2026-01-01"), "textlens-matches-ünïcode-straße-42-2026-01-01");
  assert.equal(exportName("statistics", "", "2026-01-01"), "textlens-statistics-2026-01-01");
});

test("pieces as text: trimmed, sentences a line each, others a blank line apart", () => {
  assert.equal(piecesText("chunk", [" One. ", "Two.\n", "  "]), "One.\n\nTwo.");
  assert.equal(piecesText("sentence", ["One.", " Two. "]), "One.\nTwo.");
});

test("the stepper walks one category's matches in order, both ways, wrapping", () => {
  const stepper = new Stepper();
  assert.equal(stepper.step(0), null, "nothing before a result");
  stepper.reset({ starts: [0, 5, 9, 14], ends: [3, 8, 12, 17], categoryIds: [1, 0, 1, 1] });
  assert.deepEqual(stepper.step(1), { category: 1, index: 0, start: 0, end: 3, position: 1, total: 3 });
  assert.equal(stepper.step(1).start, 9);
  assert.equal(stepper.again(1).start, 14);
  assert.equal(stepper.again(1).start, 0, "wraps at the end");
  assert.equal(stepper.again(-1).start, 14, "and at the start");
  assert.equal(stepper.step(0, -1).start, 5);
  assert.equal(stepper.step(2), null, "a category without matches");
  stepper.reset({ starts: [], ends: [], categoryIds: [] });
  assert.equal(stepper.again(1), null);
});

test("the scheduler serves the newest request of each channel, numbers first, after the newest text", async () => {
  const served = [];
  let release;
  const ready = new Promise((resolve) => (release = resolve));
  const done = new Promise((resolve) => {
    const scheduler = new Scheduler({
      order: ["analyze", "pieces"],
      ready,
      useText: ({ text }) => served.push(`text ${text}`),
      serve: (request) => {
        served.push(`${request.channel} ${request.n}`);
        if (served.length === 3) resolve();
      },
    });
    scheduler.receive({ type: "setText", text: "old" });
    scheduler.receive({ channel: "pieces", n: 1 });
    scheduler.receive({ channel: "analyze", n: 1 });
    scheduler.receive({ type: "setText", text: "new" });
    scheduler.receive({ channel: "pieces", n: 2 });
    scheduler.receive({ channel: "analyze", n: 2 });
  });
  release();
  await done;
  assert.deepEqual(served, ["text new", "analyze 2", "pieces 2"]);
});

test("a text that arrives while the scheduler waits for the one before is used next", async () => {
  const served = [];
  let release;
  const slow = new Promise((resolve) => (release = resolve));
  let scheduler;
  const done = new Promise((resolve) => {
    scheduler = new Scheduler({
      order: ["analyze"],
      // The first text takes a while (as Markdown does while its parser loads).
      useText: async ({ text }) => {
        if (text === "first") await slow;
        served.push(`text ${text}`);
      },
      serve: (request) => {
        served.push(`${request.channel} ${request.n}`);
        if (request.n === 2) resolve();
      },
    });
  });
  scheduler.receive({ type: "setText", text: "first" });
  scheduler.receive({ channel: "analyze", n: 1 });
  await new Promise((resolve) => setTimeout(resolve, 0)); // the scheduler now waits on "first"
  await new Promise((resolve) => setTimeout(resolve, 0));
  scheduler.receive({ type: "setText", text: "second" });
  scheduler.receive({ channel: "analyze", n: 2 });
  release();
  await done;
  assert.deepEqual(served, ["text first", "text second", "analyze 2"]);
});

test("sentence lengths are binned by words", () => {
  const bins = lengthBins(Uint32Array.from([0, 1, 5, 6, 40, 41, 500]));
  assert.deepEqual(bins.map((bin) => bin.count), [2, 1, 0, 0, 0, 0, 1, 2]);
  assert.equal(bins.at(-1).label, "41+");
});

