// The typings (js/textlens.d.ts) against what the JavaScript and the Rust really do. The test
// reads the truth at run time from the built package (pkg/): the objects count, split and the
// Highlighter return, the members of every class, the module's exports, and the option names and
// enum values the Rust side accepts (its serde errors list them). It writes them into a TypeScript
// file of checks against the typings and compiles that with tsc (strict): any member, option or
// name that one side has and the other lacks fails the compile. A planted disagreement must fail
// it too, so the check itself is checked.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import * as textlens from "../../pkg/node.mjs";

const { count, split, Highlighter, TextDocument, DETECTORS } = textlens;
const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const tsc = path.join(repo, "node_modules", ".bin", "tsc");

const MARKDOWN = "# Intro\n\nSome *text* here.\n\n## Setup\n\n```\nnpm i textlens\n```\n";
const TEXT = "Dr. Ada met the the board on Nov. 12. “It was quickly decided,” she said. Extraordinarily long words appear.";

/** The names an error thrown by `call` lists after "expected" (serde's and the edge's lists). */
function expectedNames(call) {
  try {
    call();
  } catch (error) {
    const list = error.message.slice(error.message.lastIndexOf("expected"));
    return [...list.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  }
  assert.fail("the call was expected to throw");
}

/** The public string-named members of `object`: own fields, then getters and methods of its classes. */
function members(object) {
  const names = new Set(Object.keys(object));
  for (let proto = Object.getPrototypeOf(object); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== "constructor") names.add(name);
  }
  return [...names].sort();
}

/** A TypeScript union of string literals. */
const union = (names) => (names.length ? names.map((n) => JSON.stringify(n)).join(" | ") : "never");

/** The TypeScript type that the runtime value of a member must have, or undefined to check none. */
function memberType(value) {
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  if (["number", "string", "boolean"].includes(typeof value)) return typeof value;
  if (value instanceof textlens.HighlightPieces) return "tl.HighlightPieces";
  return undefined;
}

/** Checks of `typeName` (a class of the typings) against the runtime `instance`. */
function classChecks(typeName, instance) {
  const names = members(instance);
  const lines = [`exact<Exclude<keyof ${typeName}, symbol>, ${union(names)}>(true);`];
  const symbols = [["Symbol.iterator", Symbol.iterator], ["Symbol.dispose", Symbol.dispose]]
    .filter(([, symbol]) => symbol in instance)
    .map(([name]) => `typeof ${name}`);
  lines.push(`exact<Extract<keyof ${typeName}, symbol>, ${symbols.join(" | ") || "never"}>(true);`);
  for (const name of names) {
    const value = instance[name];
    if (typeof value === "function") {
      lines.push(`exact<${typeName}[${JSON.stringify(name)}] extends (...args: never[]) => unknown ? true : false, true>(true);`);
    } else if (memberType(value)) {
      lines.push(`exact<${typeName}[${JSON.stringify(name)}], ${memberType(value)}>(true);`);
    }
  }
  return lines;
}

/** Every check, as TypeScript source, from what the package does. */
function checks() {
  const doc = new TextDocument(TEXT);
  const highlighter = new Highlighter({ terms: ["board"], patterns: ["\\bsaid\\b"], detectors: [...DETECTORS] });
  const ranges = highlighter.ranges(TEXT);
  const byKind = {}; // the first match of each rule kind
  for (const match of ranges) byKind[match.rule.kind] ??= match;
  const lists = {
    "tl.SegmentList": split(TEXT, "sentence"),
    "tl.WordList": split(TEXT, "word"),
    "tl.ChunkList": split(TEXT, "chunk", { maxSize: 40 }),
    "tl.MarkdownChunkList": split(MARKDOWN, "chunk", { maxSize: 40, format: "markdown" }),
    "tl.HighlightRanges": ranges,
    "tl.HighlightPieces": ranges.pieces,
    "tl.TextDocument": doc,
    "tl.Highlighter": highlighter,
  };
  // Values checked as object literals: a key the typings lack or miss fails, and so does a type.
  const values = {
    "tl.Statistics": count(TEXT),
    "tl.Segment": lists["tl.SegmentList"].get(0),
    "tl.WordSegment": lists["tl.WordList"].get(0),
    "tl.ChunkSegment": lists["tl.ChunkList"].get(1),
    "tl.MarkdownChunkSegment": lists["tl.MarkdownChunkList"].get(1),
    "tl.HighlightCategory": highlighter.categories[0],
    "tl.HighlightPiece": ranges.pieces.get(0),
    ...Object.fromEntries(Object.entries(byKind).map(([kind, first]) => [`tl.HighlightMatch /* ${kind} */`, first])),
  };
  const options = {
    "tl.CountOptions": () => count("x", { unknown: 1 }),
    "tl.SentenceOptions | keyof tl.ChunkOptions": () => split("x", "sentence", { unknown: 1 }),
    "Omit<tl.HighlightRules, \"exclude\">": () => new Highlighter({ unknown: 1 }),
    "tl.HighlightTerm": () => new Highlighter({ terms: [{ text: "a", unknown: 1 }] }),
    "tl.HighlightPattern": () => new Highlighter({ patterns: [{ pattern: "a", unknown: 1 }] }),
    "tl.HighlightDetector": () => new Highlighter({ detectors: [{ detector: "quotes", unknown: 1 }] }),
  };
  const names = {
    "tl.Granularity": expectedNames(() => split("x", "unknown")),
    "tl.SizeUnit": expectedNames(() => split("x", "chunk", { maxSize: 9, unit: "unknown" })),
    "tl.Format": expectedNames(() => count("x", { format: "unknown" })),
    "NonNullable<tl.ChunkOptions[\"format\"]> | tl.MarkdownChunkOptions[\"format\"]":
      // Chunks read the formats count reads but refuse "html" by name (tests/js/markup-html.test.mjs).
      expectedNames(() => split("x", "chunk", { maxSize: 9, format: "unknown" })).filter((name) => name !== "html"),
    "NonNullable<tl.SentenceOptions[\"mode\"]>": expectedNames(() => split("x", "sentence", { mode: "unknown" })),
    "tl.HighlightAccuracy": expectedNames(() => new Highlighter({ accuracy: "unknown" })),
    "tl.HighlightDetectorName": expectedNames(() => new Highlighter({ detectors: ["unknown"] })),
    "tl.HighlightRule[\"kind\"]": Object.keys(byKind),
  };
  const lines = [
    `import type * as tl from ${JSON.stringify(path.join(repo, "pkg", "textlens.js"))};`,
    "type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
    "declare function exact<A, B>(same: Exact<A, B>): void;",
    `exact<keyof typeof tl, ${union(Object.keys(textlens))}>(true);`,
    ...Object.entries(lists).flatMap(([type, instance]) => classChecks(type, instance)),
    ...Object.entries(values).map(([type, value], i) => `export const value${i}: ${type} = ${JSON.stringify(value)};`),
    ...Object.entries(options).map(([type, call]) => `exact<keyof ${type}, ${union(expectedNames(call))}>(true);`),
    ...Object.entries(names).map(([type, list]) => `exact<${type}, ${union(list)}>(true);`),
  ];
  assert.deepEqual([...DETECTORS], names["tl.HighlightDetectorName"], "DETECTORS in the order the Rust declares them");
  assert.deepEqual(Object.keys(byKind).sort(), ["detector", "pattern", "term"], "the text has a match of every rule kind");
  highlighter.free();
  doc.free();
  return lines.join("\n") + "\n";
}

/** Compiles `source` against the typings; resolves to tsc's output, rejects with it on errors. */
async function compile(dir, source) {
  await writeFile(path.join(dir, "check.ts"), source);
  const config = {
    compilerOptions: {
      strict: true, noEmit: true, target: "es2022", module: "esnext", moduleResolution: "bundler",
      lib: ["esnext", "dom"], types: [], skipLibCheck: false,
    },
    files: ["check.ts"],
  };
  await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify(config));
  return run(tsc, ["-p", dir]);
}

test("the typings name every member, option and value the package has, and no other", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "textlens-typings-"));
  try {
    const source = checks();
    await compile(dir, source).catch((error) => assert.fail(`${error.stdout}${error.stderr}\n${source}`));
    // Planted disagreements: a field the typings lack, and an option name they lack.
    const planted = source
      .replace(/"uniqueWords":/, '"uniqueWords":1,"plantedField":')
      .replace(/exact<keyof tl\.CountOptions, /, 'exact<keyof tl.CountOptions, "plantedOption" | ');
    const failed = await compile(dir, planted).then(() => assert.fail("tsc accepted a planted disagreement"), (error) => error);
    assert.match(failed.stdout, /plantedField/);
    assert.match(failed.stdout, /check\.ts\(\d+,\d+\): error/);
    assert.equal(failed.stdout.match(/error TS/g).length, 2, failed.stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
