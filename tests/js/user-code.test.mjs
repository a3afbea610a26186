// User code inside options and rules objects, through the public JS API in Node, against the built
// package (pkg/node.mjs): getters and Proxy traps that throw, at the top of the object or nested
// in it (a term object, an array element). The call must throw the user's own error (the very
// value thrown) and leave nothing behind: the wasm stack pointer where it was, wasm memory no
// larger, a TextDocument still usable and freeable. Before options were read into plain data in
// JavaScript (js/core.js, `plainData`), such a throw unwound through the wasm frames: 528 bytes of
// stack lost per call (2,000 calls broke the module for good), the copied-in text leaked on every
// `count`, and a TextDocument stayed borrowed ("attempted to take ownership of Rust value while it
// was borrowed", then "null pointer passed to rust").

import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { split, count, wordCount, Highlighter, TextDocument } from "../../pkg/node.mjs";
// The raw glue's init, called again, returns the instantiated module's exports.
import initRaw from "../../pkg/textlens_wasm.js";
import { assertStillWorks } from "./still-works.mjs";

const wasm = await initRaw();
/** The wasm-bindgen stack pointer (release builds export the function that moves it). */
const stackPointer = () => wasm.__wbindgen_add_to_stack_pointer(0);


afterEach(assertStillWorks);

/** An object whose property `key` is a getter throwing `thrown`; `rest` are its other properties. */
const throwingGetter = (key, thrown, rest = {}) =>
  Object.defineProperty({ ...rest }, key, { get() { throw thrown; }, enumerable: true });

/** A Proxy of `target` whose `trap` throws `thrown`. */
const throwingTrap = (target, trap, thrown) => new Proxy(target, { [trap]() { throw thrown; } });

/**
 * Hostile versions of an options object with `key: value` (all of them `thrown` on reading), as
 * `[name, object]`: getters throwing an Error and a primitive, the Proxy traps a read can run.
 */
function hostileObjects(key, value, thrown) {
  const plain = { [key]: value };
  return [
    ["a getter", throwingGetter(key, thrown)],
    ["a Proxy get trap", throwingTrap(plain, "get", thrown)],
    ["a Proxy ownKeys trap", throwingTrap(plain, "ownKeys", thrown)],
    ["a Proxy getOwnPropertyDescriptor trap", throwingTrap(plain, "getOwnPropertyDescriptor", thrown)],
  ];
}

/** `call` throws exactly `thrown` (the same object, not a wrapper or a message naming it). */
function assertThrowsOwn(call, thrown, what) {
  let caught = null;
  try {
    call();
  } catch (error) {
    caught = { error };
  }
  assert.ok(caught, `${what}: nothing thrown`);
  assert.ok(caught.error === thrown, `${what}: threw ${caught.error?.message ?? caught.error}, not the user's own error`);
}

/**
 * Every entry point that takes an options or rules object, as `[name, key, value, call(object)]`:
 * a key and a valid value of the object it takes. The methods run on `doc` and `highlighter`.
 */
function entryPoints(doc, highlighter) {
  return [
    ["split", "mode", "article", (o) => split("One. Two.", "sentence", o)],
    ["split chunk", "maxSize", 4, (o) => split("One. Two.", "chunk", o)],
    ["split of a TextDocument", "mode", "article", (o) => split(doc, "sentence", o)],
    ["TextDocument.split", "mode", "article", (o) => doc.split("sentence", o)],
    ["count", "top", 3, (o) => count("One two.", o)],
    ["count of a TextDocument", "top", 3, (o) => count(doc, o)],
    ["TextDocument.count", "top", 3, (o) => doc.count(o)],
    ["Highlighter rules", "terms", ["Two"], (o) => new Highlighter(o)],
    ["Highlighter exclude", "exclude", [".skip"], (o) => new Highlighter(o)],
    ["a term object", "text", "Two", (o) => new Highlighter({ terms: ["One", o] })],
    ["a pattern object", "pattern", "T\\w+", (o) => new Highlighter({ patterns: [o] })],
    ["a detector object", "detector", "quotes", (o) => new Highlighter({ detectors: [o] })],
    ["Highlighter.apply options", "exclude", [".skip"], (o) => highlighter.apply(fakeElement(), o)],
    ["Highlighter.applyCss options", "exclude", [".skip"], (o) => highlighter.applyCss(fakeElement(), o)],
  ];
}

/**
 * Stands for an element in Node, which has no DOM: the appliers read their options before they
 * check the element (which this is not), so the options' getters run all the same.
 */
function fakeElement() {
  return {};
}

test("a getter or Proxy trap that throws: the user's own error, from every entry point", () => {
  const doc = new TextDocument("One. Two.");
  const highlighter = new Highlighter({ terms: ["Two"] });
  for (const [entry, key, value, call] of entryPoints(doc, highlighter)) {
    for (const thrown of [new Error("boom"), 0]) {
      for (const [kind, object] of hostileObjects(key, value, thrown)) {
        assertThrowsOwn(() => call(object), thrown, `${entry}, ${kind} throwing ${thrown}`);
      }
    }
  }
  assert.deepEqual(doc.split("sentence").texts(), ["One. ", "Two."], "the document still works");
  assert.deepEqual(highlighter.ranges(doc).texts(), ["Two"], "and so does the highlighter");
  highlighter.free();
  assert.equal(doc.count().words, 2);
  doc.free();
  assert.equal(doc.freed, true);
});

test("a throwing getter inside nested rules: a term object, an array element, a synonym group", () => {
  const thrown = new Error("nested boom");
  const element = (array, index) => Object.defineProperty(array, index, { get() { throw thrown; } });
  const cases = [
    ["a term object's text", { terms: ["One", throwingGetter("text", thrown)] }],
    ["a term object's className", { terms: [throwingGetter("className", thrown, { text: "Two" })] }],
    ["a term array element", { terms: element(["One", "Two"], 1) }],
    ["a Proxy term array", { terms: throwingTrap(["One"], "get", thrown) }],
    ["a synonym group element", { synonyms: [element(["colour", "color"], 0)] }],
    ["a pattern's flags", { patterns: [throwingGetter("flags", thrown, { pattern: "a" })] }],
    ["a detector's className", { detectors: [throwingGetter("className", thrown, { detector: "quotes" })] }],
  ];
  for (const [what, rules] of cases) assertThrowsOwn(() => new Highlighter(rules), thrown, what);
  assertThrowsOwn(() => split("a b", "sentence", { abbreviations: element(["Gen"], 0) }), thrown, "an abbreviation");
  assertThrowsOwn(() => count("a b", { extraStopWords: throwingTrap(["a"], "get", thrown) }), thrown, "a stop word");
});

test("traps a read does not run, and getters, run once: the answer as for plain data", () => {
  const sentences = (options) => split("One. Two.", "sentence", options).texts();
  const thrown = new Error("not consulted");
  assert.deepEqual(sentences(throwingTrap({ mode: "article" }, "has", thrown)), ["One. ", "Two."]);
  assert.deepEqual(sentences(throwingTrap({ mode: "article" }, "getPrototypeOf", thrown)), ["One. ", "Two."]);
  // A getter that answers once and then changes its mind is read once: the call sees one value.
  let reads = 0;
  const fickle = { get mode() { reads += 1; if (reads > 1) throw new Error("read twice"); return "uax29"; } };
  assert.deepEqual(sentences(fickle), ["One. ", "Two."]);
  assert.equal(reads, 1);
  let termReads = 0;
  const term = { get text() { termReads += 1; return termReads === 1 ? "Two" : { toString: () => "Two" }; } };
  const highlighter = new Highlighter({ terms: [term] });
  assert.deepEqual(Array.from(highlighter.ranges("One. Two."), (m) => m.text), ["Two"]);
  assert.equal(termReads, 1);
  highlighter.free();
});

test("thousands of throwing getters: the stack and wasm memory do not grow", () => {
  const thrown = new Error("boom");
  const doc = new TextDocument("One. Two.");
  const text = "A sentence of a megabyte. ".repeat(40_000);
  const hostile = [
    () => split("x", "sentence", throwingGetter("mode", thrown)),
    () => split("x", "sentence", { get mode() { throw 0; } }),
    () => count(text, throwingGetter("top", thrown)),
    () => doc.split("sentence", throwingTrap({ mode: "article" }, "ownKeys", thrown)),
    () => doc.count(throwingGetter("top", thrown)),
    () => new Highlighter({ terms: [throwingGetter("text", thrown)] }),
    () => new Highlighter(throwingTrap({ terms: ["x"] }, "get", thrown)),
  ];
  // Warm up: the large text once through count, so its buffers are already as large as they get.
  assert.equal(count(text, { perSentence: false, frequencies: false }).words, 5 * 40_000);
  for (const call of hostile) assert.throws(call);
  const [stackBefore, memoryBefore] = [stackPointer(), wasm.memory.buffer.byteLength];
  for (let round = 0; round < 3_000; round++) {
    for (const call of hostile) {
      try {
        call();
        assert.fail("no error thrown");
      } catch (error) {
        if (error !== thrown && error !== 0) throw error;
      }
    }
  }
  // Before the fix: 528 bytes of stack a call (the 1 MiB stack is gone after ~2,000), and the
  // megabyte of text copied in and leaked by every count (300 calls took 290 MiB).
  assert.equal(stackPointer(), stackBefore, "every call gives back the stack it used");
  const grown = wasm.memory.buffer.byteLength - memoryBefore;
  assert.ok(grown <= 1024 * 1024, `wasm memory grew by ${grown} bytes over 21,000 throwing calls`);
  assert.deepEqual(doc.split("sentence").texts(), ["One. ", "Two."]);
  doc.free();
  assert.equal(doc.freed, true);
});

test("the issue's reproducer: 2,000 throwing getters, then a sentence split", () => {
  for (let i = 0; i < 2_000; i++) {
    try {
      split("x", "sentence", { get mode() { throw 0; } });
    } catch {
      // Each call throws the getter's 0; what matters is the split after them.
    }
  }
  assert.deepEqual(split("One. Two.", "sentence").texts(), ["One. ", "Two."]);
});

test("a TextDocument after a throwing getter: the same error, then it works and frees", () => {
  const doc = new TextDocument("One. Two.");
  const thrown = new Error("boom");
  assertThrowsOwn(() => doc.split("sentence", { get mode() { throw thrown; } }), thrown, "TextDocument.split");
  assertThrowsOwn(() => doc.count({ get top() { throw thrown; } }), thrown, "TextDocument.count");
  const highlighter = new Highlighter({ terms: ["Two"] });
  assert.deepEqual(Array.from(highlighter.ranges(doc), (m) => m.text), ["Two"]);
  highlighter.free();
  assert.equal(doc.wordCount(), 2);
  doc.free();
  assert.equal(doc.freed, true);
  assert.throws(() => doc.split("word"), /this TextDocument has been freed/);
});

test("options nested without end (a cycle) are refused before wasm", () => {
  const cyclic = { mode: "article" };
  cyclic.self = cyclic;
  assert.throws(() => split("One. Two.", "sentence", cyclic), /split: options nest more than \d+ levels deep/);
  const terms = ["One"];
  terms.push(terms);
  assert.throws(() => new Highlighter({ terms }), /Highlighter: rules nest more than \d+ levels deep/);
});

test("a text, granularity or element of the wrong type is refused before wasm, even a Proxy", () => {
  const thrown = new Error("boom");
  const proxy = throwingTrap({}, "get", thrown);
  assert.throws(() => wordCount(proxy), TypeError);
  assert.throws(() => split(proxy, "word"), TypeError);
  assert.throws(() => split("x", proxy), TypeError);
  assert.throws(() => new TextDocument(proxy), TypeError);
  // Node has no DOM: an object that inherits from a stand-in Element.prototype is still refused.
  globalThis.Element = class Element {};
  try {
    const highlighter = new Highlighter({ terms: ["x"] });
    assert.throws(() => highlighter.apply(new Element()), /element must be a DOM Element/);
    assert.throws(() => highlighter.clear(new Proxy(new Element(), {})), /element must be a DOM Element/);
    highlighter.free();
  } finally {
    delete globalThis.Element;
  }
});
