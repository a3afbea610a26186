// textlens — chunks sized in tokens: `split(text, "chunk", { unit: "token", tokenizer, maxSize })`,
// where `tokenizer` is any `(text) => number` (a BPE tokenizer's count, for a language model).
//
// The rules are those of the other units (src/split/chunk.rs): whole paragraphs while they fit; a
// chunk is closed at the last paragraph end that fits once it holds at least `minSize` tokens
// (default half of `maxSize`, rounded up), else it is filled with sentences; only a sentence larger than
// `maxSize` is cut at words, and a word larger than `maxSize` at graphemes. A single grapheme
// over `maxSize` is a chunk of its own, the only chunk over the limit. Chunks from their
// `freshStart` re-make the text.
//
// Overlap: `overlap` n repeats the last n whole sentences of the new text of the chunk before,
// `overlapSize` k its longest end that starts at a word and has at most k tokens; either only as
// far as it fits with the new text. Overlap never moves where chunks end.
//
// Tokens do not add up (a BPE merges across the seam of two pieces), so every size that decides a
// chunk is the tokenizer's count of exactly that chunk's text: no chunk is ever over `maxSize`.
// To call the tokenizer rarely, each chunk's end is searched among the candidate cuts: a guess
// from the tokens per UTF-16 unit seen so far, then interpolation, then bisection when a guess
// does not halve the range. A chunk costs about two calls (its end fits, the next cut does not),
// a few more when the guess is off or a paragraph end is tried; the counts are cached.
//
// This module only measures and searches. The caller gives `splitText(text, granularity,
// options)`, which returns the `{ starts, ends }` of `split`.

const OPTION_NAMES = new Set(["maxSize", "minSize", "unit", "tokenizer", "overlap", "overlapSize", "lang"]);

/** The first guess of tokens per UTF-16 unit, until the tokenizer has been called once. */
const FIRST_RATIO = 0.25;

/** Chunks of `text` in tokens: `{ starts, ends, freshStarts }` (Uint32Arrays). */
export function tokenChunks(text, options, splitText) {
  const settings = readOptions(options);
  const measure = measurer(text, settings.tokenizer);
  const cuts = new Cuts(text, splitText, settings.lang);
  const starts = [];
  const ends = [];
  const freshStarts = [];
  let end = 0;
  while (end < text.length) {
    const fresh = end;
    end = nextEnd(settings, measure, cuts, fresh);
    starts.push(starts.length === 0 ? fresh : overlapStart(settings, measure, cuts, freshStarts.at(-1), fresh, end));
    ends.push(end);
    freshStarts.push(fresh);
  }
  return { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends), freshStarts: Uint32Array.from(freshStarts) };
}

/** The options, checked; throws an Error naming a bad one. */
function readOptions(options) {
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) {
      throw new Error(`textlens.split: unknown chunk option "${name}" with unit "token": expected one of ${[...OPTION_NAMES].map((n) => `"${n}"`).join(", ")}`);
    }
  }
  const { maxSize, minSize, tokenizer, overlap = 0, overlapSize = 0, lang } = options;
  if (typeof tokenizer !== "function") {
    throw new TypeError(`textlens.split: unit "token" needs a tokenizer, a function (text) => number of tokens; got ${typeof tokenizer}`);
  }
  wholeNumber("maxSize", maxSize, 1);
  const min = minSize === undefined ? Math.ceil(maxSize / 2) : wholeNumber("minSize", minSize, 0);
  if (min > maxSize) throw new Error(`textlens.split: minSize ${min} is larger than maxSize ${maxSize}`);
  wholeNumber("overlap", overlap, 0);
  wholeNumber("overlapSize", overlapSize, 0);
  if (overlap > 0 && overlapSize > 0) {
    throw new Error("textlens.split: give overlap (whole sentences) or overlapSize (tokens), not both");
  }
  return { maxSize, minSize: min, tokenizer, overlap, overlapSize, lang };
}

function wholeNumber(name, value, least) {
  if (!Number.isInteger(value) || value < least) {
    throw new Error(`textlens.split: ${name} must be a whole number ≥ ${least}, got ${typeof value === "number" ? value : typeof value}`);
  }
  return value;
}

/**
 * `measure(start, end)`: the tokens of `text.slice(start, end)`, one tokenizer call per range at
 * most. `measure.ratio` is the tokens per UTF-16 unit of the last range measured.
 */
function measurer(text, tokenizer) {
  const known = new Map();
  const measure = (start, end) => {
    const key = start * 2 ** 32 + end;
    let tokens = known.get(key);
    if (tokens === undefined) {
      tokens = callTokenizer(tokenizer, text.slice(start, end));
      known.set(key, tokens);
      if (end > start) measure.ratio = Math.max(tokens, 1) / (end - start);
    }
    return tokens;
  };
  measure.ratio = FIRST_RATIO;
  return measure;
}

function callTokenizer(tokenizer, piece) {
  let tokens;
  try {
    tokens = tokenizer(piece);
  } catch (error) {
    throw new Error(`textlens.split: the tokenizer threw on a text of ${piece.length} UTF-16 units: ${error?.message ?? error}`, { cause: error });
  }
  if (!Number.isInteger(tokens) || tokens < 0) {
    const got = typeof tokens === "number" ? `${tokens}` : tokens === null ? "null" : typeof tokens;
    throw new Error(`textlens.split: the tokenizer must return a whole number of tokens ≥ 0, got ${got} for a text of ${piece.length} UTF-16 units`);
  }
  return tokens;
}

/**
 * Where a chunk may end: sentence ends (flagged where a paragraph ends too), and inside a
 * sentence that is cut, its word or grapheme boundaries, split once per sentence.
 */
class Cuts {
  #text;
  #splitText;
  /** The inner boundaries split last: `{ granularity, sentence, ends }`. */
  #inner = null;

  constructor(text, splitText, lang) {
    this.#text = text;
    this.#splitText = splitText;
    // Sentences tile the text; a text of whitespace only has none, and is one piece all the same.
    const sentenceEnds = splitText(text, "sentence", lang === undefined ? undefined : { lang }).ends;
    this.sentenceEnds = sentenceEnds.length > 0 ? sentenceEnds : Uint32Array.of(text.length);
    this.paragraphEnds = new Set(splitText(text, "paragraph").ends);
  }

  /** Where sentence `index` starts. */
  sentenceStart(index) {
    return index === 0 ? 0 : this.sentenceEnds[index - 1];
  }

  /** The index of the first sentence end after `offset`. */
  firstSentenceEndAfter(offset) {
    return upperBound(this.sentenceEnds, offset);
  }

  /** The `granularity` ("word" or "grapheme") boundaries of sentence `index` after `offset`. */
  inside(granularity, index, offset) {
    if (this.#inner?.granularity !== granularity || this.#inner.sentence !== index) {
      const start = this.sentenceStart(index);
      this.#inner = { granularity, sentence: index, ends: this.boundaries(granularity, start, this.sentenceEnds[index]) };
    }
    const ends = this.#inner.ends;
    return ends.subarray(upperBound(ends, offset));
  }

  /** The `granularity` boundaries inside [start, end), after start, as offsets into the text. */
  boundaries(granularity, start, end) {
    const piece = this.#text.slice(start, end);
    const graphemeEnds = this.#splitText(piece, "grapheme").ends;
    let ends = graphemeEnds;
    if (granularity === "word") {
      // Word boundaries inside a grapheme (after a prepended mark, inside a conjunct) are no cuts.
      const graphemes = new Set(graphemeEnds);
      ends = this.#splitText(piece, "word").ends.filter((e) => graphemes.has(e));
    }
    return ends.map((e) => start + e);
  }
}

/** The index of the first value in sorted `values` greater than `x`. */
function upperBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the chunk whose new text starts at `start`. */
function nextEnd(settings, measure, cuts, start) {
  const { maxSize, minSize } = settings;
  const first = cuts.firstSentenceEndAfter(start);
  const sentenceEnds = cuts.sentenceEnds;
  const count = sentenceEnds.length - first;
  const fits = (i) => measure(start, sentenceEnds[first + i]) <= maxSize;
  const last = lastFitting(count, fits, (i) => sentenceEnds[first + i] - start, maxSize, measure);
  if (last >= 0) return preferParagraphEnd(cuts, measure, start, first, first + last, minSize);
  // The sentence alone is too large: cut it at words, then a word at graphemes.
  for (const granularity of ["word", "grapheme"]) {
    const inner = cuts.inside(granularity, first, start);
    const fitsInner = (i) => measure(start, inner[i]) <= maxSize;
    const lastInner = lastFitting(inner.length, fitsInner, (i) => inner[i] - start, maxSize, measure);
    if (lastInner >= 0) return inner[lastInner];
  }
  // One grapheme larger than maxSize: a chunk of its own.
  return cuts.inside("grapheme", first, start)[0];
}

/**
 * The sentence end to close a chunk at, given the last one that fits (index `last`): the last
 * paragraph end at or before it, if the chunk holds at least `minSize` tokens there.
 */
function preferParagraphEnd(cuts, measure, start, first, last, minSize) {
  const sentenceEnds = cuts.sentenceEnds;
  if (last === sentenceEnds.length - 1 || cuts.paragraphEnds.has(sentenceEnds[last])) return sentenceEnds[last];
  for (let i = last - 1; i >= first; i--) {
    if (!cuts.paragraphEnds.has(sentenceEnds[i])) continue;
    return measure(start, sentenceEnds[i]) >= minSize ? sentenceEnds[i] : sentenceEnds[last];
  }
  return sentenceEnds[last];
}

/**
 * Where the chunk [?, end) starts, given that the chunk before holds new text from
 * `previousFresh` to `fresh`: the overlap is the last `overlap` whole sentences of that new text
 * (when it ends on a sentence boundary), or its longest end that starts at a word and has at most
 * `overlapSize` tokens; of it, as much as fits in `maxSize` with the new text. So overlap never
 * changes where chunks end (as in src/split/chunk.rs).
 */
function overlapStart(settings, measure, cuts, previousFresh, fresh, end) {
  const { maxSize, overlap, overlapSize } = settings;
  let candidates; // overlap starts, the longest overlap first
  let fits = (c) => measure(c, end) <= maxSize;
  // For the guesses: the room the new text leaves (its size is known already, no call).
  let room = maxSize - measure(fresh, end);
  if (overlap > 0) {
    const ends = cuts.sentenceEnds;
    const atFresh = upperBound(ends, fresh); // the sentence that starts at fresh, if one does
    if (cuts.sentenceStart(atFresh) !== fresh) return fresh;
    let firstWhole = upperBound(ends, previousFresh);
    if (cuts.sentenceStart(firstWhole) < previousFresh) firstWhole += 1;
    const first = Math.max(atFresh - overlap, firstWhole);
    candidates = Array.from({ length: Math.max(atFresh - first, 0) }, (_, i) => cuts.sentenceStart(first + i));
  } else if (overlapSize > 0) {
    candidates = [previousFresh, ...cuts.boundaries("word", previousFresh, fresh)].filter((w) => w < fresh);
    const fitsChunk = fits;
    fits = (c) => measure(c, fresh) <= overlapSize && fitsChunk(c);
    room = Math.min(room, overlapSize);
  } else {
    return fresh;
  }
  // Search from the shortest overlap, which fits best.
  const nth = (i) => candidates[candidates.length - 1 - i];
  const last = lastFitting(candidates.length, (i) => fits(nth(i)), (i) => fresh - nth(i), room, measure);
  return last >= 0 ? nth(last) : fresh;
}

/**
 * The largest index i < count with `fits(i)` (-1 if none), for `fits` true up to some index and
 * false after it. `length(i)` (UTF-16 units, growing with i) and the tokens per unit seen so far
 * guess where the limit `budget` falls; after two guesses in a row that did not halve the range,
 * the middle is tried instead, so the calls stay logarithmic in the worst case.
 */
function lastFitting(count, fits, length, budget, measure) {
  let fit = -1;
  let over = count;
  let stalls = 0;
  while (over - fit > 1) {
    const width = over - fit;
    const guess = stalls >= 2 ? (fit + over) >>> 1 : indexOfLength(count, length, budget / measure.ratio);
    const i = Math.min(Math.max(guess, fit + 1), over - 1);
    if (fits(i)) fit = i;
    else over = i;
    stalls = over - fit > width / 2 ? stalls + 1 : 0;
  }
  return fit;
}

/** The largest i < count with length(i) <= units (0 if none: the first candidate is tried). */
function indexOfLength(count, length, units) {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (length(mid) <= units) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(lo - 1, 0);
}
