// textlens command line — one worker of the pool (cli-pool.js): loads the wasm module once, then
// answers each input path it is sent with `{ result }` or `{ error }` (a message) for the task it
// was started with.

import { parentPort, workerData } from "node:worker_threads";
import { readText, runTask } from "./cli-work.js";

parentPort.on("message", async (input) => {
  try {
    parentPort.postMessage({ result: runTask(workerData.task, await readText(input)) });
  } catch (error) {
    parentPort.postMessage({ error: error.message });
  }
});
