// The analysis worker's scheduler: which request to serve next. Pure logic; worker.js hands it
// the messages and a `serve` function, and the handlers never see it.
//
// Requests are not served in arrival order but in batches: everything that arrived while the
// worker was busy is collected first, and of each channel only the newest request about the
// newest text is served. So a burst of keystrokes over a large text costs one analysis, not one
// per keystroke. Channels are served in `order` (the numbers first, exports last).

/** Gives other messages a chance to arrive (one macrotask). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export class Scheduler {
  #order;
  #useText;
  #serve;
  #ready;
  #pendingText = null;
  #pendingRequests = new Map(); // channel -> newest request
  #draining = false;

  /**
   * `useText(message)` takes a new text (it may return a promise: nothing is served until it
   * settles), `serve(request)` answers one request, `order` lists
   * channels by precedence, and nothing is served before `ready` resolves.
   */
  constructor({ order, useText, serve, ready = Promise.resolve() }) {
    this.#order = order;
    this.#useText = useText;
    this.#serve = serve;
    this.#ready = ready;
  }

  /** Takes a message `{ type: "setText", … }` or a request `{ channel, … }`. */
  receive(message) {
    if (message.type === "setText") this.#pendingText = message;
    else this.#pendingRequests.set(message.channel, message);
    if (!this.#draining) {
      this.#draining = true;
      nextTask().then(() => this.#drain());
    }
  }

  /** Serves what has arrived, one request at a time, letting newer messages in between. */
  async #drain() {
    await this.#ready;
    try {
      while (this.#pendingText || this.#pendingRequests.size > 0) {
        if (this.#pendingText) {
          // Taken before the wait, so that a text arriving meanwhile is the next one used, before
          // any request is served.
          const message = this.#pendingText;
          this.#pendingText = null;
          await this.#useText(message);
          continue;
        }
        const channel = this.#nextChannel();
        if (channel === undefined) break;
        const request = this.#pendingRequests.get(channel);
        this.#pendingRequests.delete(channel);
        this.#serve(request);
        await nextTask();
      }
    } finally {
      this.#draining = false;
    }
  }

  #nextChannel() {
    return this.#order.find((name) => this.#pendingRequests.has(name)) ?? this.#pendingRequests.keys().next().value;
  }
}
