// Runs in the benchmark page: times every contestant of every task on the same texts, in one
// browser, one run (the tasks and contestants are in peers.js).
//
// For every (text, task) pair the contestants take turns: one untimed warm-up call each (skipped
// on a large text for a contestant already warmed), then `runs` timed rounds in which every
// contestant runs once (interleaving spreads any drift of the machine over all of them alike).
// The median round is reported, with the result of the first call and any different result a
// later call gave (a peer that is not deterministic shows it). The page is started with
// `--js-flags=--expose-gc` and every call is preceded by a full collection (untimed), so no
// contestant pays for another's garbage.
//
// `runPlain` is the plain mode: one contestant alone in an ordinary page (not cross-origin
// isolated, no flags, see harness.mjs), a warm-up call and then its calls back to back, as a new
// user would time it.
//
// Slow peers (`scalable`) are timed on a leading slice of the text, cut at a paragraph break,
// grown from 2,000 characters until one call takes about half of `sliceBudgetMs`. Their time for
// the whole text is extrapolated linearly (see `extrapolate`).
import { setup, defineTasks } from "./peers.js";

const log = document.getElementById("log");
const stage = document.getElementById("stage");
const utf8 = new TextEncoder();
/** Texts over this many bytes get `runsLarge` rounds and no second warm-up. */
const LARGE_BYTES = 5_000_000;

function say(line) {
  log.textContent += line + "\n";
  console.log(line);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

const escapeHtml = (text) => text.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]);

/** A text as the DOM contestants see it: one <p> per paragraph (blank-line separated). */
const paragraphsHtml = (text) => text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");

/** The first `length` UTF-16 units of `text`, moved back to a paragraph break (or a space). */
function leadingSlice(text, length) {
  if (length >= text.length) return text;
  const paragraph = text.lastIndexOf("\n\n", length);
  const cut = paragraph > length / 2 ? paragraph : text.lastIndexOf(" ", length);
  return text.slice(0, cut > 0 ? cut : length);
}

/** What a contestant is given: the text (and its byte size), plus its paragraphs for the DOM. */
function inputFor(contestant, text) {
  return { text, bytes: utf8.encode(text).length, html: contestant.dom ? paragraphsHtml(text) : null };
}

/**
 * A full garbage collection, where the page was started with `--js-flags=--expose-gc` (the
 * harness's page; a plain page has no `gc` and skips it): every call starts with no garbage left
 * by the contestant before it, nor by its own previous call.
 */
const collectGarbage = globalThis.gc ?? (() => {});

/**
 * One call, timed: the DOM is filled and the garbage collected (untimed) before, the result read
 * and cleaned up after.
 */
function timedCall(contestant, input) {
  const argument = contestant.dom ? ((stage.innerHTML = input.html), stage) : input.text;
  collectGarbage();
  const start = performance.now();
  const output = contestant.run(argument);
  const ms = performance.now() - start;
  const result = contestant.result(output);
  contestant.cleanup?.(output);
  if (contestant.dom) stage.textContent = "";
  return { ms, result };
}

/** The median time of `calls` calls. */
function medianCall(contestant, input, calls) {
  return median(Array.from({ length: calls }, () => timedCall(contestant, input).ms));
}

/**
 * The slice a slow contestant runs on, and its cost per extra byte (see the top): the slice doubles
 * from 2,000 characters until a call takes half the budget (one call to decide quickly, then the
 * median of three to confirm); the cost per byte is the difference of the median times on the
 * slice and on its first half, divided by the difference in bytes. A peer for which even 2,000
 * characters take over five budgets is timed on them once more, warm, and once on their first
 * half, and that is all (`onceMs`).
 */
function calibrate(contestant, text, budgetMs) {
  const sliceOf = (length) => inputFor(contestant, leadingSlice(text, length));
  let input = sliceOf(2_000);
  const firstMs = timedCall(contestant, input).ms; // also compiles the peer's code
  if (firstMs > 5 * budgetMs && input.text.length < text.length) {
    const { ms, result } = timedCall(contestant, input);
    const half = sliceOf(input.text.length / 2);
    const halfMs = timedCall(contestant, half).ms;
    return { input, msPerByte: slopeOf(half, halfMs, input, ms), fit: { halfBytes: half.bytes, halfMs, sliceMs: ms }, onceMs: ms, result };
  }
  let sliceMs = 0;
  while (input.text.length < text.length) {
    if (timedCall(contestant, input).ms >= budgetMs / 2) {
      sliceMs = medianCall(contestant, input, 3);
      if (sliceMs >= budgetMs / 4) break;
    }
    input = sliceOf(input.text.length * 2);
  }
  if (input.text.length === text.length) return { input, msPerByte: null };
  const half = sliceOf(input.text.length / 2);
  const halfMs = medianCall(contestant, half, 3);
  return { input, msPerByte: slopeOf(half, halfMs, input, sliceMs), fit: { halfBytes: half.bytes, halfMs, sliceMs } };
}

/** The cost per byte between two slices; the larger one's average where noise hides the difference. */
function slopeOf(half, halfMs, slice, sliceMs) {
  const slope = (sliceMs - halfMs) / (slice.bytes - half.bytes);
  return slope > 0 ? slope : sliceMs / slice.bytes;
}

/**
 * A sliced peer's time for the whole text: the smaller of two linear extrapolations, scaling the
 * time by the bytes, and adding the remaining bytes at the cost per byte between the half slice and
 * the slice (which counts a fixed cost per call once). Taking the smaller favours the peer.
 */
function extrapolate(sliceMs, sliceBytes, bytes, msPerByte) {
  return Math.min((sliceMs * bytes) / sliceBytes, sliceMs + msPerByte * (bytes - sliceBytes));
}

/** Contestants that had their untimed warm-up call. */
const warmed = new WeakSet();

/**
 * Slices already timed, by contestant: a longer text that starts with the same slice (the 10 MB
 * English text begins with the 1 MB one) reuses the measurement instead of repeating it.
 */
const slicesTimed = new WeakMap();

/** Prepares a contestant's measurement on `text`: its input, warm-up and fixed times if any. */
function prepare(contestant, reference, { label, text, large }, sliceBudgetMs) {
  const earlier = slicesTimed.get(contestant);
  if (earlier && earlier.input.text.length < text.length && text.startsWith(earlier.input.text)) {
    return { ...earlier, reusedFrom: earlier.label };
  }
  const { input, msPerByte = null, fit = null, onceMs = null, result: onceResult } = contestant.scalable
    ? calibrate(contestant, text, sliceBudgetMs)
    : { input: inputFor(contestant, text) };
  contestant.before?.(input.text);
  // The warm-up call gives the result. A large text skips it when the contestant was warmed on a
  // smaller one: the 10 MB text begins with the 1 MB text, so the same code paths are compiled.
  let result = onceResult ?? null;
  if (onceMs === null && !(large && warmed.has(contestant))) result = timedCall(contestant, input).result;
  warmed.add(contestant);
  const sliced = input.text.length < text.length;
  const referenceResult = sliced ? timedCall(reference, inputFor(reference, input.text)).result : null;
  const entry = {
    contestant, label, input, msPerByte, fit, result, referenceResult,
    otherResults: new Set(), times: onceMs === null ? [] : [onceMs], fixed: onceMs !== null, reusedFrom: null,
  };
  if (sliced) slicesTimed.set(contestant, { ...entry, fixed: true });
  return entry;
}

/** Times every contestant of `task` on `text`; returns one row per contestant. */
function runTask(task, { label, text, bytes, large, lang }, { runs, sliceBudgetMs }) {
  task.before?.(text, lang);
  const reference = task.contestants[0];
  const entries = task.contestants.map((contestant) => prepare(contestant, reference, { label, text, large }, sliceBudgetMs));
  for (let round = 0; round < runs; round++) {
    for (const entry of entries) {
      if (entry.fixed || entry.reusedFrom) continue;
      const { ms, result } = timedCall(entry.contestant, entry.input);
      if (entry.result === null) entry.result = result;
      else if (result !== entry.result) entry.otherResults.add(result);
      entry.times.push(ms);
    }
  }
  task.after?.();
  return entries.map(({ contestant, input, msPerByte, fit, result, referenceResult, otherResults, times, reusedFrom }) => {
    const sliceMs = median(times);
    const row = {
      task: task.id, title: task.title, text: label, bytes,
      peer: contestant.peer, how: contestant.how, unit: contestant.unit ?? task.unit,
      medianMs: msPerByte === null ? sliceMs : extrapolate(sliceMs, input.bytes, bytes, msPerByte),
      runsMs: times, sliceBytes: input.bytes, sliceMs, msPerByte, fit, reusedFrom,
      result, otherResults: [...otherResults], referenceResult, compileMs: task.compileMs ?? null,
    };
    const on = msPerByte === null ? "" : ` (${sliceMs.toFixed(1)} ms on ${(input.bytes / 1000).toFixed(0)} kB ×${times.length}, extrapolated)`;
    say(`${task.id} ${label} ${contestant.peer} ${contestant.how}: ${row.medianMs.toFixed(1)} ms${on}, ${result} ${row.unit}`);
    return row;
  });
}

/** The wasm module's memory, from the raw glue (its init returns the instantiated exports). */
async function wasmMemoryBytes() {
  const exports = await (await import("/pkg/textlens_wasm.js")).default();
  return exports.memory.buffer.byteLength;
}

/**
 * @param {object} config
 * @param {{label: string, url: string, bytes: number, english: boolean, lang?: string}[]} config.texts
 * @param {string[][]} config.termSets   highlight terms, one list per task
 * @param {number} config.runs           timed rounds
 * @param {number} config.runsLarge      timed rounds for texts over 5 MB
 * @param {number} config.sliceBudgetMs  about how long one call of a sliced peer takes
 * @param {string[]} [config.only]       task ids to run (default: all)
 * @returns {{rows: object[], memory: {text: string, bytes: number}[]}} one row per measurement
 *   and the wasm memory after each text
 */
export async function runBenchmarks({ texts, termSets, runs, runsLarge, sliceBudgetMs, only }) {
  await setup();
  const tasks = defineTasks(termSets).filter((task) => !only || only.includes(task.id));
  for (const task of tasks) await task.setup?.();
  const rows = [];
  const memory = [];
  for (const { label, url, bytes, english, lang } of texts) {
    const text = await fetchText(url);
    for (const task of tasks) {
      if ((task.englishOnly && !english) || Boolean(task.langTexts) !== Boolean(lang)) continue;
      const large = bytes > LARGE_BYTES;
      rows.push(...runTask(task, { label, text, bytes, large, lang }, { runs: large ? runsLarge : runs, sliceBudgetMs }));
    }
    memory.push({ text: label, bytes: await wasmMemoryBytes() });
  }
  return { rows, memory };
}

/** One fresh load of the wasm module in this page: fetch + compile + instantiate, in ms. */
export async function coldStartMs() {
  const glue = await import("/pkg/textlens_wasm.js");
  const start = performance.now();
  await glue.default({ module_or_path: "/pkg/textlens_wasm_bg.wasm" });
  return performance.now() - start;
}

/**
 * One fresh load of the dictionary module in this page, after the main module's: fetch + compile
 * + instantiate of textlens_dictionary_bg.wasm through `loadDictionaries`, in ms.
 */
export async function dictionaryLoadMs() {
  const textlens = await import("/pkg/textlens.js");
  await textlens.default();
  const start = performance.now();
  await textlens.loadDictionaries("/pkg/textlens_dictionary_bg.wasm");
  return performance.now() - start;
}

/**
 * The plain mode (see the top): one contestant of one task, alone in this page, on one text.
 *
 * @param {object} config
 * @param {string} config.url            the text
 * @param {string[][]} config.termSets   highlight terms, as for runBenchmarks
 * @param {string} config.task           task id
 * @param {string} config.peer           the contestant's peer…
 * @param {string} config.how            …and the start of its description
 * @param {number} config.calls          timed calls after the warm-up
 * @returns {{how: string, times: number[], medianMs: number, result: number, crossOriginIsolated: boolean}}
 */
export async function runPlain({ url, termSets, task: taskId, peer, how, calls }) {
  await setup();
  const text = await fetchText(url);
  const task = defineTasks(termSets).find((t) => t.id === taskId);
  const contestant = task?.contestants.find((c) => c.peer === peer && c.how.startsWith(how));
  if (!contestant) throw new Error(`no contestant ${peer} "${how}" in task ${taskId}`);
  task.before?.(text);
  const input = inputFor(contestant, text);
  contestant.before?.(input.text);
  const { result } = timedCall(contestant, input);
  const times = Array.from({ length: calls }, () => timedCall(contestant, input).ms);
  task.after?.();
  return { how: contestant.how, times, medianMs: median(times), result, crossOriginIsolated };
}
