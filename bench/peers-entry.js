// The npm peers, bundled by esbuild into dist/peers.js (bench/harness.mjs) so the benchmark page
// loads them from its own origin, with no CDN. Versions are pinned in the root package.json.
export { default as winkNLP } from "wink-nlp";
export { default as winkModel } from "wink-eng-lite-web-model";
export { default as nlp } from "compromise";
export { default as sbd } from "sbd";
// The package's main module also exports a Node stream class; the function alone is browser-safe.
export { default as readingTime } from "reading-time/lib/reading-time.js";
export { default as readability } from "text-readability";
export { default as Mark } from "mark.js";
