// The analysis worker: loads textlens once, keeps the current text in wasm memory (a
// TextDocument), and answers the page's requests (see worker-client.js).
//
// Messages in:  { type: "setText", text, version }
//               { id, channel, type, version, ...payload }   (type: see `handlers`)
// Messages out: { ready: true } once textlens is loaded (or { ready: false, error })
//               { id, channel, result } | { id, channel, error: message } | { id, channel, stale: true }
//
// Requests are not answered in arrival order but in batches: everything that arrived while the
// worker was busy is collected first, and of each channel only the newest request about the
// newest text is computed. So a burst of keystrokes over a large text costs one analysis, not one
// per keystroke.
import init, { count, Highlighter, TextDocument } from "../pkg/textlens.js";
import { highlightRules } from "./rules.js";
import { matchesFile, piecesFile, statisticsFile } from "./export.js";

/** Sentence difficulties, by their index in `sentenceDifficulty`. */
const DIFFICULTIES = ["ok", "hard", "veryHard"];

/** Channels in the order a batch serves them: the numbers first, exports last. */
const CHANNEL_ORDER = ["analyze", "pieces", "pieceCounts", "highlight", "export"];

let current = { text: "", version: 0, document: null };
let pendingText = null;
const pendingRequests = new Map(); // channel -> newest request
let drainScheduled = false;

const highlighters = new Map(); // JSON of the rules -> Highlighter (a few recent ones)

const ready = init().then(
  () => self.postMessage({ ready: true }),
  (error) => self.postMessage({ ready: false, error: String(error?.message ?? error) }),
);

self.addEventListener("message", ({ data }) => {
  if (data.type === "setText") pendingText = data;
  else pendingRequests.set(data.channel, data);
  if (!drainScheduled) {
    drainScheduled = true;
    setTimeout(drain, 0);
  }
});

/** Serves what has arrived, one request at a time, letting newer messages in between. */
async function drain() {
  await ready;
  try {
    while (pendingText || pendingRequests.size > 0) {
      if (pendingText) {
        useText(pendingText);
        pendingText = null;
      }
      const channel = CHANNEL_ORDER.find((name) => pendingRequests.has(name)) ?? pendingRequests.keys().next().value;
      if (channel === undefined) break;
      const request = pendingRequests.get(channel);
      pendingRequests.delete(channel);
      serve(request);
      await new Promise((resolve) => setTimeout(resolve, 0)); // receive what came in meanwhile
    }
  } finally {
    drainScheduled = false;
  }
}

function useText({ text, version }) {
  current.document?.free();
  current = { text, version, document: new TextDocument(text) };
}

function serve({ id, channel, type, version, ...payload }) {
  if (version !== current.version) {
    self.postMessage({ id, channel, stale: true });
    return;
  }
  try {
    const handler = handlers[type];
    if (!handler) throw new Error(`unknown request type ${JSON.stringify(type)}`);
    const { result, transfer = [] } = handler(payload);
    self.postMessage({ id, channel, result }, transfer);
  } catch (error) {
    self.postMessage({ id, channel, error: error instanceof Error ? error.message : String(error) });
  }
}

const handlers = {
  /**
   * Every statistic of the text (textlens `count`), except that the per-sentence list travels as
   * two typed arrays (words and difficulty of each sentence): tens of thousands of small objects
   * would cost the page's main thread a long pause to receive.
   */
  analyze() {
    const { perSentence, ...stats } = count(current.document);
    const sentenceWords = Uint32Array.from(perSentence, (s) => s.words);
    const sentenceDifficulty = Uint8Array.from(perSentence, (s) => DIFFICULTIES.indexOf(s.difficulty));
    return {
      result: { ...stats, sentenceWords, sentenceDifficulty },
      transfer: [sentenceWords.buffer, sentenceDifficulty.buffer],
    };
  },

  /**
   * The text's sentences, paragraphs or chunks as offsets, and the counts of the first `first`
   * of them. Sentences and paragraphs are trimmed and blank ones left out; chunks stay exact, so
   * that their new parts put together give back the text.
   */
  pieces({ kind, chunkOptions, first }) {
    const list =
      kind === "chunk" ? current.document.split("chunk", chunkOptions) : current.document.split(kind);
    const pieces = kind === "chunk" ? exactPieces(list) : trimmedPieces(list);
    const counts = countRanges(pieces.starts.subarray(0, first), pieces.ends.subarray(0, first));
    const buffers = Object.values(pieces).map((array) => array.buffer);
    return { result: { kind, ...pieces, counts }, transfer: buffers };
  },

  /** Words and characters of each range `[starts[i], ends[i])`. */
  pieceCounts({ starts, ends }) {
    return { result: countRanges(starts, ends) };
  },

  /**
   * Matches of the highlight rules made from `settings` (see rules.js), with per-category counts;
   * with `html`, also the text as escaped HTML with marks (for browsers without CSS highlights).
   */
  highlight({ settings, html }) {
    const highlighter = highlighterFor(settings);
    const ranges = highlighter.ranges(current.document);
    const categories = highlighter.categories.map(({ name, highlightName }) => ({ name, highlightName }));
    const counts = new Array(categories.length).fill(0);
    for (const id of ranges.categoryIds) counts[id]++;
    const result = { categories, counts, starts: ranges.starts, ends: ranges.ends, categoryIds: ranges.categoryIds };
    if (html) result.html = highlighter.html(current.document);
    return { result, transfer: [ranges.starts.buffer, ranges.ends.buffer, ranges.categoryIds.buffer] };
  },

  /** A download: { filename, mime, content } of statistics, pieces or matches. */
  export({ what, format, chunkOptions, settings }) {
    if (what === "statistics") return { result: statisticsFile(count(current.document), format) };
    if (what === "matches") return { result: matchesFile(matchRecords(settings), format) };
    const kind = { sentences: "sentence", paragraphs: "paragraph", chunks: "chunk" }[what];
    if (!kind) throw new Error(`nothing to export called ${JSON.stringify(what)}`);
    const { result } = handlers.pieces({ kind, chunkOptions, first: 0 });
    return { result: piecesFile(what, pieceRecords(result), format) };
  },
};

/** Offsets of segments, unchanged (chunks). */
function exactPieces(list) {
  const pieces = { starts: list.starts.slice(), ends: list.ends.slice() };
  if (list.freshStarts) pieces.freshStarts = list.freshStarts.slice();
  return pieces;
}

/** Offsets of segments without their surrounding whitespace; blank segments left out. */
function trimmedPieces(list) {
  const { text } = current;
  const starts = [];
  const ends = [];
  for (let i = 0; i < list.length; i++) {
    const segment = text.slice(list.starts[i], list.ends[i]);
    const trimmed = segment.trim();
    if (trimmed === "") continue;
    const start = list.starts[i] + (segment.length - segment.trimStart().length);
    starts.push(start);
    ends.push(start + trimmed.length);
  }
  return { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** `{ words, characters }` of each range, as `count` gives them for the range's text alone. */
function countRanges(starts, ends) {
  const counts = [];
  for (let i = 0; i < starts.length; i++) {
    const stats = count(current.text.slice(starts[i], ends[i]), { frequencies: false, perSentence: false });
    counts.push({ words: stats.words, characters: stats.characters.graphemes });
  }
  return counts;
}

/** Export records of pieces: { index (from 1), start, end, words, characters, text }. */
function pieceRecords({ starts, ends }) {
  const counts = countRanges(starts, ends);
  return Array.from(starts, (start, i) => ({
    index: i + 1,
    start,
    end: ends[i],
    ...counts[i],
    text: current.text.slice(start, ends[i]),
  }));
}

/** Export records of matches: { category, start, end, text }. */
function matchRecords(settings) {
  const highlighter = highlighterFor(settings);
  return Array.from(highlighter.ranges(current.document), ({ category, start, end, text }) => ({
    category: category.name,
    start,
    end,
    text,
  }));
}

/** The compiled Highlighter of `settings`, reused while the settings stay the same. */
function highlighterFor(settings) {
  const rules = highlightRules(settings);
  const key = JSON.stringify(rules);
  let highlighter = highlighters.get(key);
  if (!highlighter) {
    highlighter = new Highlighter(rules);
    if (highlighters.size >= 4) {
      const [oldestKey, oldest] = highlighters.entries().next().value;
      oldest.free();
      highlighters.delete(oldestKey);
    }
    highlighters.set(key, highlighter);
  }
  return highlighter;
}
