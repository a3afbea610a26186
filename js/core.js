// textlens — internals shared by the public modules: readiness, argument checks, segment lists and
// the TextDocument handle. Not part of the public API (import from "textlens" instead).

import { TextDocument as RawDocument, inputBuffer, takePanicMessage } from "./textlens_wasm.js";
import { tokenChunks } from "./token-chunks.js";

/** The wasm module's exports, once it is instantiated. */
let wasm;

/** Marks the wasm module as instantiated, given its exports. */
export function markReady(wasmExports) {
  wasm = wasmExports;
}

/** Throws unless the wasm module has been instantiated. */
export function assertReady(what) {
  if (!wasm) {
    throw new Error(`textlens.${what}: the module is not initialised yet; call \`await init()\` first`);
  }
}

/**
 * Runs `call` (a call into wasm). A Rust panic, which only a bug can cause, traps the wasm call with
 * a bare `WebAssembly.RuntimeError`; it is rethrown as an Error that carries the panic message.
 *
 * A trap also skips the code that gives back the Rust stack the call was using: it is given back
 * here, through the glue's `__wbindgen_add_to_stack_pointer` (the contract is in the docs of
 * src/wasm/mod.rs). The same is done for any other exception, which costs nothing when it never
 * passed through wasm; none should (see `plainData`).
 */
export function guard(what, call) {
  const moveStack = wasm.__wbindgen_add_to_stack_pointer;
  const stackPointer = moveStack(0);
  try {
    return call();
  } catch (error) {
    moveStack(stackPointer - moveStack(0));
    if (!(error instanceof WebAssembly.RuntimeError)) throw error;
    const panic = takePanicMessage() ?? error.message;
    throw new Error(`textlens.${what}: internal error, please report it: ${panic}`, { cause: error });
  }
}

const encoder = new TextEncoder();

/**
 * Copies `text` into wasm memory as UTF-8 and returns the raw document that holds it (the contract
 * with the glue is in the docs of src/wasm/mod.rs).
 *
 * One `encodeInto` into `text.length` bytes takes ASCII text whole. Other characters need more
 * bytes than UTF-16 units and fill that room first; the rest then gets three bytes per unit, the
 * most UTF-8 needs, so a second `encodeInto` always finishes.
 */
function rawDocumentFrom(text) {
  let read = 0;
  let written = 0;
  let capacity = text.length;
  for (;;) {
    const pointer = inputBuffer(written, capacity);
    const rest = read === 0 ? text : text.slice(read);
    const room = new Uint8Array(wasm.memory.buffer, pointer + written, capacity - written);
    const result = encoder.encodeInto(rest, room);
    read += result.read;
    written += result.written;
    if (read === text.length) return RawDocument.fromInput(written);
    capacity = written + (text.length - read) * 3;
  }
}

/**
 * Runs `work` on a raw document of the string `text`, made for this one call and freed after it;
 * errors are reported as `textlens.${what}`.
 */
export function withTransientDocument(text, what, work) {
  return guard(what, () => {
    const raw = rawDocumentFrom(text);
    let result;
    try {
      result = work(raw);
    } catch (error) {
      // After a trap the document still counts as in use, and free() would throw over the panic:
      // the garbage collector frees it instead.
      if (!(error instanceof WebAssembly.RuntimeError)) raw.free();
      throw error;
    }
    raw.free();
    return result;
  });
}

/** The type of a value, as an error message names it. */
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value}`;
}

/** Throws a TypeError unless `value` is a string. */
export function checkString(value, what, name) {
  if (typeof value !== "string") {
    throw new TypeError(`textlens.${what}: ${name} must be a string, got ${describe(value)}`);
  }
}

/**
 * Throws a TypeError unless `value` is undefined, null or an object (not an array); returns it as
 * plain data (see `plainData`), undefined for undefined or null. `name` names it in messages.
 */
export function checkOptions(value, what, name = "options") {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`textlens.${what}: ${name} must be an object, got ${describe(value)}`);
  }
  return plainData(value, what, name);
}

/** Deeper than any option nests (rules.terms[0].synonyms[0] is 4 deep); ends cycles. */
const MAX_DEPTH = 32;

/** The longest array plainData copies: a sparse array or a Proxy can claim 2^32 - 1 elements. */
const MAX_ELEMENTS = 2 ** 24;

/** Stands for every function in plain data: the wasm module only tells that it is one. */
const FUNCTION = Object.freeze(function aFunction() {});

/**
 * A copy of `value` (options, rules) made of plain data, read here once: primitives, new arrays,
 * and new null-prototype objects of the own enumerable string-keyed properties (what
 * `Object.entries` reads: getters and Proxy traps run here, and whatever they throw is thrown
 * as it is). `what` and `name` name the call and the value in errors.
 *
 * The wasm module reads options with `Object.entries`, `Array.isArray` and the like, so it must
 * only ever see this copy: user code run while a call is inside wasm could throw through the
 * wasm frames, skipping their epilogues. That call's stack (the `__wbindgen_add_to_stack_pointer`
 * stack) would stay taken, what it allocated would leak, and the TextDocument or Highlighter it
 * borrowed would stay borrowed for good. Copying first also means each getter runs once.
 */
function plainData(value, what, name, depth = 0) {
  if (typeof value === "function") return FUNCTION;
  if (typeof value !== "object" || value === null) return value;
  if (depth === MAX_DEPTH) {
    throw new Error(`textlens.${what}: ${name} nest more than ${MAX_DEPTH} levels deep (is there a cycle?)`);
  }
  if (Array.isArray(value)) {
    const length = value.length;
    if (length > MAX_ELEMENTS) {
      throw new Error(`textlens.${what}: an array in ${name} has ${length} elements, more than ${MAX_ELEMENTS} (2^24)`);
    }
    return Array.from({ length }, (_, index) => plainData(value[index], what, name, depth + 1));
  }
  const copy = Object.create(null);
  for (const [key, item] of Object.entries(value)) copy[key] = plainData(item, what, name, depth + 1);
  return copy;
}

/** The method by which a subclass of OffsetList adds its fields to a range's view. */
export const describeRange = Symbol("describeRange");

/**
 * Ranges of a text as typed arrays of UTF-16 offsets (`starts`, `ends`), with lazy
 * `{ start, end, text, … }` views: iterating creates one small object per range, the typed arrays
 * none. Subclasses add their own fields to each view with `[describeRange]`.
 */
export class OffsetList {
  #text;

  constructor(text, starts, ends) {
    this.#text = text;
    /** @type {Uint32Array} */
    this.starts = starts;
    /** @type {Uint32Array} */
    this.ends = ends;
  }

  get length() {
    return this.starts.length;
  }

  /** Range `index` as an object, or undefined when `index` is not a valid index. */
  get(index) {
    if (!Number.isInteger(index) || index < 0 || index >= this.starts.length) return undefined;
    const start = this.starts[index];
    const end = this.ends[index];
    return this[describeRange](index, { start, end, text: this.#text.slice(start, end) });
  }

  /** Adds the fields of range `index` to its `{ start, end, text }` view. */
  [describeRange](index, view) {
    return view;
  }

  /** The text of every range. */
  texts() {
    return Array.from(this.starts, (start, i) => this.#text.slice(start, this.ends[i]));
  }

  *[Symbol.iterator]() {
    for (let i = 0; i < this.starts.length; i++) yield this.get(i);
  }
}

/** Segments from `split`: words add `wordLike`, chunks `freshStart`. */
export class SegmentList extends OffsetList {
  constructor(text, raw) {
    super(text, raw.starts, raw.ends);
    if (raw.wordLike) this.wordLike = raw.wordLike;
    if (raw.freshStarts) this.freshStarts = raw.freshStarts;
    // Markdown chunks: the heading path of each, and its first and last line, in turn.
    if (raw.headings) this.headings = raw.headings;
    if (raw.lines) this.lines = raw.lines;
  }

  [describeRange](index, view) {
    if (this.wordLike) view.wordLike = this.wordLike[index] === 1;
    if (this.freshStarts) view.freshStart = this.freshStarts[index];
    if (this.headings) view.headings = this.headings[index];
    if (this.lines) view.lines = { start: this.lines[2 * index], end: this.lines[2 * index + 1] };
    return view;
  }
}

const rawDocuments = new WeakMap();

/** The `lang` of TextDocument options, which take nothing else; its tag is checked at first use. */
function documentLang(options) {
  const unknown = Object.keys(options ?? {}).find((key) => key !== "lang");
  if (unknown !== undefined) {
    throw new Error(`textlens.TextDocument: unknown option ${JSON.stringify(unknown)}, expected "lang"`);
  }
  const lang = options?.lang;
  if (lang !== undefined && typeof lang !== "string") {
    throw new TypeError(`textlens.TextDocument: options.lang must be a string (a BCP 47 tag or "auto"), got ${describe(lang)}`);
  }
  return lang;
}

/**
 * A text copied into wasm memory once, for repeated splitting, counting and highlighting.
 * Call `free()` when done (or use `using doc = new TextDocument(text)`); a forgotten document is
 * freed by the garbage collector through wasm-bindgen's FinalizationRegistry.
 */
export class TextDocument {
  #text;
  #lang;

  /** `options.lang`: the language of the text (default "auto"), for every call that takes one. */
  constructor(text, options) {
    checkString(text, "TextDocument", "text");
    assertReady("TextDocument");
    this.#lang = documentLang(checkOptions(options, "TextDocument"));
    this.#text = text;
    rawDocuments.set(this, guard("TextDocument", () => rawDocumentFrom(text)));
  }

  /** `options` with the document's `lang` added, unless they have their own. */
  #withLang(options) {
    if (this.#lang === undefined || options?.lang !== undefined) return options;
    return { ...options, lang: this.#lang };
  }

  /** The text, as given. */
  get text() {
    return this.#text;
  }

  /** Length in UTF-16 code units, as `text.length`. */
  get length() {
    return this.#text.length;
  }

  /** Whether `free()` has been called. */
  get freed() {
    return !rawDocuments.has(this);
  }

  /** Splits the text; see `split`. */
  split(granularity, options) {
    checkString(granularity, "TextDocument.split", "granularity");
    // Token chunks read the tokenizer, a function, from the options as given.
    const inTokens = !this.freed && options?.unit === "token" && tokenChunkList(this.#text, granularity, this.#withLang(options));
    if (inTokens) return inTokens;
    const own = checkOptions(options, "TextDocument.split");
    const checked = granularity === "sentence" || granularity === "chunk" ? this.#withLang(own) : own;
    const raw = guard("TextDocument.split", () => rawDocumentOf(this, "split").split(granularity, checked));
    return new SegmentList(this.#text, raw);
  }

  /** Counts the text; see `count`. */
  count(options) {
    const checked = this.#withLang(checkOptions(options, "TextDocument.count"));
    return guard("TextDocument.count", () => rawDocumentOf(this, "count").count(checked));
  }

  /** The number of words; see `wordCount`. */
  wordCount(options) {
    const checked = checkOptions(options, "TextDocument.wordCount");
    return guard("TextDocument.wordCount", () => rawDocumentOf(this, "wordCount").wordCount(checked));
  }

  /** Releases the wasm memory; later calls throw. Calling it twice is harmless. */
  free() {
    rawDocuments.get(this)?.free();
    rawDocuments.delete(this);
  }

  [Symbol.dispose]() {
    this.free();
  }
}

/** The raw wasm handle of a live document; throws a clear error for a freed one. */
export function rawDocumentOf(doc, what) {
  const raw = rawDocuments.get(doc);
  if (!raw) throw new Error(`textlens.TextDocument.${what}: this TextDocument has been freed`);
  return raw;
}

// Chunks sized in tokens (issue 20): measured in JavaScript by the caller's tokenizer.

/** `split(text, "chunk", options)` with `options.unit` "token" (token-chunks.js); else null. */
export function tokenChunkList(text, granularity, options) {
  if (granularity !== "chunk" || options?.unit !== "token") return null;
  return new SegmentList(text, tokenChunks(text, options, splitString));
}

function splitString(text, granularity, options) {
  return withTransientDocument(text, "split", (raw) => raw.split(granularity, checkOptions(options, "split")));
}
