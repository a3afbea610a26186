// Talks to the analysis worker: starts it on first use, tags each request with an id, and drops
// results that a newer request has made stale.

/** The error a superseded request rejects with; callers simply ignore it. */
export class StaleResultError extends Error {
  constructor() {
    super("superseded by a newer request");
    this.name = "StaleResultError";
  }
}

export class WorkerClient {
  /** @param {URL} workerUrl the module worker script */
  constructor(workerUrl) {
    this.workerUrl = workerUrl;
    this.worker = null;
    this.nextId = 1;
    this.pending = new Map(); // id -> { resolve, reject }
  }

  /**
   * Sends `{type, ...payload}` to the worker and resolves to its result. Only the newest request
   * counts: when a later one is made, every earlier one still waiting rejects with
   * StaleResultError and its answer is dropped when it arrives.
   */
  latest(type, payload) {
    this.cancel();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.#start().postMessage({ id, type, ...payload });
    });
  }

  /** Makes every request still waiting stale (it rejects with StaleResultError). */
  cancel() {
    for (const { reject } of this.pending.values()) reject(new StaleResultError());
    this.pending.clear();
  }

  #start() {
    if (this.worker) return this.worker;
    this.worker = new Worker(this.workerUrl, { type: "module" });
    this.worker.addEventListener("message", ({ data }) => this.#settle(data));
    this.worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.#failAll(new Error(event.message || "the analysis worker failed to start"));
    });
    return this.worker;
  }

  #settle({ id, result, error }) {
    const request = this.pending.get(id);
    if (!request) return; // stale: a newer request superseded it
    this.pending.delete(id);
    if (error === undefined) request.resolve(result);
    else request.reject(new Error(error));
  }

  #failAll(error) {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
