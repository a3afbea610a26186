// The text panel: the text box with its highlights painted in place (reader.js lies under it), the
// read-only view of texts too large for a text box, Open / Sample / Clear with their undo, and the
// line that says what this browser keeps. DOM only; main.js decides what happens.
//
// Article text is only ever written with textContent (or, in the reader's fallback, as HTML that
// textlens escaped).

import { fileFormat, fileText, isSupportedFile } from "../file-text.js";
import { formatCount } from "../format.js";
import { Reader } from "../reader.js";

/**
 * Texts longer than this (UTF-16 units) are not put in the text box: browsers lay a text box out
 * as one piece, which takes seconds for megabytes, on every keystroke. They are shown read-only
 * instead, unless the reader asks to edit them anyway.
 */
export const LARGE_TEXT = 1_000_000;

const $ = (id) => document.getElementById(id);

export class Editor {
  constructor() {
    this.input = $("text");
    this.surface = $("surface");
    this.reader = new Reader($("reader"), $("reader-note"));
    this.largeText = null; // the text while it is shown read-only
    this.editingLarge = false; // a large text put in the text box on request
    this.textHandler = () => {};
    this.input.addEventListener("paste", (event) => this.#paste(event));
    this.input.addEventListener("scroll", () => this.reader.follow(), { passive: true });
    $("edit-large").addEventListener("click", () => this.#editLargeText());
    $("skip-link").addEventListener("click", (event) => {
      event.preventDefault();
      this.focus();
    });
    this.#showMode();
  }

  text() {
    return this.largeText ?? this.input.value;
  }

  /** Whether the text is shown read-only (too large for the text box). */
  isReadOnly() {
    return this.largeText !== null;
  }

  /** Puts the keyboard in the text: the text box, or the read-only view. */
  focus() {
    (this.isReadOnly() ? this.reader.element : this.input).focus();
  }

  /**
   * Replaces the whole text (sample, clear, opened file, undo). In the text box this is one edit
   * of its own, so Ctrl+Z there brings the old text back (unless `undoable` is false: the text
   * kept from the last visit).
   */
  replaceText(text, { undoable = true } = {}) {
    const large = text.length > LARGE_TEXT;
    this.#stopEditingLarge();
    if (undoable && !large && !this.isReadOnly() && this.#insertInBox(text)) return; // its input event reports it
    this.largeText = large ? text : null;
    this.input.value = large ? "" : text;
    this.#showMode();
    this.textHandler(this.text());
  }

  /** Calls `handler(text)` whenever the text changes. */
  onTextChange(handler) {
    this.textHandler = handler;
    this.input.addEventListener("input", () => {
      const { value } = this.input;
      // A large text that got into the text box (dropped, or pasted past the paste handler)
      // leaves it before the browser lays it out, unless the reader asked to edit it there.
      if (value.length > LARGE_TEXT && !this.editingLarge) return this.replaceText(value);
      if (value.length <= LARGE_TEXT) this.#stopEditingLarge();
      if (this.#overlaid()) {
        // While keys come, the reader steps out of layout and paint (it would cost each key
        // several times what the box alone costs); it follows the edits and comes back with
        // the analysis of the pause.
        this.surface.dataset.typing = "true";
        this.reader.edit(value);
      }
      handler(value);
    });
  }

  /** Shows the text the worker analysed (the highlights to come are about it). */
  showAnalysed(text) {
    if (this.editingLarge) return;
    delete this.surface.dataset.typing;
    this.reader.setText(text);
    this.reader.follow();
  }

  /** Calls `handler(start, end)` when the selection in the text box changes (start = end: none). */
  onSelection(handler) {
    let last = "";
    document.addEventListener("selectionchange", () => {
      const { selectionStart, selectionEnd } = this.input;
      const key = document.activeElement === this.input ? `${selectionStart}:${selectionEnd}` : "";
      if (key === last) return;
      last = key;
      if (key === "") handler(0, 0);
      else handler(selectionStart, selectionEnd);
    });
  }

  /** Selects `[start, end)` of the text and brings it into view (a sentence or piece chosen). */
  select(start, end) {
    if (this.isReadOnly()) return this.reader.reveal(start);
    this.input.focus({ preventScroll: true });
    this.input.setSelectionRange(start, end);
    this.surface.scrollIntoView({ block: "nearest" });
    return this.reader.reveal(start);
  }

  /** Ends the editing of a large text in the box (it was replaced, or has become shorter). */
  #stopEditingLarge() {
    if (!this.editingLarge) return;
    this.editingLarge = false;
    this.#showMode();
  }

  /** Whether the reader lies under the text box (and its highlights are worth painting). */
  #overlaid() {
    return !this.isReadOnly() && !this.editingLarge;
  }

  /** The text box replaced by `text` as one undoable edit; false where the browser cannot. */
  #insertInBox(text) {
    this.input.focus({ preventScroll: true });
    this.input.select();
    // execCommand is the one way to edit a text box that its own undo (Ctrl+Z) knows about.
    return text === "" ? document.execCommand("delete") : document.execCommand("insertText", false, text);
  }

  /** A paste that would make the text large replaces it without going through the text box. */
  #paste(event) {
    if (this.editingLarge) return;
    const pasted = event.clipboardData?.getData("text/plain") ?? "";
    const { value, selectionStart, selectionEnd } = this.input;
    if (value.length - (selectionEnd - selectionStart) + pasted.length <= LARGE_TEXT) return;
    event.preventDefault();
    // The rest in a task of its own: reading megabytes off the clipboard took this one's time.
    setTimeout(() => this.replaceText(value.slice(0, selectionStart) + pasted + value.slice(selectionEnd)));
  }

  /** Puts a large text in the text box after all (slow, but the reader asked for it). */
  #editLargeText() {
    const text = this.largeText;
    this.largeText = null;
    this.editingLarge = true;
    this.input.value = text;
    this.#showMode();
    this.input.focus();
  }

  /** Shows the text box with the reader under it, or the reader alone (read-only). */
  #showMode() {
    const readOnly = this.isReadOnly();
    this.surface.dataset.mode = readOnly ? "read" : this.editingLarge ? "plain" : "edit";
    this.input.hidden = readOnly;
    $("large-note").hidden = !readOnly;
    const reader = this.reader.element;
    reader.hidden = this.editingLarge;
    if (readOnly) {
      reader.removeAttribute("aria-hidden");
      reader.tabIndex = 0;
      reader.setAttribute("role", "region");
      reader.setAttribute("aria-label", "Your text with highlights, read-only");
      $("large-message").textContent =
        `This text has ${formatCount(this.largeText.length)} characters: too many to edit smoothly in a text box, ` +
        "so it is shown read-only, with its highlights. Everything else works as usual.";
    } else {
      // Under the text box, the same text is only decoration: hidden from assistive technology.
      reader.setAttribute("aria-hidden", "true");
      reader.removeAttribute("tabindex");
      reader.removeAttribute("role");
      reader.removeAttribute("aria-label");
    }
    this.reader.overlay(readOnly ? null : this.input);
    $("reader-note").textContent = this.editingLarge
      ? "Highlights are not painted while a text this large is in the text box; they come back when it is shorter."
      : "";
  }

  onSample(handler) {
    $("sample").addEventListener("click", handler);
  }

  onClear(handler) {
    $("clear").addEventListener("click", handler);
  }

  /** How the text is read: "plain" or "markdown". */
  format() {
    return $("format").value;
  }

  setFormat(format) {
    $("format").value = format === "markdown" ? "markdown" : "plain";
  }

  /** Calls `handler(format)` when the reader changes how the text is read. */
  onFormatChange(handler) {
    $("format").addEventListener("change", () => handler(this.format()));
  }

  /** Calls `handler(text, name, format)` with the text of a file opened or dropped on the text. */
  onFile(handler, fail) {
    const open = async (file) => {
      if (!file) return;
      if (!isSupportedFile(file)) return fail(`${file.name}: only .txt, .md and .html files can be opened.`);
      try {
        handler(await fileText(file), file.name, fileFormat(file));
      } catch (error) {
        fail(`Could not read ${file.name}: ${error.message}`);
      }
    };
    const picker = $("file");
    picker.addEventListener("change", () => {
      open(picker.files[0]);
      picker.value = "";
    });
    const zone = this.surface;
    zone.addEventListener("dragover", (event) => {
      if (!event.dataTransfer.types.includes("Files")) return;
      event.preventDefault();
      zone.classList.add("dragging");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
    zone.addEventListener("drop", (event) => {
      zone.classList.remove("dragging");
      if (event.dataTransfer.files.length === 0) return;
      event.preventDefault();
      open(event.dataTransfer.files[0]);
    });
  }

  /**
   * Says what survives a reload: `kept` "local" | "database" (kept), "none" (nothing to keep) or
   * "too-large" (not kept; `length` characters), and offers to keep a large one anyway.
   */
  showKept(kept, length = 0) {
    const message = {
      none: "Kept in this browser as you type, until you clear it.",
      local: "Kept in this browser: it survives a reload until you clear it.",
      database: "Kept in this browser's database: it survives a reload until you clear it.",
      "too-large":
        `Not kept: ${formatCount(length)} characters are more than this browser keeps on its own, ` +
        "so the text will be gone after a reload.",
    }[kept];
    $("keep-state").textContent = message;
    $("keep-anyway").hidden = kept !== "too-large";
  }

  /** Calls `handler()` when the reader asks to keep a large text anyway. */
  onKeepAnyway(handler) {
    $("keep-anyway").addEventListener("click", handler);
  }
}
