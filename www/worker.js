// The analysis worker: loads textlens once, then answers requests from worker-client.js.
//
// Request:  { id, type: "analyze", text }
// Response: { id, result } or { id, error: message }
import init, { split } from "../pkg/textlens.js";

const ready = init();

const handlers = { analyze };

self.addEventListener("message", async ({ data: { id, type, ...payload } }) => {
  try {
    await ready;
    const handler = handlers[type];
    if (!handler) throw new Error(`unknown request type ${JSON.stringify(type)}`);
    self.postMessage({ id, result: handler(payload) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

/**
 * Sentences (trimmed, blank ones left out) with their word counts, and the totals: sentences,
 * words (word-like segments) and graphemes.
 */
function analyze({ text }) {
  const words = split(text, "word");
  const sentenceList = split(text, "sentence");
  const wordsPerSentence = countWordsPerSegment(words, sentenceList);
  const sentences = [];
  for (let i = 0; i < sentenceList.length; i++) {
    const sentenceText = text.slice(sentenceList.starts[i], sentenceList.ends[i]).trim();
    if (sentenceText !== "") sentences.push({ text: sentenceText, words: wordsPerSentence[i] });
  }
  return {
    sentences,
    counts: {
      sentences: sentences.length,
      words: words.wordLike.reduce((sum, isWord) => sum + isWord, 0),
      graphemes: split(text, "grapheme").length,
    },
  };
}

/**
 * For each segment of `segments`, how many word-like words start inside it. Both lists are in
 * text order, so one merge-like pass suffices.
 */
function countWordsPerSegment(words, segments) {
  const counts = new Array(segments.length).fill(0);
  let segment = 0;
  for (let w = 0; w < words.length; w++) {
    if (!words.wordLike[w]) continue;
    while (segment < segments.length - 1 && words.starts[w] >= segments.ends[segment]) segment++;
    counts[segment]++;
  }
  return counts;
}
