// Shared helpers of the page's end-to-end tests: serve www/ + pkg/, drive Debian's Chromium
// through playwright-core, wait for the page's results, and ask the public JS API (imported into
// the same page, on the main thread, not through the page's worker) for the expected values.
import { before, after } from "node:test";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";
import { CHROMIUM_PATH, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where screenshots go (git-ignored). */
export const RESULTS_DIR = path.join(repoRoot, "test-results");

/** The news articles of the shared corpus, read at test time (never copied into the repo). */
export function readSeedArticles() {
  return readFile(path.join(repoRoot, "../shared/corpus/news/seed-articles.txt"), "utf8");
}

/** Long enough for a slow, shared machine; no assertion depends on time. */
const TIMEOUT = 60_000;

/**
 * Starts the server and the browser before the file's tests and stops them after. Returns a live
 * object: `site.origin`, `site.browser`, `site.server` (filled in by the before hook).
 */
export function useSite() {
  const site = {};
  before(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    const { server } = await startServer({ port: 0 });
    site.server = server;
    site.origin = `http://127.0.0.1:${server.address().port}`;
    site.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await site.browser?.close();
    await new Promise((resolve) => (site.server ? site.server.close(resolve) : resolve()));
  });
  return site;
}

/**
 * A fresh browser context and page on the site, recording the problems the page reports
 * (console errors and warnings, page errors, foreign or failed requests, HTTP errors). Waits
 * until the page says it is ready (textlens loaded in its worker, offline copy in place).
 */
export async function openPage(site, { colorScheme = "light", viewport = { width: 1280, height: 900 }, contextOptions = {} } = {}) {
  const context = await site.browser.newContext({ colorScheme, viewport, ...contextOptions });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(site.origin + "/") && !url.startsWith("data:") && !url.startsWith("blob:")) {
      problems.push(`foreign request ${url}`);
    }
  });
  page.on("requestfailed", (request) => problems.push(`failed request ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(site.origin + "/");
  await waitForReady(page);
  return { page, context, problems };
}

export async function waitForReady(page) {
  await page.waitForSelector("html[data-ready=true]", { state: "attached" });
}

/** Replaces the text as a paste would (one input event), without typing it key by key. */
export async function pasteText(page, text) {
  await page.evaluate((text) => {
    const input = document.getElementById("text");
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}

/** Waits until the numbers, pieces and legend show results for the current text and settings. */
export async function waitForResults(page) {
  await page.waitForFunction(
    () =>
      document.body.dataset.busy === "false" &&
      document.getElementById("numbers").dataset.status === "done" &&
      document.getElementById("pieces").dataset.status === "done" &&
      document.getElementById("legend").dataset.status === "done",
    undefined,
    { timeout: TIMEOUT, polling: 50 },
  );
}

/**
 * Imports the public API into the page as `window.textlens` (on the main thread: the page itself
 * only uses textlens inside its worker), so that `page.evaluate` can compute expected values.
 */
export async function loadApi(page) {
  await page.evaluate(async () => {
    const textlens = await import("/pkg/textlens.js");
    await textlens.default();
    window.textlens = textlens;
  });
}

/** The text of each element matching `selector`. */
export function texts(page, selector) {
  return page.$$eval(selector, (elements) => elements.map((element) => element.textContent));
}

/** A number as the page writes it: "1,234" -> 1234. */
export function parseCount(text) {
  return Number(text.replaceAll(",", ""));
}

/** Counts as the page writes them (en-US grouping). */
export const formatCount = (n) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });

/** Scores as the page writes them: one decimal. */
export const formatScore = (value) =>
  value === null ? "–" : value.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Durations as the page writes them, from seconds: "45 s", "3 min 58 s", "1 h 2 min". */
export function formatDuration(seconds) {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor(s / 60) % 60} min`;
}
