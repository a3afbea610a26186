// textlens — SentenceStream: sentences of a text that arrives in pieces (a response body, a
// language model's output), each emitted as soon as no later text can change it.
//
// The contract: for any text cut into pieces of any size, the stream emits exactly
// `split(text, "sentence", options)` — the same starts, ends and texts, offsets counted in
// UTF-16 units from the start of the stream — and `flush` (the end of the input) emits the rest.
//
// When is a sentence settled? Article mode decides an end by looking at both sides of it, and
// some rules see a whole block (the text between blank lines): whether a block is hard-wrapped
// prose or a paragraph per line, and which `1.` or `(a)` of a line are list items; and a piece
// without a letter or digit (`* * *`, a lone `...`) joins the sentence before it, even across a
// blank line. So a sentence is emitted when the text after it opens with a word (a letter or
// digit before any sentence terminator, and no list marker), and the boundary after it
//   - lies in a run of whitespace holding a blank line, and the next block has begun (blocks are
//     split independently); or
//   - lies in the first line of its block, which holds no list marker or bullet yet, and is
//     followed by three whole words (each followed by whitespace): enough for every rule that
//     reads past an end (`U.S. Army`, `3 p.m. Friday`, `“Why?” she asked`, `. . . what`).
// Anything else waits for the block to end. An abbreviation at the end of a piece waits too: the
// words after it have not arrived.
//
// With `lang` left to detection, a text's language is told from its first 4,096 bytes, so nothing
// is settled before that much has arrived (or the stream ends): the language is then fixed for
// the rest of the stream, as `split` fixes it for the whole text.
//
// Implementation notes. Only the open block is kept and split again; the sentences before the
// last blank line are gone once emitted. It is split again only when a piece could settle
// something (it has whitespace), at once while the block is short, then only each time it has
// grown by half: so a stream costs time linear in its length, whatever the piece sizes.

import { assertReady, checkOptions, withTransientDocument } from "./core.js";

/** How many bytes (UTF-8) of a text its language is detected from (`SAMPLE` in src/lang). */
const DETECTION_SAMPLE = 4096;

/** A block up to this many UTF-16 units is split again for every piece with whitespace. */
const ALWAYS_RESPLIT_BELOW = 16 * 1024;

/** Whitespace that holds a blank line: a line break, spaces or tabs, a line break. */
const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * A list marker (`2.`, `b)`, `(iv)`, `3.)`) or a bullet: where one is, which sentences a line has
 * can depend on text far after it. A superset of what list_items.rs reads as markers.
 */
const LIST_MARK = /(?:^|\s)\(?(?:\d{1,3}|[a-z]|[ivxlcdm]{1,4})(?:\.\)|[.)])(?=\s)|[•⁃‣◦▪]/;

/**
 * A letter or digit before anything that could end a sentence: the text after a settled end
 * must start so, or it could be a piece without words, which joins the sentence before it.
 */
const WORDS_FOLLOW = /[^\p{L}\p{N}\p{Sentence_Terminal}\n]*[\p{L}\p{N}]/uy;

/**
 * A list marker or bullet first in the text after an end (after quotes, brackets or spaces), or
 * what may still become one at the end of what arrived (`1`, `1.`): whether it opens an item
 * depends on later text.
 */
const MARK_FOLLOWS = /[^\p{L}\p{N}•⁃‣◦▪]*(?:[•⁃‣◦▪]|(?:\d{1,3}|[a-z]|[ivxlcdm]{1,4})(?:(?:\.\)|[.)])(?=\s|$)|\.?$))/uy;

/** Three whole words, each with the whitespace after it. */
const THREE_WORDS = /(?:\S+\s+){3}/y;

/**
 * The sentences of a text fed in pieces; see the module docs. `push` and `finish` return the
 * sentences they settle, as `{ start, end, text }`. (Exported for the tests, which see what each
 * piece settles; the public API is SentenceStream.)
 */
export class SentenceAssembler {
  #options;
  /** The open block: the text from the start of its block to the end of what arrived. */
  #block = "";
  /** Where `#block` starts in the stream. */
  #offset = 0;
  /** How much of `#block` has been emitted. */
  #emitted = 0;
  /** The length of `#block` when it was last split. */
  #splitAt = 0;

  /** Whether the language is still to be detected (nothing is emitted until it is). */
  #detecting = true;

  constructor(options) {
    const lang = options?.lang;
    this.#options = options;
    if (lang !== undefined && lang !== "auto") this.#detecting = false;
  }

  push(piece) {
    this.#block += piece;
    if (!this.#knowsLang(false)) return [];
    if (!/\s/.test(piece)) return [];
    const grownByHalf = this.#block.length >= this.#splitAt * 1.5;
    if (this.#block.length > ALWAYS_RESPLIT_BELOW && !grownByHalf) return [];
    return this.#settle(false);
  }

  finish() {
    this.#knowsLang(true);
    return this.#settle(true);
  }

  /**
   * Whether the language is known, detecting it once the first DETECTION_SAMPLE bytes have
   * arrived (or at the end): from then on it is passed to every split, as `split` detects it once.
   */
  #knowsLang(final) {
    if (!this.#detecting) return true;
    // Nothing is emitted yet, so the block is the whole stream so far. A UTF-16 unit is one to
    // three bytes of UTF-8: the first DETECTION_SAMPLE units hold the whole sample.
    const sample = this.#block.slice(0, DETECTION_SAMPLE);
    const enough = sample.length * 3 >= DETECTION_SAMPLE && new TextEncoder().encode(sample).length >= DETECTION_SAMPLE;
    if (!final && !enough) return false;
    const counted = withTransientDocument(sample, "SentenceStream", (raw) => raw.count({ frequencies: false, perSentence: false }));
    this.#options = { ...this.#options, lang: counted.language.tag };
    this.#detecting = false;
    return true;
  }

  /** Splits the open block and emits what is settled (everything when `final`). */
  #settle(final) {
    const block = this.#block;
    this.#splitAt = block.length;
    const sentences = sentencesOf(block, this.#options);
    const count = final ? sentences.starts.length : sentences.starts.length - 1; // the last one can always grow
    const openBlock = final ? block.length : this.#lastBlockStart(block, sentences, count);
    const markers = LIST_MARK.test(block.slice(openBlock));
    const settled = [];
    for (let i = 0; i < count; i++) {
      const start = sentences.starts[i];
      const end = sentences.ends[i];
      if (start < this.#emitted) continue;
      if (!final && !this.#followedByWords(end)) break;
      if (end > openBlock && (markers || !this.#midLineSettled(openBlock, end))) break;
      settled.push({ start: this.#offset + start, end: this.#offset + end, text: block.slice(start, end) });
      this.#emitted = end;
    }
    // The emitted blocks go; a block with a sentence still waiting stays whole, for its context.
    const drop = this.#emitted >= openBlock ? openBlock : 0;
    this.#block = block.slice(drop);
    this.#offset += drop;
    this.#emitted -= drop;
    this.#splitAt -= drop;
    return settled;
  }

  /**
   * Where the last block of `block` starts: the end of the last of its first `count` sentences
   * whose whitespace holds a blank line (0 if none does).
   */
  #lastBlockStart(block, sentences, count) {
    for (let i = count - 1; i >= 0; i--) {
      const text = block.slice(sentences.starts[i], sentences.ends[i]);
      if (BLANK_LINE.test(text.slice(text.trimEnd().length))) return sentences.ends[i];
    }
    return 0;
  }

  /** Whether the text after `end` opens with words, not with a list marker. */
  #followedByWords(end) {
    WORDS_FOLLOW.lastIndex = end;
    MARK_FOLLOWS.lastIndex = end;
    return WORDS_FOLLOW.test(this.#block) && !MARK_FOLLOWS.test(this.#block);
  }

  /** Whether a sentence end at `end`, in the block from `blockStart`, is settled mid-line. */
  #midLineSettled(blockStart, end) {
    if (this.#block.slice(blockStart, end).includes("\n")) return false;
    THREE_WORDS.lastIndex = end;
    return THREE_WORDS.test(this.#block);
  }
}

/** The sentences of `text` as `{ starts, ends }`: split(text, "sentence", options) without views. */
function sentencesOf(text, options) {
  return withTransientDocument(text, "SentenceStream", (raw) => raw.split("sentence", options));
}

/**
 * A WHATWG TransformStream of text pieces (strings) to sentences (`{ start, end, text }`, offsets
 * into the whole stream). `options` are those of `split(text, "sentence", options)`.
 */
export class SentenceStream extends TransformStream {
  constructor(options) {
    assertReady("SentenceStream");
    const checked = checkOptions(options, "SentenceStream");
    sentencesOf("", checked); // bad options throw here, not at the first piece
    const assembler = new SentenceAssembler(checked);
    super({
      transform(piece, controller) {
        if (typeof piece !== "string") {
          throw new TypeError(`textlens.SentenceStream: each piece must be a string, got ${piece === null ? "null" : typeof piece}`);
        }
        for (const sentence of assembler.push(piece)) controller.enqueue(sentence);
      },
      flush(controller) {
        for (const sentence of assembler.finish()) controller.enqueue(sentence);
      },
    });
  }
}
