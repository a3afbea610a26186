// The numbers bar: the main numbers of the text (or of the selection, when there is one) in a
// bar that stays in view while the page scrolls, the text's language (detected, or the reader's
// choice), and an optional goal and its progress. DOM only; the goal and the language are part of
// the settings main.js keeps.

import { formatCount, formatDuration, formatScore } from "../format.js";
import { LANGUAGES, languageName } from "../languages.js";

const $ = (id) => document.getElementById(id);
const plural = (n, noun) => `${formatCount(n)} ${noun}${n === 1 ? "" : "s"}`;

export class NumbersBar {
  #totals = { words: 0, characters: 0 };

  constructor() {
    this.bar = $("numbers-bar");
    const choices = LANGUAGES.map((tag) => new Option(languageName(tag), tag));
    choices.sort((a, b) => a.text.localeCompare(b.text, "en"));
    $("lang").append(...choices);
  }

  showPending() {
    this.bar.dataset.status = "pending";
  }

  /** The whole text's main numbers (statistics of `count()`). */
  show(stats) {
    $("bar-words").textContent = formatCount(stats.words);
    $("bar-characters").textContent = formatCount(stats.characters.graphemes);
    $("bar-reading").textContent = formatDuration(stats.time.readingSeconds);
    $("bar-grade").textContent = formatScore(stats.readability.consensusGrade.value);
    this.#showLanguage(stats.language, stats.words);
    this.#totals = { words: stats.words, characters: stats.characters.graphemes };
    this.#showGoal();
    this.bar.dataset.status = "done";
  }

  /** The counts of the selected text (`null`: nothing selected). */
  showSelection(counts) {
    const line = $("bar-selection");
    line.hidden = counts === null;
    line.textContent = counts === null ? "" : `Selected: ${plural(counts.words, "word")} · ${plural(counts.characters, "character")}`;
  }

  /** The goal controls: `{ size, unit }` (size 0: no goal). */
  goal() {
    const size = Number($("goal").value);
    return { size: Number.isInteger(size) && size > 0 ? size : 0, unit: $("goal-unit").value };
  }

  setGoal({ size, unit }) {
    $("goal").value = size > 0 ? String(size) : "";
    $("goal-unit").value = unit;
    this.#showGoal();
  }

  /** Calls `handler(goal)` when the goal changes. */
  onGoalChange(handler) {
    for (const id of ["goal", "goal-unit"]) {
      $(id).addEventListener("input", () => {
        this.#showGoal();
        handler(this.goal());
      });
    }
  }

  /** The language chosen: "auto" (detect it) or a tag. */
  lang() {
    return $("lang").value;
  }

  setLang(lang) {
    $("lang").value = LANGUAGES.includes(lang) ? lang : "auto";
  }

  /** Calls `handler(lang)` when the reader chooses a language. */
  onLangChange(handler) {
    $("lang").addEventListener("change", () => handler(this.lang()));
  }

  /**
   * The language `count()` read the text in (`{ tag, detected }`): when it was detected, the
   * "Detect" choice names it ("Detect: German"); an empty text names none.
   */
  #showLanguage({ tag, detected }, words) {
    const auto = $("lang").options[0];
    auto.text = detected && words > 0 ? `Detect: ${languageName(tag)}` : "Detect";
  }

  #showGoal() {
    const { size, unit } = this.goal();
    const progress = $("goal-progress");
    const status = $("goal-status");
    progress.hidden = size === 0;
    if (size === 0) {
      status.textContent = "";
      return;
    }
    const done = this.#totals[unit];
    progress.max = size;
    progress.value = Math.min(done, size);
    const percent = Math.floor((done / size) * 100);
    status.textContent =
      done >= size ? `${percent}%: goal reached` : `${percent}%: ${formatCount(size - done)} ${unit} to go`;
    progress.setAttribute("aria-label", `Goal: ${formatCount(done)} of ${formatCount(size)} ${unit}`);
  }
}
