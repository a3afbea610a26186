// textlens command line — runs one task on many files, in parallel on a pool of worker threads
// (one per core, never more than there are files). Each worker loads the wasm module once and
// takes the next file as soon as it is done with one, so a large file does not hold up the rest.
// One input runs in this thread: a worker would only add its start-up time.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { readText, runTask } from "./cli-work.js";
import { ask, runPool } from "./pool.js";

/**
 * Runs `task` on every input (paths, "-" for standard input). Returns, in input order, `{ input,
 * result }` or `{ input, error }` (a message); `onSettled` is called after each input.
 */
export async function runOnInputs(task, inputs, onSettled = () => {}) {
  const size = Math.min(availableParallelism(), inputs.length);
  if (size <= 1 || inputs.includes("-")) return runHere(task, inputs, onSettled);
  const workers = Array.from({ length: size }, () => new Worker(new URL("./cli-worker.js", import.meta.url), { workerData: { task } }));
  try {
    const outcome = async (worker, input) => ({ input, ...(await ask(worker, input)) });
    return await runPool(workers, inputs, outcome, onSettled);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The same, one input after the other in this thread. */
async function runHere(task, inputs, onSettled) {
  const outcomes = [];
  for (const input of inputs) {
    let outcome;
    try {
      outcome = { input, result: runTask(task, await readText(input)) };
    } catch (error) {
      outcome = { input, error: error.message };
    }
    outcomes.push(outcome);
    onSettled(outcome);
  }
  return outcomes;
}
