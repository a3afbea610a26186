// The page as a writer uses it (issue "The page, second round"): nothing typed is lost (Sample
// and Clear undo, a large text edited in the box, what survives a reload), one view to read, edit
// and see highlights (painted in place, the legend beside it, jumps from the lists and the strip),
// the numbers bar, colours that mean one thing, and the keyboard and phone paths. Typing latency
// on 20,000 words is measured and reported, never asserted.
//
// Run: node --test tests/e2e/   (needs pkg/ built: `make test` does both)
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  formatCount, loadApi, openPage, parseCount, pasteText, readSeedArticles, repoRoot, RESULTS_DIR, useSite, waitForResults,
} from "./support.mjs";

const site = useSite();
let article;
before(async () => {
  article = await readSeedArticles();
});

/** Opens the page with `text` pasted and analysed. */
async function openWith(text, options) {
  const opened = await openPage(site, options);
  await pasteText(opened.page, text);
  await waitForResults(opened.page);
  return opened;
}

/** The article repeated (each copy numbered) until it has at least `words` words. */
function repeatedArticle(words) {
  const copies = [];
  for (let i = 1; copies.length * 900 < words; i++) copies.push(`Part ${i}.\n\n${article}`);
  return copies.join("\n\n");
}

/** The text the reader holds: its lines joined by line breaks (in the page). */
const readerText = () => [...document.querySelectorAll("#reader .line")].map((line) => line.textContent).join("\n");

/** The text box's selection: [start, end]. */
const selectionOf = (page) => page.evaluate(() => [document.getElementById("text").selectionStart, document.getElementById("text").selectionEnd]);

test("Sample and Clear can be undone: the Undo notice, and Ctrl+Z in the box", async () => {
  const mine = "My own draft, typed by hand.\n\nIt must not be lost.";
  const { page, problems, context } = await openWith(mine);

  await page.click("#sample");
  await waitForResults(page);
  assert.notEqual(await page.inputValue("#text"), mine);
  assert.ok(await page.isVisible("#undo"), "an Undo button is offered");
  await page.click("#undo");
  await waitForResults(page);
  assert.equal(await page.inputValue("#text"), mine);
  assert.ok(await page.isHidden("#undo"));

  await page.click("#clear");
  await waitForResults(page);
  assert.equal(await page.inputValue("#text"), "");
  assert.equal(await page.textContent("#stat-words"), "0");
  await page.focus("#text");
  await page.keyboard.press("Control+Z");
  await waitForResults(page);
  assert.equal(await page.inputValue("#text"), mine, "Ctrl+Z in the box brings the text back");
  assert.equal(await page.textContent("#stat-words"), "11");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a large text edited in the box anyway stays there as you type", async () => {
  const large = repeatedArticle(200_000).slice(0, 1_100_000);
  const { page, problems, context } = await openWith(large);
  assert.ok(await page.isVisible("#large-note"));
  assert.ok(await page.isHidden("#text"));
  await page.click("#edit-large");
  assert.ok(await page.isVisible("#text"));
  await page.keyboard.press("End");
  await page.keyboard.type("ab");
  assert.ok(await page.isVisible("#text"), "the box stays after a key");
  assert.equal(await page.evaluate(() => document.activeElement.id), "text", "focus stays in the box");
  assert.equal((await page.inputValue("#text")).length, large.length + 2);
  assert.ok(await page.isHidden("#large-note"));
  await waitForResults(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test("what survives a reload is said, and a text too large for local storage can be kept anyway", async () => {
  const { page, problems, context } = await openWith("A short text.");
  await page.waitForFunction(() => document.getElementById("keep-state").textContent.startsWith("Kept in this browser"));
  assert.ok(await page.isHidden("#keep-anyway"));

  const large = repeatedArticle(400_000).slice(0, 2_100_000);
  await pasteText(page, large);
  await waitForResults(page);
  await page.waitForFunction(() => document.getElementById("keep-state").textContent.startsWith("Not kept"));
  assert.match(await page.textContent("#keep-state"), /will be gone after a reload/);
  await page.click("#keep-anyway");
  await page.waitForFunction(() => document.getElementById("keep-state").textContent.startsWith("Kept in this browser's database"));
  await page.reload();
  await page.waitForSelector("html[data-ready=true]", { state: "attached" });
  await waitForResults(page);
  assert.equal(await page.evaluate(readerText), large, "back after a reload");
  assert.match(await page.textContent("#keep-state"), /database/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("highlights are painted in place under the text box, which lays out alike", async () => {
  const { page, problems, context } = await openWith(article);
  await page.fill("#terms", "WeChat");
  await waitForResults(page);
  await page.waitForSelector("#reader[data-painted]");
  const layout = await page.evaluate(() => {
    const box = document.getElementById("text");
    const reader = document.getElementById("reader");
    return {
      same: [...reader.querySelectorAll(".line")].map((line) => line.textContent).join("\n") === box.value,
      heights: [box.scrollHeight, reader.scrollHeight],
      painted: CSS.highlights.get("term-0")?.size ?? 0,
      hidden: reader.getAttribute("aria-hidden"),
    };
  });
  assert.ok(layout.same, "the reader under the box holds the box's text");
  assert.equal(layout.heights[0], layout.heights[1], "the box and the reader wrap the text alike");
  assert.ok(layout.painted > 0);
  assert.equal(layout.hidden, "true");

  // Typing moves the reader's text along at once (highlights follow on the next analysis).
  await page.focus("#text");
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("Breaking: ");
  assert.equal(await page.evaluate(readerText), await page.inputValue("#text"));
  await waitForResults(page);

  // The legend sits beside the text: stepping scrolls the box, and the reader follows it.
  await page.click(".legend-entry >> nth=0");
  await page.click("#step-previous");
  await page.waitForSelector("#reader[data-current-start]");
  const scroll = await page.evaluate(() => [document.getElementById("text").scrollTop, document.getElementById("reader").scrollTop]);
  assert.ok(scroll[0] > 0, "the last match is further down");
  assert.equal(scroll[0], scroll[1]);
  const legendNearText = await page.evaluate(() =>
    document.getElementById("legend").getBoundingClientRect().top - document.getElementById("surface").getBoundingClientRect().bottom);
  assert.ok(legendNearText < 200, `the legend is ${legendNearText}px below the text`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a sentence in the list and a mark of the difficulty strip bring you to it", async () => {
  // Many easy sentences and one very hard one: grouped marks must still show it.
  const easy = Array.from({ length: 700 }, (_, i) => `Cat ${i} sat on the mat.`);
  const hard =
    "Notwithstanding considerable institutional disagreement, the administrative commissioners " +
    "systematically reconsidered extraordinarily complicated organisational responsibilities, " +
    "internationally recognised constitutional obligations, and comprehensive environmental " +
    "regulations affecting municipalities, universities, manufacturers and telecommunications " +
    "conglomerates simultaneously throughout the approximately unprecedented deliberations.";
  easy.splice(400, 0, hard);
  const text = easy.join(" ");
  const { page, problems, context } = await openWith(text);
  const hardStart = text.indexOf(hard);

  // The strip: the mark holding the very hard sentence shows it, and leads to it.
  const mark = page.locator("#chart-difficulty .mark:has(.difficulty-veryHard)");
  assert.equal(await mark.count(), 1, "the group with the very hard sentence shows it");
  assert.ok((await page.locator("#chart-difficulty .mark").count()) < 701, "sentences are grouped");
  await mark.click();
  await page.waitForFunction((start) => document.getElementById("text").selectionStart === start, hardStart);
  assert.deepEqual(await selectionOf(page), [hardStart, hardStart + hard.length]);
  assert.equal(await page.evaluate(() => document.activeElement.id), "text");

  // From the keyboard: focus the strip, choose the mark with the arrow keys, Enter.
  await page.evaluate(() => document.getElementById("text").setSelectionRange(0, 0));
  const index = await page.evaluate(() => [...document.querySelectorAll("#chart-difficulty .mark")].findIndex((m) => m.querySelector(".difficulty-veryHard")));
  await page.focus("#chart-difficulty");
  await page.keyboard.press("Home");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowRight");
  assert.match(await page.textContent("#difficulty-chosen"), /1 very hard\. Enter shows it in the text\.$/);
  await page.keyboard.press("Enter");
  await page.waitForFunction((start) => document.getElementById("text").selectionStart === start, hardStart);

  // The list: "Show in text" on sentence 3 selects it in the box.
  await page.click('#piece-list .piece:nth-child(3) .show');
  const third = "Cat 2 sat on the mat.";
  await page.waitForFunction((start) => document.getElementById("text").selectionStart === start, text.indexOf(third));
  assert.deepEqual(await selectionOf(page), [text.indexOf(third), text.indexOf(third) + third.length]);
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * Types a sentence in the middle of the text box `#text` of `page`, one key at a time, and returns
 * each key's time from keydown to the frame after it, sorted (ms).
 */
async function typingLatencies(page) {
  await page.focus("#text");
  await page.evaluate(() => {
    const box = document.getElementById("text");
    box.setSelectionRange(box.value.length / 2, box.value.length / 2);
    window.latencies = [];
    box.addEventListener("keydown", (event) => {
      const down = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - down)));
    }, { capture: true });
  });
  const typed = "the quick brown fox jumps over the lazy dog";
  for (const key of typed) await page.keyboard.press(key === " " ? "Space" : key);
  await page.waitForFunction((n) => window.latencies.length === n, typed.length);
  assert.ok((await page.inputValue("#text")).includes(typed));
  return (await page.evaluate(() => window.latencies)).sort((a, b) => a - b);
}

/** "median M ms, p90 P ms, max X ms" of sorted latencies. */
function describeLatencies(latencies) {
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return `median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`;
}

test("typing on 20,000 words: keydown to next frame, reported beside a bare text box's", async (t) => {
  const text = repeatedArticle(20_000);
  const { page, problems, context } = await openWith(text);
  await loadApi(page);
  const words = await page.evaluate((text) => window.textlens.count(text).words, text);
  assert.ok(words >= 20_000, `${words} words`);
  await page.fill("#terms", "WeChat");
  await waitForResults(page);
  const latencies = await typingLatencies(page);
  await waitForResults(page);
  // The floor in this browser on this machine: a bare text box of the same size, font and text.
  const box = await page.evaluate(() => {
    const { width, height } = document.getElementById("text").getBoundingClientRect();
    const { font, lineHeight, padding } = getComputedStyle(document.getElementById("text"));
    return { width, height, font, lineHeight, padding };
  });
  const bare = await context.newPage();
  await bare.setContent("<textarea id=text></textarea>");
  await bare.evaluate(([text, box]) => {
    const area = document.getElementById("text");
    Object.assign(area.style, { width: `${box.width}px`, height: `${box.height}px`, font: box.font, lineHeight: box.lineHeight, padding: box.padding, boxSizing: "border-box" });
    area.value = text;
  }, [text, box]);
  const floor = await typingLatencies(bare);
  t.diagnostic(`typing on ${formatCount(words)} words, keydown -> next frame: ${describeLatencies(latencies)}; a bare text box with the same text: ${describeLatencies(floor)} (budget 16.7 ms)`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the numbers bar stays in view, counts the selection and tracks a goal", async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
    const { page, problems, context } = await openWith(article, { viewport });
    await loadApi(page);
    const stats = await page.evaluate((text) => window.textlens.count(text), article);
    assert.equal(await page.textContent("#bar-words"), formatCount(stats.words));
    assert.equal(await page.textContent("#bar-characters"), formatCount(stats.characters.graphemes));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const top = await page.evaluate(() => document.getElementById("numbers-bar").getBoundingClientRect().top);
    assert.equal(top, 0, `at ${viewport.width}px the bar is at the top after scrolling`);

    // A selection in the box: its own counts.
    await page.evaluate(() => window.scrollTo(0, 0));
    const part = article.slice(0, article.indexOf(".") + 1);
    await page.focus("#text");
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < part.length; i++) await page.keyboard.press("Shift+ArrowRight");
    const selected = await page.evaluate((part) => window.textlens.count(part), part);
    // Counts arrive from the worker one selection after another, and a selection one key short
    // has the same words: wait for the whole line of the final selection.
    const expected = `Selected: ${selected.words} words · ${formatCount(selected.characters.graphemes)} characters`;
    await page.waitForFunction((line) => {
      const shown = document.getElementById("bar-selection");
      return !shown.hidden && shown.textContent === line;
    }, expected);

    // A goal of twice the words: half way.
    await page.focus("#goal-summary");
    await page.keyboard.press("Enter"); // opens the goal (a key: the bar's layout may shift under a click)
    await page.waitForSelector("#goal", { state: "visible" });
    await page.fill("#goal", String(stats.words * 2));
    assert.match(await page.textContent("#goal-status"), /^50%: [\d,]+ words to go$/);
    assert.equal(await page.evaluate(() => document.getElementById("goal-progress").value), stats.words);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("Numbers show unique words, average and longest sentence, and the detectors' targets", async () => {
  const { page, problems, context } = await openWith(article);
  await loadApi(page);
  const stats = await page.evaluate((text) => window.textlens.count(text), article);
  assert.equal(await page.textContent("#stat-unique-words"), formatCount(stats.uniqueWords));
  assert.equal(await page.textContent("#stat-longest-sentence"), `${formatCount(stats.longestSentence.words)} words`);
  assert.match(await page.textContent("#stat-average-sentence"), new RegExp(`^${stats.averageSentenceLength.toFixed(1)} words$`));
  const adverbs = page.locator('.legend-entry[data-category="adverb"]');
  const count = parseCount(await adverbs.locator(".legend-count").textContent());
  const target = Math.max(1, Math.round(stats.words / 100));
  const guide = await adverbs.locator(".legend-guide").textContent();
  assert.match(guide, new RegExp(`aim for at most ${target}${count > target ? ` · ${count - target} over` : ""}\\)$`));
  assert.deepEqual(problems, []);
  await context.close();
});

test("one sentence count everywhere: a lone ellipsis is not a sentence", async () => {
  const text = "We waited.\n\n...\n\nThen the ferry came. It was late.";
  const { page, problems, context } = await openWith(text);
  const shown = await page.$$eval("#piece-list .piece-text", (items) => items.map((item) => item.textContent));
  assert.ok(!shown.includes("..."), `no lone ellipsis in ${JSON.stringify(shown)}`);
  assert.equal(await page.textContent("#stat-sentences"), String(shown.length));
  assert.deepEqual(problems, []);
  await context.close();
});

test("presets: SMS parts fit one message of the text's encoding, thread parts are numbered", async () => {
  const greek = Array.from({ length: 30 }, (_, i) => `Το πλοίο ${i} έφτασε στο λιμάνι νωρίς το πρωί.`).join(" ");
  const { page, problems, context } = await openWith(greek, { contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } });
  await page.click("#tab-chunk");
  await page.click('[data-preset="sms"]');
  await waitForResults(page);
  assert.equal(await page.inputValue("#chunk-size"), "67");
  assert.equal(await page.inputValue("#chunk-unit"), "utf16");
  const sms = await page.$$eval("#piece-list .piece-text", (items) => items.map((item) => item.textContent));
  assert.ok(sms.length > 5);
  for (const part of sms) assert.ok(part.length <= 67, `an SMS part of ${part.length} units`);

  // A text in the GSM-7 alphabet is sent in septets: its extension characters (€, [, ]) take two.
  const gsm = Array.from({ length: 30 }, (_, i) => `Ticket ${i} [row B] costs 12€, paid at the door.`).join(" ");
  await pasteText(page, gsm);
  await waitForResults(page);
  await page.click('[data-preset="sms"]');
  await waitForResults(page);
  assert.equal(await page.inputValue("#chunk-size"), "153");
  assert.equal(await page.inputValue("#chunk-unit"), "gsm7");
  const septets = (part) => [...part].reduce((sum, c) => sum + ("€[]{}^~\\|\f".includes(c) ? 2 : 1), 0);
  const smsParts = await page.$$eval("#piece-list .piece-text", (items) => items.map((item) => item.textContent));
  assert.ok(smsParts.length > 5);
  for (const part of smsParts) assert.ok(septets(part) <= 153, `an SMS part of ${septets(part)} septets`);
  assert.ok(smsParts.some((part) => septets(part) > 140), "smsParts are packed close to the limit");
  assert.ok(smsParts.some((part) => septets(part) > part.length), "the smsParts hold extension characters");

  await pasteText(page, greek);
  await waitForResults(page);
  await page.click('[data-preset="thread"]');
  await waitForResults(page);
  const labels = await page.$$eval("#piece-list .part-number", (items) => items.map((item) => item.textContent.trim()));
  assert.deepEqual(labels, labels.map((_, i) => `${i + 1}/${labels.length}`));
  await page.click("#piece-list .piece:nth-child(2) .copy");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(`2/${labels.length} `));
  assert.ok([...new Intl.Segmenter("el", { granularity: "grapheme" }).segment(copied)].length <= 280);

  // Download .txt: the chunks, trimmed, one blank line apart.
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#download-pieces")]);
  const content = await readFile(await file.path(), "utf8");
  const parts = content.split("\n\n");
  assert.equal(parts.length, labels.length);
  for (const part of parts) assert.equal(part, part.trim());
  assert.deepEqual(problems, []);
  await context.close();
});

test("chunk overlap that cannot repeat a sentence says why", async () => {
  // Sentences of about 200 characters in chunks of 280: no chunk has room for one twice.
  const long = (i) => `Sentence ${i} goes on and on about the harbour, the ferry, the bridge, the council, the ` +
    "bakery on the corner, the school with its patched roof, and the long evenings in the fish market.";
  const { page, problems, context } = await openWith(Array.from({ length: 6 }, (_, i) => long(i)).join(" "));
  await page.click("#tab-chunk");
  await page.fill("#chunk-overlap", "1");
  await waitForResults(page);
  assert.match(await page.textContent("#piece-summary"), /^6 chunks; none repeats a sentence: .* too long for the size$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("keyboard: the skip link reaches the text, the piece list is one Tab stop with arrow keys", async () => {
  const { page, problems, context } = await openWith(article);
  await page.reload(); // the text is kept; nothing has the focus
  await page.waitForSelector("html[data-ready=true]", { state: "attached" });
  await waitForResults(page);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "skip-link");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "text");

  await page.focus("#tab-sentence");
  const stops = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    stops.push(await page.evaluate(() => (document.activeElement.closest("#piece-list") ? "list" : document.activeElement.id)));
  }
  assert.equal(stops.filter((stop) => stop === "list").length, 1, `Tab stops: ${stops.join(", ")}`);
  await page.focus("#piece-list button[tabindex='0']");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Show in text: sentence 2");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Copy sentence 2");
  assert.equal(await page.getAttribute("#text", "spellcheck"), "true", "the box keeps the browser's spell check");
  assert.deepEqual(problems, []);
  await context.close();
});

test("phone: the first screen shows the text box and the main numbers; no nested scroll boxes", async () => {
  const { page, problems, context } = await openWith(article, { viewport: { width: 375, height: 740 } });
  const box = await page.evaluate(() => {
    const rect = (id) => document.getElementById(id).getBoundingClientRect();
    const scrollers = [...document.querySelectorAll("body *")].filter((e) => {
      const style = getComputedStyle(e);
      return /auto|scroll/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1 && e.id !== "text" && e.id !== "reader";
    });
    return { bar: rect("numbers-bar").bottom, text: rect("text").top, scrollers: scrollers.map((e) => e.id || e.className) };
  });
  assert.ok(box.bar < 740 && box.text < 740 - 100, `bar ends at ${box.bar}px, the box starts at ${box.text}px`);
  assert.deepEqual(box.scrollers, []);
  await page.screenshot({ path: path.join(RESULTS_DIR, "editing-phone.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

/** WCAG contrast of two CSS colours (the first blended over `under` when translucent). */
function contrastIn(page, pairs) {
  return page.evaluate((pairs) => {
    const probe = document.createElement("span");
    document.body.append(probe);
    const rgba = (css) => {
      probe.style.color = css;
      const [r, g, b, a = 1] = getComputedStyle(probe).color.match(/[\d.]+/g).map(Number);
      return { r, g, b, a };
    };
    const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
    const luminance = ({ r, g, b }) => {
      const c = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
    };
    const results = pairs.map(([text, tint, under]) => {
      const back = over(rgba(tint), rgba(under));
      const [hi, lo] = [luminance(rgba(text)), luminance(back)].sort((a, b) => b - a);
      return (hi + 0.05) / (lo + 0.05);
    });
    probe.remove();
    return results;
  }, pairs);
}

test("colours: each category its own swatch, styled as its marks; text keeps 4.5:1 over every highlight", async () => {
  const css = await readFile(path.join(repoRoot, "www/style.css"), "utf8");
  for (const colorScheme of ["light", "dark"]) {
    const { page, problems, context } = await openWith(article, { colorScheme });
    await page.fill("#terms", Array.from({ length: 8 }, (_, i) => ["WeChat", "US", "judge", "Hong Kong", "Japan", "government", "ban", "users"][i]).join("\n"));
    for (const detector of ["longWords", "repeated", "quotes", "numbers", "names"]) await page.check(`#detector-${detector}`);
    await waitForResults(page);

    // Every swatch differs from every other one, in what it shows.
    const swatches = await page.$$eval(".legend-entry .swatch", (spans) =>
      spans.map((s) => {
        const style = getComputedStyle(s);
        return [s.className, [style.backgroundColor, style.textDecorationLine, style.textDecorationStyle, style.textDecorationColor, style.borderLeftColor, style.borderLeftWidth].join(" ")];
      }),
    );
    assert.ok(swatches.length >= 8 + 12, `${swatches.length} categories`);
    assert.equal(new Set(swatches.map(([, look]) => look)).size, swatches.length, "no two swatches look alike");

    // The swatch and the marks are styled by one rule: every ::highlight(x) rule also styles .hl-x.
    for (const [, name] of css.matchAll(/::highlight\(([\w-]+)\)/g)) {
      if (name === "tl-current" || /-\d$/.test(name)) continue; // the current match; a lower line of a category
      const rule = css.split("\n").find((line) => line.includes(`::highlight(${name})`));
      assert.ok(rule.includes(`.hl-${name}`), `::highlight(${name}) and its swatch share a rule`);
    }
    // Sentence difficulty is not a highlight, it is a margin bar.
    assert.equal(await page.evaluate(() => CSS.highlights.has("tl-hardSentence")), false);
    assert.ok((await page.locator("#reader .sentence-bar").count()) > 0, "hard sentences have margin bars");

    // Text over each term tint and over the current match, on the text's surface.
    const colours = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const tint = (i) => {
        const s = document.createElement("span");
        s.className = `hl-term-${i}`;
        document.body.append(s);
        const colour = getComputedStyle(s).backgroundColor;
        s.remove();
        return colour;
      };
      return {
        text: root.getPropertyValue("--text").trim(),
        surface: root.getPropertyValue("--surface").trim(),
        current: root.getPropertyValue("--current-bg").trim(),
        tints: Array.from({ length: 8 }, (_, i) => tint(i)),
      };
    });
    const pairs = [...colours.tints, colours.current].map((tint) => [colours.text, tint, colours.surface]);
    const ratios = await contrastIn(page, pairs);
    for (const [i, ratio] of ratios.entries()) assert.ok(ratio >= 4.5, `${colorScheme}: highlight ${i} gives ${ratio.toFixed(2)}:1`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("colours: two categories on one word draw two lines, a second underline below the first", async () => {
  const text = "Unfortunately, the extraordinarily careful clerk checked it quickly.\n\n“The old bridge needs rehabilitation,” the mayor said.";
  const { page, problems, context } = await openWith(text);
  for (const detector of ["longWords", "quotes"]) await page.check(`#detector-${detector}`);
  await waitForResults(page);
  // The painting of the new detectors follows the results; wait for it, not for the one before.
  await page.waitForFunction(() => CSS.highlights.get("tl-longWord")?.size > 0 && CSS.highlights.get("tl-quote")?.size > 0);
  const lines = await page.evaluate(() => {
    const asRange = (r) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    };
    // Every decorated range: its category (a `-2` name is its category's second line) and where
    // its line lies (above, or how far below the text).
    const ranges = [];
    for (const [name, highlight] of CSS.highlights) {
      const style = getComputedStyle(document.body, `::highlight(${name})`);
      if (style.textDecorationLine === "none") continue;
      const place = style.textDecorationLine === "overline" ? "above" : style.textUnderlineOffset;
      const category = name.replace(/-\d$/, "");
      for (const r of highlight) ranges.push({ category, place, range: asRange(r), text: asRange(r).toString() });
    }
    const overlap = (a, b) => a.range.compareBoundaryPoints(Range.END_TO_START, b.range) < 0 && b.range.compareBoundaryPoints(Range.END_TO_START, a.range) < 0;
    const collisions = [];
    const shared = [];
    for (const a of ranges) {
      for (const b of ranges) {
        if (a.category >= b.category || !overlap(a, b)) continue;
        shared.push({ pair: [a.text, b.text, a.category, b.category].join(" / "), places: [a.place, b.place] });
        if (a.place === b.place) collisions.push(`${a.text} / ${b.text}: ${a.category} and ${b.category} at ${a.place}`);
      }
    }
    return { collisions, shared: shared.sort((a, b) => (a.pair < b.pair ? -1 : 1)) };
  });
  assert.deepEqual(lines.collisions, [], "no two categories draw one line on one word");
  // The text's own overlaps: two long adverbs, and a long word inside a quotation.
  assert.deepEqual(lines.shared.map(({ pair }) => pair), [
    "Unfortunately / Unfortunately / tl-adverb / tl-longWord",
    "extraordinarily / extraordinarily / tl-adverb / tl-longWord",
    "rehabilitation / “The old bridge needs rehabilitation,” / tl-longWord / tl-quote",
  ]);
  // The long word's line lies below the adverb's (the adverb came first).
  const below = (place) => (place === "auto" ? 0 : parseFloat(place));
  for (const { pair, places: [adverb, longWord] } of lines.shared.slice(0, 2)) assert.ok(below(longWord) > below(adverb), `${pair}: ${adverb} then ${longWord}`);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Runs axe-core in the page; returns its violations as "rule: targets". */
async function axeViolations(page) {
  const source = await readFile(path.join(repoRoot, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("axe-core finds no violation: empty, article, highlights on, chunks, phone; screenshots", async () => {
  const states = [
    ["empty", null, {}],
    ["article", article, {}],
    ["highlights", article, {}, async (page) => {
      await page.fill("#terms", "WeChat, judge");
      for (const detector of ["quotes", "numbers", "longWords", "names"]) await page.check(`#detector-${detector}`);
      await waitForResults(page);
      await page.click(".legend-entry >> nth=0");
    }],
    ["chunks", article, {}, async (page) => {
      await page.click("#tab-chunk");
      await waitForResults(page);
    }],
    ["phone", article, { viewport: { width: 375, height: 740 } }],
    ["dark", article, { colorScheme: "dark" }, async (page) => {
      await page.fill("#terms", "WeChat, judge");
      await page.check("#detector-quotes");
      await waitForResults(page);
    }],
  ];
  for (const [name, text, options, setUp] of states) {
    const { page, problems, context } = text === null ? await openPage(site, options) : await openWith(text, options);
    await setUp?.(page);
    assert.deepEqual(await axeViolations(page), [], `axe in state ${name}`);
    if (["article", "phone", "dark", "highlights"].includes(name)) {
      await page.screenshot({ path: path.join(RESULTS_DIR, `editing-${name}.png`), fullPage: name !== "phone" });
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
