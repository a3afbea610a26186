//! Terms and phrases: every term, synonym and folding mode compiled into Aho-Corasick automata,
//! one per folding mode and kind of start in use (one with the default options), each run once
//! over the text.
//!
//! A term's spellings (its text and its synonyms) are folded like the text (see [`super::fold`]),
//! deduplicated, and every occurrence of every spelling is found, so terms that overlap or contain
//! each other all are. Each hit is then checked against its term's [`Accuracy`] on the *original*
//! text, with Unicode (UAX #29) word boundaries.
//!
//! Whole-word and prefix terms (the default is whole-word) can only match where a word starts, so
//! their automaton is not run as a search over every byte: it is walked, anchored, from each
//! place in the folded text where a word may start, and stops as soon as no spelling continues.
//! At 1,000 English terms that takes about a fifth of the instructions of the overlapping search,
//! which partial-word terms still use. The word boundaries at a hit's ends are decided from the
//! ASCII bytes around them where possible, and only a text with a hit next to other characters is
//! segmented into words.

use super::fold::{FoldMode, Folded};
use super::{Accuracy, CategoryId, Rule};
use crate::split::{ascii_word_boundary, is_grapheme_boundary};
use crate::{Error, ErrorKind, Result, Span};
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, Input, Match, MatchKind};
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

/// Where the hits of an automaton may start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Starts {
    /// Only where a word may start: for whole-word and prefix terms.
    Words,
    /// Anywhere: for partial-word terms.
    Anywhere,
}

impl Starts {
    fn of(accuracy: Accuracy) -> Starts {
        match accuracy {
            Accuracy::Partial => Starts::Anywhere,
            Accuracy::Whole | Accuracy::Prefix => Starts::Words,
        }
    }
}

/// The automaton of one folding mode and kind of start.
#[derive(Debug)]
struct ModeMatcher {
    mode: FoldMode,
    starts: Starts,
    /// A contiguous NFA. A DFA would search about 2.5 times faster (22 instead of 55 instructions
    /// a byte at 1,000 terms) but, linked beside the NFA that large term lists need, adds 4.3 kB
    /// gzip of wasm; `AhoCorasick` would link both and a second NFA.
    automaton: NFA,
    /// For each automaton pattern, the terms it stands for.
    targets: Vec<Vec<Target>>,
    /// The bytes some pattern starts with.
    first_bytes: [bool; 256],
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
            let starts = Starts::of(term.accuracy);
            let slot = match builders.iter().position(|b| b.mode == term.mode && b.starts == starts) {
                Some(slot) => slot,
                None => {
                    builders.push(ModeBuilder {
                        mode: term.mode,
                        starts,
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
        let boundaries = WordBoundaries::new(text);
        // The texts folded so far, by mode: word-start and anywhere automata of a mode share one.
        let mut folded_texts: Vec<(FoldMode, Folded)> = Vec::new();
        for matcher in &self.matchers {
            let index = match folded_texts.iter().position(|(mode, _)| *mode == matcher.mode) {
                Some(index) => index,
                None => {
                    folded_texts.push((matcher.mode, Folded::new(text, matcher.mode)));
                    folded_texts.len() - 1
                }
            };
            let folded = &folded_texts[index].1;
            let search = match matcher.starts {
                Starts::Words => for_each_at_word_starts,
                Starts::Anywhere => for_each_overlapping,
            };
            search(matcher, folded.text(), &mut |hit| {
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
                    if accurate(span, target.accuracy, &boundaries) {
                        out.push((span, Rule::Term(target.term), target.category));
                    }
                }
            });
        }
    }
}

/// Calls `hit` with every match of the automaton of `matcher` in `haystack`, overlapping ones
/// included.
fn for_each_overlapping(matcher: &ModeMatcher, haystack: &str, hit: &mut dyn FnMut(Match)) {
    // Overlapping search fails only for anchored inputs or other match kinds: neither here.
    if let Ok(hits) = matcher.automaton.try_find_overlapping_iter(Input::new(haystack)) {
        hits.for_each(hit);
    }
}

/// Calls `hit` with every match of the word-start automaton of `matcher` in `haystack`: those
/// starting at any character except inside a run of ASCII letters, digits and `_`, where UAX #29
/// never puts a boundary. Folding keeps that true: what it drops inside a word (joiners, accents)
/// never stands at a boundary, and what it turns into ASCII letters is a letter.
fn for_each_at_word_starts(matcher: &ModeMatcher, haystack: &str, hit: &mut dyn FnMut(Match)) {
    let bytes = haystack.as_bytes();
    let mut start = 0;
    while let Some(&byte) = bytes.get(start) {
        if matcher.first_bytes[usize::from(byte)] {
            walk_anchored(&matcher.automaton, bytes, start, hit);
        }
        start += 1;
        if is_ascii_word_byte(byte) {
            start += bytes[start..].iter().take_while(|&&b| is_ascii_word_byte(b)).count();
        }
    }
}

fn is_ascii_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Calls `hit` with every match of `automaton` that starts at `start` of `bytes`.
fn walk_anchored(automaton: &NFA, bytes: &[u8], start: usize, hit: &mut dyn FnMut(Match)) {
    let Ok(mut state) = automaton.start_state(Anchored::Yes) else {
        return;
    };
    for (end, &byte) in bytes.iter().enumerate().skip(start) {
        state = automaton.next_state(Anchored::Yes, state, byte);
        if automaton.is_dead(state) {
            return;
        }
        if !automaton.is_match(state) {
            continue;
        }
        let len = end + 1 - start;
        // A state also lists the spellings that end there but start later (its suffixes).
        for index in 0..automaton.match_len(state) {
            let pattern = automaton.match_pattern(state, index);
            if automaton.pattern_len(pattern) == len {
                hit(Match::new(pattern, start..end + 1));
            }
        }
    }
}

/// Whether both ends of `span` are grapheme boundaries.
fn on_graphemes(text: &str, span: Span) -> bool {
    is_grapheme_boundary(text, span.start) && is_grapheme_boundary(text, span.end)
}

/// How many levels of the word-start automaton get a transition table each (the rest list their
/// transitions): deep enough for most of an English word.
const WORD_START_DENSE_DEPTH: usize = 4;

/// The spellings of one folding mode and kind of start, gathered before its automaton is built.
struct ModeBuilder {
    mode: FoldMode,
    starts: Starts,
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
        let mut first_bytes = [false; 256];
        for (folded, id) in self.ids {
            first_bytes[usize::from(folded.as_bytes()[0])] = true;
            patterns[id] = folded;
        }
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            // Anchored walks from word starts spend most of their steps in the first few states.
            .dense_depth(if self.starts == Starts::Words { WORD_START_DENSE_DEPTH } else { 2 })
            .build(&patterns)
            .map_err(|error| {
                Error::new(
                    ErrorKind::InvalidPattern,
                    format!("cannot compile {} terms: {error}", patterns.len()),
                )
            })?;
        Ok(ModeMatcher {
            mode: self.mode,
            starts: self.starts,
            automaton,
            first_bytes,
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
fn accurate(span: Span, accuracy: Accuracy, boundaries: &WordBoundaries) -> bool {
    match accuracy {
        Accuracy::Partial => true,
        Accuracy::Prefix => boundaries.contains(span.start),
        Accuracy::Whole => boundaries.contains(span.start) && ends_word(span.end, boundaries),
    }
}

/// Whether a whole word may end at `end`: a word boundary, or a possessive ending there.
fn ends_word(end: usize, boundaries: &WordBoundaries) -> bool {
    boundaries.contains(end)
        || ["'s", "’s"].iter().any(|possessive| {
            boundaries.text[end..].starts_with(possessive) && boundaries.contains(end + possessive.len())
        })
}

/// How far before an offset [`WordBoundaries`] looks for a place to start segmenting.
const RESTART_WINDOW: usize = 256;

/// The UAX #29 word boundaries of a text, asked about one offset at a time.
///
/// Most are decided from the ASCII bytes around them. The others are segmented from a boundary
/// the ASCII rules are sure of, at most [`RESTART_WINDOW`] bytes back; where there is none (a long
/// stretch of other scripts), the whole text is segmented once and its boundaries kept as a bit
/// per byte offset.
#[derive(Debug)]
pub(crate) struct WordBoundaries<'t> {
    text: &'t str,
    segmented: OnceCell<Vec<u64>>,
}

impl<'t> WordBoundaries<'t> {
    /// The boundaries of `text` (its start and end included).
    pub fn new(text: &'t str) -> WordBoundaries<'t> {
        WordBoundaries { text, segmented: OnceCell::new() }
    }

    /// Whether `offset` is a word boundary.
    pub fn contains(&self, offset: usize) -> bool {
        ascii_word_boundary(self.text.as_bytes(), offset).unwrap_or_else(|| match self.restart_before(offset) {
            Some(restart) => {
                let first_end_from_offset = crate::split::words(&self.text[restart..])
                    .map(|word| restart + word.span.end)
                    .find(|&end| end >= offset);
                first_end_from_offset == Some(offset)
            }
            None => self
                .segmented()
                .get(offset / 64)
                .is_some_and(|bits| bits & (1 << (offset % 64)) != 0),
        })
    }

    /// A boundary shortly before `offset` that the ASCII rules are sure of, where segmenting may
    /// start over (no UAX #29 rule joins across a boundary).
    fn restart_before(&self, offset: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        (offset.saturating_sub(RESTART_WINDOW)..offset)
            .rev()
            .find(|&at| ascii_word_boundary(bytes, at) == Some(true))
    }

    fn segmented(&self) -> &[u64] {
        self.segmented.get_or_init(|| {
            let mut bits = vec![0u64; self.text.len() / 64 + 1];
            let mut set = |offset: usize| bits[offset / 64] |= 1 << (offset % 64);
            set(0);
            crate::split::words(self.text).for_each(|word| set(word.span.end));
            bits
        })
    }
}
