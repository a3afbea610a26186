// The TypeScript declarations of issue 20 (SentenceStream, chunks sized in tokens), from the
// packed tarball: a strict consumer compiles, and wrong uses (a misspelt option, a tokenizer
// missing or returning a string, both overlaps, a wrong unit) do not. Kept apart from
// package.test.mjs's typings project so the two evolve separately.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { installedProject } from "./tarball.mjs";

const run = promisify(execFile);
const tsc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../node_modules/.bin/tsc");

let work;
let dir;

before(async () => {
  ({ work, dir } = await installedProject("types-beyond"));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test("TypeScript: SentenceStream and token chunks compile in a strict consumer", async () => {
  const compiled = await run(tsc, ["-p", "tsconfig.json"], { cwd: dir }).catch((error) => error);
  assert.equal(compiled.code ?? 0, 0, compiled.stdout);
});

test("TypeScript: wrong uses do not compile, one error each", async () => {
  const failed = await run(tsc, ["-p", "tsconfig.wrong.json"], { cwd: dir }).then(
    () => assert.fail("wrong.ts compiled"),
    (error) => error,
  );
  const lines = failed.stdout.split("\n").filter((line) => line.includes("error TS"));
  const erroneousLines = [...new Set(lines.map((line) => line.match(/^wrong\.ts\((\d+),/)?.[1]))].map(Number).sort((a, b) => a - b);
  assert.deepEqual(erroneousLines, [5, 6, 7, 8, 9], failed.stdout);
  assert.match(failed.stdout, /'modes' does not exist in type/);
});
