//! Word frequencies: the vocabulary of a text, its most frequent words, bigrams and trigrams.
//!
//! Words are compared after Unicode case folding (`Apple`, `APPLE` and `apple` are one word; so
//! are `STRASSE` and `straße`), without copying them: the vocabulary is keyed by
//! `UniCase<&str>` slices of the text, and a word is only lower-cased when it is shown.
//! Bigrams and trigrams never cross a sentence boundary.
//!
//! With the stop-word filter on (the default), the top words leave out the stop words of the
//! text's language ([`stop_words`](super::stop_words)) and the caller's extra ones, and n-grams
//! that start or end with a stop word are left out (`"of the"` goes, `"bill of rights"` stays).
//! Words without a letter (numbers) are never listed as top words, nor a stop word with an
//! English clitic (`it's`, `don't`) or after a French or Italian elision (`qu'il`). Words are listed in lower case, except words always written in capitals (`NATO`, `U.S.`),
//! which are listed as written; an initialism keeps its final period. Ties keep the order of first appearance.
//! Keyword density is `count × words in the term / words in the text × 100`.

use super::fxhash::{FxMap, FxSet};
use super::wordlists::{with_lowercase, StopWords};
use crate::Lang;
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use unicase::UniCase;

/// How often a word or phrase occurs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TermCount {
    /// The word or phrase, lower case (words separated by one space).
    pub text: String,
    /// How many times it occurs.
    pub count: usize,
    /// Keyword density in percent: the share of the text's words that are this term.
    pub density: f64,
}

/// The most frequent words and phrases of a text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Frequencies {
    /// The most frequent words.
    pub words: Vec<TermCount>,
    /// The most frequent pairs of consecutive words.
    pub bigrams: Vec<TermCount>,
    /// The most frequent triples of consecutive words.
    pub trigrams: Vec<TermCount>,
    /// The text has Chinese, Japanese, Thai, Lao, Khmer or Burmese and no dictionary was
    /// available, so those scripts are listed one term per Han or kana character and per run of
    /// Thai, … letters: in JavaScript, `await loadDictionaries()` and count again.
    #[serde(rename = "needsDictionary")]
    pub needs_dictionary: bool,
}

impl Filter {
    fn excludes(&self, lower: &str) -> bool {
        self.stop_words.contains(lower) || self.extra.contains(lower)
    }
}

/// One distinct (case-folded) word.
struct Entry<'t> {
    /// The word as it first appeared.
    first: &'t str,
    count: usize,
    /// A stop word, or a word without letters: never a top word or an n-gram's end.
    excluded: bool,
    /// Written in capitals every time so far.
    in_capitals: bool,
}

impl Entry<'_> {
    /// How the word is listed: lower case, or as first written if it is always in capitals.
    fn shown(&self) -> String {
        if self.in_capitals {
            self.first.to_owned()
        } else {
            self.first.to_lowercase()
        }
    }
}

/// The vocabulary of a text, built one word at a time.
pub(crate) struct Vocabulary<'t> {
    ids: FxMap<UniCase<&'t str>, u32>,
    entries: Vec<Entry<'t>>,
    /// Counting n-grams costs two more hash maps; off when frequencies are not wanted.
    ngrams: Option<NGrams>,
    filter: Option<Filter>,
}

/// The words the top lists leave out: the language's stop words and the caller's.
struct Filter {
    stop_words: StopWords,
    extra: FxSet<String>,
}

#[derive(Default)]
struct NGrams {
    bigrams: FxMap<[u32; 2], usize>,
    trigrams: FxMap<[u32; 3], usize>,
    /// The ids of the last two words of the current sentence.
    window: [Option<u32>; 2],
}

impl<'t> Vocabulary<'t> {
    /// A vocabulary that also counts n-grams when `ngrams` is set, and excludes stop words (those
    /// of `lang` and `extra_stop_words`) from the top lists when `stop_words` is set.
    pub(crate) fn new(ngrams: bool, stop_words: bool, extra_stop_words: &[String], lang: Lang) -> Self {
        Vocabulary {
            ids: FxMap::default(),
            entries: Vec::new(),
            ngrams: ngrams.then(NGrams::default),
            filter: stop_words.then(|| Filter {
                stop_words: StopWords::of(lang),
                extra: extra_stop_words.iter().map(|word| with_lowercase(word, str::to_owned)).collect(),
            }),
        }
    }

    /// Adds one occurrence of `word`; returns its id, the number of distinct words before its
    /// first occurrence.
    pub(crate) fn add(&mut self, word: &'t str) -> u32 {
        let next_id = self.entries.len() as u32;
        let id = *self.ids.entry(UniCase::new(word)).or_insert(next_id);
        if id == next_id {
            let excluded = !word.chars().any(char::is_alphabetic)
                || self.filter.as_ref().is_some_and(|filter| with_lowercase(word, |lower| filter.excludes(lower)));
            self.entries.push(Entry { first: word, count: 0, excluded, in_capitals: true });
        }
        let entry = &mut self.entries[id as usize];
        entry.count += 1;
        entry.in_capitals = entry.in_capitals && in_capitals(word);
        if let Some(ngrams) = self.ngrams.as_mut() {
            // With the filter on, an n-gram that starts or ends with an excluded word is never
            // listed, so it is not counted either: most n-grams of prose have a stop word at an end.
            let (entries, filtered) = (&self.entries, self.filter.is_some());
            ngrams.push(id, |id| filtered && entries[id as usize].excluded);
        }
        id
    }

    /// Marks the end of a sentence: no n-gram spans it.
    pub(crate) fn end_sentence(&mut self) {
        if let Some(ngrams) = self.ngrams.as_mut() {
            ngrams.window = [None, None];
        }
    }

    /// How many distinct words there are.
    pub(crate) fn unique_words(&self) -> usize {
        self.entries.len()
    }

    /// The `top` most frequent words, bigrams and trigrams, with densities over `total_words`.
    pub(crate) fn frequencies(&self, top: usize, total_words: usize) -> Frequencies {
        let total = total_words.max(1) as f64;
        let term = |ids: &[u32], count: usize| TermCount {
            text: ids.iter().map(|&id| self.entries[id as usize].shown()).collect::<Vec<_>>().join(" "),
            count,
            density: count as f64 * ids.len() as f64 / total * 100.0,
        };
        let words = top_n(
            self.entries.iter().enumerate().filter(|(_, e)| !e.excluded).map(|(id, e)| ([id as u32], e.count)),
            top,
        );
        let Some(ngrams) = self.ngrams.as_ref() else {
            return Frequencies {
                words: words.iter().map(|(ids, n)| term(ids, *n)).collect(),
                ..Frequencies::default()
            };
        };
        let kept = |ids: &[u32]| {
            let ends = [ids[0], ids[ids.len() - 1]];
            self.filter.is_none() || ends.iter().all(|&id| !self.entries[id as usize].excluded)
        };
        let bigrams = top_n(ngrams.bigrams.iter().filter(|(ids, _)| kept(&ids[..])).map(|(ids, &n)| (*ids, n)), top);
        let trigrams = top_n(ngrams.trigrams.iter().filter(|(ids, _)| kept(&ids[..])).map(|(ids, &n)| (*ids, n)), top);
        Frequencies {
            words: words.iter().map(|(ids, n)| term(ids, *n)).collect(),
            bigrams: bigrams.iter().map(|(ids, n)| term(ids, *n)).collect(),
            trigrams: trigrams.iter().map(|(ids, n)| term(ids, *n)).collect(),
            ..Frequencies::default()
        }
    }
}

/// Whether a word is written in capitals: two letters or more, all upper case (`NATO`, `U.S.`).
fn in_capitals(word: &str) -> bool {
    let letters = || word.chars().filter(|c| c.is_alphabetic());
    letters().nth(1).is_some() && letters().all(char::is_uppercase)
}

impl NGrams {
    /// Counts the n-grams that end with `id`, except those with an end that `unlisted`.
    fn push(&mut self, id: u32, unlisted: impl Fn(u32) -> bool) {
        if let (false, [_, Some(last)]) = (unlisted(id), self.window) {
            if !unlisted(last) {
                *self.bigrams.entry([last, id]).or_default() += 1;
            }
            if let [Some(first), _] = self.window {
                if !unlisted(first) {
                    *self.trigrams.entry([first, last, id]).or_default() += 1;
                }
            }
        }
        self.window = [self.window[1], Some(id)];
    }
}

/// The `n` items with the highest counts; ties go to the smaller ids (earlier first
/// appearance, since ids are given in order of appearance).
///
/// Words, bigrams and trigrams are all ranked as trigrams (ids padded with zeros, which keeps
/// their order), so the ranking is compiled once, not per `N`.
fn top_n<const N: usize>(items: impl Iterator<Item = ([u32; N], usize)>, n: usize) -> Vec<([u32; N], usize)> {
    let mut padded = items.map(|(ids, count)| {
        let mut key = [0; 3];
        key[..N].copy_from_slice(&ids);
        (key, count)
    });
    top_trigrams(&mut padded, n).into_iter().map(|(key, count)| (std::array::from_fn(|i| key[i]), count)).collect()
}

/// [`top_n`] of padded keys, best first: the one instance of the ranking.
///
/// A heap keeps the best `n` seen so far with the weakest of them on top, so most items are
/// turned away by one comparison, and nothing is collected beyond those `n`.
fn top_trigrams(items: &mut dyn Iterator<Item = ([u32; 3], usize)>, n: usize) -> Vec<([u32; 3], usize)> {
    let mut best = BinaryHeap::new();
    for item in items.map(Ranked) {
        if best.len() < n {
            best.push(item);
        } else if let Some(mut weakest) = best.peek_mut() {
            if item < *weakest {
                *weakest = item;
            }
        }
    }
    best.into_sorted_vec().into_iter().map(|Ranked(item)| item).collect()
}

/// An item ordered from best to worst: the higher count first, then the smaller ids (ids are
/// distinct, so no two items are equal).
#[derive(PartialEq, Eq)]
struct Ranked(([u32; 3], usize));

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        let (Ranked((ids, count)), Ranked((other_ids, other_count))) = (self, other);
        other_count.cmp(count).then_with(|| ids.cmp(other_ids))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary<'t>(sentences: &[&[&'t str]], stop_words: bool, extra: &[String]) -> Vocabulary<'t> {
        let mut vocabulary = Vocabulary::new(true, stop_words, extra, Lang::ENGLISH);
        for sentence in sentences {
            sentence.iter().for_each(|word| {
                vocabulary.add(word);
            });
            vocabulary.end_sentence();
        }
        vocabulary
    }

    fn texts(terms: &[TermCount]) -> Vec<(&str, usize)> {
        terms.iter().map(|t| (t.text.as_str(), t.count)).collect()
    }

    #[test]
    fn case_folded_counts_with_stop_words_left_out() {
        let v = vocabulary(
            &[&["The", "Charter", "of", "Rights"], &["the", "charter", "STRASSE", "Straße", "42"]],
            true,
            &[],
        );
        assert_eq!(v.unique_words(), 6); // the charter of rights strasse 42
        let f = v.frequencies(3, 9);
        assert_eq!(texts(&f.words), [("charter", 2), ("strasse", 2), ("rights", 1)]);
        assert!((f.words[0].density - 2.0 / 9.0 * 100.0).abs() < 1e-9);
        // "the charter" starts with a stop word, "strasse 42" ends with a number, and no n-gram
        // crosses the sentence boundary ("rights the").
        assert_eq!(texts(&f.bigrams), [("charter strasse", 1), ("strasse strasse", 1)]);
        assert_eq!(texts(&f.trigrams), [("charter of rights", 1), ("charter strasse strasse", 1)]);
        assert!((f.trigrams[0].density - 3.0 / 9.0 * 100.0).abs() < 1e-9);
    }

    #[test]
    fn without_the_filter_everything_counts() {
        let v = vocabulary(&[&["to", "be", "or", "not", "to", "be"]], false, &[]);
        let f = v.frequencies(2, 6);
        assert_eq!(texts(&f.words), [("to", 2), ("be", 2)]);
        assert_eq!(texts(&f.bigrams), [("to be", 2), ("be or", 1)]);
    }

    #[test]
    fn extra_stop_words_are_case_folded() {
        let v = vocabulary(&[&["Textlens", "counts", "textlens", "words", "counts"]], true, &["TEXTLENS".to_owned()]);
        assert_eq!(texts(&v.frequencies(5, 5).words), [("counts", 2), ("words", 1)]);
    }

    // proptest is a native-only dev-dependency; the wasm test build compiles these tests too.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The heap's ranking is the first `n` of a full sort by count (higher first), then ids.
        #[test]
        fn top_trigrams_is_the_head_of_a_full_sort(
            counts in proptest::collection::vec(0usize..6, 0..60),
            n in 0usize..70,
        ) {
            // Distinct keys, as ids are; few distinct counts, so ties are common.
            let items: Vec<([u32; 3], usize)> =
                counts.iter().enumerate().map(|(i, &count)| ([i as u32 % 7, i as u32, 0], count)).collect();
            let mut sorted = items.clone();
            sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            sorted.truncate(n);
            proptest::prop_assert_eq!(top_trigrams(&mut items.into_iter(), n), sorted);
        }
    }
}
