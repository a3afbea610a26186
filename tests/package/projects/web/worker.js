// A module Web Worker: imports the browser entry, `await init()`, posts the results.
import init, * as textlens from "./node_modules/textlens/textlens.js";
import { exercise } from "./exercise.js";

await init();
const result = exercise(textlens);
result.inWorker = typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope;
postMessage(result);
