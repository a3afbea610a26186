// The command line as its users get it: the packed tarball installed offline into a fresh project,
// then `npx textlens …` there. Every output is compared with the installed package's API on the
// same text (never with stored results); exit statuses and messages with what README.md
// (Command line) promises. Run: node --test tests/package/cli.test.mjs (needs pkg/ built).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { installedProject } from "./tarball.mjs";

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared");
const inaugural = path.join(shared, "corpus", "en", "inaugural");
const INAUGURAL = ["1789-Washington.txt", "1861-Lincoln.txt", "1933-Roosevelt.txt", "1961-Kennedy.txt"];

// Our own sample: an abbreviation, an initialism, a quote, an emoji and two paragraphs.
const SAMPLE = "Dr. Ames met U.S. senators at noon. \u201cIt was fine,\u201d she said 😀.\n\nThe vote is on Friday. Then, recess.\n";

let work;
let dir;
let api;

before(async () => {
  ({ work, dir, api } = await installedProject("cli"));
  await writeFile(path.join(dir, "sample.txt"), SAMPLE);
  await mkdir(path.join(dir, "docs"));
  await writeFile(path.join(dir, "docs", "b.txt"), "Second file. It is short.\n");
  await writeFile(path.join(dir, "docs", "a.txt"), "First file, first sentence. And a second one!\n");
  await writeFile(path.join(dir, "latin1.txt"), Buffer.from("Caf\xe9 au lait.\n", "latin1"));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs `npx textlens ...args` in the project; resolves with its exit status, stdout and stderr. */
function textlens(args, { input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--offline", "textlens", ...args], { cwd: dir });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
    child.stdin.end(input ?? "");
  });
}

/** Runs the command and expects exit status 0 and nothing on stderr; returns stdout. */
async function ok(args, options) {
  const { status, stdout, stderr } = await textlens(args, options);
  assert.equal(stderr, "", `textlens ${args.join(" ")}: stderr`);
  assert.equal(status, 0, `textlens ${args.join(" ")}: exit status`);
  return stdout;
}

/** The segments of a SegmentList as the plain objects the CLI prints. */
function plain(list) {
  return JSON.parse(JSON.stringify(Array.from(list)));
}

/** A CSV (RFC 4180) or TSV (backslash escapes) table as objects of strings, by header. */
function parseTable(text, separator) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (separator === "," && c === '"') quoted = true;
    else if (separator === "\t" && c === "\\") cell += { t: "\t", n: "\n", r: "\r", "\\": "\\" }[text[++i]];
    else if (c === separator) row.push(cell), (cell = "");
    else if (c === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else cell += c;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

test("stats FILE --format json prints exactly what count() returns", async () => {
  const stdout = await ok(["stats", "sample.txt", "--format", "json"]);
  assert.deepEqual(JSON.parse(stdout), JSON.parse(JSON.stringify(api.count(SAMPLE))));
});

test("stats of several files, in parallel: an array of count() results, each with its file, in order", async () => {
  const files = INAUGURAL.map((name) => path.join(inaugural, name));
  const stdout = await ok(["stats", ...files]);
  const expected = await Promise.all(files.map(async (file) => ({ file, ...api.count(await readFile(file, "utf8")) })));
  assert.deepEqual(JSON.parse(stdout), JSON.parse(JSON.stringify(expected)));
});

test("standard input: no file, or \"-\"", async () => {
  const expected = plain(api.split(SAMPLE, "sentence"));
  assert.deepEqual(JSON.parse(await ok(["split", "--by", "sentence"], { input: SAMPLE })), expected);
  assert.deepEqual(JSON.parse(await ok(["split", "--by", "sentence", "-"], { input: SAMPLE })), expected);
});

test("split --by sentence|word|paragraph --format ndjson: one API segment a line", async () => {
  for (const by of ["sentence", "word", "paragraph"]) {
    const stdout = await ok(["split", "--by", by, "sample.txt", "--format", "ndjson"]);
    const lines = stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    assert.deepEqual(lines, plain(api.split(SAMPLE, by)), by);
  }
});

test("a glob: its files sorted, a file column in CSV", async () => {
  const stdout = await ok(["split", "--by", "sentence", "docs/*.txt", "--format", "csv"]);
  const expected = [];
  for (const file of ["docs/a.txt", "docs/b.txt"]) {
    const text = await readFile(path.join(dir, file), "utf8");
    for (const s of api.split(text, "sentence")) expected.push({ file, start: `${s.start}`, end: `${s.end}`, text: s.text });
  }
  assert.deepEqual(parseTable(stdout, ","), expected);
});

test("chunk and split --by chunk: the API's chunks, as TSV", async () => {
  const options = { maxSize: 6, unit: "word", overlap: 1 };
  const expected = Array.from(api.split(SAMPLE, "chunk", options), (c) => ({
    start: `${c.start}`, end: `${c.end}`, text: c.text, freshStart: `${c.freshStart}`,
  }));
  const flags = ["--max-size", "6", "--unit", "word", "--overlap", "1", "sample.txt", "--format", "tsv"];
  assert.deepEqual(parseTable(await ok(["chunk", ...flags]), "\t"), expected);
  assert.deepEqual(parseTable(await ok(["split", "--by", "chunk", ...flags]), "\t"), expected);
});

test("highlight: ranges as the API's matches, and HTML", async () => {
  const highlighter = new api.Highlighter({ terms: ["senators", "vote"], detectors: ["quotes"] });
  const expected = Array.from(highlighter.ranges(SAMPLE), (m) => ({
    start: m.start, end: m.end, text: m.text, category: m.category.name, className: m.category.className, rule: { ...m.rule },
  }));
  const html = highlighter.html(SAMPLE);
  highlighter.free();
  const args = ["highlight", "--terms", "senators,vote", "--detectors", "quotes", "sample.txt"];
  assert.deepEqual(JSON.parse(await ok(args)), expected);
  assert.equal(await ok([...args, "--html", "--format", "text"]), `${html}\n`);
  assert.deepEqual(JSON.parse(await ok([...args, "--html"])), { html });
});

test("--format text: one sentence a line", async () => {
  const stdout = await ok(["split", "--by", "sentence", "sample.txt", "--format", "text"]);
  assert.deepEqual(stdout.trimEnd().split("\n"), api.split(SAMPLE, "sentence").texts().map((t) => t.replace(/\s+/g, " ").trim()));
});

test("a file that is not UTF-8 is named, exit 1, and the other files still complete", async () => {
  const { status, stdout, stderr } = await textlens(["stats", "docs/a.txt", "latin1.txt", "docs/b.txt"]);
  assert.equal(status, 1);
  assert.match(stderr, /^textlens: latin1\.txt: not UTF-8 text \(line 1\)\n$/);
  const printed = JSON.parse(stdout);
  assert.deepEqual(printed.map((s) => s.file), ["docs/a.txt", "docs/b.txt"]);
  assert.equal(printed[1].words, api.count("Second file. It is short.\n").words);
});

test("a missing file and a glob that matches nothing are named, exit 1", async () => {
  const { status, stdout, stderr } = await textlens(["stats", "nowhere.txt", "none/*.md", "sample.txt", "--format", "ndjson"]);
  assert.equal(status, 1);
  assert.match(stderr, /textlens: nowhere\.txt: no such file\n/);
  assert.match(stderr, /textlens: none\/\*\.md: no file matches this glob\n/);
  assert.deepEqual(stdout.trimEnd().split("\n").map((line) => JSON.parse(line).file), ["sample.txt"]);
});

test("bad usage: exit 2 with a message, nothing on stdout", async () => {
  const cases = [
    [["frobnicate", "sample.txt"], /unknown command 'frobnicate'/],
    [["split", "sample.txt"], /required option '--by <granularity>' not specified/],
    [["split", "--by", "sentences", "sample.txt"], /argument 'sentences' is invalid/],
    [["split", "--by", "chunk", "sample.txt"], /split --by chunk needs --max-size/],
    [["chunk", "--max-size", "ten", "sample.txt"], /expected a whole number/],
    [["chunk", "--max-size", "0", "sample.txt"], /maxSize/],
    [["stats", "--format", "xml", "sample.txt"], /argument 'xml' is invalid/],
    [["stats", "--options", "{oops", "sample.txt"], /not JSON/],
    [["stats", "--options", '{"wordsPerMinute": 200}', "sample.txt"], /unknown field "wordsPerMinute"/],
    [["highlight", "sample.txt"], /highlight needs --terms, --detectors/],
    [["highlight", "--detectors", "adjectives", "sample.txt"], /adjectives/],
  ];
  for (const [args, message] of cases) {
    const { status, stdout, stderr } = await textlens(args);
    assert.equal(status, 2, `${args.join(" ")}: ${stderr}`);
    assert.match(stderr, message, args.join(" "));
    assert.equal(stdout, "", args.join(" "));
  }
});

test("--help for each command, exit 0", async () => {
  for (const command of ["stats", "split", "chunk", "highlight"]) {
    const stdout = await ok([command, "--help"]);
    assert.match(stdout, new RegExp(`^Usage: textlens ${command} \\[options\\] \\[files\\.\\.\\.\\]`), command);
    assert.match(stdout, /--format <format>/, command);
  }
  assert.match(await ok(["--help"]), /Commands:[\s\S]*stats[\s\S]*split[\s\S]*chunk[\s\S]*highlight/);
});

test("--lang is passed to the API when it has the option, else a usage error that says so", async () => {
  let apiHasLang = true;
  try {
    api.count("", { lang: "en" });
  } catch {
    apiHasLang = false;
  }
  const run = await textlens(["stats", "--lang", "en", "sample.txt"]);
  if (apiHasLang) {
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), JSON.parse(JSON.stringify(api.count(SAMPLE, { lang: "en" }))));
  } else {
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--lang: this version of textlens \(.+\) has no lang option yet/);
  }
});

/** Twelve files: enough for a progress bar. */
async function twelveFiles() {
  return (await readdir(inaugural)).sort().slice(0, 12).map((name) => path.join(inaugural, name));
}

test("no progress bar when standard error is not a terminal", async () => {
  const files = await twelveFiles();
  const { status, stderr } = await textlens(["stats", "--format", "ndjson", ...files]);
  assert.equal(status, 0);
  assert.equal(stderr, "");
});

test("a progress bar on a terminal, erased at the end", async () => {
  // script(1) gives the command a pseudo-terminal for stdout and stderr alike.
  const files = await twelveFiles();
  const command = ["npx", "--offline", "textlens", "stats", "--format", "ndjson", ...files].map((a) => `'${a}'`).join(" ");
  const child = spawn("script", ["-qec", command, "/dev/null"], { cwd: dir });
  const out = [];
  child.stdout.on("data", (d) => out.push(d));
  const status = await new Promise((resolve) => child.on("close", resolve));
  const screen = Buffer.concat(out).toString();
  assert.equal(status, 0, screen);
  assert.match(screen, /\r\[#* *\] 0\/12 files/);
  assert.ok(screen.includes(`\r[${"#".repeat(30)}] 12/12 files\r\u001b[2K`), screen);
  assert.equal(screen.split("\n").filter((line) => line.includes('"file"')).length, 12);
});
