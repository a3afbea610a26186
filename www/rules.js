// Highlight settings (what the page's controls hold) -> textlens Highlighter rules. Pure: used by
// the worker, which compiles the rules, and by the view, which names the legend and colours.

import { languageName } from "./languages.js";

/** How many distinct term colours the style sheet defines (::highlight(term-0) … term-7). */
export const TERM_COLOURS = 8;

/**
 * The detectors the page offers, with the label of each switch and, for those whose rules are
 * made for some languages (textlens's `Detector::reads`: they mark nothing in other ones), which.
 */
export const DETECTOR_SWITCHES = [
  { detector: "hardSentences", label: "Hard sentences" },
  { detector: "adverbs", label: "Adverbs", category: "adverb", languages: { only: ["en"], note: "English only" } },
  { detector: "passive", label: "Passive voice", category: "passive", languages: { only: ["en"], note: "English only" } },
  { detector: "longWords", label: "Long words" },
  { detector: "repeated", label: "Repeated words" },
  { detector: "quotes", label: "Quotations" },
  { detector: "numbers", label: "Numbers, dates, money" },
  {
    detector: "names",
    label: "Names",
    category: "name",
    languages: { not: ["de", "lb"], note: "not for German, which capitalises every noun" },
  },
];

/** Whether the detector of `sw` (an entry of DETECTOR_SWITCHES) marks anything in a text in `tag`. */
export function detectorReads(sw, tag) {
  const { only, not = [] } = sw.languages ?? {};
  return (only === undefined || only.includes(tag)) && !not.includes(tag);
}

/**
 * Why the detector of `sw` marks nothing in a text in `tag` ("English only: nothing is marked
 * in German"), or "" when it reads that language.
 */
export function languageNote(sw, tag) {
  return detectorReads(sw, tag) ? "" : `${sw.languages.note}: nothing is marked in ${languageName(tag)}`;
}

/** Detectors switched on before the reader changes anything. */
export const DEFAULT_DETECTORS = ["hardSentences", "adverbs", "passive"];

/**
 * The terms of the terms box, each with its line (from 1): one per line, or comma-separated
 * (regular expressions: one per line only, since commas belong to their syntax). Blank entries
 * and repeats are left out.
 */
export function termEntries(source, { regex = false, caseSensitive = false } = {}) {
  const seen = new Set();
  const entries = [];
  source.split(/\r?\n/).forEach((lineText, i) => {
    for (const part of regex ? [lineText] : lineText.split(",")) {
      const text = regex ? part : part.trim();
      if (text.trim() === "") continue;
      const key = caseSensitive || regex ? text : text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({ text, line: i + 1 });
    }
  });
  return entries;
}

/** The terms of the terms box (see `termEntries`), without their lines. */
export function parseTerms(source, options) {
  return termEntries(source, options).map((entry) => entry.text);
}

/**
 * Highlighter rules for `settings` = { terms (box text), regex, caseSensitive,
 * diacriticInsensitive, wholeWord, detectors: names, lang }. Term i is its own category, named
 * TERM_CATEGORY_PREFIX + the term, coloured `term-(i mod TERM_COLOURS)`.
 */
export function highlightRules(settings) {
  const { regex, caseSensitive, diacriticInsensitive, wholeWord } = settings;
  const entries = parseTerms(settings.terms, { regex, caseSensitive });
  const className = (i) => `term-${i % TERM_COLOURS}`;
  const rules = {
    lang: settings.lang ?? "auto",
    caseSensitive,
    diacriticInsensitive,
    accuracy: wholeWord ? "whole" : "partial",
    detectors: [...settings.detectors],
  };
  if (regex) {
    rules.patterns = entries.map((pattern, i) => ({
      pattern: wholeWord ? `\\b(?:${pattern})\\b` : pattern,
      flags: caseSensitive ? "" : "i",
      category: TERM_CATEGORY_PREFIX + pattern,
      className: className(i),
    }));
  } else {
    rules.terms = entries.map((text, i) => ({ text, category: TERM_CATEGORY_PREFIX + text, className: className(i) }));
  }
  return rules;
}

/** Categories of terms and patterns are named by this prefix and the term itself. */
export const TERM_CATEGORY_PREFIX = "term: ";

/** Plain names of the detectors' categories, for the legend. */
export const CATEGORY_LABELS = {
  quote: "Quotations",
  date: "Dates",
  time: "Times",
  money: "Money",
  percentage: "Percentages",
  number: "Numbers",
  name: "Names",
  hardSentence: "Hard sentences",
  veryHardSentence: "Very hard sentences",
  adverb: "Adverbs",
  passive: "Passive voice",
  repeated: "Repeated words",
  longWord: "Long words",
};

/** The legend label of a category: the term itself, or the detector category's plain name. */
export function categoryLabel(name) {
  if (name.startsWith(TERM_CATEGORY_PREFIX)) return name.slice(TERM_CATEGORY_PREFIX.length);
  return CATEGORY_LABELS[name] ?? name;
}

/**
 * What each detector's marks mean, and for some a target: at most `target(stats)` of them for
 * a text with `stats` = { words, sentences }. The targets are rules of thumb for plain prose
 * (about one adverb per hundred words, one passive per ten sentences, a tenth of sentences hard
 * and a twentieth very hard), stated so a writer can check them.
 */
export const GUIDANCE = {
  adverb: { about: "Often a stronger verb does the work alone.", target: ({ words }) => Math.max(1, Math.round(words / 100)) },
  passive: { about: "Says what was done, not who did it.", target: ({ sentences }) => Math.max(1, Math.round(sentences / 10)) },
  hardSentence: { about: "Long, or full of long words: worth splitting.", target: ({ sentences }) => Math.round(sentences / 10) },
  veryHardSentence: { about: "Very hard to follow: split or simplify.", target: ({ sentences }) => Math.round(sentences / 20) },
  longWord: { about: "Often a shorter word says the same." },
  repeated: { about: "The same word again within a few words." },
  quote: { about: "Words in quotation marks." },
  name: { about: "Words that look like names of people, places or things." },
};

/** "aim for at most 3 · 2 over" for `name` with `count` marks in a text of `stats`; "" without a target. */
export function targetNote(name, count, stats) {
  const target = GUIDANCE[name]?.target?.(stats);
  if (target === undefined) return "";
  const over = count - target;
  return `aim for at most ${target}${over > 0 ? ` · ${over} over` : ""}`;
}
