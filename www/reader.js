// The text with its highlights painted in place (DOM only). It serves two ways: as the backdrop
// of the text box ("overlay": the same text, laid out exactly as the box lays it out, transparent,
// under the box's transparent background, scrolled with it), and on its own as the read-only view
// of a text too large for a text box ("read").
//
// The text is laid out one element per line, each holding a single text node written with
// textContent; lines are grouped into blocks that skip layout while out of sight (CSS
// content-visibility), so a text of megabytes costs little to show. Highlights are painted with
// the CSS Custom Highlight API: the worker sends match offsets, and this module turns those near
// the visible part into StaticRanges over the text nodes, repainting as the view scrolls. Keeping
// the ranges few matters: the browser re-checks every registered range whenever a highlight
// changes. Sentence difficulty is not a highlight: it is drawn as a bar in the left margin beside
// each hard sentence's lines, so it never mixes with the colours of terms. A word that two
// underlined categories mark (a long adverb) gets the second one's line below the first: each
// such category has a lower line, `::highlight(<name>-2)` in style.css, and a match that
// overlaps an earlier underlined one goes to the first line still free there. Without the API, the
// view falls back to the escaped HTML that textlens renders (`Highlighter.html`), for texts of
// moderate size.

/** Lines per block: the unit that skips layout when out of sight. */
const LINES_PER_BLOCK = 64;
/** Blocks laid out per slice of work; then the main thread gets a turn. */
const BLOCKS_PER_SLICE = 16;
/** Blocks painted before and after the first visible one. */
const PAINT_BEFORE = 3;
const PAINT_AFTER = 6;
/** Largest text shown as highlighted HTML when the Custom Highlight API is missing. */
const MAX_HTML_FALLBACK = 1_000_000;

/** The name of the highlight that marks the match being stepped to. */
const CURRENT = "tl-current";
/** Categories drawn as margin bars beside their lines instead of highlights. */
const SENTENCE_CATEGORIES = new Set(["hardSentence", "veryHardSentence"]);

/**
 * Underlines one word can carry, one below the other (a third would reach the next line of
 * text); a third category on one word shares the second line.
 */
const LINES = 2;

const supportsCssHighlights = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/**
 * The highlight names that style.css gives lower lines (`::highlight(<name>-2)`): the underlined
 * categories. Read from the style sheets, so the list lives in one place.
 */
function namesWithLowerLines() {
  const names = new Set();
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      for (const [, name] of rule.selectorText?.matchAll(/::highlight\(([\w-]+)-2\)/g) ?? []) names.add(name);
    }
  }
  return names;
}

/** Hands the main thread back to the browser for a moment. */
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The largest n in [0, max] for which `holds(n)` is true, where `holds` is true up to some n and
 * false after. A binary search: the common ends of two texts take a few string comparisons
 * (native code) rather than a loop over every character, which on long texts cost each key.
 */
function longestTrue(max, holds) {
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (holds(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The first index i with `sorted[i] >= value`. */
function lowerBound(sorted, value) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class Reader {
  /**
   * @param {HTMLElement} element the scrollable container of the text
   * @param {HTMLElement} note where limits of the view are explained
   */
  constructor(element, note) {
    this.element = element;
    this.note = note;
    this.host = null; // the text box this view lies under (overlay), or null (read)
    this.bars = document.createElement("div");
    this.bars.className = "sentence-bars";
    this.text = "";
    this.textGeneration = 0; // bumped by every new text: an older layout stops
    this.lineStarts = new Uint32Array([0]);
    this.lineNodes = [];
    this.blocks = [];
    this.laidOut = Promise.resolve();
    this.matches = null;
    this.highlights = []; // Highlight of each category of `matches` (null: a margin bar)
    this.lowerLines = []; // of each category: the Highlights of its lines 2..LINES, or null
    this.stacked = null; // highlight names with lower lines, read from the style sheets once
    this.paintedBlocks = null; // [first, last] blocks whose matches are painted
    this.mode = supportsCssHighlights ? "css" : "html";
    let scheduled = false;
    element.addEventListener(
      "scroll",
      () => {
        if (scheduled) return;
        scheduled = true;
        requestAnimationFrame(() => {
          scheduled = false;
          this.#paintVisible();
        });
      },
      { passive: true },
    );
  }

  /**
   * Lies under the text box `host` (null: stands alone, read-only): laid out in full (a text box
   * lays out all of its text, so must this, to line up) and scrolled with it.
   */
  overlay(host) {
    this.host = host;
    this.element.dataset.mode = host ? "overlay" : "read";
    this.element.scrollTop = host?.scrollTop ?? 0;
    this.refresh();
  }

  /** Follows the text box's scrolling (overlay). */
  follow() {
    if (this.host) this.element.scrollTop = this.host.scrollTop;
  }

  /**
   * Takes an edit made in the text box: the lines that changed are rewritten in place (cheap,
   * so typing stays fast); an edit that adds or removes lines lays the text out again. The
   * painted highlights stay where they were until the next `paint`.
   */
  edit(text) {
    const old = this.text;
    if (text === old) return;
    const shorter = Math.min(text.length, old.length);
    const prefix = longestTrue(shorter, (n) => text.slice(0, n) === old.slice(0, n));
    const suffix = longestTrue(shorter - prefix, (n) => text.slice(text.length - n) === old.slice(old.length - n));
    const removed = old.slice(prefix, old.length - suffix);
    const inserted = text.slice(prefix, text.length - suffix);
    if (removed.includes("\n") || inserted.includes("\n") || this.mode !== "css" || this.blocks.length === 0) {
      this.setText(text);
      return;
    }
    const line = Math.max(0, lowerBound(this.lineStarts, prefix + 1) - 1);
    const delta = inserted.length - removed.length;
    for (let i = line + 1; i < this.lineStarts.length; i++) this.lineStarts[i] += delta;
    this.text = text;
    const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : text.length;
    const element = this.lineNodes[line].nodeType === Node.TEXT_NODE ? this.lineNodes[line].parentElement : this.lineNodes[line];
    const node = document.createTextNode(text.slice(this.lineStarts[line], end));
    element.replaceChildren(node);
    this.lineNodes[line] = node;
  }

  /** Shows `text` (laid out in slices); resolves when it is all in the DOM or superseded. */
  setText(text) {
    if (text === this.text && this.blocks.length > 0) return this.laidOut;
    this.text = text;
    const generation = ++this.textGeneration;
    this.#forgetHighlights();
    this.note.textContent = "";
    this.laidOut = this.mode === "css" ? this.#layOut(text, generation) : Promise.resolve(this.#plain(text));
    return this.laidOut;
  }

  /**
   * Paints `matches` = { categories: [{highlightName}], starts, ends, categoryIds } over the text,
   * or, without the Custom Highlight API, shows `matches.html` (escaped HTML from textlens).
   */
  async paint(matches) {
    const generation = this.textGeneration;
    await this.laidOut;
    if (generation !== this.textGeneration) return;
    if (this.mode === "html") return this.#paintHtml(matches.html);
    this.#forgetHighlights();
    this.matches = matches;
    this.stacked ??= namesWithLowerLines();
    const registered = (name) => {
      let highlight = CSS.highlights.get(name);
      if (!highlight) {
        highlight = new Highlight();
        CSS.highlights.set(name, highlight);
      }
      return highlight;
    };
    this.highlights = matches.categories.map(({ name, highlightName }) => (SENTENCE_CATEGORIES.has(name) ? null : registered(highlightName)));
    this.lowerLines = matches.categories.map(({ highlightName }) =>
      this.stacked.has(highlightName) ? Array.from({ length: LINES - 1 }, (_, i) => registered(`${highlightName}-${i + 2}`)) : null,
    );
    this.#paintVisible();
  }

  /** Repaints around what is visible now (call when the view has just been shown). */
  refresh() {
    this.paintedBlocks = null;
    this.#paintVisible();
  }

  /**
   * Marks the match `[start, end)` (number `index` of the last painting) as the current one and
   * scrolls it into the middle of the view.
   */
  async show(start, end, index) {
    await this.laidOut;
    let range;
    if (this.mode === "css") {
      range = new Range();
      range.setStart(...this.#position(start));
      range.setEnd(...this.#position(end));
      CSS.highlights.set(CURRENT, new Highlight(range));
    } else {
      for (const old of this.element.querySelectorAll("mark.current")) old.classList.remove("current");
      const mark = this.element.querySelector(`mark[data-match="${index}"]`);
      if (!mark) return;
      mark.classList.add("current");
      range = new Range();
      range.selectNodeContents(mark);
    }
    this.element.dataset.currentStart = String(start);
    this.element.dataset.currentEnd = String(end);
    this.#scrollTo(range);
    this.#paintVisible();
  }

  /** Brings the view into the window, then scrolls it so that `range` sits in its middle. */
  #scrollTo(range) {
    this.element.parentElement.scrollIntoView({ block: "nearest" });
    const line = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : range.startContainer;
    // Blocks out of sight have estimated heights; the first jump lays out the ones around the
    // target, the second corrects for what that changed. Under a text box, the box scrolls and
    // this view follows.
    for (const target of [line, range]) {
      const box = this.element.getBoundingClientRect();
      const rect = target.getBoundingClientRect();
      const by = rect.top - box.top - (box.height - rect.height) / 2;
      if (this.host) this.host.scrollTop += by;
      else this.element.scrollTop += by;
      this.follow();
    }
  }

  /** Scrolls offset `offset` of the text into the middle of the view (and of the text box). */
  async reveal(offset) {
    await this.laidOut;
    if (this.mode !== "css") return;
    const range = new Range();
    range.setStart(...this.#position(offset));
    this.#scrollTo(range);
    this.#paintVisible();
  }

  /** Paints the matches of the blocks around the visible part, unless they are painted already. */
  #paintVisible() {
    if (!this.matches || this.blocks.length === 0) return;
    const first = this.#firstVisibleBlock();
    if (this.paintedBlocks && first >= this.paintedBlocks[0] + 1 && first <= this.paintedBlocks[1] - 2) return;
    const from = Math.max(0, first - PAINT_BEFORE);
    const to = Math.min(this.blocks.length - 1, first + PAINT_AFTER);
    this.paintedBlocks = [from === 0 ? -Infinity : from, to === this.blocks.length - 1 ? Infinity : to];
    // Matches that start one block early may reach into the painted ones (long sentences).
    const startOffset = this.lineStarts[Math.max(0, from - 1) * LINES_PER_BLOCK];
    const endLine = (to + 1) * LINES_PER_BLOCK;
    const endOffset = endLine < this.lineStarts.length ? this.lineStarts[endLine] : this.text.length + 1;
    const { starts, ends, categoryIds, categories } = this.matches;
    for (const highlight of [...this.highlights, ...this.lowerLines.flat()]) highlight?.clear();
    const bars = document.createDocumentFragment();
    const origin = this.element.getBoundingClientRect();
    const lineEnds = new Array(LINES).fill(-1); // where each underline is last in use
    const last = lowerBound(starts, endOffset);
    for (let i = lowerBound(starts, startOffset); i < last; i++) {
      const category = categoryIds[i];
      const highlight = this.highlights[category];
      if (!highlight) this.#bars(bars, origin, starts[i], ends[i], categories[category].highlightName);
      else if (!this.lowerLines[category]) highlight.add(this.#staticRange(starts[i], ends[i]));
      else {
        const free = lineEnds.findIndex((end) => end <= starts[i]);
        const line = free === -1 ? LINES - 1 : free;
        lineEnds[line] = Math.max(lineEnds[line], ends[i]);
        (line === 0 ? highlight : this.lowerLines[category][line - 1]).add(this.#staticRange(starts[i], ends[i]));
      }
    }
    this.bars.replaceChildren(bars);
    if (this.bars.parentElement !== this.element) this.element.prepend(this.bars);
    this.element.dataset.painted = String(last - lowerBound(starts, startOffset));
  }

  /** Margin bars of class `hl-<name>` beside each line box of `[start, end)`. */
  #bars(into, origin, start, end, name) {
    const range = new Range();
    range.setStart(...this.#position(start));
    range.setEnd(...this.#position(end));
    let bottom = -Infinity;
    for (const rect of range.getClientRects()) {
      if (rect.height === 0 || rect.top < bottom - 1) continue; // one bar per line box
      bottom = rect.bottom;
      const bar = document.createElement("div");
      bar.className = `sentence-bar hl-${name}`;
      bar.style.top = `${rect.top - origin.top + this.element.scrollTop}px`;
      bar.style.height = `${rect.height}px`;
      into.append(bar);
    }
  }

  /** The index of the first block whose bottom is below the top of the view. */
  #firstVisibleBlock() {
    const top = this.element.getBoundingClientRect().top;
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.blocks[middle].getBoundingClientRect().bottom <= top) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #plain(text) {
    this.element.textContent = text;
  }

  #paintHtml(html) {
    if (this.text.length > MAX_HTML_FALLBACK) {
      this.note.textContent = "This browser lacks the CSS Custom Highlight API; highlights are shown for texts up to 1 MB.";
      return;
    }
    this.element.innerHTML = html; // escaped by textlens
  }

  async #layOut(text, generation) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = Uint32Array.from(starts);
    this.lineNodes = new Array(starts.length);
    this.blocks = [];
    this.element.replaceChildren(this.bars);
    this.bars.replaceChildren();
    const blockCount = Math.ceil(starts.length / LINES_PER_BLOCK);
    for (let from = 0; from < blockCount; from += BLOCKS_PER_SLICE) {
      const slice = document.createDocumentFragment();
      for (let b = from; b < Math.min(blockCount, from + BLOCKS_PER_SLICE); b++) slice.append(this.#block(text, b));
      this.element.append(slice);
      if (from + BLOCKS_PER_SLICE < blockCount) {
        await yieldToBrowser();
        if (generation !== this.textGeneration) return;
      }
    }
  }

  /** Block `b`: its lines, each a text node in a line element (empty lines hold none). */
  #block(text, b) {
    const starts = this.lineStarts;
    const block = document.createElement("div");
    block.className = "block";
    for (let line = b * LINES_PER_BLOCK; line < Math.min(starts.length, (b + 1) * LINES_PER_BLOCK); line++) {
      const element = document.createElement("div");
      element.className = "line";
      const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
      if (end > starts[line]) {
        const node = document.createTextNode(text.slice(starts[line], end));
        element.append(node);
        this.lineNodes[line] = node;
      } else {
        this.lineNodes[line] = element;
      }
      block.append(element);
    }
    this.blocks.push(block);
    return block;
  }

  /** The DOM position of UTF-16 offset `offset`: [text node or empty line, offset in it]. */
  #position(offset) {
    const line = Math.max(0, lowerBound(this.lineStarts, offset + 1) - 1);
    const node = this.lineNodes[line];
    if (node.nodeType !== Node.TEXT_NODE) return [node, 0];
    return [node, Math.min(offset - this.lineStarts[line], node.length)];
  }

  #staticRange(start, end) {
    const [startContainer, startOffset] = this.#position(start);
    const [endContainer, endOffset] = this.#position(end);
    return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
  }

  /** Unregisters the highlights of the last painting and the current match. */
  #forgetHighlights() {
    if (this.mode !== "css") return;
    for (const { highlightName } of this.matches?.categories ?? []) {
      CSS.highlights.delete(highlightName);
      for (let line = 2; line <= LINES; line++) CSS.highlights.delete(`${highlightName}-${line}`);
    }
    CSS.highlights.delete(CURRENT);
    this.bars.replaceChildren();
    this.matches = null;
    this.highlights = [];
    this.lowerLines = [];
    this.paintedBlocks = null;
    delete this.element.dataset.painted;
    delete this.element.dataset.currentStart;
    delete this.element.dataset.currentEnd;
  }
}
