// The README's examples of the command line, sentence streams and token chunks, run as written
// against the packed tarball installed offline (the README read is the one in the package). Each
// ```sh or ```js block of those sections runs in a fresh project and must exit 0 with nothing on
// standard error; when a ```text block follows it, that is exactly what it must print.
//
// The project holds the files the examples name (our own sentences). `fetch` in a js example is
// answered here, without a network: fetch-stub.mjs serves each URL as the text below, cut into
// small pieces, as a response body arrives.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { installedProject } from "./tarball.mjs";

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The README sections whose examples run here. */
const SECTIONS = ["Command line", "Sentence streams", "Chunks sized in tokens", "Markdown"];

const FILES = {
  "article.txt": "Sen. Ames met U.S. senators at noon. \u201cThe vote was close,\u201d she said.\n\nThe bill was passed by the House on Friday. Then, recess.\n",
  "articles/one.txt": "A first paragraph. It has two sentences.\n\nA second one.\n",
  "articles/two.txt": "Another file, one line.\n",
};

let work;
let dir;
let readme;

before(async () => {
  // The token example's tokenizer, at the version the repository pins (from npm's cache).
  const { devDependencies } = JSON.parse(await readFile(path.join(repo, "package.json"), "utf8"));
  ({ work, dir } = await installedProject("readme", [`gpt-tokenizer@${devDependencies["gpt-tokenizer"]}`]));
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  readme = await readFile(path.join(dir, "node_modules", "textlens", "README.md"), "utf8");
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The fenced blocks of the `## title` section, in order: `{ lang, code }`. */
function blocksOf(title) {
  const start = readme.indexOf(`\n## ${title}\n`);
  assert.notEqual(start, -1, `README.md has no section "${title}"`);
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({ lang, code }));
}

/** Runs one example; resolves with its stdout, after checking its exit status and stderr. */
async function runExample({ lang, code }, index) {
  let command;
  if (lang === "sh") {
    command = ["bash", ["-euo", "pipefail", "-c", code]];
  } else {
    const file = `example-${index}.mjs`;
    await writeFile(path.join(dir, file), code);
    command = [process.execPath, ["--import", "./fetch-stub.mjs", file]];
  }
  const { stdout, stderr } = await run(...command, { cwd: dir }).catch((error) => {
    assert.fail(`${lang} example failed (exit ${error.code}):\n${code}\n${error.stderr}`);
  });
  assert.equal(stderr, "", `${lang} example wrote to stderr:\n${code}`);
  return stdout;
}

for (const title of SECTIONS) {
  test(`README "${title}": every example runs and prints what the README shows`, async () => {
    const blocks = blocksOf(title);
    const runnable = blocks.filter((b) => b.lang === "sh" || b.lang === "js");
    assert.ok(runnable.length > 0, `no example in "${title}"`);
    for (const [index, block] of blocks.entries()) {
      if (block.lang !== "sh" && block.lang !== "js") continue;
      const stdout = await runExample(block, index);
      const next = blocks[index + 1];
      if (next?.lang === "text") assert.equal(stdout, next.code, `output of:\n${block.code}`);
    }
  });
}
