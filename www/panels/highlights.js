// The highlight controls (terms, matching options, detectors) and what they found: the legend
// beside the text, one entry per category with its swatch, count and guidance, and the
// Previous / Next steps through the matches of one. DOM only.

import { formatCount } from "../format.js";
import { categoryLabel, DETECTOR_SWITCHES, GUIDANCE, languageNote, targetNote } from "../rules.js";

const $ = (id) => document.getElementById(id);

export class Highlights {
  #result = null;
  #textStats = { words: 0, sentences: 0 };
  #lang = "en";

  constructor() {
    this.legend = $("legend");
    this.#buildDetectorSwitches();
  }

  #buildDetectorSwitches() {
    const fieldset = $("detectors");
    for (const { detector, label, languages } of DETECTOR_SWITCHES) {
      const wrapper = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = `detector-${detector}`;
      box.dataset.detector = detector;
      wrapper.append(box, ` ${label}`);
      if (languages) {
        const note = document.createElement("span");
        note.className = "detector-note";
        note.id = `detector-note-${detector}`;
        note.hidden = true;
        wrapper.append(note);
      }
      fieldset.append(wrapper);
    }
  }

  /**
   * The language of the text (a tag): the detectors whose rules are for other languages say so,
   * on their switch and in the legend.
   */
  setLanguage(tag) {
    this.#lang = tag;
    for (const sw of DETECTOR_SWITCHES.filter((sw) => sw.languages)) {
      const note = $(`detector-note-${sw.detector}`);
      const text = languageNote(sw, tag);
      note.hidden = text === "";
      note.textContent = text === "" ? "" : ` (${text})`;
    }
    if (this.#result) this.showLegend(this.#result);
  }

  /** The highlight controls as settings (see rules.js). */
  settings() {
    return {
      terms: $("terms").value,
      regex: $("opt-regex").checked,
      caseSensitive: $("opt-case").checked,
      diacriticInsensitive: $("opt-diacritics").checked,
      wholeWord: $("opt-whole").checked,
      detectors: [...$("detectors").querySelectorAll("input:checked")].map((box) => box.dataset.detector),
    };
  }

  setSettings(settings) {
    $("terms").value = settings.terms;
    $("opt-regex").checked = settings.regex;
    $("opt-case").checked = settings.caseSensitive;
    $("opt-diacritics").checked = settings.diacriticInsensitive;
    $("opt-whole").checked = settings.wholeWord;
    for (const box of $("detectors").querySelectorAll("input")) box.checked = settings.detectors.includes(box.dataset.detector);
    this.#showTermsHint();
  }

  /** Calls `handler(settings)` whenever a highlight control changes. */
  onChange(handler) {
    $("highlights").addEventListener("input", () => {
      this.#showTermsHint();
      handler(this.settings());
    });
  }

  /** With regular expressions on, a comma in the box is part of a pattern: say so. */
  #showTermsHint() {
    const { regex, terms } = this.settings();
    $("terms-hint").textContent =
      regex && terms.includes(",")
        ? "Regular expressions: one per line. A comma is part of its pattern, not a separator."
        : regex
          ? "Regular expressions: one per line; each gets its own colour."
          : "One per line or separated by commas; each gets its own colour.";
  }

  /** Sizes the guidance targets are measured against: `{ words, sentences }` of the text. */
  setTextStats(stats) {
    this.#textStats = stats;
    if (this.#result) this.showLegend(this.#result);
  }

  /**
   * The legend of `result` = { categories: [{ name, highlightName }], counts, problems }: one
   * button per category, with its swatch (styled exactly as its marks in the text), count and
   * guidance; the lines of the terms box that could not be used are named next to the box.
   */
  showLegend(result) {
    this.#result = result;
    const { categories, counts, problems = [] } = result;
    $("terms-error").textContent = problems
      .map(({ line, text }) => `Line ${line}, “${text}”, is not a valid regular expression; the other terms still work.`)
      .join(" ");
    const items = categories.map(({ name, highlightName }, id) => this.#entry(name, highlightName, id, counts[id]));
    this.legend.replaceChildren(...items);
    if (items.length === 0) {
      const none = document.createElement("li");
      none.className = "hint";
      none.textContent = "Add terms or switch on a detector under Highlights.";
      this.legend.append(none);
    }
    this.showStep(null);
    this.legend.dataset.status = "done";
  }

  #entry(name, highlightName, id, count) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "legend-entry";
    button.dataset.category = name;
    button.dataset.categoryId = String(id);
    const swatch = document.createElement("span");
    swatch.className = `swatch hl-${highlightName}`;
    swatch.setAttribute("aria-hidden", "true");
    swatch.textContent = "Ab";
    const label = document.createElement("span");
    label.className = "legend-label";
    label.textContent = categoryLabel(name);
    const shown = document.createElement("span");
    shown.className = "legend-count";
    shown.textContent = formatCount(count);
    button.append(swatch, label, shown);
    const guide = this.#guide(name, count);
    if (guide) button.append(guide);
    button.disabled = count === 0;
    item.append(button);
    return item;
  }

  /**
   * What the marks of category `name` mean, with its target, or why its detector marks nothing
   * in a text in this language; null for a category without guidance.
   */
  #guide(name, count) {
    const sw = DETECTOR_SWITCHES.find((entry) => entry.category === name);
    const unread = sw ? languageNote(sw, this.#lang) : "";
    const about = GUIDANCE[name]?.about;
    if (!unread && !about) return null;
    const guide = document.createElement("span");
    guide.className = "legend-guide";
    const target = unread ? "" : targetNote(name, count, this.#textStats);
    guide.textContent = unread || (target ? `${about} (${target})` : about);
    guide.dataset.over = String(/over/.test(target));
    return guide;
  }

  showPending() {
    this.legend.dataset.status = "pending";
  }

  showError(message) {
    $("terms-error").textContent = message;
    this.legend.dataset.status = "error";
  }

  /** Calls `handler(categoryId)` when a legend entry is pressed. */
  onStep(handler) {
    this.legend.addEventListener("click", (event) => {
      const button = event.target.closest(".legend-entry");
      if (button) handler(Number(button.dataset.categoryId));
    });
  }

  /** Says which match of which category is shown (`name` null: none yet). */
  showStep(name, position, total) {
    $("step-status").textContent =
      name === null
        ? "Press an entry to step through its matches."
        : `${categoryLabel(name)}: match ${formatCount(position)} of ${formatCount(total)}`;
    $("step-previous").disabled = name === null;
    $("step-next").disabled = name === null;
  }

  /** Calls `handler(+1 | -1)` for the Next and Previous buttons. */
  onStepButtons(handler) {
    $("step-next").addEventListener("click", () => handler(1));
    $("step-previous").addEventListener("click", () => handler(-1));
  }
}
