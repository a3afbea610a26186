//! Terms and phrases: every term, synonym and folding mode compiled into Aho-Corasick automata,
//! one per folding mode and accuracy in use (one with the default options), each run once over
//! the text.
//!
//! A term's spellings (its text, its synonyms and the members of its synonym groups, each group
//! listed once however many terms share it) are folded like the text (see [`super::fold`]),
//! deduplicated, and every occurrence of every spelling is found, so terms that overlap or contain
//! each other all are. Each hit must start and end on grapheme boundaries of the *original* text
//! (see [`keep_on_graphemes`]) and is then checked against its term's [`Accuracy`] there, with
//! Unicode (UAX #29) word boundaries, and inside Chinese, Japanese, Thai, … the dictionary's when
//! one is available (see [`WordBoundaries`]).
//!
//! Whole-word and prefix terms (the default is whole-word) can only match where a word starts, so
//! their automaton is not run as a search over every byte of a folded copy: it is walked,
//! anchored, from each place in the text where a word may start, folding what it reads as it goes,
//! and stops as soon as no spelling continues. Walks that read more than a few times the text
//! (a phrase `a a … a b` on `a a a …`) give way to the search partial-word terms use: fold the
//! whole text and search it once. The word boundaries at a hit's ends are decided from the ASCII
//! bytes around them where possible; only where they are not is a stretch of the text segmented
//! into words.

use super::fold::{fold_unit, is_ignorable, FoldMode, Folded, PARAGRAPH_SEPARATOR};
use super::{cluster_order, Accuracy, CategoryId, Rule};
use crate::split::Clusters;
use crate::split::{ascii_word_boundary, is_ascii_word_byte, Word};
use crate::{dictionary, Error, ErrorKind, Result, Span};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, Input, Match, MatchKind, PatternID};
use std::cell::OnceCell;
use std::collections::HashMap;

/// One term after the builder resolved its options.
#[derive(Clone, Debug)]
pub(crate) struct CompiledTerm {
    /// The term's own spellings: its text and its synonyms.
    pub spellings: Vec<String>,
    /// The synonym groups (indexes in the rules' list) with a member spelled like its text: their
    /// members are spellings of the term too.
    pub groups: Vec<usize>,
    pub mode: FoldMode,
    pub accuracy: Accuracy,
    pub category: CategoryId,
}

/// A term that a hit stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Target {
    term: usize,
    category: CategoryId,
}

/// What a hit of one automaton pattern means: a term that spells it, or every term of a synonym
/// group it is a member of (listed once per group, however many terms share the group).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Meaning {
    Term(Target),
    /// The index of the group in [`ModeMatcher::group_terms`].
    Group(usize),
}

/// The automaton of the terms of one folding mode and accuracy.
#[derive(Debug)]
struct ModeMatcher {
    mode: FoldMode,
    accuracy: Accuracy,
    /// A contiguous NFA, walked anchored from word starts or, for partial-word terms, searched
    /// with overlapping matches. (A DFA, linked beside the NFA that large term lists need, would
    /// add 4.3 kB gzip of wasm.)
    automaton: NFA,
    /// For each automaton pattern, what it stands for.
    meanings: Vec<Vec<Meaning>>,
    /// The terms of each synonym group that some term of this mode and accuracy is in.
    group_terms: Vec<Vec<Target>>,
    /// For each byte of the text, whether a walk from it may find a spelling: an ASCII character
    /// that folds to the first byte of one, or the first byte of another character.
    may_start: [bool; 256],
}

/// All terms, compiled.
#[derive(Debug, Default)]
pub(crate) struct TermMatcher {
    matchers: Vec<ModeMatcher>,
}

/// A hit before grapheme snapping: where, which term, which category.
pub(crate) type RawMatch = (Span, Rule, CategoryId);

impl TermMatcher {
    /// Compiles `terms`, whose groups index `synonyms`.
    pub fn new(terms: &[CompiledTerm], synonyms: &[Vec<String>]) -> Result<TermMatcher> {
        let mut builders: Vec<ModeBuilder> = Vec::new();
        for (index, term) in terms.iter().enumerate() {
            let slot = match builders.iter().position(|b| b.mode == term.mode && b.accuracy == term.accuracy) {
                Some(slot) => slot,
                None => {
                    builders.push(ModeBuilder {
                        mode: term.mode,
                        accuracy: term.accuracy,
                        ids: HashMap::new(),
                        meanings: Vec::new(),
                        groups: HashMap::new(),
                        group_terms: Vec::new(),
                    });
                    builders.len() - 1
                }
            };
            let builder = &mut builders[slot];
            let target = Target { term: index, category: term.category };
            for spelling in &term.spellings {
                builder.add(spelling, Meaning::Term(target))?;
            }
            for &group in &term.groups {
                builder.add_to_group(group, &synonyms[group], target)?;
            }
        }
        let matchers = builders.into_iter().map(ModeBuilder::build).collect::<Result<_>>()?;
        Ok(TermMatcher { matchers })
    }

    /// Every term hit in `text`, in no particular order.
    pub fn find(&self, text: &str, out: &mut Vec<RawMatch>) {
        if self.matchers.is_empty() || text.is_empty() {
            return;
        }
        let boundaries = WordBoundaries::new(text);
        // Partial-word automata search a folded copy of the text, one per mode.
        let mut folded_texts: Vec<(FoldMode, Folded)> = Vec::new();
        let mut hits: Vec<(Span, PatternID)> = Vec::new();
        for matcher in &self.matchers {
            hits.clear();
            if matcher.accuracy == Accuracy::Partial || !for_each_at_word_starts(matcher, text, &mut hits) {
                hits.clear();
                let index = match folded_texts.iter().position(|(mode, _)| *mode == matcher.mode) {
                    Some(index) => index,
                    None => {
                        folded_texts.push((matcher.mode, Folded::new(text, matcher.mode)));
                        folded_texts.len() - 1
                    }
                };
                let folded = &folded_texts[index].1;
                for_each_overlapping(&matcher.automaton, folded.text(), |hit| {
                    let span = Span::new(folded.original_start(hit.start()), folded.original_end(hit.end()));
                    hits.push((span, hit.pattern()));
                });
            }
            keep_on_graphemes(text, matcher.mode, &mut hits);
            for &(span, pattern) in &hits {
                if accurate(span, matcher.accuracy, &boundaries) {
                    for meaning in &matcher.meanings[pattern.as_usize()] {
                        let targets = match meaning {
                            Meaning::Term(target) => std::slice::from_ref(target),
                            Meaning::Group(group) => &matcher.group_terms[*group],
                        };
                        out.extend(targets.iter().map(|target| (span, Rule::Term(target.term), target.category)));
                    }
                }
            }
        }
    }
}

/// Keeps the hits that start on a grapheme boundary and end on one, or before characters that
/// fold to nothing up to one (the accents after `resume` in `re\u{301}sume\u{301}`, when
/// diacritics are ignored), which the hit is widened over. So `🇸🇺` is not found inside `🇺🇸🇺🇸`,
/// nor `👩` inside a family emoji. The starts, then the ends, are taken in [`cluster_order`].
fn keep_on_graphemes(text: &str, mode: FoldMode, hits: &mut Vec<(Span, PatternID)>) {
    let mut keep = vec![true; hits.len()];
    let mut clusters = Clusters::new(text);
    for index in cluster_order(text, hits.len(), |i| hits[i].0.start) {
        keep[index] = clusters.is_boundary(hits[index].0.start);
    }
    let mut clusters = Clusters::new(text);
    let mut scratch = String::new();
    // The last end decided, and where it was widened to (None: the hit is dropped).
    let mut last: Option<(usize, Option<usize>)> = None;
    for index in cluster_order(text, hits.len(), |i| hits[i].0.end) {
        let end = hits[index].0.end;
        if !keep[index] {
            continue;
        }
        let widened = match last {
            Some((decided, widened)) if decided == end => widened,
            _ => {
                let cluster = clusters.around(end);
                let widened = (cluster.is_empty() || folds_to_nothing(text, end, cluster.end, mode, &mut scratch))
                    .then_some(cluster.end.max(end));
                last = Some((end, widened));
                widened
            }
        };
        match widened {
            Some(widened) => hits[index].0.end = widened,
            None => keep[index] = false,
        }
    }
    let mut kept = keep.into_iter();
    hits.retain(|_| kept.next().unwrap_or(false));
}

/// Whether `text[start..end]` folds to nothing in `mode`.
fn folds_to_nothing(text: &str, start: usize, end: usize, mode: FoldMode, scratch: &mut String) -> bool {
    scratch.clear();
    let mut pos = start;
    while pos < end && scratch.is_empty() {
        pos = fold_unit(text, pos, mode, scratch);
    }
    scratch.is_empty()
}

/// Calls `hit` with every match of `automaton` in `haystack`, overlapping ones included.
fn for_each_overlapping(automaton: &NFA, haystack: &str, hit: impl FnMut(Match)) {
    // Overlapping search fails only for anchored inputs or other match kinds: neither here.
    if let Ok(hits) = automaton.try_find_overlapping_iter(Input::new(haystack)) {
        hits.for_each(hit);
    }
}

/// How many bytes per byte of text the walks from word starts may read before the search falls
/// back to one pass over a folded copy: walks read little past each start, except where the text
/// repeats a long prefix of a spelling (`a a a …` for the phrase `a a … a b`).
const WALK_BUDGET_PER_BYTE: usize = 4;

/// Collects the span and pattern of every match of the word-start automaton of `matcher` in
/// `text`: those starting at any character except inside a run of ASCII letters, digits and `_`,
/// where UAX #29 never puts a boundary. The automaton reads the text folded as it goes (see
/// [`Walk`]), so no folded copy is made. Returns false, having collected only some, once the walks
/// have read more than [`WALK_BUDGET_PER_BYTE`] times the text.
fn for_each_at_word_starts(matcher: &ModeMatcher, text: &str, hits: &mut Vec<(Span, PatternID)>) -> bool {
    let automaton = &matcher.automaton;
    let Ok(root) = automaton.start_state(Anchored::Yes) else {
        return true;
    };
    let mut budget = text.len().saturating_mul(WALK_BUDGET_PER_BYTE).saturating_add(1 << 12);
    let bytes = text.as_bytes();
    // Whole words cannot end inside a run of ASCII word characters either.
    let may_end = |end: usize| {
        matcher.accuracy != Accuracy::Whole
            || !(is_ascii_word_byte(bytes[end - 1]) && bytes.get(end).copied().is_some_and(is_ascii_word_byte))
    };
    let mut walk = Walk { matcher, text, root, scratch: String::new() };
    let mut start = 0;
    while let Some(&byte) = bytes.get(start) {
        if matcher.may_start[usize::from(byte)] {
            let read = walk.from(start, &may_end, hits);
            match budget.checked_sub(read) {
                Some(left) => budget = left,
                None => return false,
            }
        }
        start += 1;
        if is_ascii_word_byte(byte) {
            while bytes.get(start).copied().is_some_and(is_ascii_word_byte) {
                start += 1;
            }
        }
    }
    true
}

/// Anchored walks of one word-start automaton over a text, folded as they read it: the same
/// bytes as [`Folded`] from a unit start on, without building a folded copy.
struct Walk<'a> {
    matcher: &'a ModeMatcher,
    text: &'a str,
    root: StateID,
    /// The folding of the current non-ASCII unit.
    scratch: String,
}

impl Walk<'_> {
    /// Collects every spelling that starts at the unit at `start` and ends where `may_end` allows;
    /// returns how many bytes of the text it read. A match never starts at a unit that folds to
    /// nothing (a joiner, a stripped mark): it starts at the next one.
    fn from(&mut self, start: usize, may_end: &impl Fn(usize) -> bool, hits: &mut Vec<(Span, PatternID)>) -> usize {
        let (automaton, mode) = (&self.matcher.automaton, self.matcher.mode);
        let bytes = self.text.as_bytes();
        let (mut state, mut walked, mut pos) = (self.root, 0, start);
        while let Some(&byte) = bytes.get(pos) {
            let ascii;
            let (end, folded) = if byte.is_ascii_graphic() {
                ascii = [fold_ascii(byte, mode)];
                (pos + 1, &ascii[..])
            } else if self.is_space(pos) && self.dead_after(state, b' ') {
                // Whitespace folds to one space, and most walks end at the space after a word:
                // no need to fold the run to learn that no phrase goes on.
                return pos - start;
            } else {
                self.scratch.clear();
                let end = fold_unit(self.text, pos, mode, &mut self.scratch);
                (end, self.scratch.as_bytes())
            };
            if pos == start && folded.is_empty() {
                return end - start;
            }
            for &folded_byte in folded {
                state = automaton.next_state(Anchored::Yes, state, folded_byte);
                walked += 1;
                if automaton.is_dead(state) {
                    return end - start;
                }
                if automaton.is_match(state) && may_end(end) {
                    // A state also lists the spellings that end there but start later (its suffixes).
                    for index in 0..automaton.match_len(state) {
                        let pattern = automaton.match_pattern(state, index);
                        if automaton.pattern_len(pattern) == walked {
                            hits.push((Span::new(start, end), pattern));
                        }
                    }
                }
            }
            pos = end;
        }
        pos - start
    }

    /// Whether the character at `pos` folds into a space: whitespace but the paragraph separator.
    fn is_space(&self, pos: usize) -> bool {
        match self.text.as_bytes()[pos] {
            byte if byte.is_ascii() => char::from(byte).is_whitespace(),
            _ => self.text[pos..].chars().next().is_some_and(|c| c.is_whitespace() && c != PARAGRAPH_SEPARATOR),
        }
    }

    /// Whether no spelling goes on from `state` with `byte`.
    fn dead_after(&self, state: StateID, byte: u8) -> bool {
        let automaton = &self.matcher.automaton;
        automaton.is_dead(automaton.next_state(Anchored::Yes, state, byte))
    }
}

/// The first folded byte of a unit that starts with the ASCII character `byte`.
fn fold_ascii(byte: u8, mode: FoldMode) -> u8 {
    if char::from(byte).is_whitespace() {
        b' '
    } else if mode.fold_case {
        byte.to_ascii_lowercase()
    } else {
        byte
    }
}

/// The spellings of one folding mode and accuracy, gathered before their automaton is built.
struct ModeBuilder {
    mode: FoldMode,
    accuracy: Accuracy,
    /// Each folded spelling and its pattern id.
    ids: HashMap<String, usize>,
    /// For each pattern id, what it stands for.
    meanings: Vec<Vec<Meaning>>,
    /// The synonym groups added so far (index in the rules → index in `group_terms`).
    groups: HashMap<usize, usize>,
    group_terms: Vec<Vec<Target>>,
}

impl ModeBuilder {
    /// Adds one spelling meaning `meaning`. Terms come in order, so a term that spells a
    /// pattern twice is the last meaning listed.
    fn add(&mut self, spelling: &str, meaning: Meaning) -> Result<()> {
        let folded = Folded::new(spelling, self.mode).text().trim_matches(' ').to_owned();
        if folded.is_empty() {
            return Err(Error::new(ErrorKind::InvalidPattern, format!("term {spelling:?} is empty once folded")));
        }
        let next_id = self.ids.len();
        let id = *self.ids.entry(folded).or_insert(next_id);
        if id == self.meanings.len() {
            self.meanings.push(Vec::new());
        }
        if self.meanings[id].last() != Some(&meaning) {
            self.meanings[id].push(meaning);
        }
        Ok(())
    }

    /// Adds the term of `target` to the synonym group `group` of `members`, and the members as
    /// spellings the first time the group is seen.
    fn add_to_group(&mut self, group: usize, members: &[String], target: Target) -> Result<()> {
        let index = match self.groups.get(&group) {
            Some(&index) => index,
            None => {
                let index = self.group_terms.len();
                self.groups.insert(group, index);
                self.group_terms.push(Vec::new());
                for member in members {
                    self.add(member, Meaning::Group(index))?;
                }
                index
            }
        };
        if self.group_terms[index].last() != Some(&target) {
            self.group_terms[index].push(target);
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
        let may_start = std::array::from_fn(|byte| match byte {
            0..0x80 => first_bytes[usize::from(fold_ascii(byte as u8, self.mode))],
            0x80..0xC0 => false, // inside a character
            _ => true,
        });
        let automaton = NFA::builder().match_kind(MatchKind::Standard).build(&patterns).map_err(|error| {
            Error::new(ErrorKind::InvalidPattern, format!("cannot compile {} terms: {error}", patterns.len()))
        })?;
        Ok(ModeMatcher {
            mode: self.mode,
            accuracy: self.accuracy,
            automaton,
            may_start,
            meanings: self.meanings,
            group_terms: self.group_terms,
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

/// Whether a whole word may end at `end`: a word boundary, or a possessive ending at one, either
/// perhaps after invisible format characters.
fn ends_word(end: usize, boundaries: &WordBoundaries) -> bool {
    let rest = &boundaries.text[end..];
    let end = end + (rest.len() - rest.trim_start_matches(is_invisible_format).len());
    boundaries.contains(end)
        || ["'s", "’s"].iter().any(|possessive| {
            boundaries.text[end..].starts_with(possessive) && boundaries.contains(end + possessive.len())
        })
}

/// Whether `c` is an invisible format character that UAX #29 attaches to the word before it
/// (`WeChat` + U+200F is one word segment), so that a whole word still ends before it: the bidi
/// marks, embeddings and isolates that right-to-left text puts around names and numbers, and the
/// joiners matching ignores ([`is_ignorable`]).
pub(crate) fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{61C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || is_ignorable(c)
}

/// How far before an offset [`WordBoundaries`] looks for a place to start segmenting.
const RESTART_WINDOW: usize = 256;

/// The word boundaries of a text, asked about one offset at a time: UAX #29's, and the
/// dictionary's inside Chinese, Japanese, Thai, … (the [stretches](crate::dictionary::stretches)
/// that `split(text, "word")` cuts with a dictionary), so that a whole-word `北京` is found in
/// `北京大学` (`北京` `大学`) but `京大` is not.
///
/// Most are decided from the ASCII bytes around them. An offset beside a character of those
/// scripts asks the dictionary's segments of the text's stretches, cut once when first needed;
/// when no dictionary is available, UAX #29's boundaries stand there too (one per ideograph).
/// The others are segmented from a boundary the ASCII rules are sure of, at most
/// [`RESTART_WINDOW`] bytes back; where there is none (a long stretch of other scripts), the
/// whole text is segmented once and its boundaries kept as a bit per byte offset.
#[derive(Debug)]
pub(crate) struct WordBoundaries<'t> {
    text: &'t str,
    segmented: OnceCell<Vec<u64>>,
    /// The dictionary's segments of the stretches (empty without a dictionary).
    dictionary: OnceCell<Vec<Word>>,
}

impl<'t> WordBoundaries<'t> {
    /// The boundaries of `text` (its start and end included).
    pub fn new(text: &'t str) -> WordBoundaries<'t> {
        WordBoundaries { text, segmented: OnceCell::new(), dictionary: OnceCell::new() }
    }

    /// Whether `offset` is a word boundary.
    pub fn contains(&self, offset: usize) -> bool {
        let bytes = self.text.as_bytes();
        ascii_word_boundary(bytes, offset).or_else(|| self.dictionary_boundary(offset)).unwrap_or_else(|| {
            match self.restart_before(offset) {
                Some(restart) => {
                    let first_end_from_offset = crate::split::words(&self.text[restart..])
                        .map(|word| restart + word.span.end)
                        .find(|&end| end >= offset);
                    first_end_from_offset == Some(offset)
                }
                None => self.segmented().get(offset / 64).is_some_and(|bits| bits & (1 << (offset % 64)) != 0),
            }
        })
    }

    /// Whether the dictionary puts a word boundary at `offset`, when `offset` is beside a character
    /// that needs one and lies in a stretch it cut (`None` otherwise).
    fn dictionary_boundary(&self, offset: usize) -> Option<bool> {
        let before = self.text[..offset].chars().next_back();
        let after = self.text[offset..].chars().next();
        if !before.into_iter().chain(after).any(dictionary::needs_dictionary) {
            return None;
        }
        let segments = self.dictionary.get_or_init(|| dictionary::stretch_segments(self.text).unwrap_or_default());
        let segment = &segments[segments.partition_point(|s| s.span.start <= offset).checked_sub(1)?];
        (offset <= segment.span.end).then_some(offset == segment.span.start || offset == segment.span.end)
    }

    /// A boundary shortly before `offset` that the ASCII rules are sure of, where segmenting may
    /// start over (no UAX #29 rule joins across a boundary).
    fn restart_before(&self, offset: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        (offset.saturating_sub(RESTART_WINDOW)..offset).rev().find(|&at| ascii_word_boundary(bytes, at) == Some(true))
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
