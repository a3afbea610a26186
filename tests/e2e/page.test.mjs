// The page, end to end: serve www/ + pkg/, type an article into the textarea in headless Chromium,
// and check the sentences and counts it shows against (1) a hand-checked expectation and (2) what
// the JS API returns for the same text in the same page.
//
// Run: node --test tests/e2e/   (needs pkg/ built: `make test` does both)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { get } from "node:http";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";
import { CHROMIUM_PATH, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

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

// Checked by hand: each sentence trimmed, with its word-like words counted (UAX #29 words:
// "a.m", "U.S", "e.g" and "2.5" are one word each; "<b>tags</b>" holds the words b, tags, b).
const EXPECTED_SENTENCES = [
  { text: "Dr. Smith arrived at 9 a.m. on Nov. 12.", words: 9 },
  { text: "She met the U.S. delegation in the lobby of the old town hall.", words: 13 },
  { text: "The meeting, planned for 2.5 hours, ran long.", words: 8 },
  { text: "Was anyone surprised?", words: 3 },
  { text: "Not really!", words: 2 },
  { text: "Ms. Jones said the budget, e.g. the part for roads, needs work.", words: 12 },
  { text: "The next session starts Monday.", words: 5 },
  { text: "Editors may type <b>tags</b> freely.", words: 7 },
  { text: "Reporters waited outside.", words: 3 },
  { text: "Café owners cheered 👍🏽.", words: 3 },
];
// 368 UTF-16 units = 366 code points (👍🏽 takes 4 units, 2 code points) = 365 graphemes.
const EXPECTED_COUNTS = { sentences: 10, words: 65, graphemes: 365 };

let server;
let browser;

before(async () => {
  ({ server } = await startServer({ port: 0 }));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page on the served site that records every problem it reports. */
async function openPage({ colorScheme = "light" } = {}) {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin + "/") && !url.startsWith("data:")) problems.push(`foreign request ${url}`);
  });
  page.on("requestfailed", (request) => problems.push(`failed request ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(origin + "/");
  return { page, problems, context };
}

/** Waits until the results region shows the analysis of the textarea's current text. */
async function waitForResults(page) {
  await page.waitForSelector('.results[data-status="done"]', { timeout: 20_000 });
}

/** What the page shows: the counts as numbers and each sentence's text and word count. */
async function shownResults(page) {
  const number = async (id) => Number((await page.textContent(`#${id}`)).replace(/\D/g, ""));
  const sentences = await page.$$eval("#sentences li", (items) =>
    items.map((item) => ({
      text: item.querySelector(".sentence-text").textContent,
      words: Number(item.querySelector(".sentence-words").textContent.replace(/\D/g, "")),
    })),
  );
  return {
    counts: {
      sentences: await number("count-sentences"),
      words: await number("count-words"),
      graphemes: await number("count-graphemes"),
    },
    sentences,
  };
}

/** The same analysis computed in the page with the public JS API (main thread, not the worker). */
async function apiResults(page, text) {
  return page.evaluate(async (text) => {
    const { default: init, split } = await import("/pkg/textlens.js");
    await init();
    const wordCount = (t) => split(t, "word").wordLike.reduce((sum, isWord) => sum + isWord, 0);
    const sentences = split(text, "sentence")
      .texts()
      .map((t) => t.trim())
      .filter((t) => t !== "")
      .map((t) => ({ text: t, words: wordCount(t) }));
    return {
      counts: { sentences: sentences.length, words: wordCount(text), graphemes: split(text, "grapheme").length },
      sentences,
    };
  }, text);
}

test("typing an article shows its sentences and counts", async () => {
  const { page, problems, context } = await openPage();
  await page.fill("#text", TYPED_FIRST);
  await page.focus("#text");
  await page.keyboard.press("End");
  await page.keyboard.type(TYPED_LAST);
  await waitForResults(page);

  assert.equal(await page.inputValue("#text"), ARTICLE);
  const shown = await shownResults(page);
  assert.deepEqual(shown.sentences, EXPECTED_SENTENCES);
  assert.deepEqual(shown.counts, EXPECTED_COUNTS);
  assert.deepEqual(shown, await apiResults(page, ARTICLE));

  // Markup-like text is shown as text, never turned into elements.
  assert.equal(await page.locator("#sentences b").count(), 0);

  await mkdir("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/page-light.png", fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("editing the text updates the results, and clearing it empties them", async () => {
  const { page, problems, context } = await openPage({ colorScheme: "dark" });
  await page.fill("#text", ARTICLE);
  await waitForResults(page);
  await page.screenshot({ path: "test-results/page-dark.png", fullPage: true });

  await page.fill("#text", "One more. And another one!");
  await waitForResults(page);
  assert.deepEqual(await shownResults(page), {
    counts: { sentences: 2, words: 5, graphemes: 26 },
    sentences: [
      { text: "One more.", words: 2 },
      { text: "And another one!", words: 3 },
    ],
  });

  await page.fill("#text", "");
  await waitForResults(page);
  assert.deepEqual(await shownResults(page), {
    counts: { sentences: 0, words: 0, graphemes: 0 },
    sentences: [],
  });
  assert.deepEqual(problems, []);
  await context.close();
});

/** The status of a GET of `path` sent exactly as written. */
function rawStatus(path) {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port: server.address().port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on("error", reject);
  });
}

test("the page is served with its Content-Security-Policy and wasm MIME type", async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const page = await fetch(`${base}/`);
  const policy = page.headers.get("content-security-policy");
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(policy, /object-src 'none'/);
  const html = await page.text();
  assert.ok(html.includes(`content="${policy}"`), "the <meta http-equiv> policy equals the header");

  const wasm = await fetch(`${base}/pkg/textlens_wasm_bg.wasm`);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  const script = await fetch(`${base}/pkg/textlens.js`);
  assert.match(script.headers.get("content-type"), /^text\/javascript/);
  // Paths that climb out of www/ find nothing (sent raw: fetch would normalise them).
  assert.equal(await rawStatus("/..%2FCargo.toml"), 404);
  assert.equal(await rawStatus("/pkg/..%2F..%2FCargo.toml"), 404);
});
