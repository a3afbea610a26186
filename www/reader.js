// The read-only text view with highlights (DOM only).
//
// The text is laid out one block per line, each holding a single text node written with
// textContent, and blocks out of sight skip layout (CSS content-visibility), so a text of
// megabytes costs little to show. Highlights are painted with the CSS Custom Highlight API: the
// worker sends match offsets, this module turns them into StaticRanges over the text nodes, in
// slices that leave the main thread free between them. Without the API, the view falls back to
// the escaped HTML that textlens renders (`Highlighter.html`), for texts of moderate size.

/** Lines laid out per slice of work; then the main thread gets a turn. */
const LINES_PER_SLICE = 2000;
/** Ranges made per slice of work. */
const RANGES_PER_SLICE = 5000;
/** Matches painted at most (the legend still counts them all). */
export const MAX_PAINTED = 100_000;
/** Largest text shown as highlighted HTML when the Custom Highlight API is missing. */
const MAX_HTML_FALLBACK = 1_000_000;

/** The name of the highlight that marks the match being stepped to. */
const CURRENT = "tl-current";

export const supportsCssHighlights = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/** Hands the main thread back to the browser for a moment. */
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

export class Reader {
  /**
   * @param {HTMLElement} element the scrollable container of the text
   * @param {HTMLElement} note where limits of the view are explained
   */
  constructor(element, note) {
    this.element = element;
    this.note = note;
    this.text = "";
    this.textGeneration = 0; // bumped by every new text: an older layout stops
    this.paintGeneration = 0; // bumped by every new text or paint: an older painting stops
    this.lineStarts = new Uint32Array([0]);
    this.lineNodes = [];
    this.laidOut = null; // promise of the current layout
    this.paintedNames = new Set();
    this.mode = supportsCssHighlights ? "css" : "html";
  }

  /** Shows `text` (laid out in slices); resolves when it is all in the DOM or superseded. */
  setText(text) {
    this.text = text;
    const generation = ++this.textGeneration;
    this.paintGeneration++;
    this.#clearHighlights();
    this.note.textContent = "";
    this.laidOut = this.mode === "css" ? this.#layOut(text, generation) : Promise.resolve(this.#plain(text));
    return this.laidOut;
  }

  /**
   * Paints `matches` = { categories: [{highlightName}], starts, ends, categoryIds } over the text,
   * or, without the Custom Highlight API, shows `matches.html` (escaped HTML from textlens).
   */
  async paint(matches) {
    const generation = ++this.paintGeneration;
    await this.laidOut;
    if (generation !== this.paintGeneration) return;
    if (this.mode === "html") return this.#paintHtml(matches.html, generation);
    this.#clearHighlights();
    const { categories, starts, ends, categoryIds } = matches;
    const highlights = categories.map(({ highlightName }) => {
      let highlight = CSS.highlights.get(highlightName);
      if (!highlight) {
        highlight = new Highlight();
        CSS.highlights.set(highlightName, highlight);
      }
      this.paintedNames.add(highlightName);
      return highlight;
    });
    const total = Math.min(starts.length, MAX_PAINTED);
    this.note.textContent =
      starts.length > MAX_PAINTED
        ? `Showing the first ${MAX_PAINTED.toLocaleString("en-US")} highlights of ${starts.length.toLocaleString("en-US")}.`
        : "";
    for (let from = 0; from < total; from += RANGES_PER_SLICE) {
      for (let i = from; i < Math.min(total, from + RANGES_PER_SLICE); i++) {
        highlights[categoryIds[i]].add(this.#staticRange(starts[i], ends[i]));
      }
      await yieldToBrowser();
      if (generation !== this.paintGeneration) return;
    }
    this.element.dataset.painted = String(total);
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
      this.paintedNames.add(CURRENT);
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
  }

  /** Brings the view into the window, then scrolls it so that `range` sits in its middle. */
  #scrollTo(range) {
    this.element.parentElement.scrollIntoView({ block: "nearest" });
    const block = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : range.startContainer;
    // Blocks out of sight have estimated heights; the first jump lays out the ones around the
    // target, the second corrects for what that changed.
    for (let pass = 0; pass < 2; pass++) {
      const box = this.element.getBoundingClientRect();
      const target = (pass === 0 ? block : range).getBoundingClientRect();
      this.element.scrollTop += target.top - box.top - (box.height - target.height) / 2;
    }
  }

  #plain(text) {
    this.element.textContent = text;
  }

  #paintHtml(html, generation) {
    if (this.text.length > MAX_HTML_FALLBACK) {
      this.note.textContent = "This browser lacks the CSS Custom Highlight API; highlights are shown for texts up to 1 MB.";
      return;
    }
    if (generation === this.paintGeneration) this.element.innerHTML = html; // escaped by textlens
  }

  async #layOut(text, generation) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = Uint32Array.from(starts);
    this.lineNodes = new Array(starts.length);
    this.element.replaceChildren();
    for (let from = 0; from < starts.length; from += LINES_PER_SLICE) {
      const slice = document.createDocumentFragment();
      for (let line = from; line < Math.min(starts.length, from + LINES_PER_SLICE); line++) {
        const block = document.createElement("div");
        block.className = "line";
        const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
        if (end > starts[line]) {
          const node = document.createTextNode(text.slice(starts[line], end));
          block.append(node);
          this.lineNodes[line] = node;
        } else {
          this.lineNodes[line] = block;
        }
        slice.append(block);
      }
      this.element.append(slice);
      if (from + LINES_PER_SLICE < starts.length) {
        await yieldToBrowser();
        if (generation !== this.textGeneration) return;
      }
    }
  }

  /** The DOM position of UTF-16 offset `offset`: [text node or empty block, offset in it]. */
  #position(offset) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    const node = this.lineNodes[low];
    if (node.nodeType !== Node.TEXT_NODE) return [node, 0];
    return [node, Math.min(offset - this.lineStarts[low], node.length)];
  }

  #staticRange(start, end) {
    const [startContainer, startOffset] = this.#position(start);
    const [endContainer, endOffset] = this.#position(end);
    return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
  }

  #clearHighlights() {
    if (this.mode !== "css") return;
    for (const name of this.paintedNames) CSS.highlights.delete(name);
    this.paintedNames.clear();
    delete this.element.dataset.painted;
    delete this.element.dataset.currentStart;
    delete this.element.dataset.currentEnd;
  }
}
