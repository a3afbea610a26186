// Wiring only: the panels' events -> (debounced) worker requests -> the panels. No DOM here.
import { Editor } from "./panels/editor.js";
import { NumbersBar } from "./panels/bar.js";
import { Numbers } from "./panels/numbers.js";
import { Limits } from "./panels/limits.js";
import { Highlights } from "./panels/highlights.js";
import { Pieces, PIECES_PAGE } from "./panels/pieces.js";
import { Insights } from "./panels/insights.js";
import { download, onExport } from "./panels/downloads.js";
import { Status } from "./panels/status.js";
import { Stepper } from "./stepper.js";
import { WorkerClient, StaleResultError } from "./worker-client.js";
import { DEFAULT_DETECTORS } from "./rules.js";
import { SAMPLE_TEXT } from "./sample.js";
import * as storage from "./storage.js";

/** How long typing must pause before the text is analysed again; longer texts wait longer. */
const debounceFor = (text) => Math.min(150 + text.length / 5000, 600);

const DEFAULT_SETTINGS = {
  terms: "",
  regex: false,
  caseSensitive: false,
  diacriticInsensitive: true,
  wholeWord: true,
  detectors: DEFAULT_DETECTORS,
  goal: { size: 0, unit: "words" },
  lang: "auto",
  format: "plain",
  keepLarge: false,
};

const editor = new Editor();
const bar = new NumbersBar();
const numbers = new Numbers();
const limits = new Limits();
const highlights = new Highlights();
const pieces = new Pieces();
const insights = new Insights();
const status = new Status();
const stepper = new Stepper();
const worker = new WorkerClient(new URL("./worker.js", import.meta.url));

let text = ""; // the text as typed
let analysedText = ""; // the text the worker holds: every result is about this one
let settings = storage.loadSettings(DEFAULT_SETTINGS);
let matches = null; // the newest highlight result for `analysedText`
let selection = [0, 0]; // of the text box

/** Runs `request` and hands its result to `show`; stale results are dropped, errors shown. */
function follow(request, show, fail) {
  request.then(show, (error) => {
    if (!(error instanceof StaleResultError)) fail(error.message);
  });
}

function analyseText() {
  analysedText = text;
  worker.setText(analysedText, { lang: settings.lang, format: settings.format });
  matches = null;
  editor.showAnalysed(analysedText);
  requestStatistics();
  requestPieces();
  requestHighlights();
  requestSelection();
}

function requestStatistics() {
  follow(
    worker.request("analyze", "analyze"),
    (stats) => {
      bar.show(stats);
      numbers.show(stats);
      limits.show(stats.limits);
      insights.show(stats);
      pieces.setSmsEncoding(stats.limits.sms.encoding);
      highlights.setTextStats({ words: stats.words, sentences: stats.sentences });
      highlights.setLanguage(stats.language.tag);
    },
    (message) => {
      numbers.showError();
      status.show(`Could not analyse the text: ${message}`, "error");
    },
  );
}

function requestPieces() {
  const chunkOptions = pieces.chunkOptions();
  if (pieces.kind === "chunk" && chunkOptions === null) return; // the fields say what is wrong
  const payload = { kind: pieces.kind, chunkOptions, first: PIECES_PAGE };
  const shownFor = analysedText;
  follow(worker.request("pieces", "pieces", payload), (result) => pieces.show(result, shownFor), (message) => pieces.showError(message));
}

function requestHighlights() {
  highlights.showPending();
  const payload = { settings, html: editor.reader.mode === "html" };
  follow(
    worker.request("highlight", "highlight", payload),
    (result) => {
      matches = result;
      stepper.reset(result);
      highlights.showLegend(result);
      editor.reader.paint(result);
    },
    (message) => highlights.showError(message),
  );
}

/** The counts of the selected text, once the worker holds the text it was selected in. */
function requestSelection() {
  const [start, end] = selection;
  if (start === end || text !== analysedText) return bar.showSelection(null);
  follow(worker.request("selection", "pieceCounts", { starts: [start], ends: [end] }), ([counts]) => bar.showSelection(counts), () => {});
}

/** Shows the next (`direction` 1) or previous (-1) match of category `id` (null: the last one stepped). */
function step(id, direction = 1) {
  if (!matches) return;
  const match = id === null ? stepper.again(direction) : stepper.step(id, direction);
  if (!match) return;
  editor.reader.show(match.start, match.end, match.index);
  highlights.showStep(matches.categories[match.category].name, match.position, match.total);
}

/** Replaces the whole text, offering to undo it (the old text stays until then). */
function replaceText(newText, message) {
  const old = editor.text();
  editor.replaceText(newText);
  const undo = old === "" || old === newText ? null : () => {
    editor.replaceText(old);
    status.show("The text is back.");
  };
  status.show(message, "info", undo);
}

// ---- events --------------------------------------------------------------------------------

/** Marks every result as out of date until its new one arrives. */
function showPending() {
  bar.showPending();
  numbers.showPending();
  pieces.showPending();
}

let analyseTimer;
editor.onTextChange((newText) => {
  text = newText;
  worker.cancelAll(); // whatever is in flight answers for old text
  showPending();
  clearTimeout(analyseTimer);
  analyseTimer = setTimeout(() => {
    keepText();
    analyseText();
  }, debounceFor(text));
});

/** Stores the text in this browser (on each pause in typing, and when the page is left). */
async function keepText() {
  const kept = await storage.saveText(text, { anyway: settings.keepLarge });
  editor.showKept(kept, text.length);
}
addEventListener("pagehide", keepText);

editor.onKeepAnyway(() => {
  settings = { ...settings, keepLarge: true };
  storage.saveSettings(settings);
  keepText();
});

editor.onSelection((start, end) => {
  selection = [start, end];
  requestSelection();
});

editor.onSample(() => replaceText(SAMPLE_TEXT, "Sample article loaded: an invented story, made for trying textlens."));
editor.onClear(() => replaceText("", "Cleared."));
editor.onFile(
  (fileText, name, format) => {
    editor.setFormat(format);
    readAs({ format });
    replaceText(fileText, format === "markdown" ? `Opened ${name}; its Markdown is read as the prose it formats.` : `Opened ${name}.`);
  },
  (message) => status.show(message, "error"),
);

highlights.onChange((newSettings) => {
  settings = { ...settings, ...newSettings };
  storage.saveSettings(settings);
  requestHighlights();
});
highlights.onStep((id) => step(id));
highlights.onStepButtons((direction) => step(null, direction));

bar.onGoalChange((goal) => {
  settings = { ...settings, goal };
  storage.saveSettings(settings);
});

/** Keeps a change of how the text is read (its language or format) and reads it again. */
function readAs(change) {
  settings = { ...settings, ...change };
  storage.saveSettings(settings);
  if (text !== analysedText) return; // the analysis waiting for a pause in typing reads it
  showPending();
  analyseText();
}
bar.onLangChange((lang) => readAs({ lang }));
editor.onFormatChange((format) => readAs({ format }));

pieces.onKind(requestPieces);
pieces.onChunkOptionsChange(requestPieces);
pieces.onShowMore(() => {
  const page = pieces.nextPage();
  if (!page) return;
  follow(worker.request("pieceCounts", "pieceCounts", page), (counts) => pieces.append(counts), (message) => status.show(message, "error"));
});
pieces.onShowInText((start, end) => editor.select(start, end));
pieces.onCopy((copied, button) => {
  navigator.clipboard.writeText(copied).then(
    () => pieces.confirmCopy(button, true),
    () => pieces.confirmCopy(button, false),
  );
});
pieces.onDownload(download);
insights.onShowSentence((start, end) => editor.select(start, end));

onExport((what, format) => {
  const chunkOptions = pieces.chunkOptions() ?? { maxSize: 280 };
  const date = new Date().toLocaleDateString("sv"); // YYYY-MM-DD, in the reader's time zone
  const payload = { what, format, chunkOptions, settings, date };
  follow(worker.request("export", "export", payload), download, (message) => status.show(message, "error"));
});

worker.onBusyChange((channels) => status.showBusy(channels));

// ---- start -----------------------------------------------------------------------------------

highlights.setSettings(settings);
bar.setGoal(settings.goal);
bar.setLang(settings.lang);
editor.setFormat(settings.format);
// A stored language or format the page no longer offers reads as the default.
settings = { ...settings, lang: bar.lang(), format: editor.format() };
const stored = await storage.loadText();
editor.showKept(stored === "" ? "none" : stored.length > storage.MAX_STORED_LENGTH ? "database" : "local");
if (stored !== "") editor.replaceText(stored, { undoable: false });
else analyseText();

/** Registers the service worker that keeps the page usable offline; says how that went. */
async function offlineCopy() {
  if (!("serviceWorker" in navigator)) return "Offline use is not available in this browser.";
  try {
    await navigator.serviceWorker.register("sw.js");
    await navigator.serviceWorker.ready;
    return "It keeps working offline.";
  } catch {
    return "It could not be set up for offline use here.";
  }
}

Promise.all([worker.ready, offlineCopy()]).then(
  ([, offlineNote]) => status.showReady(offlineNote),
  (error) => status.show(`textlens could not start: ${error.message}`, "error"),
);
