// textlens — internals shared by the public modules: readiness, argument checks, segment lists and
// the TextDocument handle. Not part of the public API (import from "textlens" instead).

import { TextDocument as RawDocument, inputBuffer, takePanicMessage } from "./textlens_wasm.js";

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
 * here (wasm-bindgen's stack pointer is set to what it was before the call), or enough panics
 * would exhaust the stack and break every later call.
 */
export function guard(what, call) {
  const moveStack = wasm.__wbindgen_add_to_stack_pointer; // in release builds (tests/js/panic.test.mjs)
  const stackPointer = moveStack?.(0);
  try {
    return call();
  } catch (error) {
    if (!(error instanceof WebAssembly.RuntimeError)) throw error;
    moveStack?.(stackPointer - moveStack(0));
    const panic = takePanicMessage() ?? error.message;
    throw new Error(`textlens.${what}: internal error, please report it: ${panic}`, { cause: error });
  }
}

const encoder = new TextEncoder();

/**
 * Copies `text` into wasm memory as UTF-8 and returns the raw document that holds it.
 *
 * One `encodeInto` into `text.length` bytes takes ASCII text whole. Other characters need more
 * bytes than UTF-16 units and fill that room first; the rest then gets three bytes per unit, the
 * most UTF-8 needs, so a second `encodeInto` always finishes. (wasm-bindgen's own string passing
 * copies the ASCII prefix in a JavaScript loop and slices the string: half as much again at 1 MB.)
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

/** Throws a TypeError unless `value` is undefined, null or a plain object. */
export function checkOptions(value, what) {
  if (value !== undefined && value !== null && (typeof value !== "object" || Array.isArray(value))) {
    throw new TypeError(`textlens.${what}: options must be an object, got ${describe(value)}`);
  }
  return value ?? undefined;
}

/**
 * Ranges of a text as typed arrays of UTF-16 offsets (`starts`, `ends`), with lazy
 * `{ start, end, text, … }` views: iterating creates one small object per range, the typed arrays
 * none. Subclasses add their own fields to each view with `describe`.
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
    return this.describe(index, { start, end, text: this.#text.slice(start, end) });
  }

  /** Adds the fields of range `index` to its `{ start, end, text }` view. */
  describe(index, view) {
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
  }

  describe(index, view) {
    if (this.wordLike) view.wordLike = this.wordLike[index] === 1;
    if (this.freshStarts) view.freshStart = this.freshStarts[index];
    return view;
  }
}

const rawDocuments = new WeakMap();

/**
 * A text copied into wasm memory once, for repeated splitting, counting and highlighting.
 * Call `free()` when done (or use `using doc = new TextDocument(text)`); a forgotten document is
 * freed by the garbage collector through wasm-bindgen's FinalizationRegistry.
 */
export class TextDocument {
  #text;

  constructor(text) {
    checkString(text, "TextDocument", "text");
    assertReady("TextDocument");
    this.#text = text;
    rawDocuments.set(this, guard("TextDocument", () => rawDocumentFrom(text)));
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
    const checked = checkOptions(options, "TextDocument.split");
    const raw = guard("TextDocument.split", () => rawDocumentOf(this, "split").split(granularity, checked));
    return new SegmentList(this.#text, raw);
  }

  /** Counts the text; see `count`. */
  count(options) {
    const checked = checkOptions(options, "TextDocument.count");
    return guard("TextDocument.count", () => rawDocumentOf(this, "count").count(checked));
  }

  /** The number of words; see `wordCount`. */
  wordCount() {
    return guard("TextDocument.wordCount", () => rawDocumentOf(this, "wordCount").wordCount());
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
