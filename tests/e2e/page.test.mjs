// The page, end to end: type an article into the textarea in headless Chromium and check the
// sentences and numbers it shows against a hand-checked expectation; edit and clear the text; and
// check how the server sends the page (CSP, wasm MIME type, no path traversal).
//
// Run: node --test tests/e2e/   (needs pkg/ built: `make test` does both)
import { test } from "node:test";
import assert from "node:assert/strict";
import { get } from "node:http";
import path from "node:path";
import { openPage, parseCount, RESULTS_DIR, texts, useSite, waitForResults } from "./support.mjs";

// Our own sample article. The tricky spots: titles (Dr., Ms.), a time (a.m. before a lower-case
// word), a date (Nov. before a number), an initialism (U.S. before a lower-case word), a decimal,
// an inner abbreviation (e.g.), a paragraph break, markup-like text that must stay text, and a
// non-ASCII word plus an emoji with a skin-tone modifier (two code points, one grapheme).
const TYPED_FIRST =
  "Dr. Smith arrived at 9 a.m. on Nov. 12. She met the U.S. delegation in the lobby of the old " +
  "town hall. The meeting, planned for 2.5 hours, ran long. Was anyone surprised? Not really! " +
  "Ms. Jones said the budget, e.g. the part for roads, needs work.\n\n" +
  "The next session starts Monday. Editors may type <b>tags</b> freely. ";
const TYPED_LAST = "Reporters waited outside. Café owners cheered 👍🏽.";
const ARTICLE = TYPED_FIRST + TYPED_LAST;

// Checked by hand: each sentence trimmed, with its words ("a.m", "U.S", "e.g" and "2.5" are one
// word each; "<b>tags</b>" holds the words b, tags, b) and characters (graphemes: 👍🏽 is one).
const EXPECTED_SENTENCES = [
  { text: "Dr. Smith arrived at 9 a.m. on Nov. 12.", words: 9, characters: 39 },
  { text: "She met the U.S. delegation in the lobby of the old town hall.", words: 13, characters: 62 },
  { text: "The meeting, planned for 2.5 hours, ran long.", words: 8, characters: 45 },
  { text: "Was anyone surprised?", words: 3, characters: 21 },
  { text: "Not really!", words: 2, characters: 11 },
  { text: "Ms. Jones said the budget, e.g. the part for roads, needs work.", words: 12, characters: 63 },
  { text: "The next session starts Monday.", words: 5, characters: 31 },
  { text: "Editors may type <b>tags</b> freely.", words: 7, characters: 36 },
  { text: "Reporters waited outside.", words: 3, characters: 25 },
  { text: "Café owners cheered 👍🏽.", words: 3, characters: 22 },
];
// 368 UTF-16 units = 366 code points (👍🏽 takes 4 units, 2 code points) = 365 graphemes; two
// paragraphs (one blank line).
const EXPECTED_NUMBERS = { sentences: 10, words: 65, characters: 365, paragraphs: 2 };

const site = useSite();

/** The sentences tab as shown: text and counts of each item. */
async function shownSentences(page) {
  return page.$$eval("#piece-list .piece", (items) =>
    items.map((item) => ({
      text: item.querySelector(".piece-text").textContent,
      words: Number(item.querySelector(".piece-counts").dataset.words),
      characters: Number(item.querySelector(".piece-counts").dataset.characters),
    })),
  );
}

async function shownNumbers(page) {
  const number = async (id) => parseCount(await page.textContent(`#${id}`));
  return {
    sentences: await number("stat-sentences"),
    words: await number("stat-words"),
    characters: await number("stat-characters"),
    paragraphs: await number("stat-paragraphs"),
  };
}

test("typing an article shows its sentences and numbers", async () => {
  const { page, problems, context } = await openPage(site);
  await page.fill("#text", TYPED_FIRST);
  await page.focus("#text");
  await page.keyboard.press("End");
  await page.keyboard.type(TYPED_LAST);
  await waitForResults(page);

  assert.equal(await page.inputValue("#text"), ARTICLE);
  assert.deepEqual(await shownSentences(page), EXPECTED_SENTENCES);
  assert.deepEqual(await shownNumbers(page), EXPECTED_NUMBERS);
  // The counts shown on each item agree with the text shown ("9 words · 39 characters").
  const counts = await texts(page, "#piece-list .piece-counts");
  assert.equal(counts[0], "9 words · 39 characters");
  // Characters without spaces: every grapheme that is not white space.
  const spaces = [...ARTICLE].filter((c) => /\s/.test(c)).length;
  assert.equal(parseCount(await page.textContent("#stat-characters-no-spaces")), EXPECTED_NUMBERS.characters - spaces);

  // Markup-like text is shown as text, never turned into elements.
  assert.equal(await page.locator("#piece-list b").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("editing the text updates the results, and clearing it empties them everywhere", async () => {
  const { page, problems, context } = await openPage(site, { colorScheme: "dark" });
  await page.fill("#text", ARTICLE);
  await waitForResults(page);
  await page.screenshot({ path: path.join(RESULTS_DIR, "page-dark.png"), fullPage: true });

  await page.fill("#text", "One more. And another one!");
  await waitForResults(page);
  assert.deepEqual(await shownSentences(page), [
    { text: "One more.", words: 2, characters: 9 },
    { text: "And another one!", words: 3, characters: 16 },
  ]);
  assert.deepEqual(await shownNumbers(page), { sentences: 2, words: 5, characters: 26, paragraphs: 1 });

  await page.click("#clear");
  await waitForResults(page);
  assert.equal(await page.inputValue("#text"), "");
  assert.deepEqual(await shownSentences(page), []);
  assert.deepEqual(await shownNumbers(page), { sentences: 0, words: 0, characters: 0, paragraphs: 0 });
  assert.equal(await page.evaluate(() => localStorage.getItem("textlens.text")), null);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The status of a GET of `urlPath` sent exactly as written. */
function rawStatus(urlPath) {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port: site.server.address().port, path: urlPath }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on("error", reject);
  });
}

test("the page is served with its Content-Security-Policy and wasm MIME type", async () => {
  const page = await fetch(`${site.origin}/`);
  const policy = page.headers.get("content-security-policy");
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(policy, /object-src 'none'/);
  const html = await page.text();
  assert.ok(html.includes(`content="${policy}"`), "the <meta http-equiv> policy equals the header");
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)/, "no inline script");
  assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i, "no inline style or event handler attributes");

  const wasm = await fetch(`${site.origin}/pkg/textlens_wasm_bg.wasm`);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  const script = await fetch(`${site.origin}/pkg/textlens.js`);
  assert.match(script.headers.get("content-type"), /^text\/javascript/);
  // Paths that climb out of www/ find nothing (sent raw: fetch would normalise them).
  assert.equal(await rawStatus("/..%2FCargo.toml"), 404);
  assert.equal(await rawStatus("/pkg/..%2F..%2FCargo.toml"), 404);
});
