// The worker-pool benchmark in the browser (pool.html, an ordinary page, one mode per fresh
// browser context): the same batch of articles on `threads` module Web Workers (pool-worker.js)
// or, with `threads` 0, in this page's own thread. The articles are fetched before anything is
// timed; the start-up (workers started, wasm module loaded and Highlighter compiled in each) is
// timed apart from the batch.
import init, * as textlens from "/pkg/textlens.js";
import initWasm from "/pkg/textlens_wasm.js";
import { runPool } from "/pkg/pool.js";
import { articleWork, totals } from "/pool-work.js";

/** Waits for the next message of `worker`; an error event rejects. */
function nextMessage(worker) {
  return new Promise((resolve, reject) => {
    const onError = (event) => {
      worker.removeEventListener("message", onMessage);
      reject(new Error(`pool worker: ${event.message}`));
    };
    const onMessage = (event) => {
      worker.removeEventListener("error", onError);
      resolve(event.data);
    };
    worker.addEventListener("message", onMessage, { once: true });
    worker.addEventListener("error", onError, { once: true });
  });
}

function ask(worker, message) {
  const answer = nextMessage(worker);
  worker.postMessage(message);
  return answer;
}

async function inThisThread(articles, terms) {
  const start = performance.now();
  await init();
  const work = articleWork(textlens, terms);
  const startMs = performance.now() - start;
  const batchStart = performance.now();
  const answers = articles.map(work);
  const batchMs = performance.now() - batchStart;
  return { startMs, batchMs, answers, wasmBytes: [(await initWasm()).memory.buffer.byteLength] };
}

async function onWorkers(articles, terms, threads) {
  const start = performance.now();
  const workers = Array.from({ length: threads }, () => new Worker("/pool-worker.js", { type: "module" }));
  try {
    await Promise.all(workers.map((worker) => ask(worker, { terms }))); // each says it is ready
    const startMs = performance.now() - start;
    const batchStart = performance.now();
    const answers = await runPool(workers, articles, ask);
    const batchMs = performance.now() - batchStart;
    const wasmBytes = await Promise.all(workers.map((worker) => ask(worker, { memory: true })));
    return { startMs, batchMs, answers, wasmBytes };
  } finally {
    for (const worker of workers) worker.terminate();
  }
}

/**
 * @param {object} config
 * @param {string} config.url        a JSON array of the articles' texts
 * @param {string[]} config.terms    the highlight terms
 * @param {number} config.threads    Web Workers (0: this thread alone)
 */
export async function runPoolBench({ url, terms, threads }) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const articles = await response.json();
  const run = threads === 0 ? await inThisThread(articles, terms) : await onWorkers(articles, terms, threads);
  return { threads, startMs: run.startMs, batchMs: run.batchMs, totals: totals(run.answers), wasmBytes: run.wasmBytes };
}
