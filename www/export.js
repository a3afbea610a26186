// Downloadable files: statistics, pieces and matches as JSON or CSV. Pure string building, used
// by the worker (which holds the text) so that large exports never block the page.

/** One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
export function csvField(value) {
  const text = value === null || value === undefined ? "" : String(value);
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

/** A file to download: name, MIME type and content. */
function file(name, format, content) {
  const mime = format === "csv" ? "text/csv;charset=utf-8" : "application/json";
  return { filename: `textlens-${name}.${format}`, mime, content };
}

/** The statistics file. */
export function statisticsFile(stats, format) {
  if (format === "json") return file("statistics", format, JSON.stringify(stats, null, 2) + "\n");
  return file("statistics", format, toCsv(["metric", "value"], statisticsRows(stats)));
}

/** Pieces (`records` of { index, start, end, words, characters, text }) as a file named `name`. */
export function piecesFile(name, records, format) {
  if (format === "json") return file(name, format, JSON.stringify(records, null, 2) + "\n");
  return file(name, format, toCsv(["index", "start", "end", "words", "characters", "text"], records));
}

/** Matches (`records` of { category, start, end, text }). */
export function matchesFile(records, format) {
  if (format === "json") return file("matches", format, JSON.stringify(records, null, 2) + "\n");
  return file("matches", format, toCsv(["category", "start", "end", "text"], records));
}
