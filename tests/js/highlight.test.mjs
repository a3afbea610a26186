// The public JS API of highlighting, in Node, against the built package (pkg/node.mjs): match
// and piece views of the typed arrays, UTF-16 offsets for astral text, TextDocument input, rule
// descriptions, the exclude option's checks, and errors for bad rules and arguments.
// (For tests/js/; DOM and CSS-highlight appliers are covered by the Chromium wasm suite.)

import { test } from "node:test";
import assert from "node:assert/strict";
import { Highlighter, TextDocument } from "../../pkg/node.mjs";

const text = "😀 She said “WeChat’s resume cost $3.5bn” on Nov. 12.";

test("matches slice the string and describe their rule and category", () => {
  const h = new Highlighter({ terms: [{ text: "WeChat", className: "brand" }, "résumé"], detectors: ["quotes", "numbers"] });
  const matches = [...h.ranges(text)];
  assert.deepEqual(
    matches.map((m) => [text.slice(m.start, m.end), m.text, m.category.name, m.rule]),
    [
      ["“WeChat’s resume cost $3.5bn”", "“WeChat’s resume cost $3.5bn”", "quote", { kind: "detector", detector: "quotes" }],
      ["WeChat", "WeChat", "brand", { kind: "term", index: 0 }],
      ["resume", "resume", "term", { kind: "term", index: 1 }],
      ["$3.5bn", "$3.5bn", "money", { kind: "detector", detector: "numbers" }],
      ["Nov. 12", "Nov. 12", "date", { kind: "detector", detector: "numbers" }],
    ],
  );
  assert.equal(matches[0].start, 12, "UTF-16 offset after the astral emoji");
  h.free();
});

test("pieces list every category covering them", () => {
  const h = new Highlighter({ terms: [{ text: "WeChat", className: "brand" }], detectors: ["quotes"] });
  const ranges = h.ranges(text);
  assert.deepEqual(
    [...ranges.pieces].map((p) => [p.text, p.categories.map((c) => c.name)]),
    [["“", ["quote"]], ["WeChat", ["brand", "quote"]], ["’s resume cost $3.5bn”", ["quote"]]],
  );
  assert.ok(ranges.pieces.starts instanceof Uint32Array && ranges.categoryIds instanceof Uint32Array);
  assert.equal(ranges.get(99), undefined);
  h.free();
});

test("documents give what strings give", () => {
  const h = new Highlighter({ terms: ["resume"], detectors: ["numbers"] });
  const doc = new TextDocument(text);
  assert.equal(h.html(doc), h.html(text));
  assert.deepEqual([...h.ranges(doc)], [...h.ranges(text)]);
  doc.free();
  assert.throws(() => h.ranges(doc), /freed/);
  h.free();
});

test("sentence indexes: UTF-16 offsets placed in article-mode sentences, split on first read", () => {
  // Sentences: "😀 Mr. Lee met Ms. Diaz." | "Lee left.\n\n" | "Diaz stayed, said Lee." ("Mr." and "Ms." do not end one).
  const story = "😀 Mr. Lee met Ms. Diaz. Lee left.\n\nDiaz stayed, said Lee.";
  const expected = [["Lee", 0], ["Diaz", 0], ["Lee", 1], ["Diaz", 2], ["Lee", 2]];
  const withTerms = new Highlighter({ terms: ["Lee", "Diaz"] });
  const withDetector = new Highlighter({ terms: ["Lee", "Diaz"], detectors: ["repeated"] });
  const doc = new TextDocument(story);
  for (const [h, input] of [[withTerms, story], [withTerms, doc], [withDetector, story], [withDetector, doc]]) {
    const ranges = h.ranges(input);
    assert.deepEqual([...ranges].map((m) => [m.text, m.sentence]), expected);
    assert.ok(ranges.sentences instanceof Uint32Array);
    assert.equal(ranges.sentences, ranges.sentences, "worked out once");
  }
  const unread = withTerms.ranges(doc);
  doc.free();
  assert.throws(() => unread.sentences, /TextDocument.*freed/);
  assert.deepEqual([...withTerms.ranges("no match here").sentences], []);
  withTerms.free();
  withDetector.free();
});

test("html escapes hostile text", () => {
  const h = new Highlighter({ terms: ["script"] });
  assert.equal(
    h.html(`<script>"x"</script>`),
    `&lt;<mark class="tl-term" data-category="term" data-match="0">script</mark>&gt;&quot;x&quot;&lt;/<mark class="tl-term" data-category="term" data-match="1">script</mark>&gt;`,
  );
  h.free();
});

test("bad rules and arguments throw clear errors", () => {
  assert.throws(() => new Highlighter({ terms: [{ text: "x", clasName: "y" }] }), /clasName/);
  assert.throws(() => new Highlighter({ detectors: ["quote"] }), /quote/);
  assert.throws(() => new Highlighter({ patterns: ["a("] }), /"a\("/);
  assert.throws(() => new Highlighter({ terms: [{ text: "x", className: "a\" onclick=\"y" }] }), /class name/);
  assert.throws(() => new Highlighter({ exclude: "p" }), TypeError);
  assert.throws(() => new Highlighter([]), TypeError);
  const h = new Highlighter({ terms: ["x"] });
  assert.throws(() => h.ranges(5), TypeError);
  assert.throws(() => h.apply({}), TypeError, "no DOM in Node");
  h.free();
  h.free();
  assert.throws(() => h.html("x"), /freed/);
});
