// Talks to the analysis worker (worker.js): starts it, tags each request with an id, and drops
// results that a newer request has made stale.
//
// Requests travel on named channels ("analyze", "pieces", "highlight", …). Only the newest request
// of a channel counts: a later request on the same channel, or a new text, makes the earlier one
// reject with StaleResultError, and its answer is ignored when it arrives. The worker, for its
// part, skips requests that are already stale before it starts them (see worker.js).

/** The error a superseded request rejects with; callers simply ignore it. */
export class StaleResultError extends Error {
  constructor() {
    super("superseded by a newer request");
    this.name = "StaleResultError";
  }
}

export class WorkerClient {
  #worker;
  #nextId = 1;
  /** channel -> { id, resolve, reject } of the request still waiting on that channel */
  #pending = new Map();
  #textVersion = 0;
  #busyListeners = new Set();

  /** Starts the module worker at `workerUrl` right away, so it is loaded before the first request. */
  constructor(workerUrl) {
    this.#worker = new Worker(workerUrl, { type: "module" });
    /** Resolves once the worker has loaded textlens; rejects when it cannot. */
    this.ready = new Promise((resolve, reject) => {
      this.#worker.addEventListener("message", ({ data }) => {
        if (data.ready === true) resolve();
        else if (data.ready === false) reject(new Error(data.error));
        else this.#settle(data);
      });
      this.#worker.addEventListener("error", (event) => {
        event.preventDefault();
        const error = new Error(event.message || "the analysis worker failed to start");
        reject(error);
        this.#failAll(error);
      });
    });
  }

  /** Version of the text the worker holds (0 before the first `setText`). */
  get textVersion() {
    return this.#textVersion;
  }

  /**
   * Hands the worker a new text, read in `lang` ("auto": detected) as `format` ("plain" or
   * "markdown"); every request still waiting answers for the old one, so all of
   * them become stale. Returns the text's version, which later requests carry.
   */
  setText(text, { lang = "auto", format = "plain" } = {}) {
    this.#textVersion++;
    this.cancelAll();
    this.#worker.postMessage({ type: "setText", text, lang, format, version: this.#textVersion });
    return this.#textVersion;
  }

  /**
   * Sends a request of `type` on `channel` about the current text and resolves to its result.
   * An earlier request still waiting on the same channel rejects with StaleResultError.
   */
  request(channel, type, payload = {}) {
    this.cancel(channel);
    return this.#send(channel, type, { ...payload, version: this.#textVersion });
  }

  /** Makes the request waiting on `channel` (if any) stale. */
  cancel(channel) {
    const request = this.#pending.get(channel);
    if (!request) return;
    this.#pending.delete(channel);
    request.reject(new StaleResultError());
    this.#notifyBusy();
  }

  /** Makes every waiting request stale. */
  cancelAll() {
    for (const channel of [...this.#pending.keys()]) this.cancel(channel);
  }

  /** Calls `listener(channels)` whenever the set of channels with a waiting request changes. */
  onBusyChange(listener) {
    this.#busyListeners.add(listener);
  }

  #send(channel, type, payload) {
    const id = this.#nextId++;
    const promise = new Promise((resolve, reject) => {
      this.#pending.set(channel, { id, resolve, reject });
    });
    this.#worker.postMessage({ id, channel, type, ...payload });
    this.#notifyBusy();
    return promise;
  }

  #settle({ id, channel, result, error, stale }) {
    const request = this.#pending.get(channel);
    if (!request || request.id !== id) return; // answers a request that is stale already
    this.#pending.delete(channel);
    if (stale) request.reject(new StaleResultError());
    else if (error !== undefined) request.reject(new Error(error));
    else request.resolve(result);
    this.#notifyBusy();
  }

  #failAll(error) {
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
    this.#notifyBusy();
  }

  #notifyBusy() {
    const channels = [...this.#pending.keys()];
    for (const listener of this.#busyListeners) listener(channels);
  }
}
