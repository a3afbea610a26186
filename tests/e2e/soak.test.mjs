// Soak test in headless Chromium: 10,000 mixed operations of the public JS API on 1 MB of text
// (English articles and the UDHR in 22 languages, read from the shared corpus at test time),
// creating, using and freeing TextDocuments and Highlighters, with bad calls mixed in. The wasm
// memory (`memory.buffer.byteLength`) after a warm-up may grow by less than 5 % over the run, and
// every handle created must end freed. A second test shows that handles a page forgets (never
// `free()`d) are reclaimed after garbage collection, through wasm-bindgen's FinalizationRegistry.
//
// No assertion depends on time. Run: node --test tests/e2e/ (needs pkg/ built).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";
import { CHROMIUM_PATH, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/corpus");
const TEXT_LENGTH = 1_000_000;
const OPERATIONS = 10_000;
const WARM_UP_OPERATIONS = 1_000;
const MAX_GROWTH = 0.05;

let server;
let browser;
let page;
let text;

/** 1,000,000 UTF-16 units of corpus text: the UDHR in every language first, then English prose. */
async function corpusText() {
  const files = [];
  for (const dir of ["udhr", "en/state_union", "en/inaugural", "en/gutenberg"]) {
    for (const name of (await readdir(path.join(SHARED, dir))).sort()) {
      if (name.endsWith(".txt")) files.push(path.join(SHARED, dir, name));
    }
  }
  let joined = "";
  for (const file of files) {
    if (joined.length >= TEXT_LENGTH) break;
    joined += (await readFile(file, "utf8")) + "\n\n";
  }
  assert.ok(joined.length >= TEXT_LENGTH, `the corpus holds only ${joined.length} units`);
  // Never cut a surrogate pair in two: a lone surrogate is fine input, but not the point here.
  const end = /[\uD800-\uDBFF]/.test(joined[TEXT_LENGTH - 1]) ? TEXT_LENGTH - 1 : TEXT_LENGTH;
  return joined.slice(0, end);
}

before(async () => {
  text = await corpusText();
  const started = await startServer({ port: 0 });
  server = started.server;
  // --expose-gc gives the page `gc()`, for the test of forgotten handles.
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, "--js-flags=--expose-gc"] });
  page = await browser.newPage();
  // A blank page of the site's origin, so that /pkg/ modules load from it.
  await page.route(`${started.url}soak.html`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>textlens soak</title>" }));
  await page.goto(`${started.url}soak.html`);
  await page.evaluate(async () => {
    const textlens = await import("/pkg/textlens.js");
    await textlens.default();
    await textlens.loadDictionaries(); // the text has Chinese and Japanese words
    // The raw glue's init, called again, returns the instantiated module's exports (memory too).
    const exports = await (await import("/pkg/textlens_wasm.js")).default();
    globalThis.soak = { textlens, memory: exports.memory };
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("10,000 mixed operations on 1 MB: memory stays flat after warm-up, every handle is freed", { timeout: 600_000 }, async () => {
  const report = await page.evaluate(runSoak, { text, operations: OPERATIONS, warmUp: WARM_UP_OPERATIONS });
  const growth = (report.memoryAfter - report.memoryAfterWarmUp) / report.memoryAfterWarmUp;
  console.log(
    `soak: ${report.operations} operations (${JSON.stringify(report.byKind)}); wasm memory ` +
      `${report.memoryAfterWarmUp} bytes after warm-up, ${report.memoryAfter} after the run (${(growth * 100).toFixed(2)} %)`,
  );
  assert.deepEqual(report.failures, [], "every operation gives a correct result or the expected error");
  assert.equal(report.operations, OPERATIONS);
  assert.ok(growth < MAX_GROWTH, `wasm memory grew by ${(growth * 100).toFixed(2)} % after warm-up`);
  assert.ok(report.documents.created > 100 && report.highlighters.created > 100, JSON.stringify(report));
  assert.equal(report.documents.freed, report.documents.created, "documents left unfreed");
  assert.equal(report.highlighters.freed, report.highlighters.created, "highlighters left unfreed");
});

test("forgotten TextDocuments and Highlighters are reclaimed after garbage collection", { timeout: 300_000 }, async () => {
  const rounds = 5;
  const perRound = 20;
  const report = await page.evaluate(forgetHandles, { text, rounds, perRound });
  console.log(`forgotten handles: wasm memory after each round ${report.memory.join(", ")}`);
  // Each round forgets 20 copies of the text in wasm memory. Unreclaimed, they would add at least
  // that much every round; reclaimed, later rounds reuse the memory of earlier ones, so all the
  // rounds after the first together grow the memory by less than one round's copies.
  const roundBytes = perRound * new TextEncoder().encode(text).length;
  const growth = report.memory.at(-1) - report.memory[0];
  assert.ok(growth < roundBytes, `wasm memory grew by ${growth} bytes over ${rounds - 1} rounds of ${roundBytes}`);
});

/**
 * Runs in the page. Random but reproducible (a fixed seed) operations over windows of `text`:
 * split, chunk, count, documents, highlighters, and calls that must fail. Returns the memory
 * after warm-up and after the run, counts, and any wrong results.
 */
async function runSoak({ text, operations, warmUp }) {
  const { textlens, memory } = globalThis.soak;
  const { split, count, Highlighter, TextDocument, DETECTORS } = textlens;
  let seed = 0x5eed;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (items) => items[Math.floor(random() * items.length)];
  const words = text.slice(0, 200_000).match(/\p{L}{4,}/gu);
  const failures = [];
  const fail = (what) => failures.length < 20 && failures.push(what);
  const documents = { created: 0, freed: 0, live: [] };
  const highlighters = { created: 0, freed: 0, live: [] };
  const byKind = {};

  /** A window of the text: usually a few kilobytes, one time in 1000 the whole megabyte. */
  const window = () => {
    if (random() < 1 / 1000) return text;
    let start = Math.floor(random() * (text.length - 10_000));
    if (/[\uDC00-\uDFFF]/.test(text[start])) start += 1;
    let end = start + 1 + Math.floor(random() * 8_000);
    if (/[\uD800-\uDBFF]/.test(text[end - 1])) end += 1;
    return text.slice(start, end);
  };
  const tiles = (list, length) => {
    let position = 0;
    for (let i = 0; i < list.length; i++) {
      if (list.starts[i] !== position) return false;
      position = list.ends[i];
    }
    return position === length || (list.length === 0 && length === 0);
  };
  const randomRules = () => ({
    terms: Array.from({ length: 1 + Math.floor(random() * 50) }, () => pick(words)),
    patterns: random() < 0.5 ? ["\\b[0-9]+\\b", "(a+)+$"] : [],
    detectors: DETECTORS.filter(() => random() < 0.4),
  });
  const retire = (pool, handle) => {
    handle.free();
    pool.freed += 1;
    pool.live.splice(pool.live.indexOf(handle), 1);
  };
  const expectError = (call, part) => {
    try {
      call();
      fail(`no error for ${part}`);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.includes(part)) fail(`wrong error ${error?.message} for ${part}`);
    }
  };

  const operationsByKind = {
    split() {
      const piece = window();
      const granularity = pick(["grapheme", "word", "sentence", "paragraph", "line"]);
      const list = split(piece, granularity);
      const blankAllowed = (granularity === "sentence" || granularity === "paragraph") && piece.trim() === "";
      if (!(tiles(list, piece.length) || (blankAllowed && list.length === 0))) fail(`${granularity} does not tile`);
    },
    chunk() {
      const piece = window();
      const maxSize = 40 + Math.floor(random() * 400);
      const chunks = split(piece, "chunk", { maxSize, unit: pick(["grapheme", "word", "utf16"]), overlap: Math.floor(random() * 2) });
      if (chunks.length > 0 && chunks.ends[chunks.length - 1] !== piece.length) fail("chunks do not reach the end");
    },
    count() {
      const piece = window();
      const stats = count(piece, { frequencies: random() < 0.5, perSentence: random() < 0.5 });
      if (stats.characters.utf16 !== piece.length) fail("count: wrong length");
    },
    newDocument() {
      if (documents.live.length >= 8) retire(documents, pick(documents.live));
      documents.live.push(new TextDocument(window()));
      documents.created += 1;
    },
    useDocument() {
      if (documents.live.length === 0) return;
      const doc = pick(documents.live);
      const choice = random();
      if (choice < 0.4) {
        if (!tiles(doc.split("word"), doc.length)) fail("document words do not tile");
      } else if (choice < 0.7) {
        if (doc.count({ frequencies: false }).characters.utf16 !== doc.length) fail("document count: wrong length");
      } else if (highlighters.live.length > 0) {
        const highlighter = pick(highlighters.live);
        const ranges = highlighter.ranges(doc);
        if (ranges.length > 0 && ranges.ends[ranges.length - 1] > doc.length) fail("a match past the end");
      }
    },
    freeDocument() {
      if (documents.live.length > 0) retire(documents, pick(documents.live));
    },
    newHighlighter() {
      if (highlighters.live.length >= 4) retire(highlighters, pick(highlighters.live));
      highlighters.live.push(new Highlighter(randomRules()));
      highlighters.created += 1;
    },
    useHighlighter() {
      if (highlighters.live.length === 0) return;
      const highlighter = pick(highlighters.live);
      const piece = window().slice(0, 8_000);
      if (random() < 0.5) {
        const ranges = highlighter.ranges(piece);
        for (let i = 0; i < ranges.length; i++) if (ranges.ends[i] > piece.length) fail("a match past the end");
      } else {
        // Parsed back by the browser, the HTML is the text again, with nothing but marks.
        const template = document.createElement("template");
        template.innerHTML = highlighter.html(piece);
        if (template.content.textContent !== piece.replaceAll("\0", "\uFFFD")) fail("html changed the text");
        if ([...template.content.querySelectorAll("*")].some((element) => element.localName !== "mark")) {
          fail("html holds an element other than mark");
        }
      }
    },
    badCall() {
      const choice = Math.floor(random() * 4);
      if (choice === 0) expectError(() => new Highlighter({ patterns: ["(unclosed"] }), "invalid pattern");
      else if (choice === 1) expectError(() => split(window(), "chunk", { maxSize: 0 }), "maxSize");
      else if (choice === 2) expectError(() => count(window(), { top: "ten" }), "top");
      else {
        const doc = new TextDocument(window());
        documents.created += 1;
        doc.free();
        documents.freed += 1;
        expectError(() => doc.split("word"), "freed");
      }
    },
  };
  const weights = [
    ["split", 20], ["chunk", 8], ["count", 12], ["newDocument", 10], ["useDocument", 20], ["freeDocument", 6],
    ["newHighlighter", 5], ["useHighlighter", 14], ["badCall", 5],
  ];
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const step = () => {
    let roll = random() * total;
    const [kind] = weights.find(([, weight]) => (roll -= weight) < 0);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    try {
      operationsByKind[kind]();
    } catch (error) {
      fail(`${kind} threw ${error.message}`);
    }
  };

  // Warm-up: every whole-megabyte operation once, then random ones.
  for (const granularity of ["grapheme", "word", "sentence", "paragraph", "line"]) split(text, granularity);
  count(text);
  const bigDocument = new TextDocument(text);
  const bigHighlighter = new Highlighter({ terms: words.slice(0, 1000), detectors: [...DETECTORS] });
  bigHighlighter.ranges(bigDocument);
  bigHighlighter.html(bigDocument);
  bigDocument.free();
  bigHighlighter.free();
  for (let i = 0; i < warmUp; i++) step();
  const memoryAfterWarmUp = memory.buffer.byteLength;
  for (const key of Object.keys(byKind)) delete byKind[key];

  let done = 0;
  for (; done < operations; done++) {
    step();
    // Let the page breathe (and any finalizers run) now and then.
    if (done % 1000 === 999) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  while (documents.live.length > 0) retire(documents, documents.live[0]);
  while (highlighters.live.length > 0) retire(highlighters, highlighters.live[0]);
  return {
    operations: done,
    byKind,
    failures,
    memoryAfterWarmUp,
    memoryAfter: memory.buffer.byteLength,
    documents: { created: documents.created, freed: documents.freed },
    highlighters: { created: highlighters.created, freed: highlighters.freed },
  };
}

/**
 * Runs in the page. Each round creates `perRound` TextDocuments of the whole text (and as many
 * Highlighters, used once), drops them without `free()`, then collects garbage until a
 * FinalizationRegistry of the test's own has seen every dropped object go (a state, not a delay:
 * however slow the machine, the round ends when the engine has finalized them). Returns the wasm
 * memory after each round.
 */
async function forgetHandles({ text, rounds, perRound }) {
  const { textlens, memory } = globalThis.soak;
  let finalized = 0;
  const watcher = new FinalizationRegistry(() => finalized++);
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  const sizes = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < perRound; i++) {
      const doc = new textlens.TextDocument(text);
      const highlighter = new textlens.Highlighter({ terms: ["human", "rights"] });
      highlighter.ranges(doc.text.slice(0, 1000));
      watcher.register(doc, null);
      watcher.register(highlighter, null);
    }
    const expected = (round + 1) * perRound * 2;
    while (finalized < expected) {
      globalThis.gc();
      await nextTask();
    }
    // wasm-bindgen's own registry was told in the same collections; one more task lets its
    // callbacks (which free the Rust side) run too.
    await nextTask();
    sizes.push(memory.buffer.byteLength);
  }
  return { memory: sizes };
}
