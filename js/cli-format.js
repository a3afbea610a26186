// textlens command line — results as json, ndjson, csv, tsv or text.
//
// `json` is the API's own data: for `stats`, the object `count()` returns; for `split` and
// `highlight`, the array of segments or matches. With several inputs it is an array with one entry
// per input that could be read, each with its `file` (`stats`: the statistics and `file`; the
// others: `{ file, segments }` or `{ file, matches }`).
//
// `ndjson`, `csv` and `tsv` are rows: one per input for `stats` and `--html`, one per segment or
// match otherwise, with a `file` column first when there are several inputs. Nested fields become
// dotted columns (`characters.graphemes`), arrays a JSON cell. CSV quotes as RFC 4180 says; TSV
// escapes tab, line breaks and backslash as `\t`, `\n`, `\r`, `\\`.
//
// `text` is for reading: a few statistics per input, or one segment per line (its line breaks
// shown as spaces), never the exact data.

export const FORMATS = ["json", "ndjson", "csv", "tsv", "text"];

/**
 * The output for `outcomes` (`{ input, result }`, failed inputs left out) of `command` in `format`;
 * `several` says whether more than one input was given. Ends with a line break unless empty.
 */
export function formatResults(command, outcomes, format, several) {
  const kind = command === "stats" || !Array.isArray(outcomes[0]?.result) ? "perInput" : "perItem";
  if (format === "json") return `${JSON.stringify(jsonValue(command, kind, outcomes, several), null, 2)}\n`;
  if (format === "text") return lines(outcomes.flatMap(({ input, result }) => textLines(command, result, several ? input : undefined)));
  const rows = outcomes.flatMap(({ input, result }) => {
    const items = kind === "perItem" ? result : [result];
    return items.map((item) => (several ? { file: input, ...item } : item));
  });
  if (format === "ndjson") return lines(rows.map((row) => JSON.stringify(row)));
  return table(rows.map((row) => flatten(row)), format === "csv" ? csvCell : tsvCell, format === "csv" ? "," : "\t");
}

function jsonValue(command, kind, outcomes, several) {
  if (!several) return outcomes[0]?.result ?? null;
  const field = command === "highlight" ? "matches" : "segments";
  return outcomes.map(({ input, result }) => (kind === "perItem" ? { file: input, [field]: result } : { file: input, ...result }));
}

function lines(list) {
  return list.map((line) => `${line}\n`).join("");
}

/** `value`'s fields as one level of dotted names; arrays stay whole. */
function flatten(value, prefix = "", into = {}) {
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && typeof item === "object" && !Array.isArray(item)) flatten(item, `${prefix}${key}.`, into);
    else into[`${prefix}${key}`] = item;
  }
  return into;
}

/** Rows as a table with a header of every column any row has, in order of first appearance. */
function table(rows, cell, separator) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  if (columns.length === 0) return "";
  const line = (values) => `${values.map(cell).join(separator)}\n`;
  return line(columns) + rows.map((row) => line(columns.map((column) => row[column]))).join("");
}

function cellText(value) {
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function csvCell(value) {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const TSV_ESCAPES = { "\t": "\\t", "\n": "\\n", "\r": "\\r", "\\": "\\\\" };

function tsvCell(value) {
  return cellText(value).replace(/[\t\n\r\\]/g, (c) => TSV_ESCAPES[c]);
}

/** The readable lines for one input's result; `file` prefixes them when there are several. */
function textLines(command, result, file) {
  const prefix = file === undefined ? "" : `${file}: `;
  if (command === "stats") return statsLines(result).map((line) => prefix + line);
  if (!Array.isArray(result)) return [prefix + result.html];
  if (command === "highlight") {
    return result.map((m) => `${prefix}${m.start}-${m.end} ${m.category} ${oneLine(m.text)}`);
  }
  return result.map((segment) => prefix + oneLine(segment.text));
}

function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}

function statsLines(stats) {
  const ease = stats.readability.fleschReadingEase.value;
  return [
    `words ${stats.words}`,
    `sentences ${stats.sentences}`,
    `paragraphs ${stats.paragraphs}`,
    `characters ${stats.characters.graphemes} (${stats.characters.nonSpace} without spaces)`,
    `reading time ${Math.ceil(stats.time.readingSeconds)} s`,
    `Flesch reading ease ${ease === null ? "n/a" : ease.toFixed(1)}`,
  ];
}
