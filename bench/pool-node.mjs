#!/usr/bin/env node
// The worker-pool benchmark in Node, one mode per process so that each has its own peak memory:
//
//   node bench/pool-node.mjs CONFIG.json
//
// CONFIG is `{ files, terms, threads }`: the article files (UTF-8), the highlight terms and the
// number of worker_threads (0: the whole batch in this thread, no worker). The articles are read
// before anything is timed. Prints one JSON object: the start-up time (workers started, wasm
// module loaded and Highlighter compiled in each), the batch time, the batch's totals, the peak
// resident memory of the process (all its threads) and each thread's wasm memory.
import { readFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { ask, nextMessage, runPool } from "../pkg/pool.js";
import { articleWork, totals } from "./pool-work.js";

const { files, terms, threads } = JSON.parse(await readFile(process.argv[2], "utf8"));
const articles = await Promise.all(files.map((file) => readFile(file, "utf8")));

async function inThisThread() {
  const start = performance.now();
  const textlens = await import("../pkg/node.mjs");
  const work = articleWork(textlens, terms);
  const startMs = performance.now() - start;
  const batchStart = performance.now();
  const answers = articles.map(work);
  const batchMs = performance.now() - batchStart;
  const { default: init } = await import("../pkg/textlens_wasm.js");
  return { startMs, batchMs, answers, wasmBytes: [(await init()).memory.buffer.byteLength] };
}

async function onWorkers() {
  const start = performance.now();
  const workers = Array.from({ length: threads }, () => new Worker(new URL("./pool-node-worker.mjs", import.meta.url), { workerData: { terms } }));
  try {
    await Promise.all(workers.map(nextMessage)); // each says it is ready
    const startMs = performance.now() - start;
    const batchStart = performance.now();
    const answers = await runPool(workers, articles, ask);
    const batchMs = performance.now() - batchStart;
    const wasmBytes = await Promise.all(workers.map((worker) => ask(worker, { memory: true })));
    return { startMs, batchMs, answers, wasmBytes };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

const { startMs, batchMs, answers, wasmBytes } = threads === 0 ? await inThisThread() : await onWorkers();
console.log(JSON.stringify({
  threads,
  startMs,
  batchMs,
  bytes: articles.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  totals: totals(answers),
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
  wasmBytes,
}));
