// The benchmark's Node side: prepares the texts and terms, bundles the npm peers with esbuild,
// serves a cross-origin-isolated page, drives headless Chromium through it (bench.js does the
// timing inside the page) and measures what the page cannot: cold starts of the main module and
// loads of the dictionary module in fresh browser contexts, and both .wasm files' compressed sizes. Then three checks from outside the harness:
//
// - the plain page: the main peers and textlens again, each alone in a fresh context of a second
//   browser started with no flags, in an ordinary page (not cross-origin isolated), its calls
//   back to back (bench.js `runPlain`), so the report can show what the harness itself costs;
// - the worker pool in Node: a batch of the corpus's articles on one worker_thread per core and
//   on one thread, each in its own process (pool-node.mjs);
// - the same in the browser, on Web Workers in an ordinary page (pool-page.js).
//
// `runBench(options)` is used by run.mjs (`make bench`, which writes results.md) and by the smoke
// test (tests/e2e/bench-smoke.test.mjs: tiny texts, one round, nothing written to bench/).
import { execFile } from "node:child_process";
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import { promisify } from "node:util";
import path from "node:path";
import { gzipSync, brotliCompressSync, constants as zlib } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { startServer } from "../scripts/serve.mjs";
import { CHROMIUM_PATH, CHROMIUM_ARGS } from "../scripts/chromium.mjs";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, "..");
const corpusDir = path.resolve(repoRoot, "../shared/corpus");
const MB = 1_000_000;

/** The npm peers, as pinned in the root package.json (their versions go into the report). */
export const NPM_PEERS = ["sbd", "wink-nlp", "wink-eng-lite-web-model", "compromise", "text-readability", "reading-time", "mark.js"];

/** The .txt files under `dir`, in name order, depth first. */
async function textFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return textFiles(file);
        return entry.name.endsWith(".txt") ? [file] : [];
      }),
  );
  return nested.flat();
}

/** The files of a corpus directory, each followed by a blank line, as one buffer. */
async function readCorpus(dir) {
  const files = await textFiles(dir);
  if (files.length === 0) throw new Error(`no .txt files under ${dir}`);
  const parts = await Promise.all(files.map(async (file) => Buffer.concat([await readFile(file), Buffer.from("\n\n")])));
  return { files: files.length, buffer: Buffer.concat(parts) };
}

/** The corpus folders whose files are the worker pool's articles. */
export const ARTICLE_DIRS = ["en", "udhr", "news"];

/** The article files of the worker-pool benchmark, in name order (the first `limit`, if given). */
async function articleFiles(limit) {
  const files = (await Promise.all(ARTICLE_DIRS.map((dir) => textFiles(path.join(corpusDir, dir))))).flat();
  return limit === undefined ? files : files.slice(0, limit);
}

/** The first `bytes` bytes of `corpus` repeated, moved back to the start of a character. */
function cutText(corpus, bytes) {
  const repeated = Buffer.concat(Array(Math.ceil(bytes / corpus.length)).fill(corpus));
  let end = Math.min(bytes, repeated.length);
  while (end > 0 && (repeated[end] & 0xc0) === 0x80) end--; // a UTF-8 continuation byte
  return repeated.subarray(0, end);
}

/**
 * Highlight terms drawn from the English corpus's own vocabulary: its distinct lower-cased words of
 * two or more ASCII letters, ranked by frequency (ties alphabetically); for n terms, every
 * (vocabulary / n)-th word of that ranking from the top, so each set spreads from the most
 * frequent words ("the") to rare ones.
 */
export function pickTerms(text, sizes) {
  const frequency = new Map();
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (/^[a-z]{2,}$/.test(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const ranked = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return sizes.map((n) => {
    if (n > ranked.length) throw new Error(`${n} terms wanted, the vocabulary has ${ranked.length} words`);
    return Array.from({ length: n }, (_, i) => ranked[Math.floor((i * ranked.length) / n)]);
  });
}

/**
 * The one-language texts of the dictionary-words task: [lang (a BCP 47 tag for Intl.Segmenter),
 * UDHR file]. ../shared/corpus/udhr has Simplified and Traditional Chinese; Simplified is taken.
 */
export const DICTIONARY_TEXTS = [
  ["zh", "zh-Hans.txt"],
  ["ja", "ja.txt"],
  ["th", "th.txt"],
];

/** The texts, written to `outDir` for the page to fetch (they never cross the driver's pipe). */
async function writeTexts(outDir, { englishSizesMb, mixSizeMb, dictionarySizeMb = 0 }) {
  const english = await readCorpus(path.join(corpusDir, "en"));
  const udhr = await readCorpus(path.join(corpusDir, "udhr"));
  const texts = [];
  const add = async (name, label, buffer, sizeMb, isEnglish, lang) => {
    const text = cutText(buffer, Math.round(sizeMb * MB));
    await writeFile(path.join(outDir, name), text);
    texts.push({ label, url: `/dist/${name}`, bytes: text.length, english: isEnglish, ...(lang && { lang }) });
  };
  for (const sizeMb of englishSizesMb) await add(`text-${sizeMb}MB.txt`, `${sizeMb} MB`, english.buffer, sizeMb, true);
  if (mixSizeMb > 0) await add(`udhr-${mixSizeMb}MB.txt`, `${mixSizeMb} MB UDHR`, udhr.buffer, mixSizeMb, false);
  if (dictionarySizeMb > 0) {
    for (const [lang, file] of DICTIONARY_TEXTS) {
      // One file repeated: each copy followed by a blank line, as in readCorpus.
      const buffer = Buffer.concat([await readFile(path.join(corpusDir, "udhr", file)), Buffer.from("\n\n")]);
      await add(`udhr-${lang}-${dictionarySizeMb}MB.txt`, `${dictionarySizeMb} MB UDHR ${lang}`, buffer, dictionarySizeMb, false, lang);
    }
  }
  const corpora = {
    english: { files: english.files, bytes: english.buffer.length },
    udhr: { files: udhr.files, bytes: udhr.buffer.length },
  };
  return { texts, corpora, englishCorpus: english.buffer.toString("utf8") };
}

/** Bundles the npm peers (peers-entry.js) into `outDir`/peers.js for the page. */
async function bundlePeers(outDir) {
  await build({
    entryPoints: [path.join(benchDir, "peers-entry.js")],
    outfile: path.join(outDir, "peers.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    logLevel: "warning",
  });
}

/** The installed versions (read from node_modules: some packages' `exports` hide package.json). */
async function npmVersions() {
  const read = async (name) => JSON.parse(await readFile(path.join(repoRoot, "node_modules", name, "package.json"), "utf8")).version;
  return Object.fromEntries(await Promise.all(NPM_PEERS.map(async (name) => [name, await read(name)])));
}

/** A .wasm file of pkg/: its bytes raw, gzip -9 and brotli -q 11. */
async function wasmSizes(file) {
  const wasm = await readFile(path.join(repoRoot, "pkg", file));
  return {
    raw: wasm.length,
    gzip: gzipSync(wasm, { level: 9 }).length,
    brotli: brotliCompressSync(wasm, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Fresh loads, each in a new browser context (own cache, so nothing comes from the HTTP cache, and
 * own process): `measure` names bench.js's export that times one load (`coldStartMs` for the main
 * module, `dictionaryLoadMs` for the dictionary module).
 */
async function coldStarts(browser, url, samples, measure = "coldStartMs") {
  const times = [];
  for (let i = 0; i < samples; i++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url);
      times.push(await page.evaluate(async (measure) => (await import("/bench.js"))[measure](), measure));
    } finally {
      await context.close();
    }
  }
  return times;
}

/** The harness's page gets `gc()` (bench.js collects before every timed call). */
const HARNESS_ARGS = [...CHROMIUM_ARGS, "--js-flags=--expose-gc"];

/**
 * The contestants timed again in the plain page, as [task, peer, start of how]; `highlight` stands
 * for every term set's task.
 */
const PLAIN_CONTESTANTS = [
  ["words", "textlens", 'split(text, "word")'],
  ["words", "textlens", "wordCount(text)"],
  ["words", "Intl.Segmenter", "word segments"],
  ["words", "TextEncoder.encodeInto", "the text"],
  ["sentences", "textlens", 'split(text, "sentence")'],
  ["sentences", "sbd", "sbd.sentences"],
  ["highlight", "textlens", "highlighter.ranges(text)"],
  ["highlight", "textlens", "highlighter.ranges(doc)"],
  ["highlight", "RegExp", "/"],
];

/**
 * The plain page (see the top): every PLAIN_CONTESTANTS entry on every English text, each in a
 * fresh browser context (its own renderer process and heap) of `browser`.
 */
async function plainRuns(browser, url, { texts, termSets, calls, callsLarge, only, log }) {
  const rows = [];
  const entries = PLAIN_CONTESTANTS.flatMap(([task, peer, how]) =>
    task === "highlight" ? termSets.map((terms) => [`highlight-${terms.length}`, peer, how]) : [[task, peer, how]],
  ).filter(([task]) => !only || only.includes(task));
  for (const text of texts.filter((t) => t.english)) {
    for (const [task, peer, how] of entries) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${url}plain.html`);
        const config = { url: text.url, termSets, task, peer, how, calls: text.bytes > 5 * MB ? callsLarge : calls };
        const run = await page.evaluate(async (config) => (await import("/bench.js")).runPlain(config), config);
        if (run.crossOriginIsolated) throw new Error("the plain page must not be cross-origin isolated");
        rows.push({ task, text: text.label, bytes: text.bytes, peer, how: run.how, medianMs: run.medianMs, runsMs: run.times, result: run.result });
        log(`plain ${task} ${text.label} ${peer} ${run.how}: ${run.medianMs.toFixed(1)} ms, ${run.result}`);
      } finally {
        await context.close();
      }
    }
  }
  return rows;
}

/** The worker pool in Node: one process for one thread, one for the pool (pool-node.mjs). */
async function nodePool(outDir, files, terms, threads) {
  const run = async (count) => {
    const config = path.join(outDir, `pool-node-${count}.json`);
    await writeFile(config, JSON.stringify({ files, terms, threads: count }));
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(benchDir, "pool-node.mjs"), config], { maxBuffer: 1 << 20 });
    return JSON.parse(stdout);
  };
  return { single: await run(0), pool: await run(threads) };
}

/** The worker pool in the browser: one fresh context for one thread, one for the pool (pool-page.js). */
async function browserPool(browser, url, terms) {
  const run = async (threads) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${url}pool.html`);
      const config = { url: "/dist/articles.json", terms, threads };
      return await page.evaluate(async ({ config, threads }) => {
        const { runPoolBench } = await import("/pool-page.js");
        return runPoolBench({ ...config, threads: threads ?? navigator.hardwareConcurrency });
      }, { config, threads });
    } finally {
      await context.close();
    }
  };
  return { single: await run(0), pool: await run(null) };
}

/**
 * The batch of articles through a pool of one worker per core, against one thread, in Node and in
 * the browser; the articles are written to `outDir`/articles.json for the page.
 */
async function poolRuns(browser, url, { outDir, termSets, poolTermCount, poolArticles, log }) {
  const files = await articleFiles(poolArticles);
  const texts = await Promise.all(files.map((file) => readFile(file, "utf8")));
  await writeFile(path.join(outDir, "articles.json"), JSON.stringify(texts));
  const terms = termSets.find((set) => set.length === poolTermCount);
  if (!terms) throw new Error(`the pool needs the ${poolTermCount}-term set among the highlight term sets`);
  const cores = os.availableParallelism();
  const node = await nodePool(outDir, files, terms, cores);
  log(`pool node: one thread ${node.single.batchMs.toFixed(0)} ms, ${cores} workers ${node.pool.batchMs.toFixed(0)} ms`);
  const browserRuns = await browserPool(browser, url, terms);
  log(`pool browser: one thread ${browserRuns.single.batchMs.toFixed(0)} ms, ${browserRuns.pool.threads} workers ${browserRuns.pool.batchMs.toFixed(0)} ms`);
  return {
    articles: files.length,
    dirs: ARTICLE_DIRS,
    bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    terms: terms.length,
    cores,
    node,
    browser: browserRuns,
  };
}

/**
 * Runs the whole benchmark and returns its raw results (run.mjs turns them into results.md).
 *
 * @param {object} options
 * @param {string} options.outDir           where the texts and the peers bundle go (served as /dist/)
 * @param {number[]} options.englishSizesMb English text sizes
 * @param {number} options.mixSizeMb        size of the UDHR mix (0: none)
 * @param {number} [options.dictionarySizeMb] size of each Chinese, Japanese and Thai text (0: none)
 * @param {number[]} options.termCounts     highlight term set sizes
 * @param {number} options.runs             timed rounds
 * @param {number} [options.runsLarge]      timed rounds for texts over 5 MB (default: runs)
 * @param {number} options.sliceBudgetMs    about how long one call of a sliced peer takes
 * @param {number} options.coldStartSamples fresh loads of the wasm module, and of the dictionary
 *                                          module when a text has a `lang`
 * @param {string[]} [options.only]         task ids to run, "pool" for the pools (default: all)
 * @param {number} options.plainCalls       timed calls of each contestant in the plain page
 * @param {number} [options.plainCallsLarge] the same for texts over 5 MB (default: plainCalls)
 * @param {number} options.poolTermCount    the highlight term set the pool's articles get
 * @param {number} [options.poolArticles]   only the first this many articles in the pool (default: all)
 * @param {(line: string) => void} [options.log]
 */
export async function runBench(options) {
  const { outDir, termCounts, coldStartSamples, log = () => {} } = options;
  const loadBefore = os.loadavg()[0];
  await mkdir(outDir, { recursive: true });
  const { texts, corpora, englishCorpus } = await writeTexts(outDir, options);
  const termSets = pickTerms(englishCorpus, termCounts);
  await bundlePeers(outDir);
  // Before the run: pkg/ is the build the page loads.
  const wasm = await wasmSizes("textlens_wasm_bg.wasm");
  const dictionaryWasm = await wasmSizes("textlens_dictionary_bg.wasm");
  log(`bench: texts ${texts.map((t) => `${t.label} (${t.bytes} bytes)`).join(", ")}`);

  // Cross-origin isolation gives performance.now() its fine resolution.
  const { server, url } = await startServer({
    port: 0,
    mounts: { "/pkg/": path.join(repoRoot, "pkg"), "/dist/": outDir, "/": benchDir },
    headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" },
  });
  // The plain page and the pools: an ordinary server and a browser started with no extra flags.
  const plain = await startServer({ port: 0, mounts: { "/pkg/": path.join(repoRoot, "pkg"), "/dist/": outDir, "/": benchDir } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: HARNESS_ARGS });
  const plainBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const coldStartMs = await coldStarts(browser, url, coldStartSamples);
    const hasLangTexts = texts.some((t) => t.lang);
    const dictionaryLoadMs = hasLangTexts ? await coldStarts(browser, url, coldStartSamples, "dictionaryLoadMs") : [];
    const page = await browser.newPage();
    const pageErrors = [];
    page.on("console", (message) => log(`  [page] ${message.text()}`));
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(url);
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error("bench page is not cross-origin isolated");
    const { runs, runsLarge = runs, sliceBudgetMs, only } = options;
    const config = { texts, termSets, runs, runsLarge, sliceBudgetMs, only };
    const { rows, memory } = await page.evaluate(async (config) => (await import("/bench.js")).runBenchmarks(config), config);
    if (pageErrors.length > 0) throw new Error(`bench page errors: ${pageErrors.join("; ")}`);
    await page.close();
    const { plainCalls, plainCallsLarge = plainCalls } = options;
    const plainRows = await plainRuns(plainBrowser, plain.url, { texts, termSets, calls: plainCalls, callsLarge: plainCallsLarge, only, log });
    const pool = only && !only.includes("pool") ? null : await poolRuns(plainBrowser, plain.url, { ...options, termSets, log });
    return {
      rows, memory, coldStartMs, dictionaryLoadMs, corpora, termSets, plainRows, pool,
      texts: texts.map(({ label, bytes, english, lang }) => ({ label, bytes, english, lang })),
      wasm, dictionaryWasm,
      versions: { chromium: browser.version(), ...(await npmVersions()) },
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU", memoryGiB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}` },
      load: { before: loadBefore, after: os.loadavg()[0] },
      settings: { runs, runsLarge, sliceBudgetMs, coldStartSamples, plainCalls, plainCallsLarge, dictionarySizeMb: options.dictionarySizeMb ?? 0 },
    };
  } finally {
    await Promise.all([browser.close(), plainBrowser.close()]);
    server.close();
    plain.server.close();
  }
}
