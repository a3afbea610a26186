// Stepping through the matches of one category at a time, in text order, wrapping at both ends.
// Pure: it knows the newest highlight result and where each category was left, nothing of the DOM.

export class Stepper {
  #matches = null;
  #indexes = new Map(); // category id -> indexes of its matches, made on its first step
  #positions = new Map(); // category id -> position of the match shown last
  /** The category stepped through last (null before the first step). */
  category = null;

  /** Starts over with a new highlight result `{ starts, ends, categoryIds }`. */
  reset(matches) {
    this.#matches = matches;
    this.#indexes = new Map();
    this.#positions = new Map();
    this.category = null;
  }

  /**
   * The next (`direction` 1) or previous (-1) match of category `id`:
   * `{ category, index, start, end, position (from 1), total }`, or null when it has none.
   */
  step(id, direction = 1) {
    const indexes = this.#indexesOf(id);
    if (indexes.length === 0) return null;
    const last = this.#positions.get(id) ?? (direction > 0 ? -1 : 0);
    const position = (last + direction + indexes.length) % indexes.length;
    this.#positions.set(id, position);
    this.category = id;
    const index = indexes[position];
    const { starts, ends } = this.#matches;
    return { category: id, index, start: starts[index], end: ends[index], position: position + 1, total: indexes.length };
  }

  /** Steps again in the category stepped through last (null before the first step). */
  again(direction) {
    return this.category === null ? null : this.step(this.category, direction);
  }

  #indexesOf(id) {
    if (!this.#matches) return [];
    if (!this.#indexes.has(id)) {
      const indexes = [];
      this.#matches.categoryIds.forEach((category, i) => category === id && indexes.push(i));
      this.#indexes.set(id, indexes);
    }
    return this.#indexes.get(id);
  }
}
