// Runs in the benchmark page: times each peer on each task and text, in one browser, one run.
//
// For every (task, text) pair the peers take turns: a few untimed warm-up calls each, then
// `runs` timed rounds in which every peer runs once (interleaving spreads any drift of the
// machine over all peers alike). The median of the rounds is reported.
import { peers, BASELINE } from "./peers.js";

const log = document.getElementById("log");

function say(line) {
  log.textContent += line + "\n";
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * @param {object} config
 * @param {string[]} config.tasks      e.g. ["word", "sentence"]
 * @param {{label: string, url: string, bytes: number}[]} config.texts  UTF-8 sizes in bytes
 * @param {number} config.warmup       untimed calls per peer before timing
 * @param {number} config.runs         timed rounds (odd, ≥ 5)
 * @returns {{baseline: string, rows: object[]}} the baseline peer's name and one row per
 *   measurement: {task, text, bytes, peer, version, medianMs, runsMs, segments}
 */
export async function runBenchmarks({ tasks, texts, warmup, runs }) {
  for (const peer of peers) await peer.setup?.();
  const rows = [];
  for (const { label, url, bytes } of texts) {
    const text = await fetchText(url);
    for (const task of tasks) {
      const contestants = peers.filter((peer) => typeof peer[task] === "function");
      const segments = new Map();
      for (const peer of contestants) {
        for (let i = 0; i < warmup; i++) segments.set(peer.name, peer[task](text));
      }
      const times = new Map(contestants.map((peer) => [peer.name, []]));
      for (let round = 0; round < runs; round++) {
        for (const peer of contestants) {
          const start = performance.now();
          const found = peer[task](text);
          times.get(peer.name).push(performance.now() - start);
          if (found !== segments.get(peer.name)) {
            throw new Error(`${peer.name} ${task}: ${found} segments, earlier ${segments.get(peer.name)}`);
          }
        }
      }
      for (const peer of contestants) {
        const runsMs = times.get(peer.name);
        const row = {
          task, text: label, bytes, peer: peer.name, version: peer.version,
          medianMs: median(runsMs), runsMs, segments: segments.get(peer.name),
        };
        rows.push(row);
        say(`${task} ${label} ${peer.name}: ${row.medianMs.toFixed(1)} ms, ${row.segments} segments`);
      }
    }
  }
  return { baseline: BASELINE, rows };
}
