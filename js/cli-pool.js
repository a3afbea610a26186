// textlens command line — runs one task on many files, in parallel on a pool of worker threads
// (one per core, never more than there are files). Each worker loads the wasm module once and
// takes the next file as soon as it is done with one, so a large file does not hold up the rest.
// One input runs in this thread: a worker would only add its start-up time.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { readText, runTask } from "./cli-work.js";

/**
 * Runs `task` on every input (paths, "-" for standard input). Returns, in input order, `{ input,
 * result }` or `{ input, error }` (a message); `onSettled` is called after each input.
 */
export async function runOnInputs(task, inputs, onSettled = () => {}) {
  const size = Math.min(availableParallelism(), inputs.length);
  if (size <= 1 || inputs.includes("-")) return runHere(task, inputs, onSettled);
  const outcomes = new Array(inputs.length);
  let next = 0;
  const workers = Array.from({ length: size }, () => new Worker(new URL("./cli-worker.js", import.meta.url), { workerData: { task } }));
  try {
    await Promise.all(workers.map(async (worker) => {
      while (next < inputs.length) {
        const index = next++;
        outcomes[index] = { input: inputs[index], ...(await ask(worker, inputs[index])) };
        onSettled(outcomes[index]);
      }
    }));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
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

/** Sends `input` to `worker` and resolves with its answer, `{ result }` or `{ error }`. */
function ask(worker, input) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      worker.off("message", onMessage);
      reject(error);
    };
    const onMessage = (answer) => {
      worker.off("error", onError);
      resolve(answer);
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.postMessage(input);
  });
}
