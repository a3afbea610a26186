// When to show the progress bar: once work has gone on for a moment, however the set of busy
// channels changes meanwhile, and never for work that ends sooner. Plain logic with the clock
// passed in, so a test can drive time itself.

/** What each worker channel is doing, in the reader's words. */
const ACTIVITY = {
  analyze: "counting",
  pieces: "splitting",
  pieceCounts: "splitting",
  selection: "counting the selection",
  highlight: "highlighting",
  export: "preparing the export",
};

/** "Counting, splitting and highlighting…" for the busy `channels`. */
export function describeWork(channels) {
  const activities = [...new Set(channels.map((channel) => ACTIVITY[channel] ?? "working"))];
  const listed =
    activities.length > 1 ? `${activities.slice(0, -1).join(", ")} and ${activities.at(-1)}` : activities[0];
  return `${listed[0].toUpperCase()}${listed.slice(1)}…`;
}

export class BusyIndicator {
  #delay;
  #show;
  #hide;
  #timers;
  #timer = undefined;
  #shown = false;
  #label = "";

  /**
   * `show(label)` and `hide()` update the page; `delay` is how long work lasts before the bar
   * appears; `timers` is `{ setTimeout, clearTimeout }` (the page's by default).
   */
  constructor({ show, hide, delay, timers = globalThis }) {
    this.#show = show;
    this.#hide = hide;
    this.#delay = delay;
    this.#timers = timers;
  }

  /** The channels busy now (empty when idle). */
  update(channels) {
    if (channels.length === 0) return this.#idle();
    this.#label = describeWork(channels);
    if (this.#shown) this.#show(this.#label);
    else if (this.#timer === undefined) this.#timer = this.#timers.setTimeout(() => this.#appear(), this.#delay);
  }

  #appear() {
    this.#timer = undefined;
    this.#shown = true;
    this.#show(this.#label);
  }

  #idle() {
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#shown) this.#hide();
    this.#shown = false;
  }
}
