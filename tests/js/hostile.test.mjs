// Hostile input through the public JS API in Node, against the built package (pkg/node.mjs): huge
// texts, degenerate texts, hostile rules, wrong argument types and freed handles. Each case gets a
// correct result (worked out by hand) or a clear Error naming the problem, and after every case the
// module must still answer a known question correctly: no trap, no poisoned state.
//
// The 50 MB, one-million-newline and 10 MB-word cases run once each here; the native table
// (tests/hostile.rs) runs scaled-down versions of the same inputs plus the fuzz invariants.

import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { split, count, Highlighter, TextDocument } from "../../pkg/node.mjs";
// The raw glue's init, called again, returns the instantiated module's exports (memory included).
import initRaw from "../../pkg/textlens_wasm.js";
import { assertStillWorks } from "./still-works.mjs";

const wasmMemory = (await initRaw()).memory;


afterEach(assertStillWorks);

/** `call` must throw an instance of `type` whose message contains every one of `parts`. */
function assertClearError(call, type, ...parts) {
  assert.throws(call, (error) => {
    assert.ok(error instanceof type, `${error?.constructor?.name}: ${error?.message} is not a ${type.name}`);
    for (const part of parts) assert.ok(error.message.includes(part), `${JSON.stringify(error.message)} lacks ${JSON.stringify(part)}`);
    return true;
  });
}

/** Every number anywhere in `value` is finite. */
function assertFiniteNumbers(value, path = "statistics") {
  if (typeof value === "number") assert.ok(Number.isFinite(value), `${path} is ${value}`);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) assertFiniteNumbers(item, `${path}.${key}`);
  }
}

/** The list's segments follow each other from 0 to `length` without gap or empty segment. */
function assertTiles(list, length, what) {
  let position = 0;
  for (let i = 0; i < list.length; i++) {
    if (list.starts[i] !== position || list.ends[i] <= position) {
      assert.fail(`${what}: segment ${i} is ${list.starts[i]}..${list.ends[i]}, expected to start at ${position}`);
    }
    position = list.ends[i];
  }
  assert.equal(position, length, `${what}: segments end at ${position} of ${length}`);
}

const GRANULARITIES = ["grapheme", "word", "sentence", "paragraph", "line"];

test("empty and whitespace-only texts", () => {
  for (const text of ["", " \t\n\u00A0\u3000\r\n \u2029"]) {
    for (const granularity of GRANULARITIES) {
      const list = split(text, granularity);
      if (granularity === "sentence" || granularity === "paragraph") assert.equal(list.length, 0, granularity);
      else assertTiles(list, text.length, granularity);
    }
    // Chunks re-make every text, whitespace too: here two chunks of at most five graphemes.
    const chunks = split(text, "chunk", { maxSize: 5 });
    assertTiles(chunks, text.length, "chunk");
    assert.equal(chunks.length, text === "" ? 0 : 2);
    const stats = count(text);
    assert.equal(stats.words, 0);
    assert.equal(stats.sentences, 0);
    assert.equal(stats.readability.fleschReadingEase.value, null);
    assertFiniteNumbers(stats);
    const highlighter = new Highlighter({ detectors: ["quotes", "numbers", "names", "hardSentences", "longWords"] });
    assert.equal(highlighter.ranges(text).length, 0);
    assert.equal(highlighter.html(text), text.replaceAll("\r", "&#13;"));
    highlighter.free();
  }
});

test("50 MB of text, through a TextDocument", () => {
  // 12 words, 3 sentences, 1 paragraph, counted by hand.
  const paragraph = "The committee met on Tuesday. It approved the budget. Members went home.\n\n";
  const copies = Math.ceil((50 * 1024 * 1024) / paragraph.length);
  const text = paragraph.repeat(copies);
  const doc = new TextDocument(text);
  try {
    const sentences = doc.split("sentence");
    assert.equal(sentences.length, 3 * copies);
    assertTiles(sentences, text.length, "sentences of 50 MB");
    assert.equal(sentences.get(3 * copies - 1).text, "Members went home.\n\n");
    const stats = doc.count({ perSentence: false, frequencies: false });
    assert.equal(stats.words, 12 * copies);
    assert.equal(stats.sentences, 3 * copies);
    assert.equal(stats.paragraphs, copies);
    assert.equal(stats.characters.utf16, text.length);
    assertFiniteNumbers(stats);
    // Memory is bounded by the input: the text once (as UTF-8, here 1 byte a unit) plus spans and
    // per-word tallies. Wasm memory never shrinks, so this is the peak of everything so far.
    const peak = wasmMemory.buffer.byteLength;
    assert.ok(peak <= 8 * stats.characters.bytes, `${peak} bytes of wasm memory for ${stats.characters.bytes} bytes of text`);
  } finally {
    doc.free();
  }
});

test("a 10 MB single word", () => {
  const text = "x".repeat(10_000_000);
  assert.deepEqual([...split(text, "word").starts, ...split(text, "word").ends], [0, text.length]);
  const chunks = split(text, "chunk", { maxSize: 1_000_000 });
  assert.equal(chunks.length, 10);
  assertTiles(chunks, text.length, "chunks");
  assert.equal(count(text, { frequencies: false }).words, 1);
  const highlighter = new Highlighter({ detectors: ["longWords"] });
  const ranges = highlighter.ranges(text);
  assert.deepEqual([ranges.length, ranges.starts[0], ranges.ends[0]], [1, 0, text.length]);
  const html = highlighter.html(text);
  assert.ok(html.startsWith('<mark class="tl-longWord" data-category="longWord" data-match="0">xxx'));
  assert.ok(html.endsWith("xxx</mark>"));
  highlighter.free();
});

test("one million newlines", () => {
  const text = "\n".repeat(1_000_000);
  const lines = split(text, "line");
  assert.equal(lines.length, 1_000_000);
  assertTiles(lines, text.length, "lines");
  assert.equal(split(text, "paragraph").length, 0);
  assert.equal(split(text, "sentence").length, 0);
  const stats = count(text);
  assert.deepEqual([stats.lines, stats.paragraphs, stats.words], [1_000_000, 0, 0]);
});

test("NUL characters", () => {
  const text = "a\0b\0\0c.";
  assert.deepEqual(split(text, "grapheme").texts(), ["a", "\0", "b", "\0", "\0", "c", "."]);
  assert.equal(count(text).characters.utf16, 7);
  const highlighter = new Highlighter({ terms: ["b"] });
  // A NUL cannot survive HTML parsing; it is written as U+FFFD, which is what a parser makes of it.
  assert.equal(highlighter.html("a\0b"), 'a\uFFFD<mark class="tl-term" data-category="term" data-match="0">b</mark>');
  highlighter.free();
});

test("unpaired surrogates keep offsets exact", () => {
  const text = "\uD800a \uDC00b. \uD83D";
  for (const granularity of GRANULARITIES) {
    const list = split(text, granularity);
    assertTiles(list, text.length, granularity);
    assert.equal(list.texts().join(""), text, granularity);
  }
  assert.deepEqual(split(text, "grapheme").texts(), ["\uD800", "a", " ", "\uDC00", "b", ".", " ", "\uD83D"]);
  assert.equal(count(text).characters.utf16, text.length);
  const highlighter = new Highlighter({ terms: ["b"] });
  assert.deepEqual(Array.from(highlighter.ranges(text), (m) => [m.start, m.end, m.text]), [[4, 5, "b"]]);
  highlighter.free();
});

test("bidi overrides and isolates", () => {
  const text = "\u202Eabc\u202C def \u2067\u05E9\u05DC\u05D5\u05DD\u2069.";
  for (const granularity of GRANULARITIES) assertTiles(split(text, granularity), text.length, granularity);
  assert.equal(count(text).words, 3);
  const highlighter = new Highlighter({ terms: ["abc", "\u05E9\u05DC\u05D5\u05DD"], accuracy: "partial" });
  assert.deepEqual(Array.from(highlighter.ranges(text), (m) => m.text), ["abc", "\u05E9\u05DC\u05D5\u05DD"]);
  const html = highlighter.html(text);
  assert.ok(html.startsWith("\u202E<mark") && html.includes("\u2069."), html);
  highlighter.free();
});

test("a letter with 10,000 combining marks", () => {
  const text = "a" + "\u0301".repeat(10_000);
  assert.deepEqual([...split(text, "grapheme").ends], [10_001]);
  assert.deepEqual([...split(text, "word").ends], [10_001]);
  const stats = count(text);
  assert.deepEqual([stats.characters.graphemes, stats.characters.codePoints], [1, 10_001]);
  // No chunk of 100 UTF-16 units can hold it, and chunks never cut a grapheme: it is one chunk.
  const chunks = split(text, "chunk", { maxSize: 100, unit: "utf16" });
  assert.deepEqual([[...chunks.starts], [...chunks.ends]], [[0], [10_001]]);
  const highlighter = new Highlighter({ terms: ["a"] });
  assert.deepEqual([...highlighter.ranges(text).ends], [10_001], "the match covers the whole grapheme");
  highlighter.free();
});

test("100,000 terms", () => {
  const terms = Array.from({ length: 100_000 }, (_, i) => `term${String(i).padStart(5, "0")}`);
  const highlighter = new Highlighter({ terms });
  const text = "TERM00000, term54321 and term99999; not term1 nor term123456.";
  assert.deepEqual(Array.from(highlighter.ranges(text), (m) => m.text), ["TERM00000", "term54321", "term99999"]);
  highlighter.free();
});

test("empty terms and terms of spaces are refused by name", () => {
  for (const term of ["", " ", "   \t\n"]) {
    assertClearError(() => new Highlighter({ terms: ["fine", term] }), Error, `term ${JSON.stringify(term)} is empty once folded`);
  }
});

test("invalid, too large and catastrophic regular expressions", () => {
  assertClearError(() => new Highlighter({ patterns: ["("] }), Error, 'invalid pattern "("', "without closing");
  assertClearError(() => new Highlighter({ patterns: ["a{1000}{1000}"] }), Error,
    'invalid pattern "a{1000}{1000}"', "size limit");
  // Exponential for a backtracking engine; one linear pass here, with the right answer.
  const highlighter = new Highlighter({ patterns: ["(a+)+$", "(x+x+)+y"] });
  assert.equal(highlighter.ranges("a".repeat(1_000_000) + "!").length, 0);
  const all = highlighter.ranges("a".repeat(1_000_000));
  assert.deepEqual([all.length, all.starts[0], all.ends[0]], [1, 0, 1_000_000]);
  highlighter.free();
});

test("wrong argument types and undefined", () => {
  assertClearError(() => split(undefined), TypeError, "text must be a string, got undefined");
  assertClearError(() => split(42, "word"), TypeError, "text must be a string, got number");
  assertClearError(() => split("x"), TypeError, "granularity must be a string, got undefined");
  assertClearError(() => split("x", 5), TypeError, "granularity must be a string, got number");
  assertClearError(() => split("x", "sentences"), Error, 'unknown granularity "sentences"');
  assertClearError(() => split("x", "word", "options"), TypeError, "options must be an object, got string");
  assertClearError(() => split("x", "chunk", { maxSize: "10" }), Error, "maxSize", 'string "10"');
  assertClearError(() => split("x", "chunk", { maxSize: -1 }), Error, "maxSize");
  assertClearError(() => count(null), TypeError, "text must be a string, got null");
  assertClearError(() => count("x", []), TypeError, "options must be an object, got an array");
  assertClearError(() => count("x", { readingWordsPerMinute: 0 }), Error, "readingWordsPerMinute");
  assertClearError(() => new TextDocument(undefined), TypeError, "text must be a string, got undefined");
  assertClearError(() => new TextDocument({}), TypeError, "text must be a string, got an object");
  assertClearError(() => new Highlighter("quotes"), TypeError, "rules must be an object");
  assertClearError(() => new Highlighter({ terms: 5 }), Error, "terms", "expected a sequence");
  assertClearError(() => new Highlighter({ terms: [5] }), Error, "terms[0]", "integer `5`");
  assertClearError(() => new Highlighter({ detectors: ["nope"] }), Error, 'unknown variant "nope"');
  const highlighter = new Highlighter({ terms: ["x"] });
  assertClearError(() => highlighter.ranges(undefined), TypeError, "text must be a string, got undefined");
  assertClearError(() => highlighter.html(42), TypeError, "text must be a string, got number");
  assertClearError(() => highlighter.apply(undefined), TypeError, "element must be a DOM Element");
  highlighter.free();
});

test("calls on a freed TextDocument or Highlighter", () => {
  const doc = new TextDocument("Some text.");
  const highlighter = new Highlighter({ terms: ["text"] });
  assert.equal(highlighter.ranges(doc).length, 1);
  doc.free();
  assert.equal(doc.freed, true);
  assertClearError(() => doc.split("word"), Error, "this TextDocument has been freed");
  assertClearError(() => split(doc, "word"), Error, "this TextDocument has been freed");
  assertClearError(() => doc.count(), Error, "this TextDocument has been freed");
  assertClearError(() => count(doc), Error, "this TextDocument has been freed");
  assertClearError(() => highlighter.ranges(doc), Error, "this TextDocument has been freed");
  assertClearError(() => highlighter.html(doc), Error, "this TextDocument has been freed");
  doc.free(); // twice is harmless
  assert.equal(doc.text, "Some text.", "the JS string stays readable");
  highlighter.free();
  assertClearError(() => highlighter.ranges("text"), Error, "this Highlighter has been freed");
  assertClearError(() => highlighter.html("text"), Error, "this Highlighter has been freed");
  highlighter.free();
});

test("a lone surrogate in a term, pattern or any other option string is refused by name", () => {
  // Text reaches textlens with U+FFFD in place of each lone surrogate, so a term of one would
  // match every lone surrogate and every U+FFFD: refused, with the string and where the surrogate is.
  const cases = [
    [() => new Highlighter({ terms: ["\uD800"] }), 'terms[0]: string "\\u{d800}" has a lone surrogate (U+D800 at UTF-16 offset 0)'],
    [() => new Highlighter({ terms: [{ text: "ab\uDC00c" }] }), 'terms[0].text: string "ab\\u{dc00}c" has a lone surrogate (U+DC00 at UTF-16 offset 2)'],
    [() => new Highlighter({ terms: [{ text: "x", synonyms: ["😀\uD83D"] }] }), 'terms[0].synonyms[0]: string "😀\\u{d83d}"', "UTF-16 offset 2"],
    [() => new Highlighter({ patterns: ["a\uD800|b"] }), 'patterns[0]: string "a\\u{d800}|b" has a lone surrogate'],
    [() => new Highlighter({ synonyms: [["colour", "\uDFFF"]] }), "synonyms[0][1]", "U+DFFF"],
    [() => new Highlighter({ terms: [{ text: "x", category: "c\uD800" }] }), "terms[0].category", "U+D800"],
    [() => split("x", "sentence", { abbreviations: ["Gen\uD800"] }), "split options abbreviations[0]", "U+D800"],
    [() => count("x", { extraStopWords: ["\uDC00"] }), "count options extraStopWords[0]", "U+DC00"],
  ];
  for (const [call, ...parts] of cases) assertClearError(call, Error, ...parts, "textlens reads each one as U+FFFD");
});

test("html() writes U+FFFD in place of each lone surrogate, and a U+FFFD term matches them", () => {
  // A lone surrogate cannot be written in HTML: a parser reads "&#xD800;" as U+FFFD too.
  const text = "\uD800 won \uDC00won\uFFFD";
  const plain = new Highlighter({ terms: ["qqqzzz"] });
  assert.equal(plain.html(text), text.toWellFormed());
  assert.equal(plain.html(text), "\uFFFD won \uFFFDwon\uFFFD");
  plain.free();
  const replacement = new Highlighter({ terms: [{ text: "\uFFFD", accuracy: "partial" }] });
  assert.deepEqual(Array.from(replacement.ranges(text), (m) => [m.start, m.end, m.text]),
    [[0, 1, "\uD800"], [6, 7, "\uDC00"], [10, 11, "\uFFFD"]]);
  replacement.free();
});

test("a megabyte of bad value makes a message of a few hundred characters", () => {
  const mega = (unit) => unit.repeat(1_000_000);
  const cases = [
    [() => new Highlighter({ patterns: [mega("a") + "("] }), `invalid pattern "${"a".repeat(200)}…" (1000001 characters): `],
    [() => new Highlighter({ patterns: [{ pattern: mega("a"), flags: "q" }] }), `pattern "${"a".repeat(200)}…" (1000000 characters): unknown flag 'q'`],
    [() => new Highlighter({ terms: [mega(" ")] }), `term "${" ".repeat(200)}…" (1000000 characters) is empty once folded`],
    [() => new Highlighter({ terms: [{ text: "x", className: mega("é") + "!" }] }), `class name "${"é".repeat(200)}…" (1000001 characters)`],
    [() => new Highlighter({ [mega("k")]: 1 }), `unknown field "${"k".repeat(200)}…" (1000000 characters), expected one of "terms"`],
    [() => new Highlighter({ detectors: [mega("d")] }), `unknown variant "${"d".repeat(200)}…" (1000000 characters)`],
    [() => new Highlighter({ terms: [mega("\uD800")] }), `string "${"\\u{d800}".repeat(25)}…" (1000000 characters) has a lone surrogate`],
    [() => split("x", mega("g")), `unknown granularity "${"g".repeat(200)}…" (1000000 characters): expected one of`],
    [() => split("x", "sentence", { mode: mega("m") }), `unknown sentence mode "${"m".repeat(200)}…" (1000000 characters)`],
    [() => split("x", "sentence", { abbreviations: [mega("a b ")] }), `abbreviation "${"a b ".repeat(50)}…" (4000000 characters)`],
    [() => count("x", { top: mega("9") }), `count options top: invalid type: string "${"9".repeat(200)}…" (1000000 characters), expected usize`],
  ];
  for (const [call, expected] of cases) {
    assertClearError(call, Error, expected);
    try {
      call();
    } catch (error) {
      assert.ok(error.message.length < 500, `a ${error.message.length}-character message: ${error.message.slice(0, 300)}`);
    }
  }
});
