// Downloadable files: statistics, pieces and matches as JSON or CSV. Pure string building, used
// by the worker (which holds the text) so that large exports never block the page.
//
// CSV is made for spreadsheets: it starts with a UTF-8 byte-order mark (without one, spreadsheet
// programs on Windows read curly quotes and accents as Latin-1), and fractional numbers are
// rounded to two decimals. JSON keeps every value exact.

/** The byte-order mark that tells spreadsheet programs a CSV file is UTF-8. */
export const BOM = "\uFEFF";
/** Decimals kept in CSV. */
const CSV_DECIMALS = 2;
/** Words of the text in a file's name. */
const NAME_WORDS = 4;

/** One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
export function csvField(value) {
  const rounded = typeof value === "number" && !Number.isInteger(value) ? Number(value.toFixed(CSV_DECIMALS)) : value;
  const text = rounded === null || rounded === undefined ? "" : String(rounded);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: a header row, then one row per record (CRLF line ends, as RFC 4180 says). */
export function toCsv(columns, rows) {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column])).join(","));
  return lines.join("\r\n") + "\r\n";
}

/**
 * Statistics as `metric,value` rows: nested objects flattened to dotted names
 * ("readability.smog.value"), arrays indexed from 1 ("frequencies.words.1.text"). The
 * per-sentence list is left to the sentences export.
 */
export function statisticsRows(stats) {
  const rows = [];
  const walk = (value, name) => {
    if (value !== null && typeof value === "object") {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i + 1), v]) : Object.entries(value);
      for (const [key, child] of entries) walk(child, name ? `${name}.${key}` : key);
    } else {
      rows.push({ metric: name, value });
    }
  };
  const { perSentence, ...rest } = stats;
  walk(rest, "");
  return rows;
}

/**
 * A file name for an export of `what` about `text` on `date` (YYYY-MM-DD):
 * "textlens-sentences-harbour-town-votes-to-2026-12-02" (no extension). The text's first words
 * say which text it was; letters of any script are kept, everything else becomes a hyphen.
 */
export function exportName(what, text, date) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, NAME_WORDS) ?? [];
  return ["textlens", what, ...words, date].join("-");
}

/** A file to download: name, MIME type and content. */
function file(name, format, content) {
  if (format === "csv") return { filename: `${name}.csv`, mime: "text/csv;charset=utf-8", content: BOM + content };
  return { filename: `${name}.json`, mime: "application/json", content };
}

const json = (value) => JSON.stringify(value, null, 2) + "\n";

/** The statistics file. */
export function statisticsFile(name, stats, format) {
  if (format === "json") return file(name, format, json(stats));
  return file(name, format, toCsv(["metric", "value"], statisticsRows(stats)));
}

/**
 * Pieces (`records` of { index, start, end, words, characters, text }, sentences also with
 * { grade, difficulty }) as a file.
 */
export function piecesFile(name, records, format) {
  if (format === "json") return file(name, format, json(records));
  const graded = records.length > 0 && "grade" in records[0];
  const columns = ["index", "start", "end", "words", "characters", ...(graded ? ["grade", "difficulty"] : []), "text"];
  return file(name, format, toCsv(columns, records));
}

/** Matches (`records` of { category, sentence, start, end, text }). */
export function matchesFile(name, records, format) {
  if (format === "json") return file(name, format, json(records));
  return file(name, format, toCsv(["category", "sentence", "start", "end", "text"], records));
}

/** The pieces as one plain-text file: sentences one per line, other pieces a blank line apart. */
export function piecesText(kind, texts) {
  const trimmed = texts.map((text) => text.trim()).filter((text) => text !== "");
  return trimmed.join(kind === "sentence" ? "\n" : "\n\n");
}
