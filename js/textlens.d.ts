// Type declarations of textlens, the public JavaScript API (js/textlens.js, js/node.mjs).
// All offsets are UTF-16 code units: `text.slice(start, end)` is exactly the segment.
//
// Options and rules are read once, into plain data, before any work starts: getters run once, and
// an error a getter or Proxy trap throws is thrown as it is. Unknown option names throw. A string
// option (a term, a pattern, an abbreviation, a class name, …) must not hold a lone surrogate: it
// throws an Error naming it. The lone surrogates of a text are read as U+FFFD, one UTF-16 unit
// too, so offsets stay exact and a term or pattern matching U+FFFD matches them as well. An
// error message quotes a bad value up to 200 characters, then "…" and its length.

/** What `split` cuts a text into. */
export type Granularity = "grapheme" | "word" | "sentence" | "paragraph" | "line" | "chunk";

/** The unit of chunk sizes: graphemes (characters as readers count them), word-like words, or UTF-16 units. */
export type SizeUnit = "grapheme" | "word" | "utf16" | "gsm7";

/** Options of sentence splitting. */
export interface SentenceOptions {
  /** "article" (default): abbreviations, initials, quotes, lists, URLs, line breaks; "uax29": Unicode's default rules. */
  mode?: "article" | "uax29";
  /** More abbreviations, written without their final period ("Gen", "approx"); they do not end a sentence before a name. */
  abbreviations?: string[];
  /** The language: "auto" (default) detects it from the text; otherwise a BCP 47 tag ("de", "pt-BR"). An unknown tag throws. */
  lang?: string;
}

/** Options of `wordCount`: `lang` is checked, but words are told apart the same way in every language. */
export interface WordCountOptions {
  /** The language: "auto" (default) detects it from the text; otherwise a BCP 47 tag ("de", "pt-BR"). An unknown tag throws. */
  lang?: string;
}

/** Options of chunking: `maxSize` is required. */
export interface ChunkOptions {
  /**
   * Largest size of a chunk, a whole number ≥ 1. Chunks never cut a grapheme: a single grapheme
   * larger than this (a letter with hundreds of marks) is a chunk of its own, the only kind of
   * chunk over the limit.
   */
  maxSize: number;
  /** Default "grapheme". */
  unit?: SizeUnit;
  /** Whole sentences each chunk repeats from the one before. Default 0. */
  overlap?: number;
  /** The language whose sentence rules cut paragraphs: "auto" (default: detected once from the whole text) or a BCP 47 tag. */
  lang?: string;
  /** What the text is written in; "markdown" gives `MarkdownChunkList`s (see `MarkdownChunkOptions`). Default "plain". */
  format?: "plain";
}

/**
 * What a text is written in: "plain" (the default), "markdown" (CommonMark with GitHub tables) or
 * "html" (counts only; chunks refuse it).
 */
export type Format = "plain" | "markdown" | "html";

/**
 * Options of Markdown chunks: chunks follow the headings, then the blocks, then the sentences; a
 * code block, a table or a list item is cut only when it alone is larger than `maxSize`. Needs the
 * markup module (`loadMarkup()` in browsers; Node loads it on first use).
 */
export interface MarkdownChunkOptions extends Omit<ChunkOptions, "format"> {
  format: "markdown";
}

/** One range of a text: `text` is `text.slice(start, end)` of the whole, in UTF-16 offsets. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** A word segment: `wordLike` is true for words and numbers, false for spaces and punctuation. */
export interface WordSegment extends Segment {
  wordLike: boolean;
}

/** A chunk: the text from `freshStart` to `end` is new; from `start` to `freshStart` repeats the previous chunk. */
export interface ChunkSegment extends Segment {
  freshStart: number;
}

/** A chunk of Markdown, with where it is in the document's structure. */
export interface MarkdownChunkSegment extends ChunkSegment {
  /** The headings it is under, outermost first, as their text reads ("Intro", "Setup"), the heading it starts with included. */
  headings: string[];
  /** Its first and last line (from 1, both included; lines end at LF, CR LF or CR): those of its first and last character that is not whitespace. */
  lines: { start: number; end: number };
}

/**
 * Ranges of a text as typed arrays of UTF-16 offsets, with lazy objects on demand (one small
 * object per range read; the arrays are made once). The base of every list textlens returns.
 */
declare class OffsetList<V extends Segment> implements Iterable<V> {
  protected constructor();
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly length: number;
  /** Range `index` as an object, or undefined when out of range. */
  get(index: number): V | undefined;
  /** The text of every range. */
  texts(): string[];
  [Symbol.iterator](): Iterator<V>;
}

/**
 * Segments from `split`. For words and graphemes, which tile the text, `starts` and `ends` are
 * two views of one array of boundaries (`ends[i] === starts[i + 1]`, one `buffer`): transfer that
 * buffer once, or copy the arrays with `slice()` first.
 */
export declare class SegmentList<S extends Segment = Segment> extends OffsetList<S> {
  private constructor();
}

/** The word list: `wordLike[i]` is 1 for a word-like segment. */
export interface WordList extends SegmentList<WordSegment> {
  readonly wordLike: Uint8Array;
}

/** The chunk list: `freshStarts[i]` is where chunk i's new text begins. */
export interface ChunkList extends SegmentList<ChunkSegment> {
  readonly freshStarts: Uint32Array;
}

/** Markdown chunks: `headings[i]` is chunk i's heading path; `lines[2 * i]` and `lines[2 * i + 1]` its first and last line. */
export interface MarkdownChunkList extends SegmentList<MarkdownChunkSegment> {
  readonly freshStarts: Uint32Array;
  readonly headings: string[][];
  readonly lines: Uint32Array;
}

/** A text copied into wasm memory once, for repeated work. Free it when done. */
export declare class TextDocument {
  /** `options.lang` applies to this document's sentences and counts (default "auto"). */
  constructor(text: string, options?: { lang?: string });
  readonly text: string;
  readonly length: number;
  readonly freed: boolean;
  split(granularity: "word"): WordList;
  split(granularity: "sentence", options?: SentenceOptions): SegmentList;
  split(granularity: "chunk", options: MarkdownChunkOptions): MarkdownChunkList;
  split(granularity: "chunk", options: ChunkOptions): ChunkList;
  split(granularity: "grapheme" | "paragraph" | "line"): SegmentList;
  split(granularity: Granularity, options?: SentenceOptions | ChunkOptions | MarkdownChunkOptions): SegmentList;
  count(options?: CountOptions): Statistics;
  /** The number of words, the same as `count().words`, much faster. */
  wordCount(options?: WordCountOptions): number;
  free(): void;
  [Symbol.dispose](): void;
}

/** Instantiates the wasm module (browsers, bundlers); later calls return at once. */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Instantiates the wasm module synchronously from its bytes or a compiled module. */
export declare function initSync(bytesOrModule: BufferSource | WebAssembly.Module): void;
/** The library version. */
export declare function version(): string;
/**
 * Loads the dictionary module, for words in Chinese, Japanese, Thai, Lao, Khmer and Burmese
 * (`textlens_dictionary_bg.wasm` beside the package's entry by default, about 2.5 MB gzip), once;
 * after `init()`. Browsers await it before a word split of such text, which otherwise throws;
 * in Node it is loaded on first use, and this only loads it now.
 */
export declare function loadDictionaries(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/**
 * Loads the markup module, the Markdown parser and HTML tokenizer for `format: "markdown"` chunks
 * and counts and `format: "html"` counts
 * (`textlens_markup_bg.wasm` beside the package's entry by default), once; after `init()`. Browsers
 * await it before such a call, which otherwise throws; in Node it is loaded on first use, and this
 * only loads it now.
 */
export declare function loadMarkup(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;

export declare function split(text: string | TextDocument, granularity: "word"): WordList;
export declare function split(text: string | TextDocument, granularity: "sentence", options?: SentenceOptions): SegmentList;
export declare function split(text: string | TextDocument, granularity: "chunk", options: MarkdownChunkOptions): MarkdownChunkList;
export declare function split(text: string | TextDocument, granularity: "chunk", options: ChunkOptions): ChunkList;
export declare function split(text: string | TextDocument, granularity: "grapheme" | "paragraph" | "line"): SegmentList;
export declare function split(text: string | TextDocument, granularity: Granularity, options?: SentenceOptions | ChunkOptions | MarkdownChunkOptions): SegmentList;

/** Every number a writer or editor asks for. */
export declare function count(text: string | TextDocument, options?: CountOptions): Statistics;

/** The number of words: the same as `count(text).words`, without the rest of its work. */
export declare function wordCount(text: string | TextDocument, options?: WordCountOptions): number;


/** Options of `count`; every field is optional, unknown names throw. */
export interface CountOptions {
  /** Count the parts of hyphenated compounds ("all-in-one" = 3 words). Default false. */
  countHyphenatedParts?: boolean;
  /** Count the dictionary words of Chinese, Japanese, Thai, Lao, Khmer and Burmese ("北京大学" = 2 words, as `split(text, "word")` cuts it) instead of one word per Han or kana character and the Thai estimate. Needs the dictionary: in browsers, such a text throws until `await loadDictionaries()`. Default false. */
  dictionaryWords?: boolean;
  /** Silent reading rate, words per minute (≥ 1). Default: 238 in English, scaled per language by the IReST reading rates (German 187, Spanish 228, Finnish 168, …). */
  readingWordsPerMinute?: number;
  /** Speaking rate, words per minute (≥ 1). Default: 150 in English, scaled per language like the reading rate. */
  speakingWordsPerMinute?: number;
  /** Silent reading rate of Chinese, Japanese and Korean, characters per minute (≥ 1). Default 255, 357 for Japanese. */
  readingCharactersPerMinute?: number;
  /** Speaking rate of Chinese, Japanese and Korean, characters per minute (≥ 1). Default 240. */
  speakingCharactersPerMinute?: number;
  /** Compute word, bigram and trigram frequencies. Default true. */
  frequencies?: boolean;
  /** How many entries each frequency list keeps (whole number ≥ 0). Default 10. */
  top?: number;
  /** Leave the stop words of the text's language out of the frequency lists (lists for 23 languages: ar cs da de en es fa fi fr hi hu it ja nb nl pl pt ru sv th tr uk zh). Default true. */
  stopWords?: boolean;
  /** More stop words to leave out (any case). */
  extraStopWords?: string[];
  /** List every sentence with its numbers. Default true. */
  perSentence?: boolean;
  /** The language: "auto" (default) detects it, or a BCP 47 tag. Its syllable rules and only its readability formulas apply (the others are null with a reason; LIX and RIX apply to every language). */
  lang?: string;
  /**
   * What the text is written in. "markdown" counts only its prose (no markup, code, HTML or link
   * targets); "html" only the prose of the document's main content (its one article, else its
   * main, else its body without navigation, asides and footers; no tags, scripts, styles or
   * attribute values; character references decoded). Sentence offsets stay offsets of the source.
   * Both need the markup module (`loadMarkup()` in browsers). Default "plain".
   */
  format?: Format;
}

/** The language `count` used. */
export interface Language {
  /** BCP 47 primary subtag ("en", "de"). */
  tag: string;
  /** Whether it was detected (lang "auto") rather than given. */
  detected: boolean;
  /** How sure detection is, 0 to 1 (1 when given). */
  confidence: number;
}

export interface Characters {
  /** Extended grapheme clusters ("characters"). */
  graphemes: number;
  codePoints: number;
  /** UTF-16 code units (string.length). */
  utf16: number;
  /** UTF-8 bytes. */
  bytes: number;
  /** Graphemes that are not whitespace. */
  nonSpace: number;
  /** Graphemes that start with a letter of any script. */
  letters: number;
}

/** A readability score, or null with the reason it cannot be computed. */
export type Score = { value: number; reason?: undefined } | { value: null; reason: string };

export interface Readability {
  fleschReadingEase: Score;
  fleschKincaidGrade: Score;
  gunningFog: Score;
  smog: Score;
  colemanLiau: Score;
  automatedReadability: Score;
  daleChall: Score;
  lix: Score;
  rix: Score;
  linsearWrite: Score;
  consensusGrade: Score;
  /** German (Amstad's Flesch), 0–100, higher is easier; null outside German. */
  amstad: Score;
  /** German, the first Wiener Sachtextformel: a school grade, 4 (easy) to 15; null outside German. */
  wienerSachtextformel: Score;
  /** Spanish, 0–100, higher is easier; null outside Spanish. */
  fernandezHuerta: Score;
  /** Spanish perspicuity, 0–100, higher is easier; null outside Spanish. */
  szigrisztPazos: Score;
  /** French, 0–100, higher is easier; null outside French. */
  kandelMoles: Score;
  /** Italian, 0–100, higher is easier; null outside Italian. */
  gulpease: Score;
  /** Dutch (Douma's Flesch), 0–100, higher is easier; null outside Dutch. */
  douma: Score;
  /** Russian (Oborneva's Flesch), 0–100, higher is easier; null outside Russian. */
  oborneva: Score;
}

export type Difficulty = "ok" | "hard" | "veryHard";

export interface SentenceStats {
  /** UTF-16 offset of the sentence's start. */
  start: number;
  /** UTF-16 offset of its end, trailing whitespace excluded. */
  end: number;
  words: number;
  /** Automated Readability Index of the sentence alone. */
  grade: number;
  difficulty: Difficulty;
}

export interface TermCount {
  /** Lower-case word or phrase (words joined by one space). */
  text: string;
  count: number;
  /** Keyword density in percent. */
  density: number;
}

/** Top words and n-grams; in Chinese, Japanese, Thai, … these are dictionary words once the dictionary is loaded. */
export interface Frequencies {
  words: TermCount[];
  bigrams: TermCount[];
  trigrams: TermCount[];
  /** The text has Chinese, Japanese, Thai, Lao, Khmer or Burmese and the dictionary was not loaded, so those are listed per character (and per run of Thai, … letters): `await loadDictionaries()` and count again. */
  needsDictionary: boolean;
}

export interface Limit {
  length: number;
  limit: number;
  fits: boolean;
}

export interface Sms {
  encoding: "gsm7" | "ucs2";
  /** Septets (GSM-7) or UTF-16 units (UCS-2). */
  units: number;
  /** Messages needed (0 for an empty text). */
  segments: number;
  /** Units per message: 160/153 (GSM-7) or 70/67 (UCS-2). */
  perSegment: number;
}

export interface Limits {
  /** X (Twitter) weighted length against 280. */
  twitter: Limit;
  sms: Sms;
  /** Graphemes against 60. */
  metaTitle: Limit;
  /** Graphemes against 160. */
  metaDescription: Limit;
}

export interface Statistics {
  characters: Characters;
  words: number;
  uniqueWords: number;
  sentences: number;
  paragraphs: number;
  lines: number;
  syllables: number;
  /** Letters and digits per word; null without words. */
  averageWordLength: number | null;
  /** Words per sentence; null without sentences. */
  averageSentenceLength: number | null;
  longestSentence: SentenceStats | null;
  readability: Readability;
  time: { readingSeconds: number; speakingSeconds: number };
  /** Empty when options.perSentence is false. */
  perSentence: SentenceStats[];
  /** null when options.frequencies is false. */
  frequencies: Frequencies | null;
  limits: Limits;
  language: Language;
}


/** Where a term may match, with Unicode (UAX #29) word boundaries. */
export type HighlightAccuracy = "whole" | "prefix" | "partial";

/**
 * The built-in detectors, in the order of their indexes in `HighlightRanges.ruleIndexes`.
 * "adverbs" and "passive" read English only, "names" every language but German and
 * Luxembourgish (which capitalise every noun): in a text in another language (the rules' `lang`,
 * detected by default) they mark nothing.
 */
export type HighlightDetectorName =
  | "quotes"
  | "numbers"
  | "names"
  | "hardSentences"
  | "adverbs"
  | "passive"
  | "repeated"
  | "longWords";

/** A term or phrase; whitespace inside it matches any run of whitespace. */
export interface HighlightTerm {
  text: string;
  /** Other spellings that count as this term. */
  synonyms?: string[];
  /** Category name of its matches (default: its className, else "term"). */
  category?: string;
  /** CSS class(es) of its marks: letters, digits, "-", "_", space-separated (default "tl-" + category). */
  className?: string;
  /** Default: the rules' caseSensitive. */
  caseSensitive?: boolean;
  /** Default: the rules' diacriticInsensitive. */
  diacriticInsensitive?: boolean;
  /** Default: the rules' accuracy. */
  accuracy?: HighlightAccuracy;
}

/** A regular expression in regex-lite syntax (linear time; \d \s \w \b and (?i) are ASCII-only). */
export interface HighlightPattern {
  pattern: string;
  /** Some of "imsxU" ("g" accepted and ignored). */
  flags?: string;
  /** Category name of its matches (default: its className, else "pattern"). */
  category?: string;
  className?: string;
}

export interface HighlightDetector {
  detector: HighlightDetectorName;
  /** CSS class(es) for all the detector's categories (default "tl-" + category name). */
  className?: string;
}

/** Every string in the rules must be free of lone surrogates. */
export interface HighlightRules {
  terms?: Array<string | HighlightTerm>;
  patterns?: Array<string | HighlightPattern>;
  detectors?: Array<HighlightDetectorName | HighlightDetector>;
  /** Synonym groups: a term spelled like one member also matches every other member. */
  synonyms?: string[][];
  /** Default false. */
  caseSensitive?: boolean;
  /** Default true: "resume" finds "résumé". */
  diacriticInsensitive?: boolean;
  /** Default "whole". */
  accuracy?: HighlightAccuracy;
  /** Fewest letters of a long word (detector "longWords"), default 13. */
  longWordLetters?: number;
  /** The language of the sentences matches are placed in and detectors read: "auto" (default) or a BCP 47 tag. */
  lang?: string;
  /** CSS selectors whose text apply/applyCss skip (script, style, textarea, SVG and MathML always are). */
  exclude?: string[];
}

export interface HighlightCategory {
  readonly name: string;
  readonly className: string;
  /** The name of its highlight in CSS.highlights (its first class): style with ::highlight(name). */
  readonly highlightName: string;
}

export type HighlightRule =
  | { kind: "term"; index: number }
  | { kind: "pattern"; index: number }
  | { kind: "detector"; detector: HighlightDetectorName };

/** A match: text.slice(start, end) is its text. */
export interface HighlightMatch extends Segment {
  category: HighlightCategory;
  rule: HighlightRule;
  /** Index of the (article-mode) sentence where the match starts. */
  sentence: number;
}

export interface HighlightPiece extends Segment {
  /** Every category covering the piece. */
  categories: HighlightCategory[];
}

/** Non-overlapping pieces, in text order, each with all categories covering it. */
export declare class HighlightPieces extends OffsetList<HighlightPiece> {
  private constructor();
  /** categoryIds.subarray(categoryOffsets[i], categoryOffsets[i + 1]) are piece i's categories. */
  readonly categoryOffsets: Uint32Array;
  readonly categoryIds: Uint32Array;
}

/** Every match, overlapping ones included, sorted by start (longest first at equal starts). */
export declare class HighlightRanges extends OffsetList<HighlightMatch> {
  private constructor();
  /** Index into Highlighter.categories. */
  readonly categoryIds: Uint32Array;
  /** The kind of each match's rule, an index into ["term", "pattern", "detector"]. */
  readonly ruleKinds: Uint8Array;
  /** Index of the term / pattern in the rules, or of the detector in DETECTORS. */
  readonly ruleIndexes: Uint32Array;
  /** The (article-mode) sentence each match starts in; the text is split on first read. */
  readonly sentences: Uint32Array;
  readonly pieces: HighlightPieces;
}

export interface HighlightApplyOptions {
  /** More selectors to skip, added to the rules' exclude. */
  exclude?: string[];
}

export declare const DETECTORS: readonly HighlightDetectorName[];

export declare class Highlighter {
  /** Compiles the rules; throws an Error naming a bad option, pattern or class name. */
  constructor(rules?: HighlightRules);
  readonly categories: readonly HighlightCategory[];
  ranges(text: string | TextDocument): HighlightRanges;
  /**
   * Escaped HTML with <mark class data-category data-match> elements; safe for innerHTML. Lone
   * surrogates are written as U+FFFD (no HTML can hold one): its text is `text.toWellFormed()`.
   */
  html(text: string | TextDocument): string;
  /**
   * Wraps matches in <mark> elements (across text nodes and inline elements) by splitting text
   * nodes, which keep their text unit for unit; skips script, style, textarea, SVG and MathML.
   * Returns the mark count.
   */
  apply(element: Element, options?: HighlightApplyOptions): number;
  /** Removes the marks apply made (never the page's own marks); innerHTML is restored exactly. */
  clear(element: Element): void;
  /** CSS Custom Highlight API where available ("css"), else apply ("dom"). */
  applyCss(element: Element, options?: HighlightApplyOptions): "css" | "dom";
  clearCss(): void;
  free(): void;
  [Symbol.dispose](): void;
}

// ---------------------------------------------------------------------------------------------
// Sentence streams and chunks sized in tokens (issue 20). Kept as one block.

/**
 * A TransformStream of text pieces (strings of any size) to sentences: each is emitted as soon as
 * no later text can change it, with offsets into the whole stream, and the rest at the end. The
 * sentences are exactly those of `split(text, "sentence", options)` on the whole text. Bad
 * options throw here; a piece that is not a string errors the stream with a TypeError.
 */
export declare class SentenceStream extends TransformStream<string, Segment> {
  constructor(options?: SentenceOptions);
}

/**
 * Counts the tokens of a text, a whole number ≥ 0: gpt-tokenizer's `countTokens`, js-tiktoken's
 * `(text) => encoding.encode(text).length`, a transformers.js tokenizer's, …
 */
export type Tokenizer = (text: string) => number;

/** Options of chunks sized in tokens: `split(text, "chunk", { unit: "token", tokenizer, maxSize })`. */
export type TokenChunkOptions = {
  unit: "token";
  /** Called on whole candidate chunks, a few times per chunk; it may throw, which `split` reports. */
  tokenizer: Tokenizer;
  /** Largest size of a chunk in tokens, a whole number ≥ 1; only a grapheme alone can be larger. */
  maxSize: number;
  /** A chunk closes at a paragraph end that fits once it holds this many tokens. Default: half of maxSize, rounded up. */
  minSize?: number;
  /** Sentence options for finding the sentences (when the API has the option). */
  lang?: string;
} & (
  | {
      /** Whole sentences each chunk repeats from the new text of the one before, as far as they fit. Default 0. */
      overlap?: number;
      overlapSize?: undefined;
    }
  | {
      overlap?: undefined;
      /** Tokens each chunk repeats from the end of the one before (from a word start), as far as they fit. */
      overlapSize?: number;
    }
);

export declare function split(text: string | TextDocument, granularity: "chunk", options: TokenChunkOptions): ChunkList;

export interface TextDocument {
  split(granularity: "chunk", options: TokenChunkOptions): ChunkList;
}

// OffsetList is a declaration, not an export: only what is exported above is.
export {};
