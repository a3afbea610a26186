// Highlight settings (what the page's controls hold) -> textlens Highlighter rules. Pure: used by
// the worker, which compiles the rules, and by the view, which names the legend and colours.

/** How many distinct term colours the style sheet defines (::highlight(term-0) … term-7). */
export const TERM_COLOURS = 8;

/** The detectors the page offers, with the label of each switch. */
export const DETECTOR_SWITCHES = [
  { detector: "hardSentences", label: "Hard sentences" },
  { detector: "adverbs", label: "Adverbs" },
  { detector: "passive", label: "Passive voice" },
  { detector: "longWords", label: "Long words" },
  { detector: "repeated", label: "Repeated words" },
  { detector: "quotes", label: "Quotations" },
  { detector: "numbers", label: "Numbers, dates, money" },
  { detector: "names", label: "Names" },
];

/** Detectors switched on before the reader changes anything. */
export const DEFAULT_DETECTORS = ["hardSentences", "adverbs", "passive"];

/**
 * The terms of the terms box: one per line, or comma-separated (regular expressions: one per line
 * only, since commas belong to their syntax). Blank entries and repeats are left out.
 */
export function parseTerms(source, { regex = false, caseSensitive = false } = {}) {
  const entries = source.split(regex ? /\r?\n/ : /[\r\n,]+/).map((entry) => (regex ? entry : entry.trim()));
  const seen = new Set();
  const terms = [];
  for (const entry of entries) {
    if (entry.trim() === "") continue;
    const key = caseSensitive || regex ? entry : entry.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(entry);
  }
  return terms;
}

/**
 * Highlighter rules for `settings` = { terms (box text), regex, caseSensitive,
 * diacriticInsensitive, wholeWord, detectors: names }. Term i is its own category, named
 * TERM_CATEGORY_PREFIX + the term, coloured `term-(i mod TERM_COLOURS)`.
 */
export function highlightRules(settings) {
  const { regex, caseSensitive, diacriticInsensitive, wholeWord } = settings;
  const entries = parseTerms(settings.terms, { regex, caseSensitive });
  const className = (i) => `term-${i % TERM_COLOURS}`;
  const rules = {
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
