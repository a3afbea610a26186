// Every export of textlens, used as a strict TypeScript consumer would. It must compile with
// `tsc --noEmit --strict` both as a Node ES module (nodenext) and in a bundler (bundler resolution).
// Never run: it only checks that the declarations say what the API does.
import init, {
  initSync,
  version,
  loadDictionaries,
  loadMarkup,
  split,
  count,
  wordCount,
  SegmentList,
  TextDocument,
  Highlighter,
  DETECTORS,
  type Granularity,
  type SizeUnit,
  type SentenceOptions,
  type ChunkOptions,
  type Segment,
  type WordSegment,
  type ChunkSegment,
  type WordList,
  type ChunkList,
  type Format,
  type MarkdownChunkOptions,
  type MarkdownChunkSegment,
  type MarkdownChunkList,
  type CountOptions,
  type Statistics,
  type Score,
  type Difficulty,
  type SentenceStats,
  type HighlightRules,
  type HighlightTerm,
  type HighlightPattern,
  type HighlightDetector,
  type HighlightDetectorName,
  type HighlightCategory,
  HighlightRanges,
  HighlightPieces,
  type HighlightMatch,
  type HighlightPiece,
  type HighlightRule,
  type HighlightApplyOptions,
} from "textlens";

export async function everything(text: string, element: Element, bytes: Uint8Array): Promise<number> {
  await init();
  await init(new URL("https://example.invalid/textlens_wasm_bg.wasm"));
  initSync(bytes);
  const v: string = version();
  await loadDictionaries();
  await loadDictionaries(new URL("https://example.invalid/textlens_dictionary_bg.wasm"));
  await loadMarkup();
  await loadMarkup(new URL("https://example.invalid/textlens_markup_bg.wasm"));
  const markdownOptions: MarkdownChunkOptions = { maxSize: 200, format: "markdown", overlap: 1 };
  const markdownChunks: MarkdownChunkList = split(text, "chunk", markdownOptions);
  const firstMarkdown: MarkdownChunkSegment | undefined = markdownChunks.get(0);
  const path: string[] = firstMarkdown?.headings ?? [];
  const firstLine: number = firstMarkdown?.lines.start ?? 0;
  const format: Format = "markdown";
  const proseWords: number = count(text, { format }).words + path.length + firstLine;

  const sentenceOptions: SentenceOptions = { mode: "article", abbreviations: ["Gen"] };
  const sentences: SegmentList = split(text, "sentence", sentenceOptions);
  const firstSentence: Segment | undefined = sentences.get(0);
  const starts: Uint32Array = sentences.starts;
  const ends: Uint32Array = sentences.ends;
  const texts: string[] = sentences.texts();

  const words: WordList = split(text, "word");
  let wordLike = 0;
  for (const word of words) {
    const w: WordSegment = word;
    if (w.wordLike) wordLike += 1;
  }
  const flags: Uint8Array = words.wordLike;

  const unit: SizeUnit = "word";
  const chunkOptions: ChunkOptions = { maxSize: 280, unit, overlap: 1 };
  const chunks: ChunkList = split(text, "chunk", chunkOptions);
  const chunk: ChunkSegment | undefined = chunks.get(0);
  const fresh: Uint32Array = chunks.freshStarts;

  const granularity: Granularity = "paragraph";
  const paragraphs: SegmentList = split(text, granularity);
  const graphemes = split(text, "grapheme").length;
  const lines = split(text, "line").length;

  const countOptions: CountOptions = { readingWordsPerMinute: 200, top: 5, extraStopWords: ["via"], perSentence: true };
  const stats: Statistics = count(text, countOptions);
  const wordTotal: number = wordCount(text);
  const ease: Score = stats.readability.fleschReadingEase;
  const easeValue: number | null = ease.value;
  const reason: string | undefined = ease.reason;
  const longest: SentenceStats | null = stats.longestSentence;
  const difficulty: Difficulty | undefined = longest?.difficulty;
  const topWord: string | undefined = stats.frequencies?.words[0]?.text;
  const smsSegments: number = stats.limits.sms.segments;
  const readingSeconds: number = stats.time.readingSeconds;

  using doc = new TextDocument(text);
  const docWords: WordList = doc.split("word");
  const docStats: Statistics = doc.count();
  const docWordTotal: number = doc.wordCount();
  const freed: boolean = doc.freed;
  const viaDocument: SegmentList = split(doc, "sentence");

  const term: HighlightTerm = { text: "WeChat", synonyms: ["Weixin"], className: "brand", accuracy: "prefix" };
  const pattern: HighlightPattern = { pattern: "\\d+", flags: "i", category: "number" };
  const detectorName: HighlightDetectorName = DETECTORS[0] ?? "quotes";
  const detector: HighlightDetector = { detector: "passive", className: "tl-passive" };
  const rules: HighlightRules = {
    terms: ["textlens", term],
    patterns: [pattern],
    detectors: [detectorName, detector],
    synonyms: [["colour", "color"]],
    caseSensitive: false,
    diacriticInsensitive: true,
    accuracy: "whole",
    longWordLetters: 13,
    exclude: ["code"],
  };
  const highlighter = new Highlighter(rules);
  const categories: readonly HighlightCategory[] = highlighter.categories;
  const ranges: HighlightRanges = highlighter.ranges(text);
  const match: HighlightMatch | undefined = ranges.get(0);
  const rule: HighlightRule | undefined = match?.rule;
  const ruleIndex: number = rule === undefined ? -1 : rule.kind === "detector" ? DETECTORS.indexOf(rule.detector) : rule.index;
  const pieces: HighlightPieces = highlighter.ranges(doc).pieces;
  const isRanges: boolean = ranges instanceof HighlightRanges && pieces instanceof HighlightPieces;
  const piece: HighlightPiece | undefined = pieces.get(0);
  const html: string = highlighter.html(text);
  const applyOptions: HighlightApplyOptions = { exclude: ["pre"] };
  const marks: number = highlighter.apply(element, applyOptions);
  highlighter.clear(element);
  const how: "css" | "dom" = highlighter.applyCss(element);
  highlighter.clearCss();
  highlighter.free();

  return [
    v.length, firstSentence?.end, starts.length, ends.length, texts.length, wordLike, flags.length,
    chunk?.freshStart, fresh.length, paragraphs.length, graphemes, lines, easeValue, reason?.length,
    topWord?.length, smsSegments, readingSeconds, docWords.length, docStats.words, Number(freed), wordTotal, docWordTotal,
    viaDocument.length, categories.length, ruleIndex, piece?.categories.length, html.length, marks,
    how.length, difficulty?.length, Number(isRanges), proseWords, markdownChunks.length,
  ].reduce<number>((sum, n) => sum + (n ?? 0), 0);
}
