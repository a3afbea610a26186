// HTML prose counts through the Node entry (pkg/node.mjs, which loads the markup module on first
// use): count(html, { format: "html" }) against the count of the text the page's htmlToText
// (www/file-text.js) makes of the same documents. htmlToText needs DOMParser, which Node does not
// have, so what it gives is written out by hand beside each document, from its rules. The
// documents are written for this test.

import { test } from "node:test";
import assert from "node:assert/strict";
import { split, count, TextDocument } from "../../pkg/node.mjs";

// Each: the HTML, and the text htmlToText makes of it (paragraphs joined by blank lines).
const DOCUMENTS = [
  [
    "<!doctype html><title>Not counted</title><nav>Home · Blog</nav><article><h1>Café 🙂 notes</h1>" +
      "<p>We met at nine. The coffee was strong &amp; hot.<p>Then we left.</article><footer>© us</footer>",
    "Café 🙂 notes\n\nWe met at nine. The coffee was strong & hot.\n\nThen we left.",
  ],
  [
    "<body><div role=navigation>Menu</div><main><p>Only <a href=\"https://example.com/x-y\">this</a> " +
      "counts.</p><aside>Inside main, kept.</aside></main><aside>Outside.</aside></body>",
    "Only this counts.\n\nInside main, kept.",
  ],
  [
    "<div><p>No article here.<br>Nor main.<script>var words = 'none of these';</script></div>" +
      "<footer>Footer words.</footer><ul><li>one<li>two &lt;3</ul>",
    "No article here. Nor main.\n\none\n\ntwo <3",
  ],
];

test("count with format html agrees with htmlToText followed by a plain count", () => {
  for (const [html, prose] of DOCUMENTS) {
    const found = count(html, { format: "html" });
    const expected = count(prose);
    for (const key of ["words", "sentences", "paragraphs"]) {
      assert.equal(found[key], expected[key], `${key} of ${html}`);
    }
    assert.deepEqual(found.frequencies.words, expected.frequencies.words, html);
  }
});

test("hand-counted numbers and UTF-16 sentence offsets into the HTML", () => {
  const [html] = DOCUMENTS[0];
  const stats = count(html, { format: "html" });
  // "Café 🙂 notes" (2 words: the emoji is none), "We met at nine." (4), "The coffee was strong & hot." (5), "Then we left." (3).
  assert.deepEqual([stats.words, stats.sentences, stats.paragraphs], [14, 4, 3]);
  const texts = stats.perSentence.map((s) => html.slice(s.start, s.end));
  assert.deepEqual(texts, ["Café 🙂 notes", "We met at nine.", "The coffee was strong &amp; hot.", "Then we left."]);
});

test("a TextDocument counts HTML too; chunks refuse the format by name", () => {
  const doc = new TextDocument(DOCUMENTS[1][0]);
  try {
    assert.equal(doc.count({ format: "html" }).words, 6);
  } finally {
    doc.free();
  }
  assert.throws(() => split("<p>x</p>", "chunk", { maxSize: 9, format: "html" }), /format "html" applies to count only/);
  assert.throws(() => count("<p>x</p>", { format: "HTML" }), /"HTML".*"plain", "markdown" or "html"/);
});
