// The Insights panel: top words, sentence lengths and the difficulty of each sentence from start
// to end, whose marks lead to their sentences. DOM only, but for `lengthBins`, which is pure.

import { barChart, difficultyStrip, histogram } from "../charts.js";

/** Sentence-length histogram bins: [lowest, highest] words. */
const LENGTH_BINS = [[1, 5], [6, 10], [11, 15], [16, 20], [21, 25], [26, 30], [31, 40], [41, Infinity]];
/** The bin of each sentence length up to 41 words (-1: none); longer ones go in the last bin. */
const BIN_OF_LENGTH = Array.from({ length: 42 }, (_, n) => LENGTH_BINS.findIndex(([low, high]) => n >= low && n <= high));

/** Sentences by length: `[{ label, count }]` for the bins of LENGTH_BINS. */
export function lengthBins(sentenceWords) {
  const bins = LENGTH_BINS.map(([low, high]) => ({ label: high === Infinity ? `${low}+` : `${low}–${high}`, count: 0 }));
  for (const n of sentenceWords) {
    const bin = BIN_OF_LENGTH[Math.min(n, 41)];
    if (bin !== -1) bins[bin].count++;
  }
  return bins;
}

const $ = (id) => document.getElementById(id);

export class Insights {
  #sentences = null; // { starts, ends, difficulty } of the text shown
  #chosen = -1; // the mark chosen with the keyboard

  /** Renders the charts of the analysis (see analysis.js). */
  show(stats) {
    const words = stats.frequencies?.words ?? [];
    barChart($("chart-words"), words.map(({ text, count }) => ({ label: text, value: count })),
      words.length > 0 ? `Most used words: ${words.map(({ text, count }) => `${text} ${count}`).join(", ")}` : "No words yet");

    const { sentenceWords, sentenceDifficulty, sentenceStarts, sentenceEnds } = stats;
    const bins = lengthBins(sentenceWords);
    histogram($("chart-lengths"), bins,
      `Sentences by length: ${bins.map(({ label, count }) => `${count} of ${label} words`).join(", ")}`);

    const tally = [0, 0, 0];
    for (const d of sentenceDifficulty) tally[d]++;
    difficultyStrip($("chart-difficulty"), sentenceWords, sentenceDifficulty,
      `${sentenceWords.length} sentences: ${tally[1]} hard, ${tally[2]} very hard`);
    this.#sentences = { starts: sentenceStarts, ends: sentenceEnds, difficulty: sentenceDifficulty };
    this.#choose(-1);
  }

  /** Marks mark `index` as chosen (-1: none) and says what it stands for. */
  #choose(index) {
    const marks = $("chart-difficulty").querySelectorAll(".mark");
    marks[this.#chosen]?.classList.remove("chosen");
    this.#chosen = Math.min(index, marks.length - 1);
    const mark = marks[this.#chosen];
    mark?.classList.add("chosen");
    $("difficulty-chosen").textContent = mark ? `${mark.querySelector("title").textContent}. Enter shows it in the text.` : "";
  }

  /**
   * Calls `handler(start, end)` with the sentence a mark of the difficulty strip stands for: the
   * hardest of its group (the first of the hardest).
   */
  onShowSentence(handler) {
    const strip = $("chart-difficulty");
    const show = (mark) => {
      if (!mark || !this.#sentences) return;
      const { starts, ends, difficulty } = this.#sentences;
      const first = Number(mark.dataset.first);
      let hardest = first;
      for (let i = first; i < first + Number(mark.dataset.count); i++) if (difficulty[i] > difficulty[hardest]) hardest = i;
      handler(starts[hardest], ends[hardest]);
    };
    strip.addEventListener("click", (event) => show(event.target.closest(".mark")));
    // From the keyboard: the strip is one Tab stop; the arrow keys choose a mark, Enter goes.
    strip.addEventListener("keydown", (event) => {
      const count = strip.querySelectorAll(".mark").length;
      const step = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[event.key];
      if (step !== undefined && count > 0) {
        event.preventDefault();
        this.#choose(Math.max(0, Math.min(count - 1, this.#chosen + step)));
      } else if (event.key === "Enter" && this.#chosen >= 0) {
        event.preventDefault();
        show(strip.querySelectorAll(".mark")[this.#chosen]);
      }
    });
  }
}
