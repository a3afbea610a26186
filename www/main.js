// Wiring only: the view's events -> (debounced) worker requests -> the view. No DOM here.
import { View, PIECES_PAGE } from "./view.js";
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
};

const view = new View();
const worker = new WorkerClient(new URL("./worker.js", import.meta.url));

let text = ""; // the text as typed
let analysedText = ""; // the text the worker holds: every result is about this one
let settings = storage.loadSettings(DEFAULT_SETTINGS);
let matches = null; // the newest highlight result for `analysedText`
let matchIndexes = new Map(); // category id -> match indexes, made on the first step
let steps = new Map(); // category id -> position of the match shown last
let steppedCategory = null; // the category stepped through last
let readerText = null; // the text the reader view holds
let paintedMatches = null;

/** Runs `request` and hands its result to `show`; stale results are dropped, errors shown. */
function follow(request, show, fail) {
  request.then(show, (error) => {
    if (!(error instanceof StaleResultError)) fail(error.message);
  });
}

function analyseText() {
  analysedText = text;
  worker.setText(analysedText);
  matches = null;
  requestStatistics();
  requestPieces();
  requestHighlights();
  if (view.readerVisible()) syncReader();
}

function requestStatistics() {
  follow(worker.request("analyze", "analyze"), (stats) => view.showStatistics(stats), (message) => view.showStatisticsError(message));
}

function requestPieces() {
  const payload = { kind: view.pieceKind, chunkOptions: view.chunkOptions(), first: PIECES_PAGE };
  const shownFor = analysedText;
  follow(worker.request("pieces", "pieces", payload), (pieces) => view.showPieces(pieces, shownFor), (message) => view.showChunkError(message));
}

function requestHighlights() {
  view.showHighlightPending();
  const payload = { settings, html: view.reader.mode === "html" };
  follow(
    worker.request("highlight", "highlight", payload),
    (result) => {
      matches = result;
      matchIndexes = new Map();
      steps = new Map();
      steppedCategory = null;
      view.showLegend(result);
      if (view.readerVisible()) syncReader();
    },
    (message) => view.showHighlightError(message),
  );
}

/** Brings the reader view up to date with the text and its newest highlights. */
function syncReader() {
  if (readerText !== analysedText) {
    readerText = analysedText;
    paintedMatches = null;
    view.reader.setText(analysedText);
  }
  if (matches && paintedMatches !== matches) {
    paintedMatches = matches;
    view.reader.paint(matches);
  } else {
    view.reader.refresh();
  }
}

/** Shows the next (`direction` 1) or previous (-1) match of category `id` in the reader. */
function step(id, direction = 1) {
  if (!matches) return;
  view.showReader();
  if (!matchIndexes.has(id)) {
    const indexes = [];
    matches.categoryIds.forEach((category, i) => category === id && indexes.push(i));
    matchIndexes.set(id, indexes);
  }
  const indexes = matchIndexes.get(id);
  if (indexes.length === 0) return;
  const last = steps.get(id) ?? (direction > 0 ? -1 : 0);
  const position = (last + direction + indexes.length) % indexes.length;
  steps.set(id, position);
  steppedCategory = id;
  const index = indexes[position];
  view.reader.show(matches.starts[index], matches.ends[index], index);
  view.showStep(matches.categories[id].name, position + 1, indexes.length);
}

// ---- events --------------------------------------------------------------------------------

let analyseTimer;
view.onTextChange((newText) => {
  text = newText;
  worker.cancelAll(); // whatever is in flight answers for old text
  view.showPending();
  clearTimeout(analyseTimer);
  analyseTimer = setTimeout(() => {
    keepText();
    analyseText();
  }, debounceFor(text));
});

/** Stores the text in this browser (on each pause in typing, and when the page is left). */
function keepText() {
  if (!storage.saveText(text)) {
    view.showMessage("This text is too large to keep in the browser; it will not survive a reload.");
  }
}
addEventListener("pagehide", keepText);

view.onSample(() => {
  view.setText(SAMPLE_TEXT);
  view.showMessage("Sample article loaded: an invented story, made for trying textlens.");
});

view.onClear(() => {
  view.setText("");
  storage.clearText();
  view.showMessage("Cleared. Nothing of the text is kept in this browser.");
});

view.onFile((fileText, name) => {
  view.setText(fileText);
  view.showMessage(`Opened ${name}.`);
});

view.onTextView((mode) => mode === "read" && syncReader());

view.onHighlightSettingsChange((newSettings) => {
  settings = newSettings;
  storage.saveSettings(settings);
  requestHighlights();
});

view.onLegendStep((id) => step(id));
view.onStepButtons((direction) => steppedCategory !== null && step(steppedCategory, direction));
view.onPieceKind(requestPieces);
view.onChunkOptionsChange(requestPieces);

view.onShowMorePieces(() => {
  const page = view.nextPiecesPage();
  if (!page) return;
  follow(worker.request("pieceCounts", "pieceCounts", page), (counts) => view.appendPieces(counts), (message) => view.showMessage(message, "error"));
});

view.onCopy((copied, button) => {
  navigator.clipboard.writeText(copied).then(
    () => view.confirmCopy(button, true),
    () => view.confirmCopy(button, false),
  );
});

view.onDownloadPieces((file) => view.download(file));

view.onExport((what, format) => {
  const payload = { what, format, chunkOptions: view.chunkOptions(), settings };
  follow(worker.request("export", "export", payload), (file) => view.download(file), (message) => view.showMessage(message, "error"));
});

worker.onBusyChange((channels) => view.showBusy(channels));

// ---- start -----------------------------------------------------------------------------------

view.setHighlightSettings(settings);
const stored = storage.loadText();
if (stored !== "") view.setText(stored);
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
  ([, offlineNote]) => view.showReady(offlineNote),
  (error) => view.showMessage(`textlens could not start: ${error.message}`, "error"),
);
