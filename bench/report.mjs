// Turns the raw results of runBench (harness.mjs) into bench/results.md: the set-up, the issues'
// targets with the measured ratios in the harness and the plain page, highlighting by term count,
// the plain page beside the harness, the worker-pool batch, dictionary words and the dictionary
// module's load (issue 15), start-up / size / memory, and one table per task.
const MB = 1_000_000;

const fmt = (n, digits = 0) => n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kB = (bytes) => `${fmt(bytes / 1000, 1)} kB`;
const ms = (value) => (value >= 100 ? `${fmt(value)} ms` : `${fmt(value, 1)} ms`);
const ratio = (value) => `${fmt(value, value >= 100 ? 0 : value < 1 ? 2 : 1)}×`;
/** A time ratio: two decimals where small, fewer where large. */
const relative = (value) => fmt(value, value < 10 ? 2 : value < 100 ? 1 : 0);
/** Two significant digits for the slowest, one decimal otherwise. */
const speed = (mbPerSecond) => (mbPerSecond < 1 ? mbPerSecond.toPrecision(2) : fmt(mbPerSecond, 1));

/** The row of `task` on `text` whose peer is `peer` and whose description starts with `how`. */
function findRow(rows, task, text, peer, how = "") {
  return rows.find((r) => r.task === task && r.text === text && r.peer === peer && r.how.startsWith(how));
}

/**
 * The targets (issues 7 and 19; issue 15's rows are added per language in targetsTable): [what, task, peer row, textlens row, wanted ratio]. Each is a
 * ratio of the peer's time to textlens's, in the harness and, where both rows were timed there
 * too, in the plain page; it is met when every measured ratio reaches it.
 */
const TARGETS = [
  ["words: split ≥ 10× Intl.Segmenter (19)", "words", ["Intl.Segmenter"], ["textlens", "split("], 10],
  ["words: wordCount ≥ 10× Intl.Segmenter (7)", "words", ["Intl.Segmenter"], ["textlens", "wordCount"], 10],
  ["sentences ≥ 10× sbd (19: at 1 MB)", "sentences", ["sbd"], ["textlens"], 10],
  ["1,000 terms: ranges(text) ≥ 2× RegExp (19)", "highlight-1000", ["RegExp"], ["textlens", "highlighter.ranges(text)"], 2],
  ["1,000 terms: ranges(doc) ≥ 4× RegExp (19)", "highlight-1000", ["RegExp"], ["textlens", "highlighter.ranges(doc)"], 4],
  ["full statistics ≥ 50× text-readability (7)", "statistics", ["text-readability"], ["textlens"], 50],
  ["1,000 terms: DOM marks ≥ 20× mark.js, same DOM (7)", "highlight-1000", ["mark.js"], ["textlens", "highlighter.apply("], 20],
];

/**
 * The same comparisons with textlens working on a TextDocument (the text copied into wasm memory
 * before, untimed): what the work itself costs against the peer's whole call. Not the issue's
 * targets, which include the copy: [what, peer row (task, peer…), textlens row (task, peer, how)].
 */
const ON_A_DOCUMENT = [
  ["words (split) vs Intl.Segmenter", ["words", "Intl.Segmenter"], ["boundary", "textlens", 'doc.split("word")']],
  ["sentences vs sbd", ["sentences", "sbd"], ["boundary", "textlens", 'doc.split("sentence")']],
];

function documentTable(results) {
  const lines = ["| comparison | text | peer | textlens on a TextDocument | ratio |", "| --- | --- | ---: | ---: | ---: |"];
  for (const text of results.texts.filter((t) => t.english).map((t) => t.label)) {
    for (const [what, [peerTask, ...peer], [ourTask, ...ours]] of ON_A_DOCUMENT) {
      const theirs = findRow(results.rows, peerTask, text, ...peer);
      const mine = findRow(results.rows, ourTask, text, ...ours);
      if (!theirs || !mine) continue;
      lines.push(`| ${what} | ${text} | ${ms(theirs.medianMs)} | ${ms(mine.medianMs)} | ${ratio(theirs.medianMs / mine.medianMs)} |`);
    }
  }
  return lines.join("\n");
}

/** "peer ms / textlens ms = ratio" for one comparison in one set of rows, or null. */
function comparison(rows, task, text, peer, ours) {
  const theirs = findRow(rows, task, text, ...peer);
  const mine = findRow(rows, task, text, ...ours);
  if (!theirs || !mine) return null;
  const measured = theirs.medianMs / mine.medianMs;
  return { measured, cell: `${ms(theirs.medianMs)} / ${ms(mine.medianMs)} = **${ratio(measured)}**` };
}

function targetsTable(results) {
  const lines = [
    "| target (issue) | text | harness: peer / textlens | plain page: peer / textlens | met? |",
    "| --- | --- | ---: | ---: | :---: |",
  ];
  const englishTexts = results.texts.filter((t) => t.english).map((t) => t.label);
  for (const [what, task, peer, ours, wanted] of TARGETS) {
    for (const text of englishTexts) {
      const harness = comparison(results.rows, task, text, peer, ours);
      const plain = comparison(results.plainRows ?? [], task, text, peer, ours);
      if (!harness) continue;
      const met = [harness, plain].filter(Boolean).every((c) => c.measured >= wanted);
      lines.push(`| ${what} | ${text} | ${harness.cell} | ${plain?.cell ?? "–"} | ${met ? "met" : "missed"} |`);
    }
  }
  for (const text of englishTexts) {
    const floor = findRow(results.rows, "words", text, "TextEncoder.encodeInto");
    const mine = findRow(results.rows, "words", text, "textlens", "wordCount") ?? findRow(results.rows, "words", text, "textlens");
    if (!floor || !mine) continue;
    const within = mine.medianMs / floor.medianMs;
    const plainFloor = findRow(results.plainRows ?? [], "words", text, "TextEncoder.encodeInto");
    const plainMine = findRow(results.plainRows ?? [], "words", text, "textlens", "wordCount");
    const plainWithin = plainFloor && plainMine ? plainMine.medianMs / plainFloor.medianMs : null;
    const plainCell = plainWithin === null ? "–" : `${ms(plainMine.medianMs)} ÷ ${ms(plainFloor.medianMs)} = ${ratio(plainWithin)} the floor`;
    const met = within <= 5 && (plainWithin === null || plainWithin <= 5);
    lines.push(
      `| wordCount within 5× of the encodeInto floor (7) | ${text} | ${ms(mine.medianMs)} ÷ ${ms(floor.medianMs)} = ${ratio(within)} the floor | ` +
        `${plainCell} | ${met ? "met" : "missed"} |`,
    );
  }
  for (const { label, lang } of results.texts.filter((t) => t.lang)) {
    const harness = comparison(results.rows, "dictionary-words", label, ["Intl.Segmenter"], ["textlens"]);
    if (!harness) continue;
    lines.push(`| dictionary words ${lang} ≥ 1× Intl.Segmenter (15) | ${label} | ${harness.cell} | – | ${harness.measured >= 1 ? "met" : "missed"} |`);
  }
  return lines.join("\n");
}

/** The median of a list of times. */
function medianMs(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Issue 15's speed item: dictionary words against Intl.Segmenter per language, with both word
 * counts, and what loading the dictionary module costs (fresh contexts) and weighs.
 */
function dictionarySection(results) {
  const langTexts = results.texts.filter((t) => t.lang);
  if (langTexts.length === 0 || !results.dictionaryWasm) return "Not run (no Chinese, Japanese or Thai text: `BENCH_DICT_MB=0`).";
  const lines = [
    "| text | Intl.Segmenter | textlens | Intl ÷ textlens | words: Intl.Segmenter / textlens |",
    "| --- | ---: | ---: | ---: | ---: |",
  ];
  for (const { label } of langTexts) {
    const theirs = findRow(results.rows, "dictionary-words", label, "Intl.Segmenter");
    const mine = findRow(results.rows, "dictionary-words", label, "textlens");
    if (!theirs || !mine) continue;
    lines.push(`| ${label} | ${ms(theirs.medianMs)} | ${ms(mine.medianMs)} | **${ratio(theirs.medianMs / mine.medianMs)}** | ${fmt(theirs.result)} / ${fmt(mine.result)} |`);
  }
  const { raw, gzip, brotli } = results.dictionaryWasm;
  const loads = results.dictionaryLoadMs;
  const load = loads.length
    ? `${ms(medianMs(loads))} (${[...loads].sort((a, b) => a - b).map((t) => fmt(t)).join(", ")} ms)`
    : "not measured";
  return `Words of each UDHR text (the file of ../shared/corpus/udhr repeated to ${fmt(results.settings.dictionarySizeMb, 2)} MB):
textlens \`split(text, "word")\` with the dictionaries loaded beforehand, word-like flags summed,
against an \`Intl.Segmenter(lang, { granularity: "word" })\` made once per language, \`isWordLike\`
counted; same page and rounds as the other tasks. The word counts differ where the dictionaries do.

${lines.join("\n")}

Loading the dictionary module: \`loadDictionaries(url)\` after \`init()\`, timed from the call to its
resolution (import of its small glue, fetch, compile and instantiate of textlens_dictionary_bg.wasm)
in fresh browser contexts, so nothing comes from the HTTP cache (uncached, from a local server: no
network latency); the main module's start-up is not included.

| measure | value |
| --- | --- |
| dictionary load, uncached (median of ${loads.length} fresh browser contexts) | ${load} |
| textlens_dictionary_bg.wasm raw / gzip -9 / brotli 11 (node:zlib) | ${kB(raw)} / ${kB(gzip)} / ${kB(brotli)} |`;
}

/** Highlighting at every term count: ranges(text), ranges(doc) and the RegExp, in both harnesses. */
function termCountTable(results) {
  const lines = [
    "| terms | text | RegExp | ranges(text) | ratio | ranges(doc) | ratio | plain: RegExp | ranges(text) | ratio | ranges(doc) | ratio |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const cells = (rows, task, text) => {
    const regexp = findRow(rows, task, text, "RegExp");
    const onText = findRow(rows, task, text, "textlens", "highlighter.ranges(text)");
    const onDoc = findRow(rows, task, text, "textlens", "highlighter.ranges(doc)");
    if (!regexp || !onText || !onDoc) return ["–", "–", "–", "–", "–"];
    const mark = (row) => (row.msPerByte ? `${ms(row.medianMs)} ¹` : ms(row.medianMs));
    return [mark(regexp), ms(onText.medianMs), ratio(regexp.medianMs / onText.medianMs), ms(onDoc.medianMs), ratio(regexp.medianMs / onDoc.medianMs)];
  };
  for (const terms of results.termSets) {
    const task = `highlight-${terms.length}`;
    for (const text of results.texts.filter((t) => t.english).map((t) => t.label)) {
      if (!findRow(results.rows, task, text, "RegExp")) continue;
      lines.push(`| ${fmt(terms.length)} | ${text} | ${[...cells(results.rows, task, text), ...cells(results.plainRows ?? [], task, text)].join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

/** A contestant's description up to its first ": " (the detail after it is in the task tables). */
const shortHow = (row) => row.how.split(": ")[0].replaceAll("|", "\\|");

/** How far apart the harness's times and the plain page's lie, as "a–b ms". */
const spread = (times) => `${fmt(Math.min(...times), 1)}–${fmt(Math.max(...times), 1)} ms`;

/** Each plain row beside the harness's row for the same contestant and text. */
function harnessVsPlain(results) {
  const lines = [
    "| task | text | peer | how | harness (its calls) | plain page (its calls) | harness ÷ plain | over 30 %? |",
    "| --- | --- | --- | --- | ---: | ---: | ---: | :---: |",
  ];
  for (const plain of results.plainRows ?? []) {
    const harness = results.rows.find((r) => r.task === plain.task && r.text === plain.text && r.peer === plain.peer && r.how === plain.how);
    if (!harness) continue;
    const quotient = harness.medianMs / plain.medianMs;
    const sliced = harness.msPerByte === null ? "" : ` ¹ (${fmt(harness.sliceMs, 1)} ms on ${kB(harness.sliceBytes)})`;
    lines.push(
      `| ${plain.task} | ${plain.text} | ${plain.peer} | ${shortHow(plain)} | ${ms(harness.medianMs)}${sliced} (${spread(harness.runsMs)}) | ` +
        `${ms(plain.medianMs)} (${spread(plain.runsMs)}) | ${relative(quotient)} | ${Math.abs(quotient - 1) > 0.3 ? "**yes**" : "no"} |`,
    );
  }
  return lines.join("\n");
}

/** The plain page's method, its rows beside the harness's, and a note on each gap over 30 %. */
function plainSection(results) {
  const { plainCalls, plainCallsLarge } = results.settings;
  return `An ordinary page, as a new user would time textlens: served without cross-origin isolation
(so \`performance.now()\` is coarsened to 0.1 ms), in a second browser started with no extra flags
(no \`gc()\`). Each contestant runs alone, in a fresh browser context (its own renderer process and
heap), on the same text as a string fetched from the server: one untimed warm-up call, then
${plainCalls} calls back to back (${plainCallsLarge} on texts over 5 MB), the median reported. The contestants'
code is the harness's own (bench/peers.js: one \`Intl.Segmenter\` made once per granularity, the
RegExp and the Highlighter compiled before the calls, untimed), so a gap between the two is what the
harness's page and order cost, not a different way of calling the peer.

${harnessVsPlain(results)}

${gapNotes(results)}

Why the two differ:

${whyTheyDiffer(results)}`;
}

/**
 * One line per contestant whose harness time is over 30 % from its plain time: which way; whether
 * the fastest calls, the ones the machine's load disturbed least, are as far apart; whether the
 * harness extrapolated it from a slice.
 */
function gapNotes(results) {
  const notes = [];
  for (const plain of results.plainRows ?? []) {
    const harness = results.rows.find((r) => r.task === plain.task && r.text === plain.text && r.peer === plain.peer && r.how === plain.how);
    if (!harness || Math.abs(harness.medianMs / plain.medianMs - 1) <= 0.3) continue;
    const way = harness.medianMs > plain.medianMs ? "slower" : "faster";
    const why = [];
    if (harness.msPerByte !== null) why.push(`the harness timed it on a ${kB(harness.sliceBytes)} slice and extrapolated, the plain page ran the whole text`);
    const fastest = Math.min(...harness.runsMs) / Math.min(...plain.runsMs);
    why.push(
      harness.msPerByte === null && Math.abs(fastest - 1) <= 0.3
        ? `the fastest calls are within 30 % of each other (${ms(Math.min(...harness.runsMs))} and ${ms(Math.min(...plain.runsMs))}): the medians moved with the load`
        : `the calls spread over ${spread(harness.runsMs)} in the harness and ${spread(plain.runsMs)} in the plain page`,
    );
    const gap = fmt(Math.abs(harness.medianMs / plain.medianMs - 1) * 100);
    notes.push(`- ${plain.peer} \`${shortHow(plain)}\`, ${plain.task}, ${plain.text}: ${gap} % ${way} in the harness; ${why.join("; ")}.`);
  }
  if (notes.length === 0) return "Every contestant's harness time is within 30 % of its plain-page time.";
  return `Gaps over 30 %, with what this run's own calls say about each (the causes are discussed below):\n\n${notes.join("\n")}`;
}

/** Harness ÷ plain for one contestant on 1 MB, formatted, or "?" when either row is missing. */
function harnessOverPlain(results, task, peer, how = "") {
  const plain = findRow(results.plainRows ?? [], task, "1 MB", peer, how);
  const harness = plain && results.rows.find((r) => r.task === task && r.text === "1 MB" && r.peer === peer && r.how === plain.how);
  return harness ? `${ms(harness.medianMs)} against ${ms(plain.medianMs)} (${relative(harness.medianMs / plain.medianMs)})` : "?";
}

/** How far one contestant's calls spread, over every plain-page row and its harness row. */
function loadSpread(results) {
  const factors = [];
  for (const plain of results.plainRows ?? []) {
    const harness = results.rows.find((r) => r.task === plain.task && r.text === plain.text && r.peer === plain.peer && r.how === plain.how);
    for (const times of [plain.runsMs, harness?.msPerByte === null ? harness.runsMs : null]) {
      if (times?.length > 1) factors.push(Math.max(...times) / Math.min(...times));
    }
  }
  if (factors.length === 0) return "";
  const sorted = factors.sort((a, b) => a - b);
  return `in this run a contestant's slowest call took a median ${ratio(sorted[sorted.length >> 1])} its fastest (up to
  ${ratio(sorted.at(-1))}), in both harnesses.`;
}

/** The plain page's contestants that the harness timed on a slice. */
function slicedInPlain(results) {
  const sliced = (results.plainRows ?? [])
    .map((plain) => results.rows.find((r) => r.task === plain.task && r.text === plain.text && r.peer === plain.peer && r.how === plain.how))
    .filter((row) => row && row.msPerByte !== null)
    .map((row) => `${row.peer} (${row.task}, ${row.text}, on ${kB(row.sliceBytes)})`);
  if (sliced.length === 0) return "Every contestant of the plain page ran on the whole text in the harness too.";
  return `The harness timed ${sliced.join(", ")} on a leading slice, as it does for a call over
  half a second, and extrapolated (¹); the plain page runs the whole text.`;
}

/** What makes the two harnesses differ, with this run's figures where they show it. */
function whyTheyDiffer(results) {
  return `- **Garbage from other contestants.** Last round's harness (results of 2026-11-29) timed
  \`encodeInto\` at 4.0–5.6 ms on 1 MB and Intl.Segmenter at 131 ms, where issue 19's plain page
  saw 1.1–1.9 ms and 39–48 ms. The harness now makes one \`Intl.Segmenter\` per granularity
  (making one costs 0.01–0.1 ms in Node's V8, so that was not the gap) and collects the garbage
  before every call. What is left is the likeliest cause: a contestant that allocates, like
  Intl.Segmenter (one object per segment) or any call returning large arrays, left V8 a collection
  to run, and it ran it inside a later contestant's timed call. In this run, harness against plain on 1 MB: the floor ${harnessOverPlain(results, "words", "TextEncoder.encodeInto")},
  Intl.Segmenter ${harnessOverPlain(results, "words", "Intl.Segmenter")}.
- **Order.** The harness interleaves the contestants (each runs once a round), the plain page
  runs one contestant's calls back to back in a process of its own, where its code and data can stay
  in the caches from one call to the next; the calls that take a few ms (10 terms on 1 MB) are the
  ones that would gain most from that.
- **Load.** Other engineers' builds and tests ran on the same two cores throughout: ${loadSpread(results)}
  Where the fastest calls agree, the gap in the medians is the load's, not the harness's.
- **Slices.** ${slicedInPlain(results)}
- **Cross-origin isolation** changes the timer's resolution (5 µs in the harness, 0.1 ms in the
  plain page), not the speed of the code.`;
}

/** The worker-pool batch: one thread against one worker per core, in Node and in the browser. */
function poolSection(results) {
  const { pool } = results;
  if (!pool) return "Not run (BENCH_ONLY).";
  const MiB = (bytes) => `${fmt(bytes / 2 ** 20, 1)} MiB`;
  const line = (where, run, memory) =>
    `| ${where} | ${run.threads === 0 ? "one thread, no worker" : `${run.threads} workers`} | ${ms(run.startMs)} | ${ms(run.batchMs)} | ` +
    `${speed(pool.bytes / MB / (run.batchMs / 1000))} | ${memory} | ${run.wasmBytes.map(MiB).join(" + ")} |`;
  const rows = [];
  for (const [where, runs] of [["Node (worker_threads)", pool.node], ["Chromium (Web Workers)", pool.browser]]) {
    const rss = (run) => (run.maxRssBytes ? `${MiB(run.maxRssBytes)} peak RSS` : "–");
    rows.push(line(where, runs.single, rss(runs.single)), line(where, runs.pool, rss(runs.pool)));
  }
  const speedUp = (runs) => runs.single.batchMs / runs.pool.batchMs;
  const withStart = (runs) => (runs.single.startMs + runs.single.batchMs) / (runs.pool.startMs + runs.pool.batchMs);
  return `The batch: the ${pool.articles} text files of ../shared/corpus/${pool.dirs.join(", ../shared/corpus/")}
(${fmt(pool.bytes / MB, 2)} MB; the corpus has ${pool.articles} files, not the issue's 200), in name order. Each
article gets \`count(text)\`, \`split(text, "sentence")\` and \`ranges(text)\` of a Highlighter for the
${fmt(pool.terms)}-term set, compiled once per thread before the batch (bench/pool-work.js). The pool has one
worker per core (${pool.cores} here); each worker takes the next article when it has answered the last, the
article going in as a string by \`postMessage\`. One thread is the same loop with no worker. Each mode
runs in its own process (Node) or fresh browser context (Chromium, an ordinary page); start-up is
starting the workers, loading the wasm module and compiling the Highlighter in each, and is not in
the batch time. ${totalsLine(pool)}

| runtime | threads | start-up | batch | MB/s | process memory | wasm memory per thread |
| --- | --- | ---: | ---: | ---: | --- | --- |
${rows.join("\n")}

Speed-up of the batch on ${pool.cores} workers over one thread: **${ratio(speedUp(pool.node))}** in Node,
**${ratio(speedUp(pool.browser))}** in Chromium (${ratio(withStart(pool.node))} and ${ratio(withStart(pool.browser))} counting start-up).
The ideal is ${pool.cores}× on an idle machine; this one was shared with other builds (load average
${fmt(results.load.before, 1)} before the run and ${fmt(results.load.after, 1)} after, on ${results.machine.cpus} cores), so a second worker mostly
waits for a core, and the pool's speed-up here says little about an idle machine. Its costs hold
on any machine: each worker has its own wasm memory and V8 heap (Node's peak RSS was
${MiB(pool.node.pool.maxRssBytes - pool.node.single.maxRssBytes)} more with the pool than on one thread), and start-up is paid once per worker.`;
}

/** The four runs' totals, said once where they agree, each where they do not. */
function totalsLine(pool) {
  const runs = [["Node, one thread", pool.node.single], ["Node, pool", pool.node.pool], ["Chromium, one thread", pool.browser.single], ["Chromium, pool", pool.browser.pool]];
  const said = ({ words, sentences, matches }) => `${fmt(words)} words, ${fmt(sentences)} sentences, ${fmt(matches)} matches`;
  const first = JSON.stringify(runs[0][1].totals);
  if (runs.every(([, run]) => JSON.stringify(run.totals) === first)) return `Every mode gave the same totals (${said(runs[0][1].totals)}).`;
  return `The totals differ: ${runs.map(([where, run]) => `${where} ${said(run.totals)}`).join("; ")}.`;
}

function resultCell(row) {
  const varies = row.otherResults.length ? ` (other calls: ${row.otherResults.map((n) => fmt(n)).join(", ")})` : "";
  const count = `${fmt(row.result)} ${row.unit}${varies}`;
  if (row.msPerByte === null) return count;
  const how = [row.runsMs.length === 1 ? "timed once" : "", row.reusedFrom ? `timed in the ${row.reusedFrom} run` : ""].filter(Boolean);
  const note = how.length ? `; ${how.join(", ")}` : "";
  return `${count} on the ${kB(row.sliceBytes)} slice (textlens there: ${fmt(row.referenceResult)}${note})`;
}

function taskTable(rows) {
  const lines = [
    "| text | peer | how | median | MB/s | time ÷ textlens's | result |",
    "| --- | --- | --- | ---: | ---: | ---: | --- |",
  ];
  for (const row of rows) {
    const reference = rows.find((r) => r.text === row.text);
    const median = row.msPerByte === null ? ms(row.medianMs) : `${ms(row.medianMs)} ¹`;
    lines.push(
      `| ${row.text} | ${row.peer} | ${row.how.replaceAll("|", "\\|")} | ${median} | ${speed(row.bytes / MB / (row.medianMs / 1000))} | ` +
        `${relative(row.medianMs / reference.medianMs)} | ${resultCell(row)} |`,
    );
  }
  return lines.join("\n");
}

function taskSections(results) {
  const sections = [];
  for (const task of [...new Set(results.rows.map((r) => r.task))]) {
    const rows = results.rows.filter((r) => r.task === task);
    const compile = rows
      .filter((r, i) => r.compileMs !== null && rows.findIndex((x) => x.text === r.text) === i)
      .map((r) => `${ms(r.compileMs)} (${r.text})`);
    const note = compile.length ? `\nCompiling the Highlighter (once per text, not in the times above): ${compile.join(", ")}.\n` : "";
    sections.push(`### ${rows[0].title}\n\n${taskTable(rows)}\n${note}`);
  }
  return sections.join("\n");
}

function startupSection(results) {
  const { raw, gzip, brotli } = results.wasm;
  const sorted = [...results.coldStartMs].sort((a, b) => a - b);
  const coldMedian = sorted[sorted.length >> 1];
  const memory = results.memory.map((m) => `${fmt(m.bytes / 2 ** 20, 1)} MiB after the ${m.text} tasks`).join(", ");
  return `| measure | value |
| --- | --- |
| cold start: fetch + compile + instantiate of the .wasm (median of ${sorted.length} fresh browser contexts) | ${ms(coldMedian)} (${sorted.map((t) => fmt(t)).join(", ")} ms) |
| .wasm raw / gzip -9 / brotli 11 (node:zlib) | ${kB(raw)} / ${kB(gzip)} / ${kB(brotli)} |
| wasm memory (\`memory.buffer.byteLength\`, from the raw glue's exports; it never shrinks) | ${memory} |`;
}

/** Why the result columns disagree: each peer's own rule, checked against the tables above. */
const WHY_COUNTS_DIFFER = `Checked on a sample sentence (\`It ends here.—Then all-in-one — and 20,000 don't\\nstop\`):

- **Words.** textlens (\`wordCount\`, \`count\`) counts UAX #29 word-like segments with its documented
  rules on top: a hyphenated compound is one word, as is a clock time; Chinese and Japanese count one
  word per character (9 in the sample). \`split(text, "word")\`'s word-like flags are the plain
  UAX #29 segments, so the words row of \`split\` and \`Intl.Segmenter\` agree closely (11 in the
  sample: "all", "in", "one"), and differ only where the Unicode versions or ICU's dictionaries for
  Chinese, Japanese and Thai differ. wink-nlp splits contractions ("do" + "n't", "it" + "'s") and
  counts numbers and e-mails as tokens. compromise's tokenizer splits "all-in-one" into three, keeps
  "here.—Then" as one and glues a lone dash to the word before. \`/\\S+/g\` and reading-time count
  runs between spaces (reading-time adds one word per CJK character). text-readability's
  \`lexiconCount\` deletes punctuation first, so "all-in-one" becomes "allinone" and "here.—Then"
  "hereThen" (8 in the sample). On the UDHR mix the space-counting peers see a Chinese, Japanese or
  Thai paragraph as a few long "words".
- **Sentences.** textlens's article mode keeps "Mr.", "U.S.", "No. 5" and initials inside a sentence,
  ends one at a paragraph break and joins the lines of a hard-wrapped paragraph. \`Intl.Segmenter\`
  is plain UAX #29: it breaks after "Mr. " before a capital and after every line break, so each line
  of the hard-wrapped Gutenberg books becomes a sentence. sbd ignores line breaks by default, so a
  heading without a full stop runs into the next sentence; wink-nlp and compromise use their own
  abbreviation lists and rules.
- **Repeated calls.** A result that changed between calls on the same text is listed as "other
  calls" (wink-nlp's word count did, by a few dozen words per MB, when this was written); textlens
  gives the same result on every call (the smoke test checks it).
- **Statistics.** The word counts in that table are each library's own: textlens \`count(text).words\`,
  text-readability \`lexiconCount\`, reading-time's \`words\` (see Words).
- **Highlighting.** Every contestant matches the terms as whole words, ignoring case. The RegExp's
  \`\\b\` is ASCII-only, so the term "don" matches inside "don't" (textlens: 1 match for "don" and
  "stop" in the sample, the RegExp 2) and a term next to a non-ASCII letter is missed; textlens's
  whole-word test uses Unicode word boundaries. mark.js "exactly" needs whitespace or one of the
  limiter characters on both sides of a match. The four textlens outputs are the same matches (the
  terms are single distinct words, so none overlap).`;

/** The floor and the RegExp on the 1 MB text in both harnesses, for the highlighting paragraph of `limits`. */
function highlightFloor(results) {
  const figures = [["harness", results.rows], ["plain page", results.plainRows ?? []]].map(([where, rows]) => {
    const floor = findRow(rows, "words", "1 MB", "TextEncoder.encodeInto");
    const regexp = findRow(rows, "highlight-1000", "1 MB", "RegExp");
    if (!floor || !regexp) return null;
    return `${where}: the floor ${ms(floor.medianMs)}, the RegExp ${ms(regexp.medianMs)}, so 2× leaves ${ms(regexp.medianMs / 2)} for the whole call and 4× ${ms(regexp.medianMs / 4)} for the work on a document`;
  });
  if (figures.some((f) => f === null)) return "";
  return ` In this run on 1 MB (copying the text into a buffer, \`encodeInto\`, is the floor): ${figures.join("; ")}.
  The copy is a fraction of what the 2× target leaves, so it is not what keeps the string path from it.`;
}

/** The median of a row of this run, formatted, or "?" when the row is missing. */
function medianOf(results, task, text, peer, how) {
  const row = findRow(results.rows, task, text, peer, how);
  return row ? ms(row.medianMs) : "?";
}

/** The sentence target at 1 MB against what copying the text alone costs, for `limits`. */
function sentenceFloor(results) {
  const sbd = findRow(results.rows, "sentences", "1 MB", "sbd");
  if (!sbd) return "";
  return ` At 1 MB sbd took ${ms(sbd.medianMs)} in this run, so 10× means ${ms(sbd.medianMs / 10)} in all;
  copying the text in alone (\`encodeInto\`, the floor) took ${medianOf(results, "words", "1 MB", "TextEncoder.encodeInto")} and the
  split of a \`TextDocument\` ${medianOf(results, "boundary", "1 MB", "textlens", 'doc.split("sentence")')}.`;
}

/** What limits the missed targets: profiled natively, with this run's figures. */
function limits(results) {
  return `Profiled natively (callgrind instruction counts of \`examples/profile_highlight\`,
\`examples/profile_words\` and \`examples/profile_split\` on the 1 MB English text, 2026-11-29):

- **Strings in.** Every call with a string copies it into wasm memory with one
  \`TextEncoder.encodeInto\` into a buffer of \`text.length\` bytes (a second one for the rest of
  a text with non-ASCII characters), instead of wasm-bindgen's copy of the ASCII prefix in a
  JavaScript loop and a slice of the string. In this run \`new TextDocument(text)\`, which is that
  copy alone, took ${medianOf(results, "boundary", "1 MB", "textlens", "new TextDocument")} on 1 MB and the bare \`encodeInto\` ${medianOf(results, "boundary", "1 MB", "TextEncoder.encodeInto")} in the same rounds. The
  bytes are checked as UTF-8 on the way in (simdutf8, wasm SIMD: about 0.1 ms a MB for English,
  0.5 ms for the UDHR mix).
- **Highlighting vs the RegExp.** Whole-word and prefix terms (the default) are found by walking
  their Aho-Corasick automaton, anchored, from each place a word may start, folding the text as
  it reads, and a walk that reaches whitespace asks the automaton about a space before folding the
  run. The work behind \`ranges\` is 73 instructions a byte at 1,000 terms (80 before this
  change, 162 before the walks). About 9 is the scan for word starts; most of the rest is the
  walks, whose time goes to cache misses on the automaton's states, and about 340 instructions for
  each of the 22,000 hits (boundary tests, snapping to graphemes, sorting).${highlightFloor(results)} V8 compiles
  the alternation to native code with an ASCII \`\\b\` and simple case folding only; textlens
  folds diacritics and Unicode case and tests Unicode word boundaries.
- **Words vs Intl.Segmenter.** \`split(text, "word")\` runs a table-driven automaton over ASCII,
  two halves of each long run side by side (26.9 instructions a byte, but a third less time than
  one lane), and returns \`starts\` and \`ends\` as two views of one array. What it pays beyond
  the scan is the copies: the string in, and on 10 MB 15 MB of boundaries and 4 MB of flags out
  into fresh JavaScript memory, whose first touch costs about 0.8 ms a MB in this virtual
  machine. \`wordCount\` does the counting alone. Intl.Segmenter's own time varies by a third or
  more between runs on this machine (76–131 ms on 1 MB and 710–1,090 ms on 10 MB in five runs on
  2026-11-29), which moves every ratio against it as much.
- **Sentences vs sbd.** Article mode is 10.7 instructions a byte natively (29 two sessions ago):
  breaks and terminators are found eight bytes a step, each line is measured once, and a period
  after a plain lower-case word before a capital is decided from a few bytes.${sentenceFloor(results)}`;
}

export function renderResults(results) {
  const { versions, machine, load, settings, corpora, termSets, texts } = results;
  const npm = Object.entries(versions)
    .filter(([name]) => name !== "chromium")
    .map(([name, version]) => `\`${name}\` ${version}`)
    .join(", ");
  const termLine = termSets
    .map((terms) => `${fmt(terms.length)} (${terms.slice(0, 5).join(", ")}, …)`)
    .join("; ");
  return `# textlens benchmarks

Generated by \`make bench\` (bench/run.mjs); do not edit by hand.

- Date: ${results.date}
- Browser: headless Chromium ${versions.chromium} (Debian). The harness: one cross-origin-isolated page,
  every contestant in the same page and run, the browser started with \`--js-flags=--expose-gc\` and a
  full garbage collection (untimed) before every timed call. The plain page: see its section.
- Machine: ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGiB} GiB, ${machine.os}; load average
  ${fmt(load.before, 1)} before the run, ${fmt(load.after, 1)} after. **The machine is shared with other engineers' builds and
  tests and was loaded during the run**: absolute times are inflated and vary from call to call;
  the ratios, taken between contestants of the same run, hold better and are what to quote.
- textlens: pkg/ release build. Peers: ${npm}, bundled from node_modules with esbuild into
  bench/dist/ (no CDN); \`Intl.Segmenter\`, \`TextEncoder\` and \`RegExp\` are the browser's own.
- Texts: ${texts.map((t) => `${t.label} (${fmt(t.bytes)} bytes)`).join(", ")}. English: the ${corpora.english.files}
  files of ../shared/corpus/en (${fmt(corpora.english.bytes / MB, 2)} MB: Gutenberg books, inaugural and
  State of the Union addresses) in name order, repeated where a size needs more. UDHR: the
  ${corpora.udhr.files} languages of ../shared/corpus/udhr, each whole, in name order, repeated. Cut at a
  character boundary; MB = 10^6 bytes of UTF-8. Highlighting runs on the English texts only; the
  one-language UDHR texts (Chinese, Japanese, Thai) only in the dictionary-words task.
- Highlight terms: from the English corpus's own vocabulary, its distinct lower-cased words of two or
  more ASCII letters ranked by frequency (ties alphabetically); for n terms every (vocabulary / n)-th
  word from the top, so each set spreads from "the" to rare words: ${termLine}. Matching is whole-word
  and case-insensitive for every peer.
- Method: per text and task, one untimed warm-up call per contestant (not repeated on the 10 MB text,
  which begins with the 1 MB one), then ${settings.runs} rounds (${settings.runsLarge} for texts over 5 MB) in which every
  contestant runs once (interleaved); the median round is reported. DOM contestants
  get a hidden element refilled (untimed) before every call with the text as one \`<p>\` per paragraph.
- ¹ Rows marked ¹ were timed on a slice. The peers that may be (wink-nlp, compromise, sbd,
  text-readability, mark.js, the RegExp alternation) run on a leading slice of the text, cut at a
  paragraph break, grown from 2,000 characters by doubling until one call takes about
  ${fmt(settings.sliceBudgetMs / 2)} ms; where the whole text fits in that, nothing is sliced or scaled. Their time
  for the whole text is extrapolated linearly, as the smaller of two estimates, which favours the
  peer: the median on the slice times (text bytes / slice bytes), and the median on the slice plus
  the remaining bytes at the cost per byte measured between the slice's first half and the whole
  slice (medians of three calls each; this one counts a fixed cost per call, such as mark.js
  building one RegExp per term, only once). A peer that takes over ${fmt(settings.sliceBudgetMs * 5 / 1000)} s on the first
  2,000 characters is timed there once more, warm, and once on their first half ("timed once"). The 10 MB
  English text begins with the 1 MB one, so its sliced rows reuse the 1 MB slices' times. Their
  result is the count on the slice, shown with textlens's count on the same slice. textlens and the
  floor always run on the whole text.
- "time ÷ textlens's" is the row's time divided by the task's first textlens row on the same text:
  4.0 means four times as long as textlens.

## Targets (issues 7, 15 and 19)

Each cell is the peer's median time / textlens's = the ratio (how many times faster textlens is);
"met" needs every measured ratio to reach the target. The plain page times only some contestants.

${targetsTable(results)}

Every target above includes copying the string into wasm memory on each call (and, for words,
copying the typed arrays out). A \`TextDocument\` pays the copy in once, for any number of calls;
the same comparisons with textlens working on one:

${documentTable(results)}

## Highlighting by term count

Whole word, case-insensitive, default options; the ratio is the RegExp's time over textlens's.

${termCountTable(results)}

## The plain page against the harness

${plainSection(results)}

## Scale past one core: a batch of articles on a worker pool

${poolSection(results)}

## Dictionary words (issue 15)

${dictionarySection(results)}

## What limits the missed targets

${limits(results)}

## Start-up, size, memory

${startupSection(results)}

## Tasks

${taskSections(results)}
## Why the counts differ

${WHY_COUNTS_DIFFER}
`;
}
