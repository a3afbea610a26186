// The tasks and their contestants, run by bench.js in the benchmark page.
//
// A task is one job done by every contestant on the same text: graphemes, words, sentences, full
// statistics, the boundary costs, dictionary words, and highlighting with 10 / 1,000 / 10,000
// terms. A task marked `englishOnly` runs on the English texts only, one marked `langTexts` on the
// one-language texts only (which carry a `lang`), the others on every text but those; `setup`
// (awaited once before the first text) and `before(text, lang)` / `after()` prepare untimed. A contestant
// is one way to do it: a peer (textlens, Intl.Segmenter, an npm package, a RegExp) and how it is
// called.
//
//   run(input)         the timed call; `input` is the text, or for `dom` contestants an element
//                      holding the text as paragraphs (refilled, untimed, before every call)
//   result(output)     untimed: the number the report shows (words, sentences, matches…), so
//                      disagreements are visible and no engine can skip the work
//   cleanup(output)    untimed: frees what the call made (wasm handles, CSS highlights)
//   scalable           a slow peer: timed on a leading slice of the text and scaled linearly
//                      (bench.js picks the slice); textlens and the floor always run on all of it
//
// The first contestant of a task is its reference: the report's ratios are times relative to it,
// and every sliced contestant's result is shown next to the reference's on the same slice.
import init, { split, count, wordCount, loadDictionaries, Highlighter, TextDocument } from "/pkg/textlens.js";
import { winkNLP, winkModel, nlp, sbd, readingTime, readability, Mark } from "/dist/peers.js";

/** Loads textlens's wasm module (the cold start is measured separately, in fresh pages). */
export async function setup() {
  await init();
}

const wink = {
  tokens: winkNLP(winkModel, []),
  sentences: winkNLP(winkModel, ["sbd"]),
};
/** wink-nlp token types that are not words (everything else, numbers and e-mails too, is one). */
const WINK_NOT_WORDS = new Set(["punctuation", "symbol", "emoji", "emoticon", "tabCRLF", "currency"]);

function sumOf(flags) {
  let total = 0;
  for (let i = 0; i < flags.length; i++) total += flags[i];
  return total;
}

/**
 * One Intl.Segmenter per granularity, made once and reused for every call, as MDN recommends
 * (making one loads ICU's break rules; the harness times the segmenting, not that).
 */
const SEGMENTERS = Object.fromEntries(["grapheme", "word", "sentence"].map((granularity) => [granularity, new Intl.Segmenter("en", { granularity })]));

function countSegments(granularity, text, wordLikeOnly = false) {
  let total = 0;
  for (const segment of SEGMENTERS[granularity].segment(text)) {
    if (!wordLikeOnly || segment.isWordLike) total++;
  }
  return total;
}

const identity = (n) => n;
const lengthOf = (list) => list.length;

/** The copy every wasm call pays first: the string as UTF-8 into a buffer allocated beforehand. */
function encodeIntoFloor() {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(0);
  return {
    peer: "TextEncoder.encodeInto",
    how: "the text as UTF-8 into a preallocated buffer (the floor)",
    before(text) {
      if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
    },
    run: (text) => encoder.encodeInto(text, buffer).written,
    result: identity,
    unit: "bytes",
  };
}

/** textlens's `split` and Intl.Segmenter's segments of one granularity, counted. */
function splitAndSegmenter(granularity, { textlensNote = "", intlNote }) {
  return [
    { peer: "textlens", how: `split(text, "${granularity}")${textlensNote}`, run: (text) => split(text, granularity), result: lengthOf },
    { peer: "Intl.Segmenter", how: `${granularity} segments${intlNote}`, run: (text) => countSegments(granularity, text), result: identity },
  ];
}

const graphemes = {
  id: "graphemes",
  title: "graphemes",
  unit: "graphemes",
  contestants: splitAndSegmenter("grapheme", { intlNote: ", counted" }),
};

const words = {
  id: "words",
  title: "words",
  unit: "words",
  contestants: [
    {
      peer: "textlens",
      how: 'split(text, "word"), word-like flags summed',
      run: (text) => split(text, "word"),
      result: (list) => sumOf(list.wordLike),
    },
    // count(text).words without the rest of count's work.
    { peer: "textlens", how: "wordCount(text)", run: (text) => wordCount(text), result: identity },
    { peer: "Intl.Segmenter", how: "word segments with isWordLike", run: (text) => countSegments("word", text, true), result: identity },
    {
      peer: "wink-nlp",
      how: "readDoc (tokenizer only), tokens that are not punctuation, symbols or emoji",
      scalable: true,
      run: (text) => wink.tokens.readDoc(text).tokens().out(wink.tokens.its.type),
      result: (types) => types.reduce((total, type) => total + !WINK_NOT_WORDS.has(type), 0),
    },
    {
      peer: "compromise",
      how: "nlp.tokenize(text).terms() (tokenizer, no tagging)",
      scalable: true,
      run: (text) => nlp.tokenize(text).terms().length,
      result: identity,
    },
    { peer: "RegExp", how: "text.match(/\\S+/g)", run: (text) => text.match(/\S+/g) ?? [], result: lengthOf },
    encodeIntoFloor(),
  ],
};

const sentences = {
  id: "sentences",
  title: "sentences",
  unit: "sentences",
  contestants: [
    ...splitAndSegmenter("sentence", { textlensNote: ", article mode", intlNote: " (UAX #29)" }),
    { peer: "sbd", how: "sbd.sentences(text), default options", scalable: true, run: (text) => sbd.sentences(text), result: lengthOf },
    {
      peer: "wink-nlp",
      how: 'readDoc with the "sbd" pipe only',
      scalable: true,
      run: (text) => wink.sentences.readDoc(text).sentences().length(),
      result: identity,
    },
    {
      peer: "compromise",
      how: "nlp.tokenize(text).sentences()",
      scalable: true,
      run: (text) => nlp.tokenize(text).sentences().length,
      result: identity,
    },
  ],
};

/** text-readability's ten formulas and its consensus grade, each called as its docs show. */
function readabilityFormulas(text) {
  return {
    words: readability.lexiconCount(text),
    sentences: readability.sentenceCount(text),
    scores: [
      readability.fleschReadingEase(text),
      readability.fleschKincaidGrade(text),
      readability.gunningFog(text),
      readability.smogIndex(text),
      readability.colemanLiauIndex(text),
      readability.automatedReadabilityIndex(text),
      readability.daleChallReadabilityScore(text),
      readability.linsearWriteFormula(text),
      readability.lix(text),
      readability.rix(text),
      readability.textStandard(text, true),
    ],
  };
}

const statistics = {
  id: "statistics",
  title: "full statistics",
  unit: "words",
  contestants: [
    { peer: "textlens", how: "count(text)", run: (text) => count(text), result: (stats) => stats.words },
    {
      peer: "text-readability",
      how: "its ten formulas + textStandard (consensus) + lexiconCount + sentenceCount",
      scalable: true,
      run: readabilityFormulas,
      result: (stats) => stats.words,
    },
    { peer: "reading-time", how: "readingTime(text)", run: (text) => readingTime(text), result: (stats) => stats.words },
  ],
};

/**
 * The cost of crossing into wasm and back, apart from the work: a TextDocument is the string
 * copied in once; splitting an existing one is the work plus the typed arrays coming out.
 */
function boundary() {
  let doc = null;
  return {
    id: "boundary",
    title: "boundary crossing (words, sentences, statistics)",
    unit: "segments",
    before(text) {
      doc = new TextDocument(text);
    },
    after() {
      doc.free();
      doc = null;
    },
    contestants: [
      { peer: "textlens", how: 'split(text, "word"): string in, work, arrays out', run: (text) => split(text, "word"), result: lengthOf },
      {
        peer: "textlens",
        how: "new TextDocument(text): string in only",
        run: (text) => new TextDocument(text),
        result: (created) => created.length,
        unit: "UTF-16 units",
        cleanup: (created) => created.free(),
      },
      { peer: "textlens", how: 'doc.split("word"): work and arrays out', run: () => doc.split("word"), result: lengthOf },
      {
        peer: "textlens",
        how: 'doc.split("sentence"): article mode on a document',
        run: () => doc.split("sentence"),
        result: lengthOf,
        unit: "sentences",
      },
      {
        peer: "textlens",
        how: "count(text): string in, all statistics",
        run: (text) => count(text),
        result: (stats) => stats.words,
        unit: "words",
      },
      {
        peer: "textlens",
        how: "doc.count(): all statistics on a document",
        run: () => doc.count(),
        result: (stats) => stats.words,
        unit: "words",
      },
      encodeIntoFloor(),
    ],
  };
}

/**
 * Words of Chinese, Japanese and Thai (the `lang` texts, see harness.mjs): textlens's dictionary
 * split, its data loaded once beforehand as the README says for browsers (`loadDictionaries`, the
 * load's own cost is measured in fresh pages), against an Intl.Segmenter for the text's language,
 * made once per language and reused, word-like segments counted.
 */
function dictionaryWords() {
  const segmenters = new Map();
  let segmenter = null;
  return {
    id: "dictionary-words",
    title: "dictionary words (Chinese, Japanese, Thai)",
    unit: "words",
    langTexts: true,
    setup: () => loadDictionaries(),
    before(text, lang) {
      if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang, { granularity: "word" }));
      segmenter = segmenters.get(lang);
    },
    contestants: [
      {
        peer: "textlens",
        how: 'split(text, "word") after loadDictionaries(), word-like flags summed',
        run: (text) => split(text, "word"),
        result: (list) => sumOf(list.wordLike),
      },
      {
        peer: "Intl.Segmenter",
        how: "new Intl.Segmenter(lang, { granularity: \"word\" }) made once, isWordLike counted",
        run(text) {
          let total = 0;
          for (const segment of segmenter.segment(text)) total += segment.isWordLike;
          return total;
        },
        result: identity,
      },
    ],
  };
}

/** Escapes a term for use inside a RegExp. */
const escapeRegExp = (term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Word characters mark.js treats as boundaries besides whitespace, so "the," matches "the". */
const MARK_LIMITERS = [..."\"'“”‘’.,;:!?()[]{}-–—_*/"];

/**
 * mark.js handles each term in the previous term's completion callback, so one call recurses once
 * per term and overflows Chromium's stack at about a thousand terms; it gets the terms in batches.
 */
const MARK_BATCH = 100;

function countCssRanges() {
  let total = 0;
  for (const highlight of CSS.highlights.values()) total += highlight.size;
  return total;
}

/**
 * Highlighting `terms` (whole words, case-insensitive): textlens's four outputs, mark.js on the
 * same DOM and a RegExp alternation. The Highlighter and RegExp are compiled in `before`, once per
 * text, untimed; the Highlighter's compile time is reported with the task.
 */
function highlight(terms) {
  let highlighter = null;
  let doc = null;
  let pattern = null;
  const task = {
    id: `highlight-${terms.length}`,
    title: `highlight ${terms.length.toLocaleString("en")} terms`,
    unit: "matches",
    englishOnly: true,
    compileMs: null,
    before(text) {
      const start = performance.now();
      highlighter = new Highlighter({ terms });
      task.compileMs = performance.now() - start;
      doc = new TextDocument(text);
      pattern = new RegExp(`\\b(?:${terms.map(escapeRegExp).join("|")})\\b`, "gi");
    },
    after() {
      highlighter.free();
      doc.free();
      highlighter = null;
      doc = null;
    },
    contestants: [
      { peer: "textlens", how: "highlighter.ranges(text)", run: (text) => highlighter.ranges(text), result: lengthOf },
      {
        peer: "textlens",
        how: "highlighter.ranges(doc): the text already in wasm memory (a TextDocument)",
        run: () => highlighter.ranges(doc),
        result: lengthOf,
      },
      {
        peer: "textlens",
        how: "highlighter.html(text)",
        run: (text) => highlighter.html(text),
        result: (html) => html.split("<mark").length - 1,
      },
      {
        peer: "textlens",
        how: "highlighter.apply(element): DOM marks",
        dom: true,
        run: (element) => highlighter.apply(element),
        result: identity,
      },
      {
        peer: "textlens",
        how: "highlighter.applyCss(element): CSS Custom Highlights",
        dom: true,
        run: (element) => highlighter.applyCss(element),
        result: countCssRanges,
        cleanup: () => highlighter.clearCss(),
      },
      {
        peer: "mark.js",
        how: `new Mark(element).mark(terms, { accuracy: "exactly" + limiters, separateWordSearch: false })${terms.length > MARK_BATCH ? `, ${MARK_BATCH} terms a call` : ""}`,
        dom: true,
        scalable: true,
        run(element) {
          const marker = new Mark(element);
          let marks = 0;
          for (let i = 0; i < terms.length; i += MARK_BATCH) {
            marker.mark(terms.slice(i, i + MARK_BATCH), {
              accuracy: { value: "exactly", limiters: MARK_LIMITERS },
              separateWordSearch: false,
              done: (total) => (marks += total),
            });
          }
          return marks;
        },
        result: identity,
      },
      {
        peer: "RegExp",
        how: "/\\b(?:term|…)\\b/gi, escaped terms, starts and ends collected",
        scalable: true,
        run(text) {
          const starts = [];
          const ends = [];
          for (const match of text.matchAll(pattern)) {
            starts.push(match.index);
            ends.push(match.index + match[0].length);
          }
          return starts;
        },
        result: lengthOf,
      },
    ],
  };
  return task;
}

/** Every task, in report order; `termSets` are the highlight term lists (10, 1,000, 10,000). */
export function defineTasks(termSets) {
  return [graphemes, words, sentences, statistics, boundary(), dictionaryWords(), ...termSets.map(highlight)];
}
