// Small inline SVG charts of the insights panel, drawn with DOM calls only: every label is set as
// text (textContent), never parsed as markup. Colours come from classes styled in style.css.

const SVG = "http://www.w3.org/2000/svg";

/** Sentences drawn one by one in the difficulty strip; more are grouped into this many marks. */
const MAX_STRIP_MARKS = 300;

function svgElement(name, attributes = {}, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** An SVG of `width` × `height` user units that scales to its container, described by `label`. */
function canvas(width, height, label) {
  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label });
  svg.append(svgElement("title", {}, label));
  return svg;
}

function emptyNote(text) {
  const note = document.createElement("p");
  note.className = "hint";
  note.textContent = text;
  return note;
}

/** Horizontal bars: `items` = [{ label, value }], largest first. */
export function barChart(container, items, description) {
  if (items.length === 0) return container.replaceChildren(emptyNote("No words yet."));
  const rowHeight = 22;
  const labelWidth = 110;
  const width = 360;
  const barSpace = width - labelWidth - 40;
  const largest = Math.max(...items.map((item) => item.value));
  const svg = canvas(width, items.length * rowHeight, description);
  items.forEach(({ label, value }, row) => {
    const y = row * rowHeight;
    const group = svgElement("g");
    group.append(
      svgElement("title", {}, `${label}: ${value}`),
      svgElement("text", { x: labelWidth - 6, y: y + 15, class: "chart-label", "text-anchor": "end" }, clip(label, 16)),
      svgElement("rect", { x: labelWidth, y: y + 4, height: rowHeight - 8, width: Math.max(1, (value / largest) * barSpace), class: "bar" }),
      svgElement("text", { x: labelWidth + (value / largest) * barSpace + 4, y: y + 15, class: "chart-value" }, String(value)),
    );
    svg.append(group);
  });
  container.replaceChildren(svg);
}

/** Vertical bars: `bins` = [{ label, count }] in order. */
export function histogram(container, bins, description) {
  if (bins.every((bin) => bin.count === 0)) return container.replaceChildren(emptyNote("No sentences yet."));
  const width = 360;
  const height = 150;
  const axis = 20;
  const slot = width / bins.length;
  const largest = Math.max(...bins.map((bin) => bin.count));
  const svg = canvas(width, height, description);
  bins.forEach(({ label, count }, i) => {
    const barHeight = (count / largest) * (height - axis - 16);
    const x = i * slot;
    const group = svgElement("g");
    group.append(
      svgElement("title", {}, `${label} words: ${count} sentences`),
      svgElement("rect", { x: x + 3, y: height - axis - barHeight, width: slot - 6, height: Math.max(count > 0 ? 1 : 0, barHeight), class: "bar" }),
      svgElement("text", { x: x + slot / 2, y: height - axis - barHeight - 3, class: "chart-value", "text-anchor": "middle" }, count > 0 ? String(count) : ""),
      svgElement("text", { x: x + slot / 2, y: height - 5, class: "chart-label", "text-anchor": "middle" }, label),
    );
    svg.append(group);
  });
  container.replaceChildren(svg);
}

/**
 * One mark per sentence, in text order, coloured by difficulty: `difficulties[i]` is 0 (easy
 * enough), 1 (hard) or 2 (very hard), `words[i]` its length. Long texts group neighbouring
 * sentences into one mark, stacked by the share of each difficulty (very hard at the bottom), so
 * a hard sentence among easy ones still shows. Each mark carries `data-first` and `data-count`:
 * the sentences it stands for.
 */
export function difficultyStrip(container, words, difficulties, description) {
  if (words.length === 0) return container.replaceChildren(emptyNote("No sentences yet."));
  const width = 600;
  const height = 28;
  const groupSize = Math.ceil(words.length / MAX_STRIP_MARKS);
  const marks = Math.ceil(words.length / groupSize);
  const markWidth = width / marks;
  const svg = canvas(width, height, description);
  svg.setAttribute("preserveAspectRatio", "none"); // a strip: stretch to the width, keep its height
  for (let mark = 0; mark < marks; mark++) {
    const first = mark * groupSize;
    const group = difficulties.subarray(first, first + groupSize);
    const tally = [0, 0, 0];
    for (const value of group) tally[value]++;
    const title =
      group.length === 1
        ? `Sentence ${first + 1}: ${words[first]} words, ${DIFFICULTY_NAMES[group[0]]}`
        : `Sentences ${first + 1}–${first + group.length}: ${tally[1]} hard, ${tally[2]} very hard`;
    const element = svgElement("g", { class: "mark", "data-first": first, "data-count": group.length });
    element.append(svgElement("title", {}, title));
    let bottom = height;
    for (const difficulty of [2, 1, 0]) {
      if (tally[difficulty] === 0) continue;
      const share = (tally[difficulty] / group.length) * height;
      bottom -= share;
      element.append(svgElement("rect", {
        x: mark * markWidth,
        y: bottom,
        width: Math.max(markWidth - (markWidth > 3 ? 1 : 0), 0.5),
        height: share,
        class: `difficulty-${DIFFICULTY_CLASSES[difficulty]}`,
      }));
    }
    svg.append(element);
  }
  container.replaceChildren(svg);
}

const DIFFICULTY_CLASSES = ["ok", "hard", "veryHard"];
const DIFFICULTY_NAMES = ["easy enough", "hard", "very hard"];

function clip(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
