// The same few calls in every consumer (Node, browsers, workers, bundles): the three verbs and the
// document handle on one known text. It returns plain data; package.test.mjs holds the expected
// values. `textlens` is the package's namespace, however the consumer imported it.

/** Our own sample: an abbreviation, an initialism and an emoji (two UTF-16 units) before "Then". */
export const TEXT = "Dr. Who met U.S. officials. 😀 Then left.";

export function exercise(textlens) {
  const { split, count, Highlighter, TextDocument, version } = textlens;
  const sentences = split(TEXT, "sentence");
  const words = split(TEXT, "word");
  const stats = count(TEXT);
  const highlighter = new Highlighter({ terms: ["officials", "then"] });
  const html = highlighter.html(TEXT);
  const highlights = Array.from(highlighter.ranges(TEXT), (m) => [m.start, m.end, m.text]);
  highlighter.free();
  const doc = new TextDocument(TEXT);
  const documentSentences = doc.split("sentence").length;
  doc.free();
  return {
    version: version(),
    sentences: { starts: [...sentences.starts], ends: [...sentences.ends], texts: sentences.texts() },
    wordLike: Array.from(words).filter((w) => w.wordLike).map((w) => w.text),
    counts: {
      words: stats.words,
      sentences: stats.sentences,
      graphemes: stats.characters.graphemes,
      codePoints: stats.characters.codePoints,
      utf16: stats.characters.utf16,
      bytes: stats.characters.bytes,
    },
    highlights,
    marks: html.split("<mark ").length - 1,
    htmlText: html.replace(/<[^>]*>/g, ""),
    documentSentences,
  };
}
