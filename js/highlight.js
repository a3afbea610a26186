// textlens — the Highlighter: compiled rules run on strings, TextDocuments and live elements.
// A thin layer over RawHighlighter (src/wasm/highlight.rs): argument checks, the `exclude`
// selectors, and lazy `{ start, end, text, … }` views of the typed arrays it returns.

import { DetectorIndex, RawHighlighter, RuleKind } from "./textlens_wasm.js";
import {
  assertReady, checkOptions, checkString, describeRange, guard, OffsetList, rawDocumentOf, TextDocument,
  withTransientDocument,
} from "./core.js";

/**
 * The names of a wasm-bindgen enum's variants (a frozen `{ Name: value, value: "Name" }` object
 * in the glue), indexed by value, each with a lower-case first letter: `HardSentences` is named
 * "hardSentences", as the rules name it.
 */
function variantNames(enumObject) {
  const names = [];
  for (const [name, value] of Object.entries(enumObject)) {
    if (typeof value === "number") names[value] = name[0].toLowerCase() + name.slice(1);
  }
  return names;
}

/** Detector names, in the order of the detector indexes in `ruleIndexes` (from src/wasm/ranges.rs). */
export const DETECTORS = Object.freeze(variantNames(DetectorIndex));

/** Rule kind names, indexed by the values of `ruleKinds` (from src/wasm/ranges.rs). */
const RULE_KINDS = Object.freeze(variantNames(RuleKind));

/** Throws a TypeError unless `value` is undefined or an array of strings; returns an array. */
function checkSelectors(value, what) {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((s) => typeof s === "string")) {
    throw new TypeError(`textlens.${what}: exclude must be an array of CSS selector strings`);
  }
  return value;
}

/** Throws a TypeError unless `value` is a DOM element. */
function checkElement(value, what) {
  if (typeof Element === "undefined" || !(value instanceof Element) || !isElementNode(value)) {
    throw new TypeError(`textlens.${what}: element must be a DOM Element`);
  }
}

/** The DOM's own `nodeType` getter, which throws for anything but a real node. */
const nodeType = globalThis.Node && Object.getOwnPropertyDescriptor(Node.prototype, "nodeType").get;

/**
 * Whether `value` is a real element: not a Proxy of one, nor an object that merely inherits from
 * `Element.prototype`. The wasm module calls the DOM on it, and such a value would run user code
 * (or throw) in the middle of a call, with the same damage as a throwing getter (see `plainData`).
 */
function isElementNode(value) {
  try {
    return nodeType?.call(value) === Node.ELEMENT_NODE;
  } catch {
    return false;
  }
}

/**
 * Highlighting rules compiled once: terms (thousands at once), regular expressions and detectors.
 * Run it on any number of strings or TextDocuments; call `free()` when done.
 *
 * A string in the rules (a term, a pattern, a class name, …) must not hold a lone surrogate: it
 * is refused with an Error naming it. A text's lone surrogates are read as U+FFFD (offsets stay
 * exact), so a term or pattern that matches U+FFFD matches them too.
 */
export class Highlighter {
  #raw;
  #exclude;
  #categories;

  constructor(rules) {
    assertReady("Highlighter");
    const { exclude, ...coreRules } = checkOptions(rules, "Highlighter", "rules") ?? {};
    this.#exclude = checkSelectors(exclude, "Highlighter");
    this.#raw = guard("Highlighter", () => new RawHighlighter(coreRules));
    this.#categories = Object.freeze(this.#raw.categories.map((c) => Object.freeze(c)));
  }

  /** The categories, indexed by the ids in `ranges(...).categoryIds`. */
  get categories() {
    return this.#categories;
  }

  /** Every match (overlapping ones included) and the non-overlapping pieces, as UTF-16 ranges. */
  ranges(textOrDocument) {
    const highlighter = this.#live("ranges");
    if (textOrDocument instanceof TextDocument) {
      const raw = guard("Highlighter.ranges", () => highlighter.ranges(rawDocumentOf(textOrDocument, "ranges")));
      const sentencesOf = (starts) => rawDocumentOf(textOrDocument, "ranges").matchSentences(starts, this.#live("sentences"));
      return new HighlightRanges(textOrDocument.text, raw, this.#categories, sentencesOf);
    }
    checkString(textOrDocument, "Highlighter.ranges", "text");
    const raw = withTransientDocument(textOrDocument, "Highlighter.ranges", (doc) => highlighter.ranges(doc));
    const sentencesOf = (starts) =>
      withTransientDocument(textOrDocument, "HighlightRanges.sentences", (doc) => doc.matchSentences(starts, this.#live("sentences")));
    return new HighlightRanges(textOrDocument, raw, this.#categories, sentencesOf);
  }

  /**
   * The text as HTML, escaped, with each match in a `<mark>`; safe to assign to `innerHTML`. Each
   * lone surrogate is written as U+FFFD: no HTML can hold one (a parser reads `&#xD800;` as
   * U+FFFD), so the HTML's text is `text.toWellFormed()`.
   */
  html(textOrDocument) {
    const highlighter = this.#live("html");
    if (textOrDocument instanceof TextDocument) {
      return guard("Highlighter.html", () => highlighter.html(rawDocumentOf(textOrDocument, "html")));
    }
    checkString(textOrDocument, "Highlighter.html", "text");
    return withTransientDocument(textOrDocument, "Highlighter.html", (doc) => highlighter.html(doc));
  }

  /**
   * Wraps the matches in `element`'s text in `<mark>` elements (removing the ones it made before
   * first), across text nodes and inline elements, by splitting the text nodes (the text stays
   * as it was, lone surrogates included); skips script, style, textarea, SVG and MathML, and the
   * `exclude` selectors of the rules and of `options`. Returns the number of marks made.
   */
  apply(element, options) {
    const checked = this.#applyOptions(options, "Highlighter.apply");
    checkElement(element, "Highlighter.apply");
    return guard("Highlighter.apply", () => this.#live("apply").apply(element, checked));
  }

  /**
   * Removes the marks `apply` made (any Highlighter's, and no mark of the page's own, however
   * alike) and merges the text nodes it split: the element's innerHTML is restored exactly.
   */
  clear(element) {
    checkElement(element, "Highlighter.clear");
    guard("Highlighter.clear", () => RawHighlighter.clear(element));
  }

  /**
   * Paints the matches with the CSS Custom Highlight API (no DOM change): one highlight per
   * category's first class, styled with `::highlight(name)`. Falls back to `apply` where the API
   * is missing. Returns which was used: "css" or "dom".
   */
  applyCss(element, options) {
    const checked = this.#applyOptions(options, "Highlighter.applyCss");
    checkElement(element, "Highlighter.applyCss");
    return guard("Highlighter.applyCss", () => this.#live("applyCss").applyCss(element, checked));
  }

  /** Unregisters this highlighter's highlights from `CSS.highlights`. */
  clearCss() {
    guard("Highlighter.clearCss", () => this.#live("clearCss").clearCss());
  }

  /** Releases the compiled rules; later calls throw. Calling it twice is harmless. */
  free() {
    this.#raw?.free();
    this.#raw = undefined;
  }

  [Symbol.dispose]() {
    this.free();
  }

  #live(what) {
    if (!this.#raw) throw new Error(`textlens.Highlighter.${what}: this Highlighter has been freed`);
    return this.#raw;
  }

  /** The options of apply / applyCss as plain data, with the rules' exclude selectors added. */
  #applyOptions(options, what) {
    const checked = checkOptions(options, what) ?? {};
    return { ...checked, exclude: [...this.#exclude, ...checkSelectors(checked.exclude, what)] };
  }
}

/**
 * The matches of one text: typed arrays (starts, ends, categoryIds, ruleKinds, ruleIndexes,
 * sentences) and lazy match objects; `pieces` holds the non-overlapping pieces.
 */
export class HighlightRanges extends OffsetList {
  #categories;
  #sentences;
  #sentencesOf;

  /** `sentencesOf(starts)` gives the sentence indexes when the search did not split sentences. */
  constructor(text, raw, categories, sentencesOf) {
    super(text, raw.starts, raw.ends);
    this.#categories = categories;
    /** @type {Uint32Array} */ this.categoryIds = raw.categories;
    /** @type {Uint8Array} */ this.ruleKinds = raw.ruleKinds;
    /** @type {Uint32Array} */ this.ruleIndexes = raw.ruleIndexes;
    this.#sentences = raw.sentences;
    this.#sentencesOf = () => sentencesOf(raw.starts);
    this.pieces = new HighlightPieces(text, raw, categories);
  }

  /**
   * The sentence (article mode) where each match starts. Splitting the text into sentences costs
   * more than most searches, so it happens on first read (once).
   * @type {Uint32Array}
   */
  get sentences() {
    this.#sentences ??= guard("HighlightRanges.sentences", this.#sentencesOf);
    return this.#sentences;
  }

  /** Adds `category`, `rule` and `sentence` to match `index`. */
  [describeRange](index, view) {
    const kind = RULE_KINDS[this.ruleKinds[index]];
    const ruleIndex = this.ruleIndexes[index];
    view.category = this.#categories[this.categoryIds[index]];
    view.rule = kind === "detector" ? { kind, detector: DETECTORS[ruleIndex] } : { kind, index: ruleIndex };
    view.sentence = this.sentences[index];
    return view;
  }
}

/** Non-overlapping pieces, each with every category covering it. */
export class HighlightPieces extends OffsetList {
  #categories;

  constructor(text, raw, categories) {
    super(text, raw.pieceStarts, raw.pieceEnds);
    this.#categories = categories;
    /** @type {Uint32Array} */ this.categoryOffsets = raw.pieceCategoryOffsets;
    /** @type {Uint32Array} */ this.categoryIds = raw.pieceCategories;
  }

  /** Adds the `categories` covering piece `index`. */
  [describeRange](index, view) {
    const ids = this.categoryIds.subarray(this.categoryOffsets[index], this.categoryOffsets[index + 1]);
    view.categories = Array.from(ids, (id) => this.#categories[id]);
    return view;
  }
}
