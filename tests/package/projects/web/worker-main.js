// Starts the module worker and keeps what it posts back.
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => {
  window.__result = event.data;
};
worker.onerror = (event) => {
  window.__error = `worker: ${event.message}`;
};
