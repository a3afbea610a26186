// The page and the text's language: the numbers bar names the language textlens detected, the
// reader can choose another one (kept across reloads), every result then follows it (counts,
// sentences, highlights), and the detectors whose rules are for other languages say so.
//
// Run: node --test tests/e2e/   (needs pkg/ built: `make test` does both)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { LANGUAGES } from "../../www/languages.js";
import { loadApi, openPage, pasteText, repoRoot, useSite, waitForResults } from "./support.mjs";

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
  // German has no consensus grade (an English formula), so the bar shows none.
  assert.equal(await page.textContent("#bar-grade"), "–");
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
