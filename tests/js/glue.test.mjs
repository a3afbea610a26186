// What js/core.js relies on in wasm-bindgen's generated glue, below its documented API (the
// contract is in the docs of src/wasm/mod.rs): the text-input pointer and the stack-pointer export
// that gives back the stack after a trap. Runs against the release package (pkg/), raw exports
// and all, so a wasm-bindgen that changes either fails here rather than in a user's page.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import "../../pkg/node.mjs";
import { initSync, inputBuffer, RawHighlighter, TextDocument } from "../../pkg/textlens_wasm.js";
import { guard } from "../../pkg/core.js";

// The module is instantiated already (node.mjs did it): initSync hands back the same exports.
const wasm = initSync({ module: readFileSync(new URL("../../pkg/textlens_wasm_bg.wasm", import.meta.url)) });
const moveStack = wasm.__wbindgen_add_to_stack_pointer;
const utf8 = new TextEncoder();

/** The text of a raw document, read back out of wasm (no match, nothing to escape: the text). */
const noMatch = new RawHighlighter({ terms: ["qqqzzz"] });
const textOf = (raw) => noMatch.html(raw);

test("the instantiated module exports its memory and the stack-pointer function", () => {
  assert.ok(wasm.memory instanceof WebAssembly.Memory);
  assert.equal(typeof moveStack, "function", "__wbindgen_add_to_stack_pointer is what guard() gives the stack back with");
});

test("__wbindgen_add_to_stack_pointer moves the shadow stack pointer by delta and returns it", () => {
  const start = moveStack(0);
  assert.ok(Number.isInteger(start) && start > 0 && start % 16 === 0, `a 16-aligned address, got ${start}`);
  assert.equal(moveStack(0), start, "delta 0 only reads it");
  assert.equal(moveStack(-64), start - 64);
  assert.equal(moveStack(0), start - 64);
  assert.equal(moveStack(64), start);
  assert.equal(split3(), 3, "calls still work with the pointer given back");
});

/** A call that uses the Rust stack: a word count through a transient raw document. */
function split3() {
  const bytes = utf8.encode("one two three");
  new Uint8Array(wasm.memory.buffer, inputBuffer(0, bytes.length), bytes.length).set(bytes);
  const raw = TextDocument.fromInput(bytes.length);
  const words = raw.wordCount();
  raw.free();
  return words;
}

test("guard gives back the stack that a trapped call left taken", () => {
  const before = moveStack(0);
  // A trap skips the epilogues of the frames it unwinds: as if a call took 256 bytes and trapped.
  assert.throws(
    () => guard("glueTest", () => {
      moveStack(-256);
      throw new WebAssembly.RuntimeError("unreachable");
    }),
    /textlens\.glueTest: internal error/,
  );
  assert.equal(moveStack(0), before);
});

test("inputBuffer returns the address in memory where fromInput reads the text", () => {
  const text = "Grüße, 世界 😀.";
  const bytes = utf8.encode(text);
  const pointer = inputBuffer(0, bytes.length);
  assert.equal(typeof pointer, "number", "a plain number, not a BigInt or an object");
  new Uint8Array(wasm.memory.buffer, pointer, bytes.length).set(bytes);
  const raw = TextDocument.fromInput(bytes.length);
  assert.equal(textOf(raw), text);
  raw.free();
});

test("a second inputBuffer keeps the bytes written, wherever the buffer moves", () => {
  const head = utf8.encode("kept head ");
  const pointer = inputBuffer(0, head.length);
  new Uint8Array(wasm.memory.buffer, pointer, head.length).set(head);
  // Room for 64 MiB more: the buffer moves, and memory grows (detaching the old ArrayBuffer).
  const bufferBefore = wasm.memory.buffer;
  const tail = utf8.encode("and the tail");
  const capacity = head.length + 64 * 1024 * 1024;
  const moved = inputBuffer(head.length, capacity);
  assert.notEqual(wasm.memory.buffer, bufferBefore, "memory grew: views must be made after the call");
  const room = new Uint8Array(wasm.memory.buffer, moved, capacity);
  assert.deepEqual(room.subarray(0, head.length), head);
  room.set(tail, head.length);
  const raw = TextDocument.fromInput(head.length + tail.length);
  assert.equal(textOf(raw), "kept head and the tail");
  raw.free();
});
