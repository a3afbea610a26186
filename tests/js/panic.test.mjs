// A Rust panic (which only a bug can cause) surfaces as a JavaScript Error carrying the panic's
// message, and the module keeps working, however many panics there are. Runs against the debug
// build with the `panic-test` feature that scripts/build-panic-pkg.sh makes in target/pkg-panic/.

import { test } from "node:test";
import assert from "node:assert/strict";
import { split, count, TextDocument } from "../../target/pkg-panic/node.mjs";
import { withTransientDocument } from "../../target/pkg-panic/core.js";

/** The `panic-test` build's panic, inside a document method, called the way `split(text)` calls. */
const panicForTest = (message) => withTransientDocument("Some text.", "panicForTest", (raw) => raw.panicForTest(message));

test("a panic becomes an Error with its message, and later calls still work", () => {
  for (let round = 0; round < 5; round++) {
    assert.throws(
      () => panicForTest(`deliberate panic ${round}`),
      (error) => error instanceof Error && error.message.includes(`deliberate panic ${round}`),
    );
    assert.deepEqual(split("Mr. Smith left. He won.", "sentence").texts(), ["Mr. Smith left. ", "He won."]);
  }
  const doc = new TextDocument("One two three.");
  assert.equal(doc.count().words, 3);
  doc.free();
  assert.equal(count("Still counting words here.").words, 4);
});

test("thousands of panics do not use up the Rust stack", () => {
  // Each trap would leave the stack the panicking call used taken (112 bytes in this build):
  // 20,000 of them are more than its 1 MiB, unless every one is given back.
  const logError = console.error;
  console.error = () => {}; // the panic hook logs every panic
  try {
    for (let round = 0; round < 20_000; round++) {
      assert.throws(() => panicForTest("again"), /internal error, please report it: .*again/s);
    }
  } finally {
    console.error = logError;
  }
  assert.equal(count("Still counting words here.").words, 4);
  assert.equal(split("a b", "word").length, 3);
});
