#!/usr/bin/env node
// textlens command line: `textlens <stats|split|chunk|highlight> [files…]`.
//
// Inputs are files, globs (expanded here, so they work the same in every shell) and standard
// input ("-", or no file with piped input). Several files run in parallel on a pool of worker
// threads (cli-pool.js); results print in the order of the inputs, in one of the formats of
// cli-format.js. A progress bar goes to standard error while many files or large ones are read,
// only when standard error is a terminal.
//
// Exit status: 0 on success; 1 when an input could not be read or processed (each is named on
// standard error, and every other input is still done and printed); 2 on bad usage, with a
// message: the options are checked once, on an empty text, before any input is read, so a bad
// option is one usage error and not one failure per file.

import { stat } from "node:fs/promises";
import { Command, InvalidArgumentError, Option } from "commander";
import { glob, isDynamicPattern } from "tinyglobby";
import { runOnInputs } from "./cli-pool.js";
import { formatResults, FORMATS } from "./cli-format.js";
import { runTask } from "./cli-work.js";
import { version } from "./node.mjs";

const GRANULARITIES = ["grapheme", "word", "sentence", "paragraph", "line", "chunk"];
const UNITS = ["grapheme", "word", "utf16", "gsm7"];

/** A usage error: exit status 2. */
class UsageError extends Error {}

const program = new Command("textlens")
  .description("Split, count and highlight article text.")
  .version(version())
  .exitOverride()
  .showHelpAfterError("(add --help for usage)");

inputCommand("stats", "count words, characters, sentences, readability and more (the object count() returns)")
  .action((files, flags) => run(files, flags, { command: "stats", options: apiOptions(flags) }));

inputCommand("split", "split into graphemes, words, sentences, paragraphs, lines or chunks")
  .addOption(new Option("--by <granularity>", "what to split into").choices(GRANULARITIES).makeOptionMandatory())
  .addOption(sentenceModeOption())
  .option("--max-size <n>", "chunks: the largest size of a chunk", wholeNumber)
  .addOption(new Option("--unit <unit>", "chunks: what sizes count").choices(UNITS))
  .option("--overlap <n>", "chunks: whole sentences each chunk repeats from the one before", wholeNumber)
  .action((files, flags) => run(files, flags, splitTask(flags.by, flags)));

inputCommand("chunk", "split into chunks of at most --max-size graphemes, words or UTF-16 units (split --by chunk)")
  .requiredOption("--max-size <n>", "the largest size of a chunk", wholeNumber)
  .addOption(new Option("--unit <unit>", "what sizes count").choices(UNITS).default("grapheme"))
  .option("--overlap <n>", "whole sentences each chunk repeats from the one before", wholeNumber)
  .action((files, flags) => run(files, flags, splitTask("chunk", flags)));

inputCommand("highlight", "find terms and detector matches, as ranges or as HTML with <mark> elements")
  .option("--terms <list>", "terms to find, comma-separated (repeatable)", collectList, [])
  .option("--detectors <list>", "detectors, comma-separated (repeatable): quotes, numbers, names, hardSentences, adverbs, passive, repeated, longWords", collectList, [])
  .option("--case-sensitive", "match terms case-sensitively")
  .option("--html", "print the text as escaped HTML with <mark> elements instead of ranges")
  .action((files, flags) => run(files, flags, highlightTask(flags)));

/** A command that reads inputs, with the options every such command shares. */
function inputCommand(name, description) {
  return program
    .command(name)
    .description(description)
    .argument("[files...]", 'files or globs ("-" or none: standard input)')
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("json"))
    .option("--lang <tag>", "the text's language, a BCP 47 tag (passed to textlens as the lang option)")
    .option("--options <json>", "more textlens options, as a JSON object (see the API)", jsonObject)
    .option("--no-progress", "no progress bar, even on a terminal");
}

function sentenceModeOption() {
  return new Option("--mode <mode>", "sentences: article (default) or uax29").choices(["article", "uax29"]);
}

/** The API options the flags give: `--options` first, then the named flags over it. */
function apiOptions(flags, named = {}) {
  const options = { ...flags.options, ...named };
  if (flags.lang !== undefined) options.lang = flags.lang;
  for (const [key, value] of Object.entries(options)) if (value === undefined) delete options[key];
  return Object.keys(options).length === 0 ? undefined : options;
}

function splitTask(granularity, flags) {
  const named = { maxSize: flags.maxSize, unit: flags.unit, overlap: flags.overlap, mode: flags.mode };
  if (granularity === "chunk" && flags.maxSize === undefined && flags.options?.maxSize === undefined) {
    throw new UsageError("split --by chunk needs --max-size");
  }
  return { command: "split", granularity, options: apiOptions(flags, named) };
}

function highlightTask(flags) {
  const rules = { ...apiOptions(flags) };
  if (flags.terms.length > 0) rules.terms = flags.terms;
  if (flags.detectors.length > 0) rules.detectors = flags.detectors;
  if (flags.caseSensitive) rules.caseSensitive = true;
  if (!rules.terms && !rules.detectors && !rules.patterns) {
    throw new UsageError("highlight needs --terms, --detectors or patterns in --options");
  }
  return { command: "highlight", rules, html: Boolean(flags.html) };
}

/** Runs `task` on the inputs the arguments name, prints the results and sets the exit status. */
async function run(files, flags, task) {
  checkTask(task, flags);
  const { inputs, missing } = await expandInputs(files);
  const progress = await progressBar(flags.progress && process.stderr.isTTY ? process.stderr : null, inputs);
  const outcomes = await runOnInputs(task, inputs, progress.step);
  progress.done();
  const failures = [...missing, ...outcomes.filter((o) => o.error !== undefined)];
  for (const { input, error } of failures) process.stderr.write(`textlens: ${input === "-" ? "standard input" : input}: ${error}\n`);
  const several = inputs.length + missing.length > 1;
  const succeeded = outcomes.filter((o) => o.error === undefined);
  if (succeeded.length > 0 || failures.length === 0) {
    process.stdout.write(formatResults(task.command, succeeded, flags.format, several));
  }
  process.exitCode = failures.length > 0 ? 1 : 0;
}

/** Throws a UsageError with the API's own message when `task` fails on an empty text. */
function checkTask(task, flags) {
  try {
    runTask(task, "");
  } catch (error) {
    const langUnsupported = flags.lang !== undefined && /unknown (field|option) .?lang/.test(error.message);
    throw new UsageError(langUnsupported
      ? `--lang: this version of textlens (${version()}) has no lang option yet (${error.message})`
      : error.message);
  }
}

/**
 * The inputs the arguments name, in order and each once: globs expanded (sorted), "-" and no
 * argument at all for standard input. A glob that matches nothing is reported as `missing`.
 */
async function expandInputs(args) {
  if (args.length === 0) {
    if (process.stdin.isTTY) throw new UsageError("no input: name files or globs, or pipe text in");
    return { inputs: ["-"], missing: [] };
  }
  const inputs = new Set();
  const missing = [];
  for (const arg of args) {
    if (arg === "-" || !isDynamicPattern(arg) || (await exists(arg))) {
      inputs.add(arg);
      continue;
    }
    const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) missing.push({ input: arg, error: "no file matches this glob" });
    for (const match of matches) inputs.add(match);
  }
  if ([...inputs].filter((input) => input === "-").length > 1) throw new UsageError('standard input ("-") given twice');
  return { inputs: [...inputs], missing };
}

async function exists(path) {
  return stat(path).then(() => true, () => false);
}

/** Smallest number of inputs, or bytes, for which a progress bar is worth drawing. */
const PROGRESS_INPUTS = 8;
const PROGRESS_BYTES = 8 * 1024 * 1024;

/**
 * A progress bar on `stream` (null: none) over `inputs`, redrawn on one line as each settles and
 * erased at the end; drawn only for many inputs or large ones.
 */
async function progressBar(stream, inputs) {
  if (!stream || inputs.includes("-") || !(await worthABar(inputs))) return { step() {}, done() {} };
  let settled = 0;
  const draw = () => {
    const width = 30;
    const filled = Math.round((settled / inputs.length) * width);
    stream.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${settled}/${inputs.length} files`);
  };
  draw();
  return {
    step() {
      settled += 1;
      draw();
    },
    done() {
      stream.write("\r\x1b[2K");
    },
  };
}

async function worthABar(inputs) {
  if (inputs.length >= PROGRESS_INPUTS) return true;
  const sizes = await Promise.all(inputs.map((input) => stat(input).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0) >= PROGRESS_BYTES;
}

/** Parses a whole number ≥ 0 (commander option parser). */
function wholeNumber(value) {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number");
  return Number(value);
}

/** Adds the comma-separated items of `value` to the list so far (a repeatable option). */
function collectList(value, list) {
  const items = value.split(",").map((item) => item.trim()).filter((item) => item.length > 0);
  if (items.length === 0) throw new InvalidArgumentError("expected a comma-separated list");
  return [...list, ...items];
}

/** Parses a JSON object (commander option parser). */
function jsonObject(value) {
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new InvalidArgumentError(`not JSON: ${error.message}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new InvalidArgumentError("expected a JSON object");
  return parsed;
}

/** Ends the program for an error thrown while parsing or running: status 0 for help, else 2. */
function exitOnError(error) {
  if (error instanceof UsageError) {
    process.stderr.write(`textlens: ${error.message}\n(add --help for usage)\n`);
    process.exitCode = 2;
  } else if (error?.code?.startsWith("commander.")) {
    // commander has printed its message (or the help) already.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    throw error;
  }
}

// Last: the commands run from here, and use every declaration above.
try {
  await program.parseAsync();
} catch (error) {
  exitOnError(error);
}
