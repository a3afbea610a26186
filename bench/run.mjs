#!/usr/bin/env node
// Benchmark driver: times textlens against its peers in headless Chromium (bench/harness.mjs) and
// writes bench/results.md (and the raw numbers to bench/dist/results.json). Run through
// `make bench`, which builds pkg/ first.
//
//   BENCH_SIZES_MB=1,10      English text sizes in MB (10^6 bytes of UTF-8)
//   BENCH_MIX_MB=1           size of the UDHR language mix (0: none)
//   BENCH_DICT_MB=1          size of each Chinese, Japanese and Thai UDHR text (0: none)
//   BENCH_TERMS=10,1000,10000  highlight term set sizes
//   BENCH_RUNS=5             timed rounds per measurement (the median is reported; at least 3)
//   BENCH_RUNS_LARGE=3       timed rounds for texts over 5 MB
//   BENCH_SLICE_MS=1000      a sliced peer's slice grows until one call takes half of this
//   BENCH_COLD_STARTS=7      fresh loads of the wasm module (and of the dictionary module)
//   BENCH_PLAIN_CALLS=7,5    timed calls per contestant in the plain page (texts up to 5 MB, over)
//   BENCH_POOL_TERMS=1000    the highlight term set each article of the worker-pool batch gets
//   BENCH_ONLY=words,sentences  run only these tasks ("pool": the pools; results.md is then not written)
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runBench } from "./harness.mjs";
import { renderResults } from "./report.mjs";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.join(benchDir, "dist");

function numbers(name, fallback, minimum) {
  const raw = process.env[name] ?? fallback;
  const values = raw.split(",").map(Number);
  if (values.some((v) => !(v >= minimum))) throw new Error(`${name} must be numbers ≥ ${minimum}, got ${raw}`);
  return values;
}

const only = process.env.BENCH_ONLY?.split(",");
const started = Date.now();
const results = await runBench({
  outDir: distDir,
  englishSizesMb: numbers("BENCH_SIZES_MB", "1,10", 0.001),
  mixSizeMb: numbers("BENCH_MIX_MB", "1", 0)[0],
  dictionarySizeMb: numbers("BENCH_DICT_MB", "1", 0)[0],
  termCounts: numbers("BENCH_TERMS", "10,1000,10000", 1),
  runs: numbers("BENCH_RUNS", "5", 3)[0],
  runsLarge: numbers("BENCH_RUNS_LARGE", "3", 3)[0],
  sliceBudgetMs: numbers("BENCH_SLICE_MS", "1000", 1)[0],
  coldStartSamples: numbers("BENCH_COLD_STARTS", "7", 1)[0],
  plainCalls: numbers("BENCH_PLAIN_CALLS", "7,5", 1)[0],
  plainCallsLarge: numbers("BENCH_PLAIN_CALLS", "7,5", 1).at(-1),
  poolTermCount: numbers("BENCH_POOL_TERMS", "1000", 1)[0],
  only,
  log: console.log,
});
results.date = new Date().toISOString().slice(0, 10);
results.durationS = (Date.now() - started) / 1000;
await mkdir(distDir, { recursive: true });
await writeFile(path.join(distDir, "results.json"), JSON.stringify(results, null, 2));
const markdown = renderResults(results);
if (only) {
  console.log(markdown);
  console.log("bench: BENCH_ONLY is set, so bench/results.md was left as it was");
} else {
  await writeFile(path.join(benchDir, "results.md"), markdown);
  console.log(`bench: wrote bench/results.md in ${results.durationS.toFixed(0)} s`);
}
