// One worker_thread of the Node pool (pool-node.mjs): loads textlens, compiles the Highlighter,
// says it is ready, then answers each article with its numbers (pool-work.js) and
// `{ memory: true }` with its wasm memory's size.
import { parentPort, workerData } from "node:worker_threads";
import * as textlens from "../pkg/node.mjs";
import init from "../pkg/textlens_wasm.js";
import { articleWork } from "./pool-work.js";

const work = articleWork(textlens, workerData.terms);
const wasm = await init();
parentPort.on("message", (message) => {
  parentPort.postMessage(typeof message === "string" ? work(message) : wasm.memory.buffer.byteLength);
});
parentPort.postMessage("ready");
