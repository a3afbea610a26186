// The page's DOM and nothing else: reads the textarea, renders counts and sentences.
//
// Article text is only ever written with textContent, never as HTML. The results region carries
// data-status ("idle" | "pending" | "done" | "error") so styles and tests can tell a fresh
// result from a stale one.

/** Sentences rendered at most; the counts always cover the whole text. */
const MAX_RENDERED_SENTENCES = 1000;

const numberFormat = new Intl.NumberFormat();

export class View {
  constructor(root = document) {
    this.input = root.getElementById("text");
    this.results = root.querySelector(".results");
    this.counts = {
      sentences: root.getElementById("count-sentences"),
      words: root.getElementById("count-words"),
      graphemes: root.getElementById("count-graphemes"),
    };
    this.status = root.getElementById("status");
    this.sentenceList = root.getElementById("sentences");
    this.more = root.getElementById("sentences-more");
  }

  /** Calls `handler(text)` whenever the text changes. */
  onTextChange(handler) {
    this.input.addEventListener("input", () => handler(this.input.value));
  }

  text() {
    return this.input.value;
  }

  /** Marks the shown results as out of date while a new analysis runs. */
  showPending() {
    this.results.dataset.status = "pending";
  }

  /**
   * Shows an analysis: `{ counts: {sentences, words, graphemes}, sentences: [{text, words}] }`.
   */
  showAnalysis({ counts, sentences }) {
    for (const [name, element] of Object.entries(this.counts)) {
      element.textContent = numberFormat.format(counts[name]);
    }
    const items = document.createDocumentFragment();
    for (const sentence of sentences.slice(0, MAX_RENDERED_SENTENCES)) {
      items.append(sentenceItem(sentence));
    }
    this.sentenceList.replaceChildren(items);
    const hidden = sentences.length - MAX_RENDERED_SENTENCES;
    this.more.hidden = hidden <= 0;
    this.more.textContent = hidden > 0 ? `… and ${numberFormat.format(hidden)} more sentences.` : "";
    this.status.textContent = "";
    this.results.dataset.status = "done";
  }

  showError(message) {
    this.status.textContent = `Could not analyse the text: ${message}`;
    this.results.dataset.status = "error";
  }
}

function sentenceItem({ text, words }) {
  const item = document.createElement("li");
  const body = document.createElement("span");
  body.className = "sentence-text";
  body.textContent = text;
  const count = document.createElement("span");
  count.className = "sentence-words";
  count.textContent = `${numberFormat.format(words)} ${words === 1 ? "word" : "words"}`;
  item.append(body, count);
  return item;
}
