// The Numbers panel: counts, times, sentence lengths and readability of the whole text. DOM only.

import { fleschLabel, formatCount, formatDuration, formatScore, gradeLabel, readabilityScoresFor } from "../format.js";

const $ = (id) => document.getElementById(id);
const set = (id, value) => ($(id).textContent = value);

export class Numbers {
  constructor() {
    this.panel = $("numbers");
  }

  showPending() {
    this.panel.dataset.status = "pending";
  }

  /** Renders the statistics of `count()`. */
  show(stats) {
    set("stat-words", formatCount(stats.words));
    set("stat-unique-words", formatCount(stats.uniqueWords));
    set("stat-characters", formatCount(stats.characters.graphemes));
    set("stat-characters-no-spaces", formatCount(stats.characters.nonSpace));
    set("stat-sentences", formatCount(stats.sentences));
    set("stat-paragraphs", formatCount(stats.paragraphs));
    set("stat-average-sentence", stats.averageSentenceLength === null ? "–" : `${formatScore(stats.averageSentenceLength)} words`);
    set("stat-longest-sentence", stats.longestSentence === null ? "–" : `${formatCount(stats.longestSentence.words)} words`);
    set("stat-reading-time", formatDuration(stats.time.readingSeconds));
    set("stat-speaking-time", formatDuration(stats.time.speakingSeconds));

    const grade = stats.readability.consensusGrade.value;
    set("stat-grade", formatScore(grade));
    set("stat-grade-label", gradeLabel(grade));
    const tag = stats.language.tag;
    const scores = readabilityScoresFor(tag);
    // The reading ease of the text's language: Flesch's, or its adaptation (none for some).
    const ease = scores.find((score) => score.ease);
    const easeValue = ease ? stats.readability[ease.key].value : null;
    set("stat-flesch-caption", ease ? ease.name.replace("Reading Ease", "reading ease") : "Reading ease");
    set("stat-flesch", formatScore(easeValue));
    set("stat-flesch-label", fleschLabel(easeValue, tag));
    this.#showReadabilityTable(stats.readability, scores);
    this.panel.dataset.status = "done";
  }

  showError() {
    this.panel.dataset.status = "error";
  }

  /** The rows of `scores`: the formulas made for the text's language, and those for any. */
  #showReadabilityTable(readability, scores) {
    const rows = scores.map(({ key, name, scale }) => {
      const row = document.createElement("tr");
      row.dataset.score = key;
      const score = readability[key];
      const cells = [name, formatScore(score.value), score.value === null ? score.reason : scale];
      cells.forEach((text, i) => {
        const cell = document.createElement(i === 0 ? "th" : "td");
        if (i === 0) cell.scope = "row";
        cell.textContent = text;
        row.append(cell);
      });
      return row;
    });
    $("readability-table").replaceChildren(...rows);
  }
}
