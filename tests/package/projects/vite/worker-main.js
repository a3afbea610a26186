// Vite: a module worker, bundled by Vite from `new Worker(new URL(...), { type: "module" })`.
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => {
  window.__result = event.data;
};
worker.onerror = (event) => {
  window.__error = `worker: ${event.message}`;
};
