// How the page reads a text: the numbers bar names the language textlens detected, the reader
// can choose another one (kept across reloads), every result then follows it (counts, sentences,
// highlights), and the detectors whose rules are for other languages say so. A Markdown file is
// read as Markdown (counts of its prose), and the reader can switch between that and plain text.
// A Chinese text's top words are dictionary words: the page loads the dictionaries for it.
//
// Run: node --test tests/e2e/   (needs pkg/ built: `make test` does both)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { LANGUAGES } from "../../www/languages.js";
import { formatScore, loadApi, openPage, parseCount, pasteText, repoRoot, useSite, waitForResults } from "./support.mjs";

const site = useSite();

// Our own German text: a passive ("wurde … unterzeichnet"), capitalised nouns that are not
// names, and a name that is one.
const GERMAN =
  "Der Vertrag wurde am Montag in der Hauptstadt unterzeichnet. Die Regierung hat das Gesetz " +
  "nach langer Beratung beschlossen, und Frau Keller sprach vor dem Parlament. Die Schulen " +
  "bleiben im Winter geöffnet, sagte die Ministerin am Abend.";

/** The legend as shown: label -> { count, guide }. */
async function legend(page) {
  const entries = await page.$$eval(".legend-entry", (buttons) =>
    buttons.map((b) => [
      b.querySelector(".legend-label").textContent,
      { count: Number(b.querySelector(".legend-count").textContent), guide: b.querySelector(".legend-guide")?.textContent ?? "" },
    ]),
  );
  return Object.fromEntries(entries);
}

/** Marks per category of the API's Highlighter with these detectors, in `lang`. */
function apiCounts(page, text, lang) {
  return page.evaluate(
    ({ text, lang }) => {
      const highlighter = new window.textlens.Highlighter({ detectors: ["adverbs", "passive", "names"], lang });
      const counts = {};
      for (const category of highlighter.categories) counts[category.name] = 0;
      for (const id of highlighter.ranges(text).categoryIds) counts[highlighter.categories[id].name]++;
      return counts;
    },
    { text, lang },
  );
}

test("the page offers exactly the languages textlens has rules of its own for", async () => {
  const files = await readdir(path.join(repoRoot, "src/lang/data"));
  const tags = files.filter((name) => /^[a-z]{2,3}\.txt$/.test(name)).map((name) => name.slice(0, -4));
  assert.deepEqual([...LANGUAGES].sort(), tags.sort());
});

test("the detected language is shown, can be overridden, and every result follows it", async () => {
  const { page, problems, context } = await openPage(site);
  for (const detector of ["adverbs", "passive", "names"]) await page.check(`#detector-${detector}`);
  await pasteText(page, GERMAN);
  await waitForResults(page);
  await loadApi(page);

  assert.equal(await page.$eval("#lang option[value=auto]", (option) => option.textContent), "Detect: German");
  assert.equal(await page.inputValue("#lang"), "auto");
  // German has no consensus grade (an English formula), so the bar shows none; the readability
  // table lists the German formulas and those of every language, valued as the API values them.
  assert.equal(await page.textContent("#bar-grade"), "–");
  const readability = await page.evaluate((text) => window.textlens.count(text).readability, GERMAN);
  const table = await page.$$eval("#readability-table tr", (rows) => rows.map((row) => [row.dataset.score, row.cells[1].textContent]));
  assert.deepEqual(table, ["lix", "rix", "amstad", "wienerSachtextformel"].map((key) => [key, formatScore(readability[key].value)]));
  assert.equal(await page.textContent("#stat-flesch-caption"), "Amstad reading ease");
  assert.equal(await page.textContent("#stat-flesch"), formatScore(readability.amstad.value));
  const german = await legend(page);
  for (const label of ["Adverbs", "Passive voice"]) {
    assert.deepEqual(german[label], { count: 0, guide: "English only: nothing is marked in German" }, label);
  }
  assert.equal(german.Names.count, 0);
  assert.match(await page.textContent("#detector-note-passive"), /English only/);
  assert.equal(await page.isVisible("#detector-note-quotes").catch(() => false), false);

  // The reader says it is English: the English rules now read it, as the API does with lang "en".
  await page.selectOption("#lang", "en");
  await waitForResults(page);
  const english = await legend(page);
  const expected = await apiCounts(page, GERMAN, "en");
  assert.equal(english["Passive voice"].count, expected.passive);
  assert.equal(english.Names.count, expected.name);
  assert.ok(expected.name > 0, "read as English, capitalised German nouns look like names");
  assert.equal(english["Passive voice"].guide.includes("English only"), false);
  assert.equal(await page.isHidden("#detector-note-passive"), true);
  assert.notEqual(await page.textContent("#bar-grade"), "–");
  const grade = await page.evaluate((text) => window.textlens.count(text, { lang: "en" }).readability.consensusGrade.value, GERMAN);
  assert.ok(Number.isFinite(grade));

  // The choice is kept: after a reload the text is still read as English.
  await page.reload();
  await waitForResults(page);
  assert.equal(await page.inputValue("#lang"), "en");
  assert.equal((await legend(page)).Names.count, expected.name);

  // Back to detection.
  await page.selectOption("#lang", "auto");
  await waitForResults(page);
  assert.deepEqual((await legend(page)).Adverbs, german.Adverbs);
  assert.deepEqual(problems, []);
  await context.close();
});

// Our own Markdown: a heading, emphasis, a link whose address is not prose, a code block and a
// table; counted as Markdown only the prose words are words.
const MARKDOWN =
  "# Field notes\n\nThe *river* rose two metres overnight. See [the gauge](https://example.org/gauge/7).\n\n" +
  "```sh\ncurl https://example.org/gauge/7 --output level.json\n```\n\n" +
  "| station | level |\n|---|---|\n| north | high |\n";

/** Waits until the page says it opened the file `name` (it reads files asynchronously), then for its results. */
async function opened(page, name) {
  await page.waitForFunction((name) => document.getElementById("status").textContent.startsWith(`Opened ${name}`), name);
  await waitForResults(page);
}

test("a Markdown file is read as Markdown, and the reader can read it as plain text", async () => {
  const { page, problems, context } = await openPage(site);
  await loadApi(page);
  const expected = await page.evaluate(async (text) => {
    await window.textlens.loadMarkup();
    return { markdown: window.textlens.count(text, { format: "markdown" }).words, plain: window.textlens.count(text).words };
  }, MARKDOWN);
  assert.ok(expected.markdown < expected.plain, "the markup and code are not prose");

  await page.setInputFiles("#file", { name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from(MARKDOWN) });
  await opened(page, "notes.md");
  assert.equal(await page.inputValue("#text"), MARKDOWN, "the Markdown itself is what is edited");
  assert.equal(await page.inputValue("#format"), "markdown");
  assert.equal(parseCount(await page.textContent("#stat-words")), expected.markdown);
  assert.match(await page.textContent("#status"), /notes\.md.*Markdown/);

  await page.selectOption("#format", "plain");
  await waitForResults(page);
  assert.equal(parseCount(await page.textContent("#stat-words")), expected.plain);

  // A .txt file is plain text, whatever was chosen before.
  await page.selectOption("#format", "markdown");
  await page.setInputFiles("#file", { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from(MARKDOWN) });
  await opened(page, "notes.txt");
  assert.equal(await page.inputValue("#format"), "plain");
  assert.equal(parseCount(await page.textContent("#stat-words")), expected.plain);
  assert.deepEqual(problems, []);
  await context.close();
});

// Our own Chinese text: 学生 (students) comes back as a word; one per character, the top words
// would be 图, 书, 馆, 学 …
const CHINESE = "学生们每天去图书馆。图书馆很安静，学生们在图书馆看书。周末图书馆的人更多。";

test("a Chinese text's top words are dictionary words: the page loads the dictionaries for it", async () => {
  const { page, problems, context } = await openPage(site);
  await pasteText(page, CHINESE);
  await waitForResults(page);
  await loadApi(page);
  const expected = await page.evaluate(async (text) => {
    await window.textlens.loadDictionaries();
    return window.textlens.count(text).frequencies;
  }, CHINESE);
  assert.equal(expected.needsDictionary, false);
  assert.ok(expected.words.some((word) => word.text === "学生"), JSON.stringify(expected.words));
  const bars = await page.$$eval("#chart-words g title", (titles) => titles.map((title) => title.textContent));
  assert.deepEqual(bars, expected.words.map(({ text, count }) => `${text}: ${count}`));
  assert.deepEqual(problems, []);
  await context.close();
});
