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

/** The usual bands of the Flesch Reading Ease (0–100, higher is easier). */
export function fleschLabel(score) {
  if (score === null || score === undefined) return "";
  if (score >= 90) return "very easy";
  if (score >= 80) return "easy";
  if (score >= 70) return "fairly easy";
  if (score >= 60) return "plain English";
  if (score >= 50) return "fairly difficult";
  if (score >= 30) return "difficult";
  return "very confusing";
}

/** The readability table: score key, name and what its numbers mean. */
export const READABILITY_SCORES = [
  { key: "fleschReadingEase", name: "Flesch Reading Ease", scale: "0–100, higher is easier" },
  { key: "fleschKincaidGrade", name: "Flesch–Kincaid grade", scale: "US school grade" },
  { key: "gunningFog", name: "Gunning fog", scale: "years of schooling" },
  { key: "smog", name: "SMOG", scale: "US school grade" },
  { key: "colemanLiau", name: "Coleman–Liau", scale: "US school grade" },
  { key: "automatedReadability", name: "Automated Readability Index", scale: "US school grade" },
  { key: "daleChall", name: "Dale–Chall", scale: "under 5 easy, over 9 hard" },
  { key: "lix", name: "LIX", scale: "under 30 easy, over 60 hard" },
  { key: "rix", name: "RIX", scale: "long words per sentence" },
  { key: "linsearWrite", name: "Linsear Write", scale: "US school grade" },
  { key: "consensusGrade", name: "Consensus grade", scale: "US school grade (median)" },
];
