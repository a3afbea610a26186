//! Terms and phrases: every term, synonym and folding mode compiled into Aho-Corasick automata,
//! one per folding mode in use (one with the default options), each run once over the text.
//!
//! A term's spellings (its text and its synonyms) are folded like the text (see [`super::fold`]),
//! deduplicated, and searched with overlapping semantics, so terms that overlap or contain each
//! other are all found. Each hit is then checked against its term's [`Accuracy`] on the
//! *original* text, with Unicode (UAX #29) word boundaries.

use super::fold::{FoldMode, Folded};
use super::{Accuracy, CategoryId, Rule};
use crate::split::is_grapheme_boundary;
use crate::{Error, ErrorKind, Result, Span};
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Input, Match, MatchKind};
use std::cell::OnceCell;
use std::collections::HashMap;

/// One term after the builder resolved its options.
#[derive(Clone, Debug)]
pub(crate) struct CompiledTerm {
    /// Every spelling: the term's text, its synonyms and those of its synonym groups.
    pub spellings: Vec<String>,
    pub mode: FoldMode,
    pub accuracy: Accuracy,
    pub category: CategoryId,
}

/// What a hit of one automaton pattern means: a term that spells it.
#[derive(Clone, Copy, Debug)]
struct Target {
    term: usize,
    accuracy: Accuracy,
    category: CategoryId,
}

/// The automaton of one folding mode.
#[derive(Debug)]
struct ModeMatcher {
    mode: FoldMode,
    /// A contiguous NFA. A DFA would search about 2.5 times faster (22 instead of 55 instructions
    /// a byte at 1,000 terms) but, linked beside the NFA that large term lists need, adds 4.3 kB
    /// gzip of wasm; `AhoCorasick` would link both and a second NFA.
    automaton: NFA,
    /// For each automaton pattern, the terms it stands for.
    targets: Vec<Vec<Target>>,
}

/// All terms, compiled.
#[derive(Debug, Default)]
pub(crate) struct TermMatcher {
    matchers: Vec<ModeMatcher>,
}

/// A hit before grapheme snapping: where, which term, which category.
pub(crate) type RawMatch = (Span, Rule, CategoryId);

impl TermMatcher {
    /// Compiles `terms`.
    pub fn new(terms: &[CompiledTerm]) -> Result<TermMatcher> {
        let mut builders: Vec<ModeBuilder> = Vec::new();
        for (index, term) in terms.iter().enumerate() {
            let slot = match builders.iter().position(|b| b.mode == term.mode) {
                Some(slot) => slot,
                None => {
                    builders.push(ModeBuilder {
                        mode: term.mode,
                        ids: HashMap::new(),
                        targets: Vec::new(),
                    });
                    builders.len() - 1
                }
            };
            let target = Target {
                term: index,
                accuracy: term.accuracy,
                category: term.category,
            };
            for spelling in &term.spellings {
                builders[slot].add(spelling, target)?;
            }
        }
        let matchers = builders
            .into_iter()
            .map(ModeBuilder::build)
            .collect::<Result<_>>()?;
        Ok(TermMatcher { matchers })
    }

    /// Every term hit in `text`, in no particular order.
    pub fn find(&self, text: &str, out: &mut Vec<RawMatch>) {
        if self.matchers.is_empty() || text.is_empty() {
            return;
        }
        // Built on the first hit that needs them: a text without hits does not pay for them.
        let boundaries = OnceCell::new();
        for matcher in &self.matchers {
            let folded = Folded::new(text, matcher.mode);
            for_each_overlapping(&matcher.automaton, folded.text(), |hit| {
                let span = Span::new(
                    folded.original_start(hit.start()),
                    folded.original_end(hit.end()),
                );
                let span = if matcher.mode.strip_diacritics {
                    // The marks after a match belong to it: `resume` matches all of `re\u{301}sume\u{301}`.
                    super::snap_to_graphemes(text, span)
                } else if on_graphemes(text, span) {
                    span
                } else {
                    // `e` is not `e` + U+0301 unless diacritics are ignored.
                    return;
                };
                for target in &matcher.targets[hit.pattern().as_usize()] {
                    if accurate(text, span, target.accuracy, &boundaries) {
                        out.push((span, Rule::Term(target.term), target.category));
                    }
                }
            });
        }
    }
}

/// Calls `hit` with every match of `automaton` in `haystack`, overlapping ones included.
fn for_each_overlapping(automaton: &impl Automaton, haystack: &str, hit: impl FnMut(Match)) {
    // Overlapping search fails only for anchored inputs or other match kinds: neither here.
    if let Ok(hits) = automaton.try_find_overlapping_iter(Input::new(haystack)) {
        hits.for_each(hit);
    }
}

/// Whether both ends of `span` are grapheme boundaries.
fn on_graphemes(text: &str, span: Span) -> bool {
    is_grapheme_boundary(text, span.start) && is_grapheme_boundary(text, span.end)
}

/// The spellings of one folding mode, gathered before its automaton is built.
struct ModeBuilder {
    mode: FoldMode,
    /// Each folded spelling and its pattern id.
    ids: HashMap<String, usize>,
    /// For each pattern id, the terms it stands for.
    targets: Vec<Vec<Target>>,
}

impl ModeBuilder {
    /// Adds one spelling of the term of `target`.
    fn add(&mut self, spelling: &str, target: Target) -> Result<()> {
        let folded = Folded::new(spelling, self.mode)
            .text()
            .trim_matches(' ')
            .to_owned();
        if folded.is_empty() {
            return Err(Error::new(
                ErrorKind::InvalidPattern,
                format!("term {spelling:?} is empty once folded"),
            ));
        }
        let next_id = self.ids.len();
        let id = *self.ids.entry(folded).or_insert(next_id);
        if id == self.targets.len() {
            self.targets.push(Vec::new());
        }
        if !self.targets[id].iter().any(|t| t.term == target.term) {
            self.targets[id].push(target);
        }
        Ok(())
    }

    /// Builds the automaton of the spellings.
    fn build(self) -> Result<ModeMatcher> {
        let mut patterns = vec![String::new(); self.ids.len()];
        for (folded, id) in self.ids {
            patterns[id] = folded;
        }
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .map_err(|error| {
                Error::new(
                    ErrorKind::InvalidPattern,
                    format!("cannot compile {} terms: {error}", patterns.len()),
                )
            })?;
        Ok(ModeMatcher {
            mode: self.mode,
            automaton,
            targets: self.targets,
        })
    }
}

/// Whether a hit at `span` satisfies `accuracy`.
///
/// - whole: both ends are word boundaries; a possessive `'s` / `’s` may follow the end
///   (`WeChat` matches in `WeChat’s`, which UAX #29 keeps as one word);
/// - prefix: the start is a word boundary;
/// - partial: anywhere.
fn accurate(
    text: &str,
    span: Span,
    accuracy: Accuracy,
    boundaries: &OnceCell<WordBoundaries>,
) -> bool {
    let boundaries = || boundaries.get_or_init(|| WordBoundaries::new(text));
    match accuracy {
        Accuracy::Partial => true,
        Accuracy::Prefix => boundaries().contains(span.start),
        Accuracy::Whole => {
            boundaries().contains(span.start) && ends_word(text, span.end, boundaries())
        }
    }
}

/// Whether a whole word may end at `end`: a word boundary, or a possessive ending there.
fn ends_word(text: &str, end: usize, boundaries: &WordBoundaries) -> bool {
    boundaries.contains(end)
        || ["'s", "’s"].iter().any(|possessive| {
            text[end..].starts_with(possessive) && boundaries.contains(end + possessive.len())
        })
}

/// The UAX #29 word boundaries of a text, as a bit per byte offset.
#[derive(Debug)]
pub(crate) struct WordBoundaries {
    bits: Vec<u64>,
}

impl WordBoundaries {
    /// The boundaries of `text` (its start and end included).
    pub fn new(text: &str) -> WordBoundaries {
        let mut bits = vec![0u64; text.len() / 64 + 1];
        let mut set = |offset: usize| bits[offset / 64] |= 1 << (offset % 64);
        set(0);
        crate::split::words(text).for_each(|word| set(word.span.end));
        WordBoundaries { bits }
    }

    /// Whether `offset` is a word boundary.
    pub fn contains(&self, offset: usize) -> bool {
        self.bits
            .get(offset / 64)
            .is_some_and(|word| word & (1 << (offset % 64)) != 0)
    }
}
