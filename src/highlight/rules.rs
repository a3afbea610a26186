//! [`Rules`]: what a [`Highlighter`](super::Highlighter) looks for, built in Rust with chained
//! calls or read from JSON / a JavaScript object with serde.
//!
//! The JSON shape (camelCase, unknown fields are errors):
//!
//! ```json
//! {
//!   "terms": ["WeChat", {"text": "Laurel Beeler", "className": "judge", "accuracy": "whole",
//!             "synonyms": ["Judge Beeler"], "caseSensitive": true, "diacriticInsensitive": false}],
//!   "patterns": ["\\bQ[1-4]\\b", {"pattern": "covid-?19", "flags": "i", "category": "topic"}],
//!   "detectors": ["quotes", {"detector": "adverbs", "className": "adv"}],
//!   "synonyms": [["colour", "color"]],
//!   "caseSensitive": false, "diacriticInsensitive": true, "accuracy": "whole", "longWordLetters": 13
//! }
//! ```

use super::Detector;
use crate::lang::LangChoice;
use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::marker::PhantomData;

/// Where a term may match, in terms of word boundaries: Unicode's (UAX #29), and in Chinese,
/// Japanese, Thai, … the dictionary's when one is available (see [`crate::dictionary`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Accuracy {
    /// The match starts and ends on word boundaries (`cat` in `the cat`, not in `catalog`); a
    /// possessive `'s` / `’s` may follow, and so may invisible bidi marks and joiners, which
    /// UAX #29 counts as part of the word before them.
    #[default]
    Whole,
    /// The match starts on a word boundary (`cat` in `catalog`, not in `bobcat`).
    Prefix,
    /// Anywhere (`cat` in `bobcat`).
    Partial,
}

/// A term or phrase to find, with its options. Options left unset take the [`Rules`]' defaults.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Term {
    pub(crate) text: String,
    #[serde(default)]
    pub(crate) synonyms: Vec<String>,
    #[serde(default)]
    pub(crate) category: Option<String>,
    #[serde(default)]
    pub(crate) class_name: Option<String>,
    #[serde(default)]
    pub(crate) case_sensitive: Option<bool>,
    #[serde(default)]
    pub(crate) diacritic_insensitive: Option<bool>,
    #[serde(default)]
    pub(crate) accuracy: Option<Accuracy>,
}

impl Term {
    /// A term matching `text`; whitespace inside it matches any run of whitespace.
    pub fn new(text: impl Into<String>) -> Term {
        Term { text: text.into(), ..Term::default() }
    }

    /// Other spellings that count as this term (`automobile` for `car`).
    pub fn synonyms<S: Into<String>>(mut self, synonyms: impl IntoIterator<Item = S>) -> Term {
        self.synonyms.extend(synonyms.into_iter().map(Into::into));
        self
    }

    /// The category name of the term's matches (default: its class name, else `term`).
    pub fn category(mut self, category: impl Into<String>) -> Term {
        self.category = Some(category.into());
        self
    }

    /// The CSS class of the term's marks: one or more space-separated names of letters, digits,
    /// `-` and `_` (default: `tl-` and the category).
    pub fn class_name(mut self, class_name: impl Into<String>) -> Term {
        self.class_name = Some(class_name.into());
        self
    }

    /// Whether case must match exactly.
    pub fn case_sensitive(mut self, yes: bool) -> Term {
        self.case_sensitive = Some(yes);
        self
    }

    /// Whether diacritics are ignored (`resume` finds `résumé`).
    pub fn diacritic_insensitive(mut self, yes: bool) -> Term {
        self.diacritic_insensitive = Some(yes);
        self
    }

    /// Where the term may match.
    pub fn accuracy(mut self, accuracy: Accuracy) -> Term {
        self.accuracy = Some(accuracy);
        self
    }
}

impl From<&str> for Term {
    fn from(text: &str) -> Term {
        Term::new(text)
    }
}

impl From<String> for Term {
    fn from(text: String) -> Term {
        Term::new(text)
    }
}

/// A regular expression to find (syntax: see the [module docs](super#patterns)).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pattern {
    pub(crate) pattern: String,
    #[serde(default)]
    pub(crate) flags: String,
    #[serde(default)]
    pub(crate) category: Option<String>,
    #[serde(default)]
    pub(crate) class_name: Option<String>,
}

impl Pattern {
    /// A pattern matching the regular expression `pattern`.
    pub fn new(pattern: impl Into<String>) -> Pattern {
        Pattern { pattern: pattern.into(), ..Pattern::default() }
    }

    /// Flags, some of `imsxU` (`g` is accepted and ignored).
    pub fn flags(mut self, flags: impl Into<String>) -> Pattern {
        self.flags = flags.into();
        self
    }

    /// The category name of the pattern's matches (default: its class name, else `pattern`).
    pub fn category(mut self, category: impl Into<String>) -> Pattern {
        self.category = Some(category.into());
        self
    }

    /// The CSS class of the pattern's marks (default: `tl-` and the category).
    pub fn class_name(mut self, class_name: impl Into<String>) -> Pattern {
        self.class_name = Some(class_name.into());
        self
    }
}

impl From<&str> for Pattern {
    fn from(pattern: &str) -> Pattern {
        Pattern::new(pattern)
    }
}

impl From<String> for Pattern {
    fn from(pattern: String) -> Pattern {
        Pattern::new(pattern)
    }
}

/// A detector to run, with an optional class name for all its categories.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DetectorRule {
    pub(crate) detector: Detector,
    #[serde(default)]
    pub(crate) class_name: Option<String>,
}

impl DetectorRule {
    /// The CSS class of the detector's marks (default: `tl-` and each category's name).
    pub fn class_name(mut self, class_name: impl Into<String>) -> DetectorRule {
        self.class_name = Some(class_name.into());
        self
    }
}

impl From<Detector> for DetectorRule {
    fn from(detector: Detector) -> DetectorRule {
        DetectorRule { detector, class_name: None }
    }
}

/// Everything a highlighter looks for, and the default options of its terms.
///
/// ```
/// use textlens::highlight::{Accuracy, Detector, Rules, Term};
/// let highlighter = Rules::new()
///     .term(Term::new("resume").class_name("cv"))
///     .terms(["Laurel Beeler", "US District Court"])
///     .pattern("[0-9]+ (?:days|weeks)")
///     .detector(Detector::Quotes)
///     .accuracy(Accuracy::Whole)
///     .build()?;
/// let text = "Her résumé reached Laurel\nBeeler in “3 weeks”.";
/// let found: Vec<&str> = highlighter.find(text).iter().map(|m| m.span.text(text)).collect();
/// assert_eq!(found, ["résumé", "Laurel\nBeeler", "“3 weeks”", "3 weeks"]);
/// # Ok::<(), textlens::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Rules {
    #[serde(deserialize_with = "strings_or_objects")]
    pub(crate) terms: Vec<Term>,
    #[serde(deserialize_with = "strings_or_objects")]
    pub(crate) patterns: Vec<Pattern>,
    #[serde(deserialize_with = "strings_or_objects")]
    pub(crate) detectors: Vec<DetectorRule>,
    pub(crate) synonyms: Vec<Vec<String>>,
    pub(crate) case_sensitive: bool,
    pub(crate) diacritic_insensitive: bool,
    pub(crate) accuracy: Accuracy,
    pub(crate) long_word_letters: usize,
    pub(crate) lang: LangChoice,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            terms: Vec::new(),
            patterns: Vec::new(),
            detectors: Vec::new(),
            synonyms: Vec::new(),
            case_sensitive: false,
            diacritic_insensitive: true,
            accuracy: Accuracy::Whole,
            long_word_letters: super::detect::DEFAULT_LONG_WORD_LETTERS,
            lang: LangChoice::Auto,
        }
    }
}

impl Rules {
    /// No rules; terms default to case-insensitive, diacritic-insensitive, whole-word.
    pub fn new() -> Rules {
        Rules::default()
    }

    /// Adds a term.
    pub fn term(mut self, term: impl Into<Term>) -> Rules {
        self.terms.push(term.into());
        self
    }

    /// Adds terms.
    pub fn terms<T: Into<Term>>(mut self, terms: impl IntoIterator<Item = T>) -> Rules {
        self.terms.extend(terms.into_iter().map(Into::into));
        self
    }

    /// Adds a regular-expression pattern.
    pub fn pattern(mut self, pattern: impl Into<Pattern>) -> Rules {
        self.patterns.push(pattern.into());
        self
    }

    /// Turns a detector on.
    pub fn detector(mut self, detector: impl Into<DetectorRule>) -> Rules {
        self.detectors.push(detector.into());
        self
    }

    /// Adds a synonym group: a term spelled like one member also matches every other member.
    pub fn synonyms<S: Into<String>>(mut self, group: impl IntoIterator<Item = S>) -> Rules {
        self.synonyms.push(group.into_iter().map(Into::into).collect());
        self
    }

    /// Default for terms: whether case must match exactly (default `false`).
    pub fn case_sensitive(mut self, yes: bool) -> Rules {
        self.case_sensitive = yes;
        self
    }

    /// Default for terms: whether diacritics are ignored (default `true`).
    pub fn diacritic_insensitive(mut self, yes: bool) -> Rules {
        self.diacritic_insensitive = yes;
        self
    }

    /// Default for terms: where they may match (default [`Accuracy::Whole`]).
    pub fn accuracy(mut self, accuracy: Accuracy) -> Rules {
        self.accuracy = accuracy;
        self
    }

    /// The fewest letters of a long word for [`Detector::LongWords`] (default 13).
    pub fn long_word_letters(mut self, letters: usize) -> Rules {
        self.long_word_letters = letters;
        self
    }

    /// The language whose sentence rules place matches in sentences and feed the detectors
    /// (default: detected from each text; see [`crate::lang`]).
    pub fn lang(mut self, lang: impl Into<LangChoice>) -> Rules {
        self.lang = lang.into();
        self
    }

    /// Compiles the rules; see [`Highlighter::new`](super::Highlighter::new).
    pub fn build(self) -> crate::Result<super::Highlighter> {
        super::Highlighter::new(self)
    }
}

/// A rule that may be written as a bare string: a term's text, a pattern, a detector's name.
trait Shorthand: DeserializeOwned {
    /// The rule written as `text`.
    fn from_shorthand<E: de::Error>(text: &str) -> Result<Self, E>;
}

impl Shorthand for Term {
    fn from_shorthand<E: de::Error>(text: &str) -> Result<Term, E> {
        Ok(Term::new(text))
    }
}

impl Shorthand for Pattern {
    fn from_shorthand<E: de::Error>(pattern: &str) -> Result<Pattern, E> {
        Ok(Pattern::new(pattern))
    }
}

impl Shorthand for DetectorRule {
    fn from_shorthand<E: de::Error>(name: &str) -> Result<DetectorRule, E> {
        Detector::deserialize(de::value::StrDeserializer::<E>::new(name)).map(DetectorRule::from)
    }
}

/// Deserializes a list whose items are a string (the [`Shorthand`]) or an object (`T`'s fields).
fn strings_or_objects<'de, D: Deserializer<'de>, T: Shorthand>(deserializer: D) -> Result<Vec<T>, D::Error> {
    let items: Vec<Item<T>> = Vec::deserialize(deserializer)?;
    Ok(items.into_iter().map(|Item(item)| item).collect())
}

/// One item of a [`strings_or_objects`] list.
struct Item<T>(T);

impl<'de, T: Shorthand> Deserialize<'de> for Item<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ItemVisitor(PhantomData)).map(Item)
    }
}

/// Reads an [`Item`].
struct ItemVisitor<T>(PhantomData<T>);

impl<'de, T: Shorthand> Visitor<'de> for ItemVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string or an object")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        T::from_shorthand(text)
    }

    fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<T, M::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map))
    }
}
