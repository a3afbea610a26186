// Vite: the worker imports the package by name and initialises it. No top-level await: Vite bundles
// workers as classic scripts (worker.format "iife") unless configured otherwise.
import init, * as textlens from "textlens";
import { exercise } from "./exercise.js";

init().then(() => {
  const result = exercise(textlens);
  result.inWorker = typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope;
  postMessage(result);
});
