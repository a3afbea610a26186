// The Pieces panel: the text's sentences, paragraphs or chunks with their counts, chunk options
// checked in plain words, presets for posts and messages, copy, download, and a way from each
// piece to its place in the text. The list is one stop in the Tab order; the arrow keys move
// between its buttons. DOM only.

import { formatCount } from "../format.js";
import { piecesText } from "../export.js";
import { setUpTabs } from "../tabs.js";

/** Pieces rendered at first and per "Show more". */
export const PIECES_PAGE = 100;
/** Characters a thread's part number takes at most ("12/34 "). */
const PART_NUMBER_RESERVE = 6;

const $ = (id) => document.getElementById(id);
const NOUNS = { sentence: "sentence", paragraph: "paragraph", chunk: "chunk" };

export class Pieces {
  #numbered = false; // parts numbered "1/5" (a thread preset)
  #smsEncoding = "gsm7";

  constructor() {
    this.panel = $("pieces");
    this.list = $("piece-list");
    this.kind = "sentence";
    this.shown = null; // { kind, starts, ends, freshStarts, text, shown, numbered }
    this.list.addEventListener("keydown", (event) => this.#rove(event));
    this.list.addEventListener("focusin", (event) => event.target.matches("button") && this.#setTabStop(event.target));
  }

  showPending() {
    this.panel.dataset.status = "pending";
  }

  /** Calls `handler(kind)` when the pieces tab changes ("sentence" | "paragraph" | "chunk"). */
  onKind(handler) {
    setUpTabs($("tab-sentence").parentElement, (tab) => {
      this.kind = tab.dataset.kind;
      $("piece-panel").setAttribute("aria-labelledby", tab.id);
      $("chunk-options").hidden = this.kind !== "chunk";
      handler(this.kind);
    });
  }

  /** The SMS encoding of the text ("gsm7" | "ucs2"), which sets the SMS preset's size. */
  setSmsEncoding(encoding) {
    this.#smsEncoding = encoding;
  }

  /**
   * The chunk controls as `{ maxSize, unit, overlap }`, or null when a field holds something
   * else than a whole number in range (then the field says so, in words).
   */
  chunkOptions() {
    const size = $("chunk-size");
    const overlap = $("chunk-overlap");
    const sizeError = wholeNumberError(size.value, 1, "characters, words or units per chunk");
    const overlapError = wholeNumberError(overlap.value, 0, "sentences repeated");
    $("chunk-size-error").textContent = sizeError;
    $("chunk-overlap-error").textContent = overlapError;
    size.setAttribute("aria-invalid", String(sizeError !== ""));
    overlap.setAttribute("aria-invalid", String(overlapError !== ""));
    if (sizeError || overlapError) return null;
    return { maxSize: Number(size.value), unit: $("chunk-unit").value, overlap: Number(overlap.value) };
  }

  /** Calls `handler(options)` when a chunk control or preset changes them (null: invalid). */
  onChunkOptionsChange(handler) {
    const fieldset = $("chunk-options");
    fieldset.addEventListener("input", () => {
      this.#numbered = false;
      handler(this.#checked());
    });
    fieldset.addEventListener("click", (event) => {
      const preset = event.target.closest("[data-preset]");
      if (!preset) return;
      const { size, unit, numbered } = this.#preset(preset.dataset.preset);
      $("chunk-size").value = String(size);
      $("chunk-unit").value = unit;
      this.#numbered = numbered;
      handler(this.#checked());
    });
  }

  #checked() {
    const options = this.chunkOptions();
    if (options === null) this.panel.dataset.status = "stale";
    return options;
  }

  /**
   * A preset's chunk size: an X thread's posts leave room for their part number; SMS parts are
   * 153 GSM-7 septets or 67 UTF-16 units (a message in parts gives up 7 or 3 to the part header).
   */
  #preset(name) {
    if (name === "thread") return { size: 280 - PART_NUMBER_RESERVE, unit: "grapheme", numbered: true };
    if (name === "sms") {
      return this.#smsEncoding === "gsm7" ? { size: 153, unit: "gsm7", numbered: false } : { size: 67, unit: "utf16", numbered: false };
    }
    return { size: Number(name), unit: "grapheme", numbered: false };
  }

  showError(message) {
    $("chunk-size-error").textContent = message;
    this.panel.dataset.status = "error";
  }

  /**
   * Renders pieces = { kind, starts, ends, freshStarts?, counts } of `text`: the first
   * PIECES_PAGE of them (with counts), the rest on "Show more".
   */
  show(pieces, text) {
    $("chunk-size-error").textContent = "";
    const numbered = pieces.kind === "chunk" && this.#numbered;
    this.shown = { ...pieces, text, shown: 0, numbered };
    this.list.replaceChildren();
    this.append(pieces.counts);
    this.#summarise();
    this.panel.dataset.status = "done";
  }

  /** The `[starts, ends]` of the next page of pieces, or null when all are shown. */
  nextPage() {
    const pieces = this.shown;
    if (!pieces || pieces.shown >= pieces.starts.length) return null;
    const to = pieces.shown + PIECES_PAGE;
    return { starts: pieces.starts.slice(pieces.shown, to), ends: pieces.ends.slice(pieces.shown, to) };
  }

  /** Appends the next pieces, `counts[i]` = { words, characters } of each. */
  append(counts) {
    const pieces = this.shown;
    const items = document.createDocumentFragment();
    for (const [i, { words, characters }] of counts.entries()) items.append(this.#item(pieces.shown + i, words, characters));
    pieces.shown += counts.length;
    this.list.append(items);
    if (!this.list.querySelector('button[tabindex="0"]')) this.#setTabStop(this.list.querySelector("button"));
    this.#summarise();
  }

  #summarise() {
    const pieces = this.shown;
    const noun = NOUNS[pieces.kind];
    const total = pieces.starts.length;
    let summary = `${formatCount(total)} ${noun}${total === 1 ? "" : "s"}`;
    if (pieces.shown < total) summary += `, showing the first ${formatCount(pieces.shown)}`;
    if (pieces.freshStarts) {
      const repeating = pieces.freshStarts.filter((fresh, i) => fresh > pieces.starts[i]).length;
      summary +=
        repeating > 0
          ? `; ${formatCount(repeating)} repeat the end of the one before`
          : "; none repeats a sentence: a chunk repeats whole sentences only when they fit in it beside new text, and these are too long for the size";
    }
    $("piece-summary").textContent = summary;
    const more = $("piece-more");
    more.hidden = pieces.shown >= total;
    more.textContent = `Show ${formatCount(Math.min(PIECES_PAGE, total - pieces.shown))} more`;
  }

  #item(index, words, characters) {
    const { text, starts, ends, freshStarts, kind, numbered } = this.shown;
    const noun = NOUNS[kind];
    const item = document.createElement("li");
    item.className = "piece";
    item.dataset.index = String(index);
    const body = document.createElement("p");
    body.className = "piece-text";
    if (numbered) {
      const part = document.createElement("span");
      part.className = "part-number";
      part.textContent = `${this.#partLabel(index)} `;
      body.append(part);
    }
    const fresh = freshStarts ? freshStarts[index] : starts[index];
    if (fresh > starts[index]) {
      const repeated = document.createElement("span");
      repeated.className = "overlap";
      repeated.title = "repeated from the previous chunk";
      repeated.textContent = text.slice(starts[index], fresh);
      body.append(repeated);
    }
    body.append(text.slice(fresh, ends[index]));
    const meta = document.createElement("div");
    meta.className = "piece-meta";
    const numbers = document.createElement("span");
    numbers.className = "piece-counts";
    numbers.dataset.words = String(words);
    numbers.dataset.characters = String(characters);
    numbers.textContent = `${formatCount(words)} ${words === 1 ? "word" : "words"} · ${formatCount(characters)} ${characters === 1 ? "character" : "characters"}`;
    if (fresh > starts[index]) numbers.textContent += ` · repeats ${formatCount(fresh - starts[index])} characters`;
    const show = this.#button("show", "Show in text", `Show in text: ${noun} ${index + 1}`, index);
    const copy = this.#button("copy", "Copy", `Copy ${noun} ${index + 1}`, index);
    meta.append(numbers, show, copy);
    item.append(body, meta);
    return item;
  }

  #button(className, label, name, index) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `button small ${className}`;
    button.textContent = label;
    button.setAttribute("aria-label", name);
    button.dataset.index = String(index);
    button.tabIndex = -1;
    return button;
  }

  #partLabel(index) {
    return `${index + 1}/${this.shown.starts.length}`;
  }

  /** The arrow keys, Home and End move between the list's buttons. */
  #rove(event) {
    const buttons = [...this.list.querySelectorAll("button")];
    const index = buttons.indexOf(document.activeElement);
    if (index === -1) return;
    const next = {
      ArrowDown: index + 2,
      ArrowUp: index - 2,
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: buttons.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
    target.focus();
  }

  #setTabStop(button) {
    for (const other of this.list.querySelectorAll('button[tabindex="0"]')) other.tabIndex = -1;
    if (button) button.tabIndex = 0;
  }

  onShowMore(handler) {
    $("piece-more").addEventListener("click", handler);
  }

  /** The text of piece `index` as it is copied (a thread's part with its number). */
  pieceText(index) {
    const { text, starts, ends, numbered } = this.shown;
    const piece = text.slice(starts[index], ends[index]).trim();
    return numbered ? `${this.#partLabel(index)} ${piece}` : piece;
  }

  /** The texts of all pieces of the current tab, as they are copied. */
  allTexts() {
    if (!this.shown) return [];
    return Array.from(this.shown.starts, (_, i) => this.pieceText(i));
  }

  /** Calls `handler(start, end)` when a piece is chosen to be shown in the text. */
  onShowInText(handler) {
    this.list.addEventListener("click", (event) => {
      const target = event.target.closest(".show, .piece-text");
      if (!target) return;
      if (target.matches(".piece-text") && getSelection().toString() !== "") return; // selecting, not choosing
      const index = Number(target.closest(".piece").dataset.index);
      handler(this.shown.starts[index], this.shown.ends[index]);
    });
  }

  /** Calls `handler(text, button)` for a copy button: one piece or all of them. */
  onCopy(handler) {
    this.list.addEventListener("click", (event) => {
      const button = event.target.closest(".copy");
      if (button) handler(this.pieceText(Number(button.dataset.index)), button);
    });
    $("copy-all").addEventListener("click", (event) => handler(this.#joined(), event.currentTarget));
  }

  onDownload(handler) {
    $("download-pieces").addEventListener("click", () =>
      handler({ filename: `textlens-${this.kind}s.txt`, mime: "text/plain;charset=utf-8", content: this.#joined() }));
  }

  #joined() {
    return piecesText(this.shown?.kind ?? this.kind, this.allTexts());
  }

  /** Briefly confirms a copy on `button`. */
  confirmCopy(button, ok) {
    const label = button.textContent;
    button.textContent = ok ? "Copied" : "Copy failed";
    setTimeout(() => (button.textContent = label), 1200);
  }
}

/** "" when `value` is a whole number ≥ `min`, else what to enter instead, in words. */
function wholeNumberError(value, min, what) {
  const number = Number(value);
  if (value.trim() !== "" && Number.isInteger(number) && number >= min) return "";
  return `Enter a whole number of ${min} or more (${what}).`;
}
