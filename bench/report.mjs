// Turns the raw results of runBench (harness.mjs) into bench/results.md: the set-up, the issue's
// targets with the measured ratios, start-up / size / memory, and one table per task.
const MB = 1_000_000;

const fmt = (n, digits = 0) => n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kB = (bytes) => `${fmt(bytes / 1000, 1)} kB`;
const ms = (value) => (value >= 100 ? `${fmt(value)} ms` : `${fmt(value, 1)} ms`);
const ratio = (value) => `${fmt(value, value >= 100 ? 0 : 1)}×`;
/** A time ratio: two decimals where small, fewer where large. */
const relative = (value) => fmt(value, value < 10 ? 2 : value < 100 ? 1 : 0);
/** Two significant digits for the slowest, one decimal otherwise. */
const speed = (mbPerSecond) => (mbPerSecond < 1 ? mbPerSecond.toPrecision(2) : fmt(mbPerSecond, 1));

/** The row of `task` on `text` whose peer is `peer` and whose description starts with `how`. */
function findRow(rows, task, text, peer, how = "") {
  return rows.find((r) => r.task === task && r.text === text && r.peer === peer && r.how.startsWith(how));
}

/** The issue's targets: [what, task, peer row, textlens row, wanted ratio, "faster" | "within"]. */
const TARGETS = [
  ["words ≥ 10× Intl.Segmenter (split, typed arrays)", "words", ["Intl.Segmenter"], ["textlens", "split("], 10],
  ["words ≥ 10× Intl.Segmenter (wordCount)", "words", ["Intl.Segmenter"], ["textlens", "wordCount"], 10],
  ["sentences ≥ 10× sbd", "sentences", ["sbd"], ["textlens"], 10],
  ["full statistics ≥ 50× text-readability", "statistics", ["text-readability"], ["textlens"], 50],
  ["1,000 terms ≥ 20× mark.js (DOM marks vs mark.js, same DOM)", "highlight-1000", ["mark.js"], ["textlens", "highlighter.apply("], 20],
  ["1,000 terms ≥ 5× RegExp (ranges vs RegExp)", "highlight-1000", ["RegExp"], ["textlens", "highlighter.ranges("], 5],
];

/**
 * The same comparisons with textlens working on a TextDocument (the text copied into wasm memory
 * before, untimed): what the work itself costs against the peer's whole call. Not the issue's
 * targets, which include the copy: [what, peer row (task, peer…), textlens row (task, peer, how)].
 */
const ON_A_DOCUMENT = [
  ["words (split) vs Intl.Segmenter", ["words", "Intl.Segmenter"], ["boundary", "textlens", 'doc.split("word")']],
  ["sentences vs sbd", ["sentences", "sbd"], ["boundary", "textlens", 'doc.split("sentence")']],
  ["1,000 terms (ranges) vs RegExp", ["highlight-1000", "RegExp"], ["highlight-1000", "textlens", "highlighter.ranges(doc)"]],
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

function targetsTable(results) {
  const lines = ["| target | text | peer | textlens | measured | met? |", "| --- | --- | ---: | ---: | ---: | :---: |"];
  const englishTexts = results.texts.filter((t) => t.english).map((t) => t.label);
  for (const [what, task, peer, ours, wanted] of TARGETS) {
    for (const text of englishTexts) {
      const theirs = findRow(results.rows, task, text, ...peer);
      const mine = findRow(results.rows, task, text, ...ours);
      if (!theirs || !mine) {
        lines.push(`| ${what} | ${text} | – | – | not measured (${!mine ? "textlens row" : "peer row"} missing) | – |`);
        continue;
      }
      const measured = theirs.medianMs / mine.medianMs;
      lines.push(`| ${what} | ${text} | ${ms(theirs.medianMs)} | ${ms(mine.medianMs)} | ${ratio(measured)} | ${measured >= wanted ? "met" : "missed"} |`);
    }
  }
  for (const text of englishTexts) {
    const floor = findRow(results.rows, "words", text, "TextEncoder.encodeInto");
    const mine = findRow(results.rows, "words", text, "textlens", "wordCount") ?? findRow(results.rows, "words", text, "textlens");
    if (!floor || !mine) continue;
    const within = mine.medianMs / floor.medianMs;
    lines.push(
      `| word count within 5× of the encodeInto floor (${mine.how.split(",")[0]}) | ${text} | ${ms(floor.medianMs)} | ` +
        `${ms(mine.medianMs)} | ${ratio(within)} the floor | ${within <= 5 ? "met" : "missed"} |`,
    );
  }
  return lines.join("\n");
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

/**
 * What limits the targets that were missed, as profiled natively on the 1 MB English text.
 */
/** The floor and the RegExp on the 1 MB text, for the highlighting paragraph of `limits`. */
function highlightFloor(results) {
  const floor = findRow(results.rows, "words", "1 MB", "TextEncoder.encodeInto");
  const regexp = findRow(results.rows, "highlight-1000", "1 MB", "RegExp");
  if (!floor || !regexp) return "";
  return ` In this run, copying the 1 MB text into a buffer (\`encodeInto\`, the floor) took
  ${ms(floor.medianMs)} and the RegExp ${ms(regexp.medianMs)}: 5× the RegExp means ${ms(regexp.medianMs / 5)} in all, less
  than it costs to hand the string to wasm at all.`;
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
- Browser: headless Chromium ${versions.chromium} (Debian), one cross-origin-isolated page, every peer in
  the same page and run
- Machine: ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGiB} GiB, ${machine.os}; load average
  ${fmt(load.before, 1)} before the run, ${fmt(load.after, 1)} after (the machine is shared with other builds: every peer is slowed alike)
- textlens: pkg/ release build. Peers: ${npm}, bundled from node_modules with esbuild into
  bench/dist/ (no CDN); \`Intl.Segmenter\`, \`TextEncoder\` and \`RegExp\` are the browser's own.
- Texts: ${texts.map((t) => `${t.label} (${fmt(t.bytes)} bytes)`).join(", ")}. English: the ${corpora.english.files}
  files of ../shared/corpus/en (${fmt(corpora.english.bytes / MB, 2)} MB: Gutenberg books, inaugural and
  State of the Union addresses) in name order, repeated where a size needs more. UDHR: the
  ${corpora.udhr.files} languages of ../shared/corpus/udhr, each whole, in name order, repeated. Cut at a
  character boundary; MB = 10^6 bytes of UTF-8. Highlighting runs on the English texts only.
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

## Targets (issue 7)

${targetsTable(results)}

Every target above includes copying the string into wasm memory on each call (and, for words,
copying the typed arrays out). A \`TextDocument\` pays the copy in once, for any number of calls;
the same comparisons with textlens working on one:

${documentTable(results)}

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
