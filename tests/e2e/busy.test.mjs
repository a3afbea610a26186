// The page's progress bar logic (www/busy.js) with the clock under the test's control: the bar
// appears once work has lasted the delay, whatever the busy channels do meanwhile, and never for
// work that ends sooner. No real time passes.
import { test, mock } from "node:test";
import assert from "node:assert/strict";
import { BusyIndicator, describeWork } from "../../www/busy.js";

const DELAY = 300;

function indicator() {
  mock.timers.enable({ apis: ["setTimeout"] });
  const events = [];
  const busy = new BusyIndicator({
    delay: DELAY,
    show: (label) => events.push(`show ${label}`),
    hide: () => events.push("hide"),
    timers: globalThis,
  });
  return { busy, events };
}

test("the bar appears once work has lasted the delay, though the channels change meanwhile", (t) => {
  t.after(() => mock.timers.reset());
  const { busy, events } = indicator();
  busy.update(["analyze"]);
  mock.timers.tick(200);
  busy.update(["analyze", "pieces"]);
  mock.timers.tick(99);
  assert.deepEqual(events, []);
  busy.update(["pieces", "highlight"]);
  mock.timers.tick(1);
  assert.deepEqual(events, ["show Splitting and highlighting…"]);
  busy.update(["highlight"]);
  assert.deepEqual(events.at(-1), "show Highlighting…", "the label follows the work while shown");
  busy.update([]);
  assert.deepEqual(events.at(-1), "hide");
});

test("work that ends before the delay never shows the bar", (t) => {
  t.after(() => mock.timers.reset());
  const { busy, events } = indicator();
  busy.update(["analyze"]);
  mock.timers.tick(DELAY - 1);
  busy.update([]);
  mock.timers.tick(10 * DELAY);
  assert.deepEqual(events, []);
  // A new period of work starts its own delay.
  busy.update(["export"]);
  mock.timers.tick(DELAY);
  assert.deepEqual(events, ["show Preparing the export…"]);
});

test("the work is said in words, not channel names", () => {
  assert.equal(describeWork(["analyze"]), "Counting…");
  assert.equal(describeWork(["analyze", "pieces", "highlight"]), "Counting, splitting and highlighting…");
  assert.equal(describeWork(["pieces", "pieceCounts"]), "Splitting…");
  assert.equal(describeWork(["something-new"]), "Working…");
});
