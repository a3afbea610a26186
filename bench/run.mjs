#!/usr/bin/env node
// Benchmark driver: times textlens against its peers in headless Chromium and writes
// bench/results.md. Run through `make bench` (which builds pkg/ first).
//
//   BENCH_SIZES_MB=1,10   text sizes in MB (10^6 bytes of UTF-8)
//   BENCH_RUNS=7          timed rounds per measurement (the median is reported; at least 5)
//   BENCH_WARMUP=2        untimed calls per peer first
//
// The texts are the English corpus (../shared/corpus/en, every file in name order, repeated when
// a size needs more than the corpus holds) cut at a character boundary. They are written to
// bench/dist/ (git-ignored) and fetched by the page, so they never pass through the driver's
// connection to the browser.
import { readFile, readdir, writeFile, mkdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../scripts/serve.mjs";
import { CHROMIUM_PATH, CHROMIUM_ARGS } from "../scripts/chromium.mjs";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, "..");
const distDir = path.join(benchDir, "dist");
const corpusDir = path.resolve(repoRoot, "../shared/corpus/en");
const MB = 1_000_000;

function numberList(name, fallback) {
  const values = (process.env[name] ?? fallback).split(",").map(Number);
  if (values.some((v) => !(v > 0))) throw new Error(`${name} must be positive numbers, got ${process.env[name]}`);
  return values;
}

const config = {
  sizesMb: numberList("BENCH_SIZES_MB", "1,10"),
  runs: numberList("BENCH_RUNS", "7")[0],
  warmup: numberList("BENCH_WARMUP", "2")[0],
  tasks: ["word", "sentence"],
};
if (config.runs < 5) throw new Error("BENCH_RUNS must be at least 5");

async function corpusFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return corpusFiles(file);
        return entry.name.endsWith(".txt") ? [file] : [];
      }),
  );
  return nested.flat();
}

/** The first `bytes` bytes of the corpus repeated, moved back to the start of a character. */
function cutText(corpus, bytes) {
  const repeated = Buffer.concat(Array(Math.ceil(bytes / corpus.length)).fill(corpus));
  let end = Math.min(bytes, repeated.length);
  while (end > 0 && (repeated[end] & 0xc0) === 0x80) end--; // a UTF-8 continuation byte
  return repeated.subarray(0, end);
}

async function writeTexts() {
  const files = await corpusFiles(corpusDir);
  if (files.length === 0) throw new Error(`no .txt files under ${corpusDir}`);
  const corpus = Buffer.concat(
    await Promise.all(files.map(async (file) => Buffer.concat([await readFile(file), Buffer.from("\n\n")]))),
  );
  await mkdir(distDir, { recursive: true });
  const texts = [];
  for (const sizeMb of config.sizesMb) {
    const text = cutText(corpus, Math.round(sizeMb * MB));
    const name = `text-${sizeMb}MB.txt`;
    await writeFile(path.join(distDir, name), text);
    texts.push({ label: `${sizeMb} MB`, url: `/dist/${name}`, bytes: text.length });
  }
  return { texts, corpus: { files: files.length, bytes: corpus.length } };
}

async function runInBrowser(texts) {
  // Cross-origin isolation gives performance.now() its fine resolution.
  const { server, url } = await startServer({
    port: 0,
    mounts: { "/pkg/": path.join(repoRoot, "pkg"), "/dist/": distDir, "/": benchDir },
    headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on("console", (message) => console.log(`  [page] ${message.text()}`));
    page.on("pageerror", (error) => console.error(`  [page error] ${error.message}`));
    await page.goto(url);
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error("bench page is not cross-origin isolated");
    const { rows, baseline } = await page.evaluate(
      async (options) => (await import("/bench.js")).runBenchmarks(options),
      { tasks: config.tasks, texts, warmup: config.warmup, runs: config.runs },
    );
    return { rows, baseline, chromium: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}

const mbPerSecond = (row) => row.bytes / MB / (row.medianMs / 1000);

function resultsTable(rows, baseline) {
  const lines = [
    `| Task | Text | Peer | Median | MB/s | Speed vs ${baseline} | Segments found |`,
    "| --- | --- | --- | ---: | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const base = rows.find((r) => r.task === row.task && r.text === row.text && r.peer === baseline);
    const ratio = base ? `${(base.medianMs / row.medianMs).toFixed(1)}×` : "–";
    lines.push(
      `| ${row.task} | ${row.text} | ${row.peer} | ${row.medianMs.toFixed(1)} ms | ` +
        `${mbPerSecond(row).toFixed(1)} | ${ratio} | ${row.segments.toLocaleString("en")} |`,
    );
  }
  return lines.join("\n");
}

async function wasmSize() {
  const wasm = path.join(repoRoot, "pkg", "textlens_wasm_bg.wasm");
  return (await stat(wasm)).size;
}

function report({ rows, baseline, chromium: chromiumVersion }, corpus, wasmBytes, loadBefore) {
  const cpu = os.cpus();
  return `# textlens benchmarks

Generated by \`make bench\` (bench/run.mjs); do not edit by hand.

- Date: ${new Date().toISOString().slice(0, 10)}
- Browser: headless Chromium ${chromiumVersion} (Debian), cross-origin isolated page
- Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()};
  load average ${loadBefore} before the run, ${os.loadavg()[0].toFixed(1)} after (other work on the machine slows every peer)
- textlens: pkg/ release build, ${wasmBytes.toLocaleString("en")} bytes of wasm
- Text: the English corpus (${corpus.files} files, ${(corpus.bytes / MB).toFixed(2)} MB: Gutenberg books, inaugural
  addresses, State of the Union addresses), repeated where a size needs more, cut at a character boundary.
  MB = 10^6 bytes of UTF-8.
- Method: all peers in one page and one run; per task and text ${config.warmup} untimed warm-up calls per peer,
  then ${config.runs} rounds in which every peer runs once; the median round is reported.
- Tasks: **word** = split into words and count the word-like ones (textlens: \`split(text, "word")\` and its
  \`wordLike\` flags; Intl.Segmenter: iterate the segments counting \`isWordLike\`). **sentence** = split into
  sentences and count them (textlens: article mode, \`split(text, "sentence")\`; Intl.Segmenter: UAX #29).
  Segment counts differ where the peers' rules differ (article-mode abbreviations, for one).

${resultsTable(rows, baseline)}
`;
}

const loadBefore = os.loadavg()[0].toFixed(1);
const { texts, corpus } = await writeTexts();
console.log(`bench: texts ${texts.map((t) => `${t.label} (${t.bytes} bytes)`).join(", ")}`);
const results = await runInBrowser(texts);
const markdown = report(results, corpus, await wasmSize(), loadBefore);
await writeFile(path.join(benchDir, "results.md"), markdown);
await writeFile(path.join(distDir, "results.json"), JSON.stringify(results, null, 2));
console.log(markdown);
console.log("bench: wrote bench/results.md");
