// The page's DOM and nothing else: reads the controls, renders what the worker computed, and
// reports what the reader does through `on…` callbacks. main.js decides what happens.
//
// Article text is only ever written with textContent (or, in the reader's fallback, as HTML that
// textlens escaped). Regions carry data-status ("idle" | "pending" | "done" | "error") so styles
// and tests can tell fresh results from stale ones.

import { BusyIndicator } from "./busy.js";
import { barChart, difficultyStrip, histogram } from "./charts.js";
import { fileText, isSupportedFile } from "./file-text.js";
import { fleschLabel, formatCount, formatDuration, formatScore, gradeLabel, READABILITY_SCORES } from "./format.js";
import { Reader } from "./reader.js";
import { categoryLabel, DETECTOR_SWITCHES } from "./rules.js";
import { setUpTabs } from "./tabs.js";

/**
 * Texts longer than this (UTF-16 units) are not put in the text box: browsers lay a text box out
 * as one piece, which takes seconds for megabytes, on every keystroke. They are shown read-only
 * in the highlights view instead, unless the reader asks to edit them anyway.
 */
export const LARGE_TEXT = 1_000_000;

/** Pieces rendered at first and per "Show more". */
export const PIECES_PAGE = 100;
/** How long work may take before the progress bar appears. */
const PROGRESS_DELAY_MS = 300;
/** Sentence-length histogram bins: [lowest, highest] words. */
const LENGTH_BINS = [[1, 5], [6, 10], [11, 15], [16, 20], [21, 25], [26, 30], [31, 40], [41, Infinity]];
/** The bin of each sentence length up to 41 words (-1: none); longer ones go in the last bin. */
const BIN_OF_LENGTH = Array.from({ length: 42 }, (_, n) => LENGTH_BINS.findIndex(([low, high]) => n >= low && n <= high));

const $ = (id) => document.getElementById(id);

export class View {
  constructor() {
    this.input = $("text");
    this.reader = new Reader($("reader"), $("reader-note"));
    this.numbers = $("numbers");
    this.pieces = $("pieces");
    this.pieceList = $("piece-list");
    this.legend = $("legend");
    this.status = $("status");
    this.progress = $("progress");
    this.busy = new BusyIndicator({
      delay: PROGRESS_DELAY_MS,
      show: (label) => {
        this.progress.hidden = false;
        this.progress.textContent = label;
        this.progress.setAttribute("aria-label", label);
      },
      hide: () => (this.progress.hidden = true),
    });
    this.workPeriods = 0;
    this.pieceKind = "sentence";
    this.shownPieces = null; // { kind, starts, ends, freshStarts, text, shown }
    this.largeText = null; // the text while it is too large for the text box
    this.textHandler = () => {};
    this.#buildDetectorSwitches();
    this.input.addEventListener("paste", (event) => this.#paste(event));
    $("edit-large").addEventListener("click", () => this.#editLargeText());
  }

  // ---- the text ------------------------------------------------------------------------------

  text() {
    return this.largeText ?? this.input.value;
  }

  /** Replaces the text (paste of a large text, sample, opened file, clear). */
  setText(text) {
    const large = text.length > LARGE_TEXT;
    this.largeText = large ? text : null;
    this.input.value = large ? "" : text;
    this.input.hidden = large;
    $("large-note").hidden = !large;
    if (large) {
      $("large-message").textContent =
        `This text has ${formatCount(text.length)} characters: too many to edit smoothly in a text box, ` +
        "so it is shown read-only under Highlights. Everything else works as usual.";
    }
    this.textHandler(this.text());
    if (large) this.showReader();
  }

  /** Calls `handler(text)` whenever the text changes. */
  onTextChange(handler) {
    this.textHandler = handler;
    this.input.addEventListener("input", () => {
      // A large text that got into the text box (dropped, or pasted past the paste handler)
      // leaves it before the browser lays it out.
      if (this.input.value.length > LARGE_TEXT) this.setText(this.input.value);
      else handler(this.input.value);
    });
  }

  /** A paste that would make the text large replaces it without going through the text box. */
  #paste(event) {
    const pasted = event.clipboardData?.getData("text/plain") ?? "";
    const { value, selectionStart, selectionEnd } = this.input;
    if (value.length - (selectionEnd - selectionStart) + pasted.length <= LARGE_TEXT) return;
    event.preventDefault();
    // The rest in a task of its own: reading megabytes off the clipboard took this one's time.
    setTimeout(() => this.setText(value.slice(0, selectionStart) + pasted + value.slice(selectionEnd)));
  }

  /** Puts a large text in the text box after all (slow, but the reader asked for it). */
  #editLargeText() {
    const text = this.largeText;
    this.largeText = null;
    $("large-note").hidden = true;
    this.input.hidden = false;
    this.input.value = text;
    this.selectTextTab($("tab-write"));
    this.input.focus();
  }

  onSample(handler) {
    $("sample").addEventListener("click", handler);
  }

  onClear(handler) {
    $("clear").addEventListener("click", handler);
  }

  /** Calls `handler(text, name)` with the text of a file opened or dropped on the text. */
  onFile(handler) {
    const open = async (file) => {
      if (!file) return;
      if (!isSupportedFile(file)) return this.showMessage(`${file.name}: only .txt, .md and .html files can be opened.`, "error");
      try {
        handler(await fileText(file), file.name);
      } catch (error) {
        this.showMessage(`Could not read ${file.name}: ${error.message}`, "error");
      }
    };
    const picker = $("file");
    picker.addEventListener("change", () => {
      open(picker.files[0]);
      picker.value = "";
    });
    const zone = $("panel-write");
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

  /** Calls `handler("write" | "read")` when the text view changes. */
  onTextView(handler) {
    this.selectTextTab = setUpTabs($("tab-write").parentElement, (tab) => {
      const read = tab.id === "tab-read";
      $("panel-write").hidden = read;
      $("panel-read").hidden = !read;
      handler(read ? "read" : "write");
    });
  }

  /** Shows the highlighted text view. */
  showReader() {
    this.selectTextTab($("tab-read"));
  }

  readerVisible() {
    return !$("panel-read").hidden;
  }

  // ---- status and progress -------------------------------------------------------------------

  /** A message in the status line; `kind` "error" shows it as an error. */
  showMessage(message, kind = "info") {
    this.status.textContent = message;
    this.status.dataset.kind = kind;
  }

  /**
   * Shows the progress bar once work has lasted a moment; hides it when idle. `body[data-busy]`
   * says whether work is going on and `body[data-work-periods]` counts the times work began, so
   * tests can wait for work they started to begin and end, however fast it is.
   */
  showBusy(channels) {
    const busy = channels.length > 0;
    if (busy && document.body.dataset.busy !== "true") document.body.dataset.workPeriods = String(++this.workPeriods);
    document.body.dataset.busy = String(busy);
    this.busy.update(channels);
  }

  /** Marks the page ready for use (textlens loaded, offline copy in place). */
  showReady(offlineNote) {
    $("offline-state").textContent = offlineNote;
    document.documentElement.dataset.ready = "true";
  }

  // ---- numbers -------------------------------------------------------------------------------

  showPending() {
    this.numbers.dataset.status = "pending";
    this.pieces.dataset.status = "pending";
  }

  /** Renders the statistics of `count()`: numbers, readability, limits and insights. */
  showStatistics(stats) {
    const set = (id, value) => ($(id).textContent = value);
    set("stat-words", formatCount(stats.words));
    set("stat-characters", formatCount(stats.characters.graphemes));
    set("stat-characters-no-spaces", formatCount(stats.characters.nonSpace));
    set("stat-sentences", formatCount(stats.sentences));
    set("stat-paragraphs", formatCount(stats.paragraphs));
    set("stat-reading-time", formatDuration(stats.time.readingSeconds));
    set("stat-speaking-time", formatDuration(stats.time.speakingSeconds));

    const grade = stats.readability.consensusGrade.value;
    const ease = stats.readability.fleschReadingEase.value;
    set("stat-grade", formatScore(grade));
    set("stat-grade-label", gradeLabel(grade));
    set("stat-flesch", formatScore(ease));
    set("stat-flesch-label", fleschLabel(ease));
    this.#showReadabilityTable(stats.readability);
    this.#showLimits(stats.limits);
    this.#showInsights(stats);
    this.numbers.dataset.status = "done";
  }

  showStatisticsError(message) {
    this.numbers.dataset.status = "error";
    this.showMessage(`Could not analyse the text: ${message}`, "error");
  }

  #showReadabilityTable(readability) {
    const rows = READABILITY_SCORES.map(({ key, name, scale }) => {
      const row = document.createElement("tr");
      row.dataset.score = key;
      const score = readability[key];
      const cells = [name, formatScore(score.value), score.value === null ? score.reason : scale];
      cells.forEach((text, i) => {
        const cell = document.createElement(i === 0 ? "th" : "td");
        if (i === 0) cell.scope = "row";
        cell.textContent = text;
        row.append(cell);
      });
      return row;
    });
    $("readability-table").replaceChildren(...rows);
  }

  #showLimits({ twitter, sms, metaTitle, metaDescription }) {
    const limit = (id, { length, limit: max, fits }) => {
      const element = $(id);
      element.textContent = `${formatCount(length)} / ${formatCount(max)}`;
      element.dataset.fits = String(fits);
      element.title = fits ? "fits" : `${formatCount(length - max)} over`;
    };
    limit("limit-twitter", twitter);
    limit("limit-meta-title", metaTitle);
    limit("limit-meta-description", metaDescription);
    const element = $("limit-sms");
    const encoding = sms.encoding === "gsm7" ? "GSM-7" : "Unicode";
    element.textContent = `${formatCount(sms.segments)} ${sms.segments === 1 ? "message" : "messages"} (${encoding}, ${formatCount(sms.units)} units)`;
    element.dataset.fits = String(sms.segments <= 1);
  }

  #showInsights(stats) {
    const words = stats.frequencies?.words ?? [];
    barChart($("chart-words"), words.map(({ text, count }) => ({ label: text, value: count })),
      words.length > 0 ? `Most used words: ${words.map(({ text, count }) => `${text} ${count}`).join(", ")}` : "No words yet");

    const { sentenceWords, sentenceDifficulty } = stats;
    const bins = LENGTH_BINS.map(([low, high]) => ({ label: high === Infinity ? `${low}+` : `${low}–${high}`, count: 0 }));
    for (const n of sentenceWords) {
      const bin = BIN_OF_LENGTH[Math.min(n, 41)];
      if (bin !== -1) bins[bin].count++;
    }
    histogram($("chart-lengths"), bins,
      `Sentences by length: ${bins.map(({ label, count }) => `${count} of ${label} words`).join(", ")}`);

    const tally = [0, 0, 0];
    for (const d of sentenceDifficulty) tally[d]++;
    difficultyStrip($("chart-difficulty"), sentenceWords, sentenceDifficulty,
      `${sentenceWords.length} sentences: ${tally[1]} hard, ${tally[2]} very hard`);
  }

  // ---- highlights ----------------------------------------------------------------------------

  #buildDetectorSwitches() {
    const fieldset = $("detectors");
    for (const { detector, label } of DETECTOR_SWITCHES) {
      const wrapper = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = `detector-${detector}`;
      box.dataset.detector = detector;
      wrapper.append(box, ` ${label}`);
      fieldset.append(wrapper);
    }
  }

  /** The highlight controls as settings (see rules.js). */
  highlightSettings() {
    return {
      terms: $("terms").value,
      regex: $("opt-regex").checked,
      caseSensitive: $("opt-case").checked,
      diacriticInsensitive: $("opt-diacritics").checked,
      wholeWord: $("opt-whole").checked,
      detectors: [...$("detectors").querySelectorAll("input:checked")].map((box) => box.dataset.detector),
    };
  }

  setHighlightSettings(settings) {
    $("terms").value = settings.terms;
    $("opt-regex").checked = settings.regex;
    $("opt-case").checked = settings.caseSensitive;
    $("opt-diacritics").checked = settings.diacriticInsensitive;
    $("opt-whole").checked = settings.wholeWord;
    for (const box of $("detectors").querySelectorAll("input")) box.checked = settings.detectors.includes(box.dataset.detector);
  }

  /** Calls `handler(settings)` whenever a highlight control changes. */
  onHighlightSettingsChange(handler) {
    $("highlights").addEventListener("input", () => handler(this.highlightSettings()));
  }

  /**
   * The legend of `matches` = { categories: [{ name, highlightName }], counts }: one button per
   * category, with its colour and count.
   */
  showLegend({ categories, counts }) {
    $("terms-error").textContent = "";
    const items = categories.map(({ name, highlightName }, id) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "legend-entry";
      button.dataset.category = name;
      button.dataset.categoryId = String(id);
      const swatch = document.createElement("span");
      swatch.className = `swatch hl-${highlightName}`;
      const label = document.createElement("span");
      label.className = "legend-label";
      label.textContent = categoryLabel(name);
      const count = document.createElement("span");
      count.className = "legend-count";
      count.textContent = formatCount(counts[id]);
      button.append(swatch, label, count);
      button.disabled = counts[id] === 0;
      item.append(button);
      return item;
    });
    this.legend.replaceChildren(...items);
    if (items.length === 0) {
      const none = document.createElement("li");
      none.className = "hint";
      none.textContent = "Add terms or switch on a detector.";
      this.legend.append(none);
    }
    this.showStep(null);
    this.legend.dataset.status = "done";
  }

  showHighlightPending() {
    this.legend.dataset.status = "pending";
  }

  showHighlightError(message) {
    $("terms-error").textContent = message;
    this.legend.dataset.status = "error";
  }

  /** Calls `handler(categoryId)` when a legend entry is pressed. */
  onLegendStep(handler) {
    this.legend.addEventListener("click", (event) => {
      const button = event.target.closest(".legend-entry");
      if (button) handler(Number(button.dataset.categoryId));
    });
  }

  /** Says which match of which category is shown (`name` null: none yet). */
  showStep(name, position, total) {
    $("step-status").textContent =
      name === null
        ? "Press an entry under “Found” to step through its matches."
        : `${categoryLabel(name)}: match ${formatCount(position)} of ${formatCount(total)}`;
    $("step-previous").disabled = name === null;
    $("step-next").disabled = name === null;
  }

  /** Calls `handler(+1 | -1)` for the Next and Previous buttons of the reader. */
  onStepButtons(handler) {
    $("step-next").addEventListener("click", () => handler(1));
    $("step-previous").addEventListener("click", () => handler(-1));
  }

  // ---- pieces --------------------------------------------------------------------------------

  /** Calls `handler(kind)` when the pieces tab changes ("sentence" | "paragraph" | "chunk"). */
  onPieceKind(handler) {
    setUpTabs($("tab-sentence").parentElement, (tab) => {
      this.pieceKind = tab.dataset.kind;
      $("piece-panel").setAttribute("aria-labelledby", tab.id);
      $("chunk-options").hidden = this.pieceKind !== "chunk";
      handler(this.pieceKind);
    });
  }

  /** The chunk controls: { maxSize, unit, overlap }. */
  chunkOptions() {
    return {
      maxSize: Number($("chunk-size").value),
      unit: $("chunk-unit").value,
      overlap: Number($("chunk-overlap").value),
    };
  }

  /** Calls `handler(options)` when a chunk control or preset changes them. */
  onChunkOptionsChange(handler) {
    const fieldset = $("chunk-options");
    fieldset.addEventListener("input", () => handler(this.chunkOptions()));
    fieldset.addEventListener("click", (event) => {
      const preset = event.target.closest("[data-preset]");
      if (!preset) return;
      $("chunk-size").value = preset.dataset.preset;
      $("chunk-unit").value = "grapheme";
      handler(this.chunkOptions());
    });
  }

  showChunkError(message) {
    $("chunk-error").textContent = message;
    this.pieces.dataset.status = "error";
  }

  /**
   * Renders pieces = { kind, starts, ends, freshStarts?, counts } of `text`: the first
   * PIECES_PAGE of them (with counts), the rest on "Show more".
   */
  showPieces(pieces, text) {
    $("chunk-error").textContent = "";
    this.shownPieces = { ...pieces, text, shown: 0 };
    this.pieceList.replaceChildren();
    this.appendPieces(pieces.counts);
    this.pieces.dataset.status = "done";
  }

  /** The `[starts, ends]` of the next page of pieces, or null when all are shown. */
  nextPiecesPage() {
    const pieces = this.shownPieces;
    if (!pieces || pieces.shown >= pieces.starts.length) return null;
    const to = pieces.shown + PIECES_PAGE;
    return { starts: pieces.starts.slice(pieces.shown, to), ends: pieces.ends.slice(pieces.shown, to) };
  }

  /** Appends the next pieces, `counts[i]` = { words, characters } of each. */
  appendPieces(counts) {
    const pieces = this.shownPieces;
    const noun = { sentence: "sentence", paragraph: "paragraph", chunk: "chunk" }[pieces.kind];
    const items = document.createDocumentFragment();
    for (const [i, { words, characters }] of counts.entries()) {
      const index = pieces.shown + i;
      items.append(this.#pieceItem(pieces, index, noun, words, characters));
    }
    pieces.shown += counts.length;
    this.pieceList.append(items);
    const total = pieces.starts.length;
    $("piece-summary").textContent = `${formatCount(total)} ${noun}${total === 1 ? "" : "s"}` +
      (pieces.shown < total ? `, showing the first ${formatCount(pieces.shown)}` : "");
    const more = $("piece-more");
    more.hidden = pieces.shown >= total;
    more.textContent = `Show ${formatCount(Math.min(PIECES_PAGE, total - pieces.shown))} more`;
  }

  #pieceItem(pieces, index, noun, words, characters) {
    const { text, starts, ends, freshStarts } = pieces;
    const item = document.createElement("li");
    item.className = "piece";
    const body = document.createElement("p");
    body.className = "piece-text";
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
    const copy = document.createElement("button");
    copy.type = "button";
    copy.className = "button small copy";
    copy.textContent = "Copy";
    copy.setAttribute("aria-label", `Copy ${noun} ${index + 1}`);
    copy.dataset.index = String(index);
    meta.append(numbers, copy);
    item.append(body, meta);
    return item;
  }

  onShowMorePieces(handler) {
    $("piece-more").addEventListener("click", handler);
  }

  /** The texts of all pieces (the current tab), for "copy all" and downloads. */
  allPieceTexts() {
    const pieces = this.shownPieces;
    if (!pieces) return [];
    return Array.from(pieces.starts, (start, i) => pieces.text.slice(start, pieces.ends[i]));
  }

  /** Calls `handler(text)` for a copy button: one piece or all of them. */
  onCopy(handler) {
    this.pieceList.addEventListener("click", (event) => {
      const button = event.target.closest(".copy");
      if (!button) return;
      const { text, starts, ends } = this.shownPieces;
      const index = Number(button.dataset.index);
      handler(text.slice(starts[index], ends[index]), button);
    });
    $("copy-all").addEventListener("click", (event) => handler(this.#joinedPieces(), event.currentTarget));
  }

  onDownloadPieces(handler) {
    $("download-pieces").addEventListener("click", () =>
      handler({ filename: `textlens-${this.pieceKind}s.txt`, mime: "text/plain;charset=utf-8", content: this.#joinedPieces() }));
  }

  #joinedPieces() {
    const separator = this.shownPieces?.kind === "sentence" ? "\n" : "\n\n";
    return this.allPieceTexts().join(separator);
  }

  /** Briefly confirms a copy on `button`. */
  confirmCopy(button, ok) {
    const label = button.textContent;
    button.textContent = ok ? "Copied" : "Copy failed";
    setTimeout(() => (button.textContent = label), 1200);
  }

  // ---- export --------------------------------------------------------------------------------

  /** Calls `handler(what, format)` for an export button. */
  onExport(handler) {
    $("export").addEventListener("click", (event) => {
      const button = event.target.closest("[data-export]");
      if (button) handler(button.dataset.export, button.dataset.format);
    });
  }

  /** Saves `{ filename, mime, content }` through a temporary object URL. */
  download({ filename, mime, content }) {
    const url = URL.createObjectURL(new Blob([content], { type: mime }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
