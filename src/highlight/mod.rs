//! Highlighting: thousands of terms, regular expressions and detectors at once, every match kept,
//! resolved into non-overlapping pieces and rendered as safe HTML.
//!
//! A [`Highlighter`] is compiled once from [`Rules`] and then run on any number of texts:
//!
//! ```
//! use textlens::highlight::{Detector, Highlighter, Rules, Term};
//! let highlighter = Highlighter::new(
//!     Rules::new()
//!         .term(Term::new("WeChat").class_name("brand"))
//!         .detector(Detector::Quotes),
//! )?;
//! let text = "She said “WeChat’s growth is slowing” on Monday.";
//! for found in highlighter.find(text) {
//!     let category = highlighter.category(found.category);
//!     println!("{} {:?} in sentence {}", category.name(), found.span.text(text), found.sentence);
//! }
//! assert_eq!(
//!     highlighter.html(text),
//!     "She said <mark class=\"tl-quote\" data-category=\"quote\" data-match=\"0\">“\
//!      <mark class=\"brand\" data-category=\"brand\" data-match=\"1\">WeChat</mark>’s growth is slowing”</mark> on Monday."
//! );
//! # Ok::<(), textlens::Error>(())
//! ```
//!
//! # What is found
//!
//! - **Terms and phrases** ([`Term`]): all spellings of all terms (synonyms included) go into one
//!   Aho-Corasick automaton per folding mode, run once over a folded copy of the text (see
//!   below), so ten thousand terms cost about what ten do. Each term has its own category and
//!   class name. Options, per term or as defaults in [`Rules`]: case-insensitive (Unicode
//!   lowercase mapping plus `ß` → `ss` and final sigma, not just ASCII), diacritic-insensitive
//!   (`Beeler` finds `Béeler`, `resume` finds `résumé`, precomposed or with combining marks), and
//!   [`Accuracy`] whole-word / prefix / partial on Unicode (UAX #29) word boundaries, the
//!   dictionary's in Chinese, Japanese, Thai, … when one is available (a whole-word `北京` is
//!   found in `北京大学`, `京大` is not; without one, every ideograph is a word). Always: a
//!   space in a phrase matches any run of whitespace, line breaks included, and soft hyphens and
//!   zero-width joiners / non-joiners inside words are ignored.
//! - **Patterns** ([`Pattern`]): regular expressions in `regex-lite` syntax, matched in linear
//!   time (see [Patterns](#patterns)).
//! - **Detectors** ([`Detector`]): quotations, numbers / money / percentages / dates / times,
//!   proper-name runs, hard and very hard sentences, adverbs, passive voice, repeated words, long
//!   words. Each variant's documentation states its rule.
//!
//! # Patterns
//!
//! The syntax of the `regex` crate without Unicode tables: literals, `.`, classes `[a-z]`
//! `[^…]`, the ASCII classes `\d \s \w` and `[[:alpha:]]`, repetitions `* + ? {n,m}` (lazy with
//! a trailing `?`), groups `( )` `(?: )` `(?P<name> )`, alternation `|`, anchors `^ $ \A \z`,
//! ASCII word boundaries `\b \B`, escapes `\x7F \u{1F600}`, inline flags `(?imsxU)`. Limits:
//! `\d \s \w \b` and the POSIX classes are ASCII only, `i` folds ASCII letters only, and there are
//! no `\p{…}` classes, look-arounds or back-references. Flags are some of `imsxU` (`g` accepted and
//! ignored). Matching runs in time linear in the text (a Pike VM, no backtracking), so `(a+)+$`
//! cannot hang; a pattern whose compiled form exceeds [`PATTERN_SIZE_LIMIT`] (8 KiB, which bounds
//! the cost per byte: about 2 s a megabyte at the limit, `a{250}`) is an error, and so is an
//! invalid pattern, with a message naming the pattern and the problem.
//!
//! # Matches, pieces and nesting
//!
//! [`Highlighter::find`] keeps every match, overlapping or not, sorted by start (longest first at
//! equal starts); each has its span, category, [`Rule`] and sentence index. Every match starts
//! and ends on grapheme boundaries, so it never splits `e` from its accent or an emoji sequence:
//! a term must start on one and end on one (or before marks and joiners that its folding drops),
//! else it is not found (`🇸🇺` is not in `🇺🇸🇺🇸`); a pattern's or detector's match is widened out
//! to the nearest ones (`.` on `e` + U+0301 is both characters).
//! [`pieces`] cuts the matches into non-overlapping pieces, each listing every category that
//! covers it (a term inside a quotation inside a hard sentence lists all three). [`nest`] gives
//! the form HTML and the DOM need: matches as a tree, overlapping matches of one category merged
//! into one mark, a match that crosses another's end split in two, at most [`MAX_NESTING`] marks
//! deep, so that the marks stay within a constant multiple of the text whatever the rules.
//!
//! # Folding
//!
//! The text is searched through a folded copy (case, diacritics, whitespace runs, invisible
//! joiners) with a map from folded offsets back to original ones, built only for the folding
//! modes some term uses. Letters with a stroke (`ø`, `ł`, `đ`, `ħ`, `ŧ`), which Unicode does not
//! decompose, are folded too; script-specific marks (Devanagari vowel signs, Arabic harakat) are
//! not, since they are spelling rather than accents.

mod detect;
mod fold;
mod html;
mod patterns;
mod resolve;
mod rules;
mod terms;

pub use detect::Detector;
pub use html::escape_html;
pub use patterns::SIZE_LIMIT as PATTERN_SIZE_LIMIT;
pub use resolve::{nest, pieces, Node, Piece, Pieces, MAX_NESTING};
pub use rules::{Accuracy, DetectorRule, Pattern, Rules, Term};
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))] // the DOM applier's
pub(crate) use {
    fold::PARAGRAPH_SEPARATOR,
    resolve::{Event, Walker},
};

use crate::lang::LangChoice;
use crate::split::Clusters;
use crate::{Error, Result, Span};
use fold::FoldMode;
use patterns::CompiledPattern;
use std::cmp::Reverse;
use std::collections::HashMap;
use terms::{CompiledTerm, RawMatch, TermMatcher};

/// The index of a category in [`Highlighter::categories`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CategoryId(pub u32);

impl CategoryId {
    /// The index as `usize`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What a match means: a name (in `data-category`) and the CSS class of its marks.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Category {
    name: String,
    class_name: String,
}

impl Category {
    /// The category's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The CSS class (one or more validated class names, space-separated).
    pub fn class_name(&self) -> &str {
        &self.class_name
    }
}

/// The rule that produced a match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// The term at this index of the rules' terms.
    Term(usize),
    /// The pattern at this index of the rules' patterns.
    Pattern(usize),
    /// A detector.
    Detector(Detector),
}

/// One match: where, what, found by which rule, in which sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Match {
    /// The matched bytes; both ends are grapheme boundaries.
    pub span: Span,
    /// The match's category.
    pub category: CategoryId,
    /// The rule that found it.
    pub rule: Rule,
    /// The index of the (article-mode) sentence where the match starts.
    pub sentence: usize,
}

/// Compiled rules, ready to run on many texts.
#[derive(Debug)]
pub struct Highlighter {
    categories: Vec<Category>,
    terms: TermMatcher,
    patterns: Vec<CompiledPattern>,
    detectors: Vec<(Detector, Vec<CategoryId>)>,
    long_word_letters: usize,
    lang: LangChoice,
}

impl Highlighter {
    /// Compiles `rules`.
    ///
    /// # Errors
    /// An invalid pattern, a term that is empty once folded, an invalid class name, or a
    /// `long_word_letters` of zero, each with a message naming the value.
    pub fn new(rules: Rules) -> Result<Highlighter> {
        if rules.long_word_letters == 0 {
            return Err(Error::out_of_range("long_word_letters", "at least 1", 0.0));
        }
        let mut categories = Categories::default();
        let mut groups = SynonymGroups::default();
        let terms = rules
            .terms
            .iter()
            .map(|term| compile_term(term, &rules, &mut groups, &mut categories))
            .collect::<Result<Vec<_>>>()?;
        let patterns = rules
            .patterns
            .iter()
            .map(|p| {
                let category = categories.id(p.category.as_deref(), p.class_name.as_deref(), "pattern")?;
                CompiledPattern::new(&p.pattern, &p.flags, category)
            })
            .collect::<Result<Vec<_>>>()?;
        let mut detectors = Vec::new();
        for rule in &rules.detectors {
            let ids = rule
                .detector
                .categories()
                .iter()
                .map(|name| categories.id(Some(name), rule.class_name.as_deref(), name))
                .collect::<Result<Vec<_>>>()?;
            detectors.push((rule.detector, ids));
        }
        Ok(Highlighter {
            categories: categories.list,
            terms: TermMatcher::new(&terms, &rules.synonyms)?,
            patterns,
            detectors,
            long_word_letters: rules.long_word_letters,
            lang: rules.lang,
        })
    }

    /// The categories, indexed by [`CategoryId`]: terms' first, then patterns', then detectors'.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The category of `id`.
    ///
    /// # Panics
    /// If `id` does not come from this highlighter.
    pub fn category(&self, id: CategoryId) -> &Category {
        &self.categories[id.index()]
    }

    /// Every match in `text`, overlapping ones included, sorted by start, then longest first.
    pub fn find(&self, text: &str) -> Vec<Match> {
        let (mut matches, sentences) = self.find_unplaced(text);
        if !matches.is_empty() {
            let sentences = sentences.unwrap_or_else(|| self.sentences(text));
            let ends: Vec<usize> = sentences.iter().map(|sentence| sentence.end).collect();
            for m in &mut matches {
                m.sentence = sentence_index(&ends, m.span.start);
            }
        }
        matches
    }

    /// The article-mode sentences of `text` in the rules' language.
    pub(crate) fn sentences(&self, text: &str) -> Vec<Span> {
        crate::split::SentenceSplitter::new().lang(self.lang).split(text)
    }

    /// [`find`](Self::find) with every sentence index left at 0, and the text's sentences if the
    /// detectors split them. Splitting sentences costs more than the rest of a term search, and
    /// HTML and the DOM do not show sentence indexes, so they skip it.
    pub(crate) fn find_unplaced(&self, text: &str) -> (Vec<Match>, Option<Vec<Span>>) {
        let mut raw: Vec<RawMatch> = Vec::new();
        self.terms.find(text, &mut raw);
        for (index, pattern) in self.patterns.iter().enumerate() {
            pattern.find(index, text, &mut raw);
        }
        if self.detectors.is_empty() {
            return (finish(text, raw), None);
        }
        let lang = self.lang.resolve(text).lang;
        let sentences = crate::split::SentenceSplitter::new().lang(lang).split(text);
        let cx = detect::Context::new(text, &sentences, self.long_word_letters);
        for (detector, ids) in self.detectors.iter().filter(|(detector, _)| detector.reads(lang)) {
            detector.detect(&cx, &mut |span, slot| raw.push((span, Rule::Detector(*detector), ids[slot])));
        }
        (finish(text, raw), Some(sentences))
    }

    /// `text` as HTML: every character escaped, every match wrapped in a `<mark>` (nested where
    /// matches nest, split where they cross); see [`escape_html`] for the guarantees.
    pub fn html(&self, text: &str) -> String {
        let (matches, _) = self.find_unplaced(text);
        html::render(text, &matches, &nest(&matches), &self.categories)
    }
}

/// Resolves a term's options against the rules' defaults, and its text against the synonym
/// groups.
fn compile_term(
    term: &Term,
    rules: &Rules,
    groups: &mut SynonymGroups,
    categories: &mut Categories,
) -> Result<CompiledTerm> {
    let mode = FoldMode {
        fold_case: !term.case_sensitive.unwrap_or(rules.case_sensitive),
        strip_diacritics: term.diacritic_insensitive.unwrap_or(rules.diacritic_insensitive),
    };
    let mut spellings = vec![term.text.clone()];
    spellings.extend(term.synonyms.iter().cloned());
    Ok(CompiledTerm {
        spellings,
        groups: groups.of(&term.text, mode, &rules.synonyms).to_vec(),
        mode,
        accuracy: term.accuracy.unwrap_or(rules.accuracy),
        category: categories.id(term.category.as_deref(), term.class_name.as_deref(), "term")?,
    })
}

/// For each folding mode in use, the synonym groups by their members' folded spellings, folded
/// once.
#[derive(Default)]
struct SynonymGroups {
    by_mode: HashMap<FoldMode, HashMap<String, Vec<usize>>>,
}

impl SynonymGroups {
    /// The indexes of the groups in `synonyms` with a member spelled like `text` in `mode`.
    fn of(&mut self, text: &str, mode: FoldMode, synonyms: &[Vec<String>]) -> &[usize] {
        let members = self.by_mode.entry(mode).or_insert_with(|| {
            let mut members: HashMap<String, Vec<usize>> = HashMap::new();
            for (index, group) in synonyms.iter().enumerate() {
                for member in group {
                    let groups = members.entry(fold::Folded::new(member, mode).text().trim().to_owned()).or_default();
                    if groups.last() != Some(&index) {
                        groups.push(index);
                    }
                }
            }
            members
        });
        members.get(fold::Folded::new(text, mode).text().trim()).map_or(&[], Vec::as_slice)
    }
}

/// The categories of a highlighter being built, deduplicated by name and class.
#[derive(Default)]
struct Categories {
    list: Vec<Category>,
    ids: HashMap<Category, CategoryId>,
}

impl Categories {
    /// The id of the category named `name` (default: the class name, else `fallback`) with class
    /// `class_name` (default: `tl-` and the name), added if new.
    fn id(&mut self, name: Option<&str>, class_name: Option<&str>, fallback: &str) -> Result<CategoryId> {
        let class_name = class_name.map(html::validate_class_name).transpose()?;
        let name = name.or(class_name.as_deref()).unwrap_or(fallback).to_owned();
        let class_name = class_name.unwrap_or_else(|| html::default_class_name(&name));
        let category = Category { name, class_name };
        if let Some(&id) = self.ids.get(&category) {
            return Ok(id);
        }
        let id = u32::try_from(self.list.len())
            .map(CategoryId)
            .map_err(|_| Error::invalid_option("more than 2^32 categories"))?;
        self.list.push(category.clone());
        self.ids.insert(category, id);
        Ok(id)
    }
}

/// The indexes `0..len` ordered by `key`, ties in index order. (One instantiation of the
/// standard sort for the highlighter's orders of indexes: each sort of another element type or
/// comparator is compiled anew, at kilobytes of wasm apiece.)
pub(crate) fn order_by_key(len: usize, key: impl Fn(usize) -> u128) -> Vec<usize> {
    let mut keyed: Vec<(u128, usize)> = (0..len).map(|index| (key(index), index)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, index)| index).collect()
}

/// The indexes `0..len` in an order fit for asking [`Clusters`] about `offset(index)` in one
/// pass: first those whose offset is an end of the text or lies between two ASCII characters
/// (the walker answers them from the bytes alone, in any order), then the others in text order. Only the others are
/// sorted, and in most text they are few.
pub(crate) fn cluster_order(text: &str, len: usize, offset: impl Fn(usize) -> usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    // The ends of the text, and offsets between two ASCII characters, need no walk.
    let answered_alone = |at: usize| at == 0 || at >= bytes.len() || (bytes[at - 1].is_ascii() && bytes[at].is_ascii());
    let (mut order, others): (Vec<usize>, Vec<usize>) = (0..len).partition(|&index| answered_alone(offset(index)));
    let sorted = order_by_key(others.len(), |i| offset(others[i]) as u128);
    order.extend(sorted.into_iter().map(|i| others[i]));
    order
}

/// Widens raw matches out to grapheme boundaries, drops empty ones, sorts and deduplicates them.
fn finish(text: &str, mut raw: Vec<RawMatch>) -> Vec<Match> {
    // The starts, then the ends, each in an order that makes the walk over the clusters one pass.
    let mut clusters = Clusters::new(text);
    for index in cluster_order(text, raw.len(), |i| raw[i].0.start) {
        raw[index].0.start = clusters.around(raw[index].0.start).start;
    }
    let mut clusters = Clusters::new(text);
    for index in cluster_order(text, raw.len(), |i| raw[i].0.end) {
        raw[index].0.end = clusters.around(raw[index].0.end).end;
    }
    let mut matches: Vec<Match> = raw
        .into_iter()
        .filter(|(span, ..)| !span.is_empty())
        .map(|(span, rule, category)| Match { span, category, rule, sentence: 0 })
        .collect();
    matches.sort_unstable_by_key(|m| (m.span.start, Reverse(m.span.end), m.category, m.rule));
    matches.dedup();
    matches
}

/// The index of the sentence where `offset` lies, given every sentence's end in order (in the
/// offset's unit, bytes or UTF-16): the first sentence that ends after it, else the last.
pub(crate) fn sentence_index<T: PartialOrd>(sentence_ends: &[T], offset: T) -> usize {
    let ended_before = sentence_ends.partition_point(|end| *end <= offset);
    ended_before.min(sentence_ends.len().saturating_sub(1))
}
