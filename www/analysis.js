// What the analysis worker computes: one handler per request type, about the text it holds (a
// textlens TextDocument), plus the two things worth keeping between requests: the statistics of
// the current text and the compiled Highlighters of recent settings. worker.js decides when each
// handler runs (scheduler.js); this module decides what it answers.
import { count, Highlighter, TextDocument } from "../pkg/textlens.js";
import { highlightRules, termEntries } from "./rules.js";
import { exportName, matchesFile, piecesFile, statisticsFile } from "./export.js";

/** Sentence difficulties, by their index in `sentenceDifficulty`. */
const DIFFICULTIES = ["ok", "hard", "veryHard"];
/** Highlighters kept for recent settings. */
const HIGHLIGHTERS_KEPT = 4;
/** What the headline and the first paragraph are measured against (search result snippets). */
const META_TITLE = 60;
const META_DESCRIPTION = 160;

let current = { text: "", format: "plain", document: null, stats: null, unreadable: null };
const highlighters = new Map(); // JSON of the rules -> { highlighter, problems }

/**
 * Takes a new text (the old document is freed), read in `lang` ("auto": detected) as `format`
 * ("plain" or "markdown": then counts read only its prose). `unreadable` is why it cannot be read
 * in that format (the Markdown parser did not load), thrown by every request that needs it.
 */
export function useText(text, { lang = "auto", format = "plain", unreadable = null } = {}) {
  current.document?.free();
  current = { text, format, document: new TextDocument(text, { lang }), stats: null, unreadable };
}

/**
 * Whether the current text's top words need the dictionaries (Chinese, Japanese, Thai, … text
 * while they are not loaded): then they are loaded and the statistics computed again.
 */
export function needsDictionary() {
  try {
    return statistics().frequencies?.needsDictionary === true;
  } catch {
    return false; // the request for the statistics reports the error
  }
}

/** Forgets the statistics, to compute them again (the dictionaries arrived). */
export function recount() {
  current.stats = null;
}

/** Options of `count` for the current text's format, plus `options`. */
function countOptions(options = {}) {
  if (current.unreadable) throw current.unreadable;
  return { ...options, format: current.format };
}

/** The statistics of the current text (computed once per text). */
function statistics() {
  current.stats ??= count(current.document, countOptions());
  return current.stats;
}

/** Each handler answers `{ result, transfer? }`. */
export const handlers = {
  /**
   * Every statistic of the text (textlens `count`), except that the per-sentence list travels as
   * typed arrays (offsets, words and difficulty of each sentence): tens of thousands of small
   * objects would cost the page's main thread a long pause to receive. Meta title and
   * description are measured on the headline and the first paragraph, not the whole text.
   */
  analyze() {
    const { perSentence, ...stats } = statistics();
    const sentences = {
      sentenceStarts: Uint32Array.from(perSentence, (s) => s.start),
      sentenceEnds: Uint32Array.from(perSentence, (s) => s.end),
      sentenceWords: Uint32Array.from(perSentence, (s) => s.words),
      sentenceDifficulty: Uint8Array.from(perSentence, (s) => DIFFICULTIES.indexOf(s.difficulty)),
    };
    const limits = { ...stats.limits, ...metaLimits() };
    return {
      result: { ...stats, limits, ...sentences },
      transfer: Object.values(sentences).map((array) => array.buffer),
    };
  },

  /**
   * The text's sentences, paragraphs or chunks as offsets, and the counts of the first `first`
   * of them. Sentences are count()'s own (so the list and the numbers agree); paragraphs are
   * trimmed and blank ones left out; chunks stay exact, so that their new parts put together
   * give back the text.
   */
  pieces({ kind, chunkOptions, first }) {
    const pieces = piecesOf(kind, chunkOptions);
    const counts = countRanges(pieces.starts.subarray(0, first), pieces.ends.subarray(0, first));
    const buffers = Object.values(pieces).map((array) => array.buffer);
    return { result: { kind, ...pieces, counts }, transfer: buffers };
  },

  /** Words and characters of each range `[starts[i], ends[i])`. */
  pieceCounts({ starts, ends }) {
    return { result: countRanges(starts, ends) };
  },

  /**
   * Matches of the highlight rules made from `settings` (see rules.js), with per-category counts
   * and the lines of the terms box that could not be used (`problems`); with `html`, also the
   * text as escaped HTML with marks (for browsers without CSS highlights).
   */
  highlight({ settings, html }) {
    const { highlighter, problems } = highlighterFor(settings);
    const ranges = highlighter.ranges(current.document);
    const categories = highlighter.categories.map(({ name, highlightName }) => ({ name, highlightName }));
    const counts = new Array(categories.length).fill(0);
    for (const id of ranges.categoryIds) counts[id]++;
    const result = { categories, counts, problems, starts: ranges.starts, ends: ranges.ends, categoryIds: ranges.categoryIds };
    if (html) result.html = highlighter.html(current.document);
    return { result, transfer: [ranges.starts.buffer, ranges.ends.buffer, ranges.categoryIds.buffer] };
  },

  /** A download: { filename, mime, content } of statistics, pieces or matches. */
  export({ what, format, chunkOptions, settings, date }) {
    const name = exportName(what, current.text, date);
    if (what === "statistics") return { result: statisticsFile(name, statistics(), format) };
    if (what === "matches") return { result: matchesFile(name, matchRecords(settings), format) };
    const kind = { sentences: "sentence", paragraphs: "paragraph", chunks: "chunk" }[what];
    if (!kind) throw new Error(`nothing to export called ${JSON.stringify(what)}`);
    return { result: piecesFile(name, pieceRecords(kind, piecesOf(kind, chunkOptions)), format) };
  },
};

function piecesOf(kind, chunkOptions) {
  if (kind === "sentence") {
    const { perSentence } = statistics();
    return trimmedPieces({ length: perSentence.length, starts: perSentence.map((s) => s.start), ends: perSentence.map((s) => s.end) });
  }
  if (kind === "chunk") return exactPieces(current.document.split("chunk", countOptions(chunkOptions)));
  return trimmedPieces(current.document.split(kind));
}

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
    const stats = count(current.text.slice(starts[i], ends[i]), countOptions({ frequencies: false, perSentence: false }));
    counts.push({ words: stats.words, characters: stats.characters.graphemes });
  }
  return counts;
}

/**
 * Meta title and description as a search page shows them: the headline (the first line) against
 * 60 characters, and the first paragraph after it (up to a blank line) against 160.
 */
function metaLimits() {
  const text = current.text.trim();
  const lineEnd = text.indexOf("\n");
  const headline = lineEnd === -1 ? text : text.slice(0, lineEnd).trim();
  const body = lineEnd === -1 ? headline : text.slice(lineEnd + 1).trim().split(/\n[^\S\n]*\n/)[0].trim();
  const measure = (part, limit, source) => {
    const length = part === "" ? 0 : count(part, countOptions({ frequencies: false, perSentence: false })).characters.graphemes;
    return { length, limit, fits: length <= limit, source };
  };
  return {
    metaTitle: measure(headline, META_TITLE, "the first line"),
    metaDescription: measure(body, META_DESCRIPTION, "the first paragraph after it"),
  };
}

/** Export records of pieces: { index (from 1), start, end, words, characters, [grade,] text }. */
function pieceRecords(kind, { starts, ends }) {
  const counts = countRanges(starts, ends);
  const perSentence = kind === "sentence" ? statistics().perSentence : null;
  return Array.from(starts, (start, i) => ({
    index: i + 1,
    start,
    end: ends[i],
    ...counts[i],
    ...(perSentence && { grade: perSentence[i].grade, difficulty: perSentence[i].difficulty }),
    text: current.text.slice(start, ends[i]),
  }));
}

/** Export records of matches: { category, sentence (number, from 1; 0: none), start, end, text }. */
function matchRecords(settings) {
  const { highlighter } = highlighterFor(settings);
  const starts = statistics().perSentence.map((s) => s.start);
  return Array.from(highlighter.ranges(current.document), ({ category, start, end, text }) => ({
    category: category.name,
    sentence: sentenceAt(starts, start),
    start,
    end,
    text,
  }));
}

/** The number (from 1) of the last sentence starting at or before `offset`; 0 before the first. */
function sentenceAt(starts, offset) {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle] <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The compiled Highlighter of `settings`, reused while the settings stay the same. A regular
 * expression that does not compile is left out, and named by its line in the terms box, so the
 * other terms keep working.
 */
function highlighterFor(settings) {
  const rules = highlightRules(settings);
  const key = JSON.stringify(rules);
  let entry = highlighters.get(key);
  if (!entry) {
    entry = compile(rules, settings);
    if (highlighters.size >= HIGHLIGHTERS_KEPT) {
      const [oldestKey, oldest] = highlighters.entries().next().value;
      oldest.highlighter.free();
      highlighters.delete(oldestKey);
    }
    highlighters.set(key, entry);
  }
  return entry;
}

function compile(rules, settings) {
  try {
    return { highlighter: new Highlighter(rules), problems: [] };
  } catch (error) {
    if (!rules.patterns) throw error;
    const entries = termEntries(settings.terms, settings);
    const problems = [];
    const patterns = rules.patterns.filter((pattern, i) => {
      try {
        new Highlighter({ patterns: [pattern] }).free();
        return true;
      } catch {
        problems.push(entries[i]);
        return false;
      }
    });
    return { highlighter: new Highlighter({ ...rules, patterns }), problems };
  }
}
