//! Structured fuzz inputs: libFuzzer's bytes decoded (with `arbitrary`) into texts and options.

use crate::samples::{FRAGMENTS, PATTERNS};
use arbitrary::{Arbitrary, Unstructured};
use std::ops::ControlFlow;
use textlens::count::CountOptions;
use textlens::highlight::{Accuracy, Detector, DetectorRule, Pattern, Rules, Term};
use textlens::split::{AbbreviationKind, ChunkOptions, SentenceMode, SizeUnit};

/// A text glued from [`FRAGMENTS`](crate::samples::FRAGMENTS) and raw strings.
#[derive(Clone, Debug)]
pub struct Text(pub String);

impl<'a> Arbitrary<'a> for Text {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        glue(u, 256).map(Text)
    }
}

/// A short text (a term, a synonym, an abbreviation): at most four pieces.
#[derive(Clone, Debug)]
pub struct Phrase(pub String);

impl<'a> Arbitrary<'a> for Phrase {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        glue(u, 4).map(Phrase)
    }
}

/// Up to `max_pieces` pieces, each a fragment or a raw string, joined.
fn glue(u: &mut Unstructured, max_pieces: u32) -> arbitrary::Result<String> {
    let mut text = String::new();
    u.arbitrary_loop(Some(1), Some(max_pieces), |u| {
        if u.ratio(2, 3)? {
            text.push_str(u.choose(FRAGMENTS)?);
        } else {
            text.push_str(<&str>::arbitrary(u)?);
        }
        Ok(ControlFlow::Continue(()))
    })?;
    Ok(text)
}

/// Splitting: a text, sentence options and chunk options.
#[derive(Debug, Arbitrary)]
pub struct SplitInput {
    /// Sentences in strict UAX #29 mode instead of article mode.
    pub uax29: bool,
    /// Extra abbreviations and their kinds.
    pub abbreviations: Vec<(Phrase, AbbreviationKindInput)>,
    /// Largest chunk size (0 included, which must be an error).
    pub max_size: u8,
    /// Chunk size unit.
    pub unit: SizeUnitInput,
    /// Sentences of overlap between chunks.
    pub overlap: u8,
    /// The text.
    pub text: Text,
}

impl SplitInput {
    /// The sentence mode.
    pub fn mode(&self) -> SentenceMode {
        if self.uax29 {
            SentenceMode::Uax29
        } else {
            SentenceMode::Article
        }
    }

    /// The chunk options.
    pub fn chunk_options(&self) -> ChunkOptions {
        ChunkOptions {
            max_size: usize::from(self.max_size),
            unit: self.unit.into(),
            overlap: usize::from(self.overlap),
            ..ChunkOptions::new(1)
        }
    }
}

/// An [`AbbreviationKind`].
#[derive(Clone, Copy, Debug, Arbitrary)]
#[allow(missing_docs)]
pub enum AbbreviationKindInput {
    Title,
    Inner,
    Number,
    Trailing,
    Time,
}

impl From<AbbreviationKindInput> for AbbreviationKind {
    fn from(kind: AbbreviationKindInput) -> Self {
        match kind {
            AbbreviationKindInput::Title => AbbreviationKind::Title,
            AbbreviationKindInput::Inner => AbbreviationKind::Inner,
            AbbreviationKindInput::Number => AbbreviationKind::Number,
            AbbreviationKindInput::Trailing => AbbreviationKind::Trailing,
            AbbreviationKindInput::Time => AbbreviationKind::Time,
        }
    }
}

/// A [`SizeUnit`].
#[derive(Clone, Copy, Debug, Arbitrary)]
#[allow(missing_docs)]
pub enum SizeUnitInput {
    Grapheme,
    Word,
    Utf16,
    Gsm7,
}

impl From<SizeUnitInput> for SizeUnit {
    fn from(unit: SizeUnitInput) -> Self {
        match unit {
            SizeUnitInput::Grapheme => SizeUnit::Grapheme,
            SizeUnitInput::Word => SizeUnit::Word,
            SizeUnitInput::Utf16 => SizeUnit::Utf16,
            SizeUnitInput::Gsm7 => SizeUnit::Gsm7,
        }
    }
}

/// Counting: a text and every option, rates included (any `f64`: zero, negative, NaN, tiny).
#[derive(Debug, Arbitrary)]
pub struct CountInput {
    count_hyphenated_parts: bool,
    rates: [Option<f64>; 4],
    frequencies: bool,
    top: u8,
    stop_words: bool,
    extra_stop_words: Vec<Phrase>,
    per_sentence: bool,
    /// The text.
    pub text: Text,
}

impl CountInput {
    /// The options (an absent rate keeps its default).
    pub fn options(&self) -> CountOptions {
        let [reading_words, speaking_words, reading_characters, speaking_characters] = self.rates;
        CountOptions {
            count_hyphenated_parts: self.count_hyphenated_parts,
            reading_words_per_minute: reading_words,
            speaking_words_per_minute: speaking_words,
            reading_characters_per_minute: reading_characters,
            speaking_characters_per_minute: speaking_characters,
            frequencies: self.frequencies,
            top: usize::from(self.top),
            stop_words: self.stop_words,
            extra_stop_words: self.extra_stop_words.iter().map(|word| word.0.clone()).collect(),
            per_sentence: self.per_sentence,
            ..CountOptions::default()
        }
    }
}

/// Highlighting: rules with every option, and a text.
#[derive(Debug, Arbitrary)]
pub struct HighlightInput {
    terms: Vec<TermInput>,
    patterns: Vec<PatternInput>,
    detectors: Vec<(DetectorInput, Option<ClassName>)>,
    synonyms: Vec<Vec<Phrase>>,
    case_sensitive: bool,
    diacritic_insensitive: bool,
    accuracy: AccuracyInput,
    long_word_letters: u8,
    /// The text.
    pub text: Text,
}

impl HighlightInput {
    /// The rules (which may fail to compile: an empty term, a bad pattern or class name).
    pub fn rules(&self) -> Rules {
        let mut rules = Rules::new()
            .case_sensitive(self.case_sensitive)
            .diacritic_insensitive(self.diacritic_insensitive)
            .accuracy(self.accuracy.into())
            .long_word_letters(usize::from(self.long_word_letters));
        for term in &self.terms {
            rules = rules.term(term.term());
        }
        for pattern in &self.patterns {
            rules = rules.pattern(pattern.pattern());
        }
        for (detector, class_name) in &self.detectors {
            let mut rule = DetectorRule::from(Detector::ALL[usize::from(detector.0) % Detector::ALL.len()]);
            if let Some(class_name) = class_name {
                rule = rule.class_name(class_name.text());
            }
            rules = rules.detector(rule);
        }
        for group in &self.synonyms {
            rules = rules.synonyms(group.iter().map(|phrase| phrase.0.clone()));
        }
        rules
    }
}

/// A [`Term`] with every option.
#[derive(Debug, Arbitrary)]
struct TermInput {
    text: Phrase,
    synonyms: Vec<Phrase>,
    category: Option<Phrase>,
    class_name: Option<ClassName>,
    case_sensitive: Option<bool>,
    diacritic_insensitive: Option<bool>,
    accuracy: Option<AccuracyInput>,
}

impl TermInput {
    fn term(&self) -> Term {
        let mut term = Term::new(self.text.0.clone()).synonyms(self.synonyms.iter().map(|s| s.0.clone()));
        if let Some(category) = &self.category {
            term = term.category(category.0.clone());
        }
        if let Some(class_name) = &self.class_name {
            term = term.class_name(class_name.text());
        }
        if let Some(yes) = self.case_sensitive {
            term = term.case_sensitive(yes);
        }
        if let Some(yes) = self.diacritic_insensitive {
            term = term.diacritic_insensitive(yes);
        }
        if let Some(accuracy) = self.accuracy {
            term = term.accuracy(accuracy.into());
        }
        term
    }
}

/// A pattern: one of [`PATTERNS`](crate::samples::PATTERNS) or raw, with raw flags.
#[derive(Debug, Arbitrary)]
struct PatternInput {
    known: Option<u8>,
    raw: String,
    flags: String,
    category: Option<Phrase>,
    class_name: Option<ClassName>,
}

impl PatternInput {
    fn pattern(&self) -> Pattern {
        let text = match self.known {
            Some(index) => PATTERNS[usize::from(index) % PATTERNS.len()].to_owned(),
            None => self.raw.clone(),
        };
        let mut pattern = Pattern::new(text).flags(self.flags.clone());
        if let Some(category) = &self.category {
            pattern = pattern.category(category.0.clone());
        }
        if let Some(class_name) = &self.class_name {
            pattern = pattern.class_name(class_name.text());
        }
        pattern
    }
}

/// A detector, by index into [`Detector::ALL`].
#[derive(Clone, Copy, Debug, Arbitrary)]
struct DetectorInput(u8);

/// A class name: mostly valid ones, sometimes anything.
#[derive(Debug, Arbitrary)]
enum ClassName {
    Brand,
    Several,
    NonAscii,
    Raw(String),
}

impl ClassName {
    fn text(&self) -> String {
        match self {
            ClassName::Brand => "brand".to_owned(),
            ClassName::Several => " hl-1\thl_2 ".to_owned(),
            ClassName::NonAscii => "ünï-cödé".to_owned(),
            ClassName::Raw(text) => text.clone(),
        }
    }
}

/// An [`Accuracy`].
#[derive(Clone, Copy, Debug, Arbitrary)]
enum AccuracyInput {
    Whole,
    Prefix,
    Partial,
}

impl From<AccuracyInput> for Accuracy {
    fn from(accuracy: AccuracyInput) -> Self {
        match accuracy {
            AccuracyInput::Whole => Accuracy::Whole,
            AccuracyInput::Prefix => Accuracy::Prefix,
            AccuracyInput::Partial => Accuracy::Partial,
        }
    }
}
