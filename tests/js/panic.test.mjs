// A Rust panic (which only a bug can cause) surfaces as a JavaScript Error carrying the panic's
// message, and the module keeps working. Runs against the debug build with the `panic-test`
// feature that scripts/build-panic-pkg.sh makes in target/pkg-panic/.

import { test } from "node:test";
import assert from "node:assert/strict";
import { split, count, TextDocument } from "../../target/pkg-panic/node.mjs";
import { guard } from "../../target/pkg-panic/core.js";
import { panicForTest as rawPanicForTest } from "../../target/pkg-panic/textlens_wasm.js";

/** The `panic-test` build's export, called the way every public function calls into wasm. */
const panicForTest = (message) => guard("panicForTest", () => rawPanicForTest(message));

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
