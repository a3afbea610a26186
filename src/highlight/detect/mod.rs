//! Detectors: built-in rules that find quotations, numbers, names and style problems.
//!
//! Each [`Detector`] documents its rule on its variant and in its own module; each reports spans
//! of one or more categories (the numbers detector tells money from dates, the sentence detector
//! hard from very hard). Detectors see the text, its sentences and, computed once and shared, its
//! UAX #29 words.

mod names;
mod numbers;
mod passive;
mod quotes;
mod sentences;
mod words;

pub(crate) use words::DEFAULT_LONG_WORD_LETTERS;

use crate::split::Word;
use crate::{Lang, Span};
use serde::Deserialize;
use std::cell::OnceCell;

/// A built-in detector. Its categories are named after it (see [`Detector::categories`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Detector {
    /// Quotations between matching marks: “…”, "…", ‘…’, «…», „…“ (or „…”), 「…」 and 『…』,
    /// nested ones too, never across paragraphs; an apostrophe (`don’t`) does not close `‘`.
    /// Category `quote`.
    Quotes,
    /// Numbers (`20,000`, `3.14`), money (`$3.5bn`, `€20`, `20 dollars`), percentages (`5%`,
    /// `12 percent`), dates (`Nov. 12`, `12 November 2024`, `2024-11-12`, `11/12/24`) and times
    /// (`11:59pm`, `9 a.m.`, `14:30`). Categories `number`, `money`, `percentage`, `date`, `time`.
    Numbers,
    /// Runs of capitalised words that are not just a capitalised first word of a sentence:
    /// `Laurel Beeler`, `US District Court`, `Dr. Jean-Luc Picard`, `Bank of America`. Not in
    /// German or Luxembourgish, which capitalise every noun. Category `name`.
    Names,
    /// Sentences that counting grades hard (at least 14 words and a reading grade of 10 or more)
    /// or very hard (grade 14 or more); see [`crate::count::Difficulty`]. Categories
    /// `hardSentence`, `veryHardSentence`.
    HardSentences,
    /// Words ending in `-ly` that are adverbs (`quickly`), not the adjectives and nouns of an
    /// exception list (`family`, `early`, `friendly`). English only (see [`Detector::reads`]).
    /// Category `adverb`.
    Adverbs,
    /// A form of "be" followed by a past participle, regular (`was signed`) or irregular (`were
    /// taken`), with adverbs or "not" between (`is not widely known`). English only. Category
    /// `passive`.
    Passive,
    /// The same word twice in a row (`the the`), ignoring case. Category `repeated`.
    Repeated,
    /// Words of many letters (13 or more by default). Category `longWord`.
    LongWords,
}

impl Detector {
    /// Every detector.
    pub const ALL: [Detector; 8] = [
        Detector::Quotes,
        Detector::Numbers,
        Detector::Names,
        Detector::HardSentences,
        Detector::Adverbs,
        Detector::Passive,
        Detector::Repeated,
        Detector::LongWords,
    ];

    /// The detector's name in rules (`"quotes"`, `"hardSentences"`, …).
    pub const fn name(self) -> &'static str {
        match self {
            Detector::Quotes => "quotes",
            Detector::Numbers => "numbers",
            Detector::Names => "names",
            Detector::HardSentences => "hardSentences",
            Detector::Adverbs => "adverbs",
            Detector::Passive => "passive",
            Detector::Repeated => "repeated",
            Detector::LongWords => "longWords",
        }
    }

    /// The categories the detector reports, by name; its default class names are these names
    /// prefixed with `tl-` (`tl-quote`).
    pub const fn categories(self) -> &'static [&'static str] {
        match self {
            Detector::Quotes => &["quote"],
            Detector::Numbers => &numbers::CATEGORIES,
            Detector::Names => &["name"],
            Detector::HardSentences => &sentences::CATEGORIES,
            Detector::Adverbs => &["adverb"],
            Detector::Passive => &["passive"],
            Detector::Repeated => &["repeated"],
            Detector::LongWords => &["longWord"],
        }
    }

    /// Whether the detector reads text in `lang`. The adverb and passive rules are English
    /// grammar; the name rule needs a language that capitalises little but names. A detector
    /// reports nothing in a text in a language it does not read, rather than wrong marks.
    pub fn reads(self, lang: Lang) -> bool {
        match self {
            Detector::Adverbs | Detector::Passive => lang.tag() == "en",
            Detector::Names => !matches!(lang.tag(), "de" | "lb"),
            _ => true,
        }
    }

    /// Runs the detector over `cx`; `emit` receives each span and the index of its category in
    /// [`Detector::categories`].
    pub(crate) fn detect(self, cx: &Context, emit: &mut dyn FnMut(Span, usize)) {
        match self {
            Detector::Quotes => quotes::detect(cx.text, emit),
            Detector::Numbers => numbers::detect(cx.text, emit),
            Detector::Names => names::detect(cx, emit),
            Detector::HardSentences => sentences::detect(cx, emit),
            Detector::Adverbs => words::adverbs(cx, emit),
            Detector::Passive => passive::detect(cx, emit),
            Detector::Repeated => words::repeated(cx, emit),
            Detector::LongWords => words::long_words(cx, emit),
        }
    }
}

/// What detectors look at: the text, its sentences, its words (split once, on first use) and
/// the options that tune them.
pub(crate) struct Context<'t> {
    pub text: &'t str,
    pub sentences: &'t [Span],
    pub long_word_letters: usize,
    words: OnceCell<Vec<Word>>,
}

impl<'t> Context<'t> {
    /// A context for `text` split into `sentences`.
    pub fn new(text: &'t str, sentences: &'t [Span], long_word_letters: usize) -> Self {
        Context { text, sentences, long_word_letters, words: OnceCell::new() }
    }

    /// The UAX #29 word segments of the text.
    pub fn words(&self) -> &[Word] {
        self.words.get_or_init(|| crate::split::words(self.text).collect())
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &'t str {
        span.text(self.text)
    }

    /// The word-like segments, each with whether it is the first word of its sentence.
    pub fn words_with_sentence_starts(&self) -> impl Iterator<Item = (usize, Word, bool)> + '_ {
        let mut sentence = 0;
        let mut seen_word_in_sentence = false;
        self.words().iter().enumerate().filter(|(_, w)| w.word_like).map(move |(index, &word)| {
            while sentence < self.sentences.len() && self.sentences[sentence].end <= word.span.start {
                sentence += 1;
                seen_word_in_sentence = false;
            }
            let first = !seen_word_in_sentence;
            seen_word_in_sentence = true;
            (index, word, first)
        })
    }
}

/// Whether a word starts with an upper-case letter (Unicode `Uppercase`: `Ä`, `Σ`, `Д` too).
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word lower-cased with curly apostrophes made straight, for looking it up in word lists.
pub(crate) fn normalized(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}
