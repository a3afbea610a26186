// The contestants. Each peer has a name, a version, an optional async `setup()` run once, and one
// function per task it can do. A task function takes the text and returns how many segments it
// found, so the report can show whether the peers agree, and so no engine can skip the work.
//
//   word      count the word-like segments (words and numbers, not spaces or punctuation)
//   sentence  count the sentences
//
// Adding a peer (issue 7: sbd, wink-nlp, compromise, …): bundle the npm package with esbuild into
// bench/dist/ (git-ignored), import it here, and add an entry with the tasks it supports.
import init, { split } from "/pkg/textlens.js";

/** Segments of `granularity` from Intl.Segmenter, the browser's own UAX #29 implementation. */
function intlSegmenter(granularity) {
  return new Intl.Segmenter("en", { granularity });
}

export const peers = [
  {
    name: "textlens",
    version: "pkg/",
    async setup() {
      await init();
    },
    word(text) {
      const words = split(text, "word").wordLike;
      let count = 0;
      for (let i = 0; i < words.length; i++) count += words[i];
      return count;
    },
    sentence(text) {
      return split(text, "sentence").length;
    },
  },
  {
    name: "Intl.Segmenter",
    version: "browser",
    word(text) {
      let count = 0;
      for (const segment of intlSegmenter("word").segment(text)) if (segment.isWordLike) count++;
      return count;
    },
    sentence(text) {
      let count = 0;
      for (const _ of intlSegmenter("sentence").segment(text)) count++;
      return count;
    },
  },
];

/** Speeds are reported relative to this peer. */
export const BASELINE = "Intl.Segmenter";
