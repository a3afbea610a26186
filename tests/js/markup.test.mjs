// Markdown chunks and counts through the Node entry (pkg/node.mjs, which loads the markup module on
// first use): heading paths and line ranges as JavaScript sees them, UTF-16 offsets, the chunks
// re-making the text, prose counts, and bad options as Errors that name them. The samples are
// written for this test; the expectations are worked out by hand.

import { test } from "node:test";
import assert from "node:assert/strict";
import { split, count, TextDocument, loadMarkup } from "../../pkg/node.mjs";

// "é" and "🙂" make UTF-16 offsets differ from UTF-8 ones.
const DOC = [
  "# Café 🙂", "", "Un texte court. Il a deux phrases.", "",
  "## Code", "", "```js", "const a = 1;", "const b = 2;", "```", "",
  "## List", "", "- first item", "- second item", "",
].join("\n");

test("Node loads the markup module on first use; loadMarkup only loads it now", async () => {
  await loadMarkup();
  const chunks = split(DOC, "chunk", { format: "markdown", maxSize: 60 });
  assert.deepEqual(chunks.texts().join(""), DOC, "the chunks re-make the text");
  assert.deepEqual([...chunks].map((c) => c.headings), [["Café 🙂"], ["Café 🙂", "Code"], ["Café 🙂", "List"]]);
  assert.deepEqual([...chunks].map((c) => c.lines), [{ start: 1, end: 3 }, { start: 5, end: 10 }, { start: 12, end: 15 }]);
  assert.equal(chunks.get(1).text, "## Code\n\n```js\nconst a = 1;\nconst b = 2;\n```\n\n");
  assert.equal(DOC.slice(chunks.starts[1], chunks.ends[1]), chunks.get(1).text, "UTF-16 offsets");
  assert.deepEqual(chunks.headings[2], ["Café 🙂", "List"]);
  assert.deepEqual([...chunks.lines], [1, 3, 5, 10, 12, 15]);
});

test("a TextDocument chunks and counts Markdown too", () => {
  const doc = new TextDocument(DOC);
  try {
    assert.equal(doc.split("chunk", { format: "markdown", maxSize: 60 }).length, 3);
    // Prose: "Café 🙂" / two sentences / "Code" / "List" / "first item" / "second item".
    const stats = doc.count({ format: "markdown" });
    assert.equal(stats.words, 1 + 7 + 1 + 1 + 2 + 2);
    const second = stats.perSentence[1];
    assert.equal(DOC.slice(second.start, second.end), "Un texte court.");
  } finally {
    doc.free();
  }
});

test("plain chunks keep their shape; format \"plain\" is the default", () => {
  const plain = split(DOC, "chunk", { maxSize: 60, format: "plain" });
  assert.equal(plain.headings, undefined);
  assert.deepEqual(plain.texts(), split(DOC, "chunk", { maxSize: 60 }).texts());
  assert.equal(count(DOC, { format: "plain" }).words, count(DOC).words);
});

test("bad formats and misplaced options are Errors that name them", () => {
  assert.throws(() => count(DOC, { format: "md" }), (e) => e instanceof Error && /format/.test(e.message) && /"md"|`md`/.test(e.message) && /markdown/.test(e.message));
  assert.throws(() => split(DOC, "chunk", { maxSize: 9, format: "html5" }), (e) => e instanceof Error && /html5/.test(e.message));
  assert.throws(() => split(DOC, "sentence", { format: "markdown" }), /option format does not apply to granularity "sentence"/);
  assert.throws(() => split(DOC, "chunk", { maxSize: 0, format: "markdown" }), /maxSize/);
});
