// The page with real articles (../shared/corpus/news/seed-articles.txt, read at test time): every
// number, piece and legend count it shows must equal what the public JS API returns for the same
// text, computed in the same browser on the main thread (the page computes in its worker).
// Stepping through matches must scroll each into view; chunks must fit and re-make the text;
// exports must hold the same data; files open as text.
//
// Run: node --test tests/e2e/   (needs pkg/ built: `make test` does both)
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  formatCount, formatDuration, formatScore, loadApi, openPage, parseCount, pasteText, readSeedArticles,
  RESULTS_DIR, texts, useSite, waitForResults,
} from "./support.mjs";

const site = useSite();
let article;
before(async () => {
  article = await readSeedArticles();
});

/** The page's name of each readability score (its table rows carry the API key). */
const SCORE_KEYS = [
  "fleschReadingEase", "fleschKincaidGrade", "gunningFog", "smog", "colemanLiau", "automatedReadability",
  "daleChall", "lix", "rix", "linsearWrite", "consensusGrade",
];

/** The legend's label of each detector category (what a reader sees). */
const DETECTOR_LABELS = {
  quote: "Quotations", date: "Dates", time: "Times", money: "Money", percentage: "Percentages", number: "Numbers",
  name: "Names", hardSentence: "Hard sentences", veryHardSentence: "Very hard sentences", adverb: "Adverbs",
  passive: "Passive voice", repeated: "Repeated words", longWord: "Long words",
};

/** Opens the page with the seed articles pasted and analysed, and the API loaded for expectations. */
async function openWithArticle(options) {
  const opened = await openPage(site, options);
  await pasteText(opened.page, article);
  await waitForResults(opened.page);
  await loadApi(opened.page);
  return opened;
}

/** What a piece list shows: each item's text and its counts. */
function shownPieces(page) {
  return page.$$eval("#piece-list .piece", (items) =>
    items.map((item) => ({
      text: item.querySelector(".piece-text").textContent,
      words: Number(item.querySelector(".piece-counts").dataset.words),
      characters: Number(item.querySelector(".piece-counts").dataset.characters),
    })),
  );
}

/**
 * The API's pieces of `granularity`, trimmed, blank ones left out, with `count` of each alone.
 * Sentences are those `count()` counts (its per-sentence list), so the list agrees with the numbers.
 */
function apiPieces(page, granularity) {
  return page.evaluate(
    ([text, granularity]) =>
      (granularity === "sentence"
        ? window.textlens.count(text).perSentence.map((s) => text.slice(s.start, s.end))
        : window.textlens.split(text, granularity).texts())
        .map((piece) => piece.trim())
        .filter((piece) => piece !== "")
        .map((piece) => {
          const stats = window.textlens.count(piece);
          return { text: piece, words: stats.words, characters: stats.characters.graphemes };
        }),
    [article, granularity],
  );
}

async function selectPiecesTab(page, kind) {
  await page.click(`#tab-${kind}`);
  await waitForResults(page);
}

test("every number shown equals the JS API's count of the same text", async () => {
  const { page, problems, context } = await openWithArticle();
  const stats = await page.evaluate((text) => window.textlens.count(text), article);
  assert.ok(stats.words > 900 && stats.sentences > 30, "the corpus article is long enough to mean something");

  const shown = async (id) => (await page.textContent(`#${id}`)).trim();
  assert.equal(await shown("stat-words"), formatCount(stats.words));
  assert.equal(await shown("stat-characters"), formatCount(stats.characters.graphemes));
  assert.equal(await shown("stat-characters-no-spaces"), formatCount(stats.characters.nonSpace));
  assert.equal(await shown("stat-sentences"), formatCount(stats.sentences));
  assert.equal(await shown("stat-paragraphs"), formatCount(stats.paragraphs));
  assert.equal(await shown("stat-reading-time"), formatDuration(stats.time.readingSeconds));
  assert.equal(await shown("stat-speaking-time"), formatDuration(stats.time.speakingSeconds));
  assert.equal(await shown("stat-grade"), formatScore(stats.readability.consensusGrade.value));
  assert.equal(await shown("stat-flesch"), formatScore(stats.readability.fleschReadingEase.value));
  assert.notEqual(await shown("stat-grade-label"), "", "the grade has a plain-words label");
  assert.notEqual(await shown("stat-flesch-label"), "");

  // The full readability table, opened on demand.
  await page.click(".readability summary");
  const table = await page.$$eval("#readability-table tr", (rows) =>
    rows.map((row) => [row.dataset.score, row.querySelector("td").textContent]),
  );
  assert.deepEqual(table, SCORE_KEYS.map((key) => [key, formatScore(stats.readability[key].value)]));
  assert.ok(await page.isVisible("#readability-table"));

  // Limits.
  const { twitter, sms, metaTitle } = stats.limits;
  assert.equal(await shown("limit-twitter"), `${formatCount(twitter.length)} / 280`);
  // Meta title and description are measured on the headline and the first paragraph after it.
  const trimmed = article.trim();
  const headline = trimmed.slice(0, trimmed.indexOf("\n")).trim();
  const firstParagraph = trimmed.slice(trimmed.indexOf("\n") + 1).trim().split(/\n\s*\n/)[0].trim();
  const graphemes = (text) => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].length;
  assert.ok(metaTitle.length > graphemes(headline), "the whole text is longer than its headline");
  assert.equal(await shown("limit-meta-title"), `${formatCount(graphemes(headline))} / 60`);
  assert.equal(await shown("limit-meta-description"), `${formatCount(graphemes(firstParagraph))} / 160`);
  assert.equal(await shown("limit-meta-title-source"), "(the first line)");
  const smsShown = await shown("limit-sms");
  assert.match(smsShown, new RegExp(`^${formatCount(sms.segments)} messages \\(.*${formatCount(sms.units)} units\\)$`));

  // Insights: top words, sentence lengths, difficulty of each sentence.
  const bars = await page.$$eval("#chart-words g", (groups) =>
    groups.map((g) => [g.querySelector(".chart-label").textContent, Number(g.querySelector(".chart-value").textContent)]),
  );
  assert.deepEqual(bars, stats.frequencies.words.map(({ text, count }) => [text, count]));
  const histogram = await page.$$eval("#chart-lengths g", (groups) =>
    groups.map((g) => Number(g.querySelector(".chart-value").textContent || 0)),
  );
  const bounds = [[1, 5], [6, 10], [11, 15], [16, 20], [21, 25], [26, 30], [31, 40], [41, Infinity]];
  assert.deepEqual(histogram, bounds.map(([low, high]) => stats.perSentence.filter((s) => s.words >= low && s.words <= high).length));
  assert.equal(histogram.reduce((a, b) => a + b, 0), stats.sentences);
  const strip = await page.$$eval("#chart-difficulty rect", (rects) => rects.map((r) => r.getAttribute("class")));
  assert.deepEqual(strip, stats.perSentence.map((s) => `difficulty-${s.difficulty}`));

  assert.deepEqual(problems, []);
  await context.close();
});

test("the sentences and paragraphs tabs show the API's pieces with their own counts", async () => {
  const { page, problems, context } = await openWithArticle();
  const sentences = await apiPieces(page, "sentence");
  assert.deepEqual(await shownPieces(page), sentences);
  assert.equal(await page.textContent("#piece-summary"), `${sentences.length} sentences`);
  assert.equal(await page.textContent("#stat-sentences"), formatCount(sentences.length), "Numbers and Pieces agree");

  await selectPiecesTab(page, "paragraph");
  assert.deepEqual(await shownPieces(page), await apiPieces(page, "paragraph"));

  // Copy all puts every paragraph on the clipboard, separated by blank lines.
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
  await page.click("#copy-all");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, (await apiPieces(page, "paragraph")).map((p) => p.text).join("\n\n"));
  await page.click("#piece-list .piece:nth-child(3) .copy");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), (await apiPieces(page, "paragraph"))[2].text);
  assert.deepEqual(problems, []);
  await context.close();
});

test("chunks of at most 280 characters fit and put back together give the text", async () => {
  const { page, problems, context } = await openWithArticle();
  await selectPiecesTab(page, "chunk");
  await page.click('[data-preset="sms"]');
  await waitForResults(page);
  await page.click('[data-preset="280"]');
  await waitForResults(page);
  assert.equal(await page.inputValue("#chunk-size"), "280");

  const chunks = await texts(page, "#piece-list .piece-text");
  const expected = await page.evaluate((text) => window.textlens.split(text, "chunk", { maxSize: 280 }).texts(), article);
  assert.deepEqual(chunks, expected);
  assert.ok(chunks.length > 10);
  assert.equal(chunks.join(""), article, "the chunks re-make the text");
  // Sizes measured independently of textlens, with the browser's own grapheme segmenter.
  const sizes = await page.evaluate(
    (chunks) => chunks.map((c) => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(c)].length),
    chunks,
  );
  for (const size of sizes) assert.ok(size <= 280, `a chunk of ${size} characters`);

  // With one sentence of overlap (the articles' sentences need room for it: 1,000 characters), the
  // new parts still re-make the text and each chunk still fits.
  await page.click('[data-preset="1000"]');
  await waitForResults(page);
  await page.fill("#chunk-overlap", "1");
  await waitForResults(page);
  const overlapped = await page.$$eval("#piece-list .piece-text", (items) =>
    items.map((item) => ({ all: item.textContent, repeated: item.querySelector(".overlap")?.textContent ?? "" })),
  );
  assert.equal(overlapped.map(({ all, repeated }) => all.slice(repeated.length)).join(""), article);
  assert.ok(overlapped.slice(1).some(({ repeated }) => repeated !== ""), "later chunks repeat a sentence");
  assert.match(await page.textContent("#piece-summary"), /; \d+ repeat the end of the one before$/);
  for (const { all } of overlapped) assert.ok([...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(all)].length <= 1000);

  // A bad size is explained in words next to the field, and the list shown is marked stale.
  await page.fill("#chunk-size", "0");
  await page.waitForSelector("#chunk-size-error:not(:empty)");
  assert.equal(await page.textContent("#chunk-size-error"), "Enter a whole number of 1 or more (characters, words or units per chunk).");
  assert.equal(await page.getAttribute("#pieces", "data-status"), "stale");
  assert.equal(await page.getAttribute("#chunk-size", "aria-invalid"), "true");
  await page.fill("#chunk-size", "2.5");
  assert.equal(await page.getAttribute("#pieces", "data-status"), "stale");
  await page.fill("#chunk-size", "300");
  await waitForResults(page);
  assert.equal(await page.textContent("#chunk-size-error"), "");
  assert.deepEqual(problems, []);
  await context.close();
});

/** The legend as shown: label -> count. */
async function shownLegend(page) {
  const entries = await page.$$eval(".legend-entry", (buttons) =>
    buttons.map((b) => [b.querySelector(".legend-label").textContent, b.querySelector(".legend-count").textContent]),
  );
  return Object.fromEntries(entries.map(([label, count]) => [label, parseCount(count)]));
}

/** Counts per legend label of the API's Highlighter with `rules` (terms' categories are named by the term). */
function apiLegend(page, rules) {
  return page.evaluate(
    ([text, rules, labels]) => {
      const highlighter = new window.textlens.Highlighter(rules);
      const counts = {};
      for (const category of highlighter.categories) counts[labels[category.name] ?? category.name] = 0;
      for (const match of highlighter.ranges(text)) counts[labels[match.category.name] ?? match.category.name]++;
      highlighter.free();
      return counts;
    },
    [article, rules, DETECTOR_LABELS],
  );
}

/** The API's matches of one term, in text order. */
function apiMatches(page, rules, category) {
  return page.evaluate(
    ([text, rules, category]) => {
      const highlighter = new window.textlens.Highlighter(rules);
      const matches = [...highlighter.ranges(text)].filter((m) => m.category.name === category).map(({ start, end }) => ({ start, end }));
      highlighter.free();
      return matches;
    },
    [article, rules, category],
  );
}

/**
 * Where the reader's current match is: its offsets (data attributes), its text and whether it
 * lies inside the reader's visible box (found by walking the reader's text nodes independently).
 */
function currentMatch(page) {
  return page.evaluate(() => {
    const reader = document.getElementById("reader");
    const start = Number(reader.dataset.currentStart);
    const end = Number(reader.dataset.currentEnd);
    // The reader shows the text one line per element; line breaks are between them.
    const nodes = [];
    let offset = 0;
    for (const line of reader.querySelectorAll(".line")) {
      const node = line.firstChild;
      if (node) nodes.push({ node, offset });
      offset += (node?.length ?? 0) + 1;
    }
    const at = (position) => {
      const found = nodes.findLast((n) => n.offset <= position);
      return [found.node, Math.min(position - found.offset, found.node.length)];
    };
    const range = new Range();
    range.setStart(...at(start));
    range.setEnd(...at(end));
    const box = reader.getBoundingClientRect();
    const rect = range.getBoundingClientRect();
    const inReader = rect.top >= box.top && rect.bottom <= box.bottom && rect.height > 0;
    const inWindow = rect.top >= 0 && rect.bottom <= window.innerHeight;
    return { start, end, text: range.toString(), inReader, inWindow, status: document.getElementById("step-status").textContent };
  });
}

test("terms and detectors: legend counts equal the Highlighter's, stepping shows each match", async () => {
  const { page, problems, context } = await openWithArticle();
  await page.fill("#terms", "WeChat\nTikTok, national security\njudge");
  for (const detector of ["quotes", "numbers", "names", "longWords"]) await page.check(`#detector-${detector}`);
  await waitForResults(page);

  const rules = {
    terms: ["WeChat", "TikTok", "national security", "judge"].map((text) => ({ text, category: text, className: "t" })),
    detectors: ["hardSentences", "adverbs", "passive", "longWords", "quotes", "numbers", "names"],
    accuracy: "whole",
    diacriticInsensitive: true,
  };
  const expected = await apiLegend(page, rules);
  assert.deepEqual(await shownLegend(page), expected);
  assert.ok(expected.WeChat >= 10 && expected.Quotations > 0 && expected.Names > 0, "the article has matches of each kind");

  // Each term has its own colour.
  const swatches = await page.$$eval(".legend-entry .swatch", (spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
  assert.equal(new Set(swatches.slice(0, 4)).size, 4);

  // Stepping: each press shows the next WeChat in the reader, in text order, then starts over.
  const wechat = await apiMatches(page, rules, "WeChat");
  const entry = page.locator(".legend-entry", { hasText: "WeChat" });
  for (const [i, match] of [...wechat, wechat[0]].entries()) {
    await entry.click();
    await page.waitForFunction(
      ([start]) => document.getElementById("reader").dataset.currentStart === String(start),
      [match.start],
    );
    const current = await currentMatch(page);
    assert.deepEqual({ start: current.start, end: current.end }, match);
    assert.equal(current.text.toLowerCase(), "wechat");
    assert.ok(current.inReader && current.inWindow, `match ${i + 1} is scrolled into view`);
    assert.equal(current.status, `WeChat: match ${(i % wechat.length) + 1} of ${wechat.length}`);
  }
  // Previous goes back.
  await page.click("#step-previous");
  await page.waitForFunction(([start]) => document.getElementById("reader").dataset.currentStart === String(start), [wechat.at(-1).start]);
  assert.ok((await currentMatch(page)).inReader);

  // The highlights are painted: one CSS highlight per category, as many ranges as matches.
  const painted = await page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size])));
  assert.equal(painted["term-0"], expected.WeChat);
  assert.equal(painted["tl-quote"], expected.Quotations);

  // Regular expressions, case-sensitive: the same as the API's pattern rules.
  await page.fill("#terms", "\\bUS\\b\nWe[A-Z]\\w+");
  await page.check("#opt-regex");
  await page.check("#opt-case");
  await page.uncheck("#opt-whole");
  await waitForResults(page);
  const regexRules = {
    patterns: [
      { pattern: "\\bUS\\b", category: "\\bUS\\b", className: "t" },
      { pattern: "We[A-Z]\\w+", category: "We[A-Z]\\w+", className: "t" },
    ],
    detectors: rules.detectors,
    caseSensitive: true,
  };
  const regexExpected = await apiLegend(page, regexRules);
  assert.deepEqual(await shownLegend(page), regexExpected);
  assert.ok(regexExpected["\\bUS\\b"] > 5);

  // A broken pattern is named by its line, in the reader's own words; the other terms still work.
  await page.fill("#terms", "\\bUS\\b\n(unclosed");
  await page.waitForSelector("#terms-error:not(:empty)");
  assert.equal(await page.textContent("#terms-error"), "Line 2, “(unclosed”, is not a valid regular expression; the other terms still work.");
  await waitForResults(page);
  assert.equal((await shownLegend(page))["\\bUS\\b"], regexExpected["\\bUS\\b"]);
  // With regular expressions on, a comma is part of the pattern, and the hint says so.
  await page.fill("#terms", "US, UK");
  assert.match(await page.textContent("#terms-hint"), /comma is part of its pattern/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("without the CSS Custom Highlight API, highlights fall back to textlens's escaped HTML", async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => delete CSS.highlights);
  const page = await context.newPage();
  await page.goto(site.origin + "/");
  await page.waitForSelector("html[data-ready=true]", { state: "attached" });
  assert.equal(await page.evaluate(() => "highlights" in CSS), false);

  const text = "Editors type <b>tags</b> & <script>alert(1)</script> freely.\n\nThe tags stay text. Tags!";
  await pasteText(page, text);
  await page.fill("#terms", "tags");
  await waitForResults(page);
  await page.waitForSelector("#reader mark");
  assert.equal(await page.textContent("#reader"), text, "the reader holds exactly the text");
  assert.equal(await page.locator("#reader b, #reader script").count(), 0, "markup in the text stays text");
  const marked = await texts(page, "#reader mark.term-0");
  assert.deepEqual(marked, ["tags", "tags", "Tags"]);

  // Stepping marks the current match: the first "tags", then the second.
  const entry = page.locator(".legend-entry", { hasText: "tags" });
  const currentIndex = () =>
    page.evaluate(() => [...document.querySelectorAll("#reader mark.term-0")].indexOf(document.querySelector("#reader mark.current")));
  await entry.click();
  assert.equal(await currentIndex(), 0);
  await entry.click();
  assert.equal(await currentIndex(), 1);
  assert.equal(await page.locator("#reader mark.current").count(), 1);
  await context.close();
});

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(source) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && source[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

async function download(page, what, format) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`[data-export="${what}"][data-format="${format}"]`),
  ]);
  return { name: file.suggestedFilename(), content: await readFile(await file.path(), "utf8") };
}

test("exports hold the same statistics, sentences, chunks and matches as the API", async () => {
  const { page, problems, context } = await openWithArticle({ contextOptions: { acceptDownloads: true } });
  await page.fill("#terms", "WeChat");
  await waitForResults(page);
  const stats = await page.evaluate((text) => window.textlens.count(text), article);

  const statsJson = await download(page, "statistics", "json");
  // Named by the text's first words and the day.
  const firstWords = article.toLowerCase().match(/[a-z0-9]+/g).slice(0, 4).join("-");
  const today = await page.evaluate(() => new Date().toLocaleDateString("sv"));
  assert.equal(statsJson.name, `textlens-statistics-${firstWords}-${today}.json`);
  assert.deepEqual(JSON.parse(statsJson.content), stats);
  const statsCsvFile = await download(page, "statistics", "csv");
  assert.ok(statsCsvFile.content.startsWith("\uFEFF"), "CSV starts with a UTF-8 byte-order mark");
  const statsCsv = parseCsv(statsCsvFile.content.slice(1));
  assert.deepEqual(statsCsv[0], ["metric", "value"]);
  const metric = (name) => statsCsv.find(([m]) => m === name)?.[1];
  assert.equal(metric("words"), String(stats.words));
  assert.equal(metric("characters.graphemes"), String(stats.characters.graphemes));
  assert.equal(metric("readability.smog.value"), String(Number(stats.readability.smog.value.toFixed(2))), "rounded to 2 decimals");
  assert.equal(metric("frequencies.words.1.text"), stats.frequencies.words[0].text);

  const sentences = await apiPieces(page, "sentence");
  const sentencesCsv = parseCsv((await download(page, "sentences", "csv")).content.slice(1));
  assert.deepEqual(sentencesCsv[0], ["index", "start", "end", "words", "characters", "grade", "difficulty", "text"]);
  assert.deepEqual(
    sentencesCsv.slice(1).map(([, , , words, characters, , , text]) => ({ text, words: Number(words), characters: Number(characters) })),
    sentences,
  );
  // The grade of each sentence, as count() gives it, rounded.
  const perSentence = await page.evaluate((text) => window.textlens.count(text).perSentence, article);
  assert.deepEqual(sentencesCsv.slice(1).map((row) => [row[5], row[6]]), perSentence.map((s) => [String(Number(s.grade.toFixed(2))), s.difficulty]));
  assert.ok(sentences.some(({ text }) => text.includes('"') || text.includes(",")), "quoting was exercised");
  const [piecesFile] = await Promise.all([page.waitForEvent("download"), page.click("#download-pieces")]);
  assert.equal(piecesFile.suggestedFilename(), "textlens-sentences.txt");
  assert.equal(await readFile(await piecesFile.path(), "utf8"), sentences.map((s) => s.text).join("\n"));
  const sentencesJson = JSON.parse((await download(page, "sentences", "json")).content);
  assert.deepEqual(sentencesJson.map((s) => article.slice(s.start, s.end)), sentences.map((s) => s.text));

  const chunksJson = JSON.parse((await download(page, "chunks", "json")).content);
  assert.equal(chunksJson.map((c) => c.text).join(""), article);

  const matches = JSON.parse((await download(page, "matches", "json")).content);
  const expected = await page.evaluate((text) => {
    const h = new window.textlens.Highlighter({ terms: [{ text: "WeChat", category: "term: WeChat" }], detectors: ["hardSentences", "adverbs", "passive"] });
    return [...h.ranges(text)].map(({ category, start, end, text: t }) => ({ category: category.name, start, end, text: t }));
  }, article);
  assert.deepEqual(matches.map(({ sentence, ...match }) => match), expected);
  // In CSV, each match with the number of its sentence (the last one starting at or before it).
  const matchesCsv = parseCsv((await download(page, "matches", "csv")).content.slice(1));
  const sentenceOf = (start) => perSentence.filter((s) => s.start <= start).length;
  assert.deepEqual(matchesCsv.slice(1), expected.map((m) => [m.category, String(sentenceOf(m.start)), String(m.start), String(m.end), m.text]));
  assert.deepEqual(problems, []);
  await context.close();
});

test("files open as text: HTML is reduced to its text and its scripts never run", async () => {
  const { page, problems, context } = await openPage(site);
  let dialogs = 0;
  page.on("dialog", (dialog) => (dialogs++, dialog.dismiss()));
  const html =
    "<!doctype html><html><head><title>Ignored</title><style>p{color:red}</style>" +
    "<script>alert('head')</script></head><body><h1>Town votes</h1>" +
    "<p>The ferry stays. <b>Everyone</b> cheered.</p><script>alert('body')</script>" +
    "<img src=x onerror=\"alert('img')\"><ul><li>One point.</li><li>Two &amp; three.</li></ul></body></html>";
  await page.setInputFiles("#file", { name: "story.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await waitForResults(page);
  assert.equal(await page.inputValue("#text"), "Town votes\n\nThe ferry stays. Everyone cheered.\n\nOne point.\n\nTwo & three.");
  assert.equal(dialogs, 0);

  // Only the main content: the article, else main, else the body without its navigation and footer.
  const chrome = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>";
  const footer = "<footer>© The Paper. All rights reserved.</footer>";
  for (const [body, kept] of [
    [`${chrome}<main><p>Main text.</p></main>${footer}`, "Main text."],
    [`${chrome}<div><article><h2>Headline</h2><p>Article text.</p></article><aside>Related</aside></div>${footer}`, "Headline\n\nArticle text."],
    [`${chrome}<div><p>Body text.</p><aside>Related</aside></div>${footer}`, "Body text."],
  ]) {
    await page.setInputFiles("#file", { name: "page.html", mimeType: "text/html", buffer: Buffer.from(`<!doctype html><body>${body}</body>`) });
    await waitForResults(page);
    assert.equal(await page.inputValue("#text"), kept);
  }

  const markdown = "# Notes\n\nA *short* list:\n\n- first\n- second\n";
  await page.setInputFiles("#file", { name: "notes.md", mimeType: "", buffer: Buffer.from(markdown) });
  await waitForResults(page);
  assert.equal(await page.inputValue("#text"), markdown);
  assert.equal(await page.textContent("#status"), "Opened notes.md; its Markdown is read as the prose it formats.");

  // Dropped on the text box.
  await page.evaluate(() => {
    const files = new DataTransfer();
    files.items.add(new File(["Dropped text. Two sentences."], "dropped.txt", { type: "text/plain" }));
    const zone = document.getElementById("text");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: files, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: files, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById("text").value === "Dropped text. Two sentences.");
  await waitForResults(page);
  assert.equal(await page.textContent("#stat-sentences"), "2");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the text survives a reload, and Clear removes it from the browser", async () => {
  const { page, problems, context } = await openPage(site);
  await page.click("#sample");
  await waitForResults(page);
  const sample = await page.inputValue("#text");
  assert.ok(sample.length > 1000);
  const words = await page.textContent("#stat-words");

  await page.reload();
  await waitForResults(page);
  assert.equal(await page.inputValue("#text"), sample);
  assert.equal(await page.textContent("#stat-words"), words);

  await page.click("#clear");
  await waitForResults(page);
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })).then((s) => Object.keys(s).filter((k) => k.includes("text"))), []);
  await page.reload();
  await waitForResults(page);
  assert.equal(await page.inputValue("#text"), "");
  assert.equal(await page.textContent("#stat-words"), "0");
  assert.deepEqual(problems, []);
  await context.close();
});

test("controls are labelled, tabs work from the keyboard, and nothing overflows a phone screen", async () => {
  const { page, problems, context } = await openPage(site, { viewport: { width: 375, height: 800 } });

  // Tab order follows the page: the skip link, the language and the goal in the numbers bar (one
  // stop each), the text tools and the text itself.
  const order = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  assert.deepEqual(order, ["skip-link", "lang", "goal-summary", "file", "sample", "clear", "format", "text"]);
  // Focus is visible: the focused control has an outline.
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), "none");

  await page.click("#sample");
  await waitForResults(page);

  const unlabelled = await page.$$eval("input, select, textarea, button", (controls) =>
    controls
      .filter((c) => !(c.labels?.length > 0 || c.getAttribute("aria-label") || (c.tagName === "BUTTON" && c.textContent.trim())))
      .map((c) => c.id || c.outerHTML),
  );
  assert.deepEqual(unlabelled, []);

  // Arrow keys move between tabs; the selected panel follows.
  await page.focus("#tab-sentence");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.id), "tab-paragraph");
  await waitForResults(page);
  assert.match(await page.textContent("#piece-summary"), /paragraphs/);

  const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(width <= 375, `page is ${width}px wide on a 375px screen`);
  await page.screenshot({ path: path.join(RESULTS_DIR, "app-narrow.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * In the page: every visible text whose colour contrasts with its background by less than WCAG AA
 * asks (4.5:1, or 3:1 for large text), as "text: ratio". Backgrounds are found by walking up to
 * the first opaque one, blending translucent ones on the way; disabled controls are exempt.
 */
function lowContrastTexts() {
  const parse = (css) => {
    const [r, g, b, a = 1] = css.match(/[\d.]+/g).map(Number);
    return { r, g, b, a };
  };
  const blend = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const channel = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const background = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const color = parse(getComputedStyle(e).backgroundColor);
      if (color.a > 0) layers.push(color);
      if (color.a === 1) break;
    }
    return layers.reduceRight((under, over) => blend(over, under), { r: 255, g: 255, b: 255, a: 1 });
  };
  const failures = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    // Under the text box, the reader repeats its text transparently (aria-hidden decoration).
    if (node.data.trim() === "" || element.closest("svg, [hidden], .visually-hidden, :disabled, [aria-hidden=true]")) continue;
    if (element.getClientRects().length === 0) continue;
    const style = getComputedStyle(element);
    const back = background(element);
    const text = blend(parse(style.color), back);
    const [light, dark] = [luminance(text), luminance(back)].sort((a, b) => b - a);
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) failures.push(`${node.data.trim().slice(0, 30)}: ${ratio.toFixed(2)}`);
  }
  return failures;
}

test("text contrast meets WCAG AA in light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await openPage(site, { colorScheme });
    await page.click("#sample");
    await page.fill("#terms", "ferry");
    await page.click("#tab-chunk");
    await waitForResults(page);
    await page.click(".readability summary");
    assert.deepEqual(await page.evaluate(lowContrastTexts), [], `${colorScheme} scheme`);
    await context.close();
  }
});

test("screenshots: light and dark, with highlights", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, problems, context } = await openPage(site, { colorScheme });
    await page.click("#sample");
    await page.fill("#terms", "ferry, bridge");
    for (const detector of ["quotes", "numbers", "longWords"]) await page.check(`#detector-${detector}`);
    await waitForResults(page);
    await page.screenshot({ path: path.join(RESULTS_DIR, `app-${colorScheme}.png`), fullPage: true });
    await page.click(".legend-entry >> nth=0");
    await page.waitForSelector("#reader[data-current-start]");
    await page.screenshot({ path: path.join(RESULTS_DIR, `app-${colorScheme}-highlights.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});
