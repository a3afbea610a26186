// The worker-pool benchmark's shared parts, the same in Node (pool-node.mjs) and in the browser
// (pool-page.js): the work done on one article and the batch's totals. The loop that hands
// articles to workers is the package's own (js/pool.js), the one the command line uses.
//
// One article's work is what a batch job over a folder of articles would do: its statistics
// (`count`), its sentences (`split`) and its highlights for a list of terms (`ranges`, one
// Highlighter compiled per thread before the batch starts). Each article gives back three numbers,
// so the answer that crosses `postMessage` is small and the pool and one thread can be compared.

/**
 * Returns the function that does one article's work with `textlens` (the module's exports, loaded
 * and initialised in the calling thread) and a Highlighter for `terms` compiled once.
 */
export function articleWork(textlens, terms) {
  const highlighter = new textlens.Highlighter({ terms });
  return (text) => ({
    words: textlens.count(text).words,
    sentences: textlens.split(text, "sentence").length,
    matches: highlighter.ranges(text).length,
  });
}

/** The answers summed: words, sentences and matches over the batch. */
export function totals(answers) {
  const sum = { articles: answers.length, words: 0, sentences: 0, matches: 0 };
  for (const answer of answers) {
    sum.words += answer.words;
    sum.sentences += answer.sentences;
    sum.matches += answer.matches;
  }
  return sum;
}
