// Private and offline: after the page has loaded, a whole session of typing, pasting, splitting
// and highlighting makes no network request at all and violates no part of the
// Content-Security-Policy; and once loaded, the page opens and works with the network gone.
//
// Run: node --test tests/e2e/   (needs pkg/ built: `make test` does both)
import { test, before } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { startServer } from "../../scripts/serve.mjs";
import { openPage, pasteText, readSeedArticles, useSite, waitForReady, waitForResults } from "./support.mjs";

const site = useSite();
let article;
before(async () => {
  article = await readSeedArticles();
});

/** Records, in the page, every securitypolicyviolation event from the first script on. */
function recordCspViolations() {
  window.cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
  });
}

test("a session of typing, splitting and highlighting makes no network request", async () => {
  const { page, problems, context } = await openPage(site, {
    contextOptions: { permissions: ["clipboard-read", "clipboard-write"] },
  });
  await page.addInitScript(recordCspViolations);
  await page.reload();
  await waitForReady(page);

  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(await page.evaluate(() => document.querySelectorAll("script:not([src]), [style]").length), 0);
  assert.match(await page.textContent("#privacy"), /never leaves this device/);

  // From here on, every request the page or its workers make is recorded.
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  page.on("request", (request) => requests.push(request.url()));

  await page.click("#text");
  await page.keyboard.type("A first sentence, typed by hand. Then a second one! ");
  await waitForResults(page);
  await pasteText(page, article);
  await waitForResults(page);
  for (const kind of ["paragraph", "chunk", "sentence"]) {
    await page.click(`#tab-${kind}`);
    await waitForResults(page);
  }
  await page.click("#tab-chunk");
  await page.click('[data-preset="sms"]');
  await page.fill("#chunk-overlap", "1");
  await waitForResults(page);
  await page.click("#piece-list .piece:first-child .copy");
  await page.fill("#terms", "WeChat, TikTok\nsecurity");
  for (const detector of ["quotes", "names", "numbers", "longWords", "repeated"]) await page.check(`#detector-${detector}`);
  await page.check("#opt-case");
  await waitForResults(page);
  await page.click(".legend-entry >> nth=0");
  await page.click(".legend-entry >> nth=1");
  await page.click("#step-next");
  await page.click("#piece-list .piece:first-child .show");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("More words at the end.");
  await waitForResults(page);
  await page.click(".readability summary");
  await page.click("#sample");
  await waitForResults(page);

  assert.deepEqual(requests, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("after one visit the page works offline (service worker)", async () => {
  // A server of its own, shut down after the first visit: nothing can come from the network.
  const { server, url } = await startServer({ port: 0 });
  const offlineSite = { browser: site.browser, origin: url.replace(/\/$/, "") };
  const { page, context } = await openPage(offlineSite);
  await page.click("#sample");
  await waitForResults(page);
  const words = await page.textContent("#stat-words");
  await page.click("#clear");
  await waitForResults(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), "a service worker controls the page");

  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await context.setOffline(true);

  await page.reload();
  await waitForReady(page);
  assert.match(await page.textContent("#offline-state"), /offline/);
  await page.click("#sample");
  await waitForResults(page);
  assert.equal(await page.textContent("#stat-words"), words);
  await page.click(".legend-entry >> nth=0");
  await page.waitForSelector("#reader[data-current-start]");
  await context.close();
});

test("when the network hangs, the offline copy answers: the page opens without one answer", async () => {
  // A server of its own for the first visit, then, on the same port, one that accepts every
  // connection and never answers: the network is there, but hangs.
  const { server, url } = await startServer({ port: 0 });
  const port = server.address().port;
  const hangingSite = { browser: site.browser, origin: url.replace(/\/$/, "") };
  const { page, context, problems } = await openPage(hangingSite);
  await page.click("#sample");
  await waitForResults(page);
  const words = await page.textContent("#stat-words");
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));

  const sockets = new Set();
  let requests = 0;
  const hanging = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("data", () => requests++);
    socket.on("error", () => {});
  });
  await new Promise((resolve) => hanging.listen(port, "127.0.0.1", resolve));
  try {
    await page.reload({ waitUntil: "commit" });
    await waitForReady(page);
    await waitForResults(page);
    assert.equal(await page.textContent("#stat-words"), words, "the kept text is back, analysed");
    assert.ok(requests > 0, "the page did ask the network");
    assert.ok([...sockets].some((socket) => !socket.destroyed), "and the network never answered");
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => hanging.close(resolve));
  }
  // What the hanging server did to the page is what it would see offline: failed requests.
  assert.ok(problems.every((problem) => /failed request|ERR_/.test(problem)), problems.join("\n"));
  await context.close();
});

