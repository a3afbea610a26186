// textlens command line — the work on one text, the same in the main thread and in the workers
// (cli-pool.js): read an input as UTF-8, run one task on it, return plain data that crosses
// `postMessage` unchanged.
//
// A task is `{ command, granularity?, options?, rules?, html? }`, built by cli.js from the command
// line: `stats` is `count(text, options)`, `split` is `split(text, granularity, options)` as
// `{ start, end, text, … }` objects, `highlight` is `new Highlighter(rules).ranges(text)` as
// `{ start, end, text, category, rule }` objects, or `.html(text)` when `html` is set.

import { readFile } from "node:fs/promises";
import { count, split, Highlighter } from "./node.mjs";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The text of `file` (a path; "-" is standard input); an Error says why it cannot be read as UTF-8. */
export async function readText(file) {
  const bytes = file === "-" ? await readStream(process.stdin) : await readFile(file).catch(explainReadError);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error(`not UTF-8 text (${describeInvalidUtf8(bytes)})`);
  }
}

const READ_ERRORS = { ENOENT: "no such file", EISDIR: "a directory, not a file", EACCES: "permission denied" };

function explainReadError(error) {
  throw new Error(READ_ERRORS[error.code] ?? error.message, { cause: error });
}

/** All the bytes of a readable stream. */
async function readStream(stream) {
  const parts = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
}

/** Where the first byte that is not UTF-8 sits, for the error message. */
function describeInvalidUtf8(bytes) {
  // Decode growing prefixes cut at line starts: cheap, and names the line of the first bad byte.
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(lineStart, i));
      } catch {
        return `line ${line}`;
      }
      line += 1;
      lineStart = i + 1;
    }
  }
  return "at the end";
}

/** Runs `task` on `text`; returns plain data (see the module docs). */
export function runTask(task, text) {
  switch (task.command) {
    case "stats":
      return count(text, task.options);
    case "split":
      return Array.from(split(text, task.granularity, task.options));
    case "highlight":
      return highlight(task, text);
    default:
      throw new Error(`unknown task ${JSON.stringify(task.command)}`);
  }
}

function highlight(task, text) {
  const highlighter = new Highlighter(task.rules);
  try {
    if (task.html) return { html: highlighter.html(text) };
    return Array.from(highlighter.ranges(text), ({ start, end, text: match, category, rule }) => ({
      start, end, text: match, category: category.name, className: category.className, rule,
    }));
  } finally {
    highlighter.free();
  }
}
