// How the page writes numbers: counts, durations, scores and their plain-words labels. Pure.

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A count: 12,345. */
export function formatCount(n) {
  return integer.format(n);
}

/** A score with one decimal: 35.2 (an en dash when the score cannot be computed). */
export function formatScore(value) {
  return value === null || value === undefined ? "–" : oneDecimal.format(value);
}

/** A duration in whole seconds: "45 s", "3 min 58 s", "1 h 2 min". */
export function formatDuration(seconds) {
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes} min ${total % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Who can read a text of US school `grade` comfortably. */
export function gradeLabel(grade) {
  if (grade === null || grade === undefined) return "";
  if (grade < 6) return "very easy: primary school";
  if (grade < 9) return "plain: easy for most readers";
  if (grade < 11) return "fairly hard: secondary school";
  if (grade < 13) return "hard: final school years";
  return "very hard: university level";
}

/**
 * The usual bands of the Flesch Reading Ease (0–100, higher is easier), which its adaptations to
 * other languages (Amstad, Fernández-Huerta, Kandel–Moles, Douma, Oborneva) keep.
 */
export function fleschLabel(score, lang = "en") {
  if (score === null || score === undefined) return "";
  if (score >= 90) return "very easy";
  if (score >= 80) return "easy";
  if (score >= 70) return "fairly easy";
  if (score >= 60) return lang === "en" ? "plain English" : "plain";
  if (score >= 50) return "fairly difficult";
  if (score >= 30) return "difficult";
  return "very confusing";
}

const EASE = "0–100, higher is easier";

/**
 * The readability table: score key, name, what its numbers mean, the language it was made for
 * (none: every language; `count()` gives the others no value) and whether it is a reading ease
 * on Flesch's 0–100 scale.
 */
export const READABILITY_SCORES = [
  { key: "fleschReadingEase", name: "Flesch Reading Ease", scale: EASE, lang: "en", ease: true },
  { key: "fleschKincaidGrade", name: "Flesch–Kincaid grade", scale: "US school grade", lang: "en" },
  { key: "gunningFog", name: "Gunning fog", scale: "years of schooling", lang: "en" },
  { key: "smog", name: "SMOG", scale: "US school grade", lang: "en" },
  { key: "colemanLiau", name: "Coleman–Liau", scale: "US school grade", lang: "en" },
  { key: "automatedReadability", name: "Automated Readability Index", scale: "US school grade", lang: "en" },
  { key: "daleChall", name: "Dale–Chall", scale: "under 5 easy, over 9 hard", lang: "en" },
  { key: "lix", name: "LIX", scale: "under 30 easy, over 60 hard" },
  { key: "rix", name: "RIX", scale: "long words per sentence" },
  { key: "linsearWrite", name: "Linsear Write", scale: "US school grade", lang: "en" },
  { key: "consensusGrade", name: "Consensus grade", scale: "US school grade (median)", lang: "en" },
  { key: "amstad", name: "Amstad reading ease", scale: EASE, lang: "de", ease: true },
  { key: "wienerSachtextformel", name: "Wiener Sachtextformel", scale: "school grade, 4 easy to 15 hard", lang: "de" },
  { key: "fernandezHuerta", name: "Fernández-Huerta", scale: EASE, lang: "es", ease: true },
  { key: "szigrisztPazos", name: "Szigriszt-Pazos perspicuity", scale: EASE, lang: "es" },
  { key: "kandelMoles", name: "Kandel–Moles", scale: EASE, lang: "fr", ease: true },
  { key: "gulpease", name: "Gulpease", scale: "0–100, higher is easier; under 40 hard", lang: "it" },
  { key: "douma", name: "Douma reading ease", scale: EASE, lang: "nl", ease: true },
  { key: "oborneva", name: "Oborneva reading ease", scale: EASE, lang: "ru", ease: true },
];

/** The scores of READABILITY_SCORES made for a text in `tag`, or for any language. */
export const readabilityScoresFor = (tag) => READABILITY_SCORES.filter((score) => score.lang === undefined || score.lang === tag);
