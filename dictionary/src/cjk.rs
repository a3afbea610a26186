//! Chinese and Japanese words: the cheapest path through the dictionary's word costs.
//!
//! ICU's CJ dictionary gives each word a cost (lower is likelier). A run of Han and kana is cut
//! where the sum of its words' costs is least (a Viterbi search, as ICU4C's `CjkBreakEngine`
//! does; ICU4X instead takes the longest word at each step). Characters the dictionary does not
//! know cost [`UNKNOWN_COST`] each, and a run of katakana, which is mostly loanwords and names the
//! dictionary lacks, may also be taken whole at a cost that depends on its length
//! ([`katakana_cost`], ICU4C's table).
//!
//! The search looks at most [`MAX_WORD`] characters ahead of each position, so it is linear in the
//! length of the run.
//!
//! Rules then correct what the dictionary does against the UD gold data (Chinese GSD, and
//! Japanese GSD's short unit words, which is what `Intl.Segmenter` is scored on too):
//!
//! - **Numerals are one word.** A run of two or more Chinese numerals (`三百五十万`) is one word:
//!   the dictionary knows some numbers but not every combination (`三百五|十万元`).
//! - **た and て end a verb form on their own.** The past and connective endings are separate short
//!   units (`だっ|た`, `使わ|れ|た`, `し|て`), but the dictionary has many forms with them
//!   attached (`だった`): a word of two or more hiragana that ends in た or て is cut before it.
//! - **Stacked particles are two words.** A case particle followed by は, も or の (`では`,
//!   `には`, `との`, `からの`) is cut before the last: the dictionary lists such pairs as words.
//! - **Chinese 的, 了 and 着 are words of their own.** The structural and aspect particles are
//!   separate tokens, but the dictionary has words with them attached (`性的`, `走了`):
//!   in a run without kana, a word of two or more characters that ends in one is cut before it.
//!
//! - **Small kana and ー never begin a word.** `っ`, `ゃ`, `ー` and the like continue the word
//!   before them (`使|っ|た` is `使っ|た`).
//!
//! The rules for た, て and particles apply to runs with kana, the one for 的, 了 and 着 to runs
//! without.

use icu_collections::char16trie::{Char16Trie, Char16TrieCursor};
use icu_provider::prelude::*;
use icu_segmenter::provider::{Baked, DictionaryBreakData, SegmenterDictionaryAutoV2};
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

/// The longest dictionary word looked for, in characters.
const MAX_WORD: usize = 20;
/// The cost of one character the dictionary has no word for.
const UNKNOWN_COST: u32 = 255;

/// Whether `c` is Han or kana: the characters the CJ dictionary segments.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}' // CJK radicals, Kangxi radicals
        | '\u{3005}' | '\u{3007}' | '\u{3021}'..='\u{3029}' | '\u{3038}'..='\u{303B}' // 々 〇 Suzhou numerals
        | '\u{3041}'..='\u{309F}' // Hiragana
        | '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' // Katakana, ー
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Whether `c`, of a run, joins the character before it in the word-break rules (Word_Break =
/// Extend): the combining and half-width voiced sound marks.
pub(crate) fn joins_previous(c: char) -> bool {
    matches!(c, '\u{3099}' | '\u{309A}' | '\u{FF9E}' | '\u{FF9F}')
}

/// ICU4C's katakana test: the katakana letters and marks except the middle dot.
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FE}' | '\u{FF66}'..='\u{FF9F}')
}

/// The cost of taking a run of `len` katakana as one word (ICU4C's table: cheapest at four).
fn katakana_cost(len: usize) -> u32 {
    const COSTS: [u32; 9] = [8192, 984, 408, 240, 204, 252, 300, 372, 480];
    COSTS.get(len).copied().unwrap_or(8192)
}

/// Whether a word may end before `c`: not before a combining voicing mark.
fn may_break_before(c: char) -> bool {
    !matches!(c, '\u{3099}' | '\u{309A}')
}

/// A maximal run of Han and kana.
pub(crate) struct Run {
    pub bytes: Range<usize>,
    /// Its characters, and how many of them join the one before ([`joins_previous`]).
    pub chars: usize,
    pub marks: usize,
}

/// The maximal runs of Han and kana in `text`.
pub(crate) fn runs(text: &str) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut current: Option<Run> = None;
    for (i, c) in text.char_indices() {
        match (is_cjk(c), &mut current) {
            (true, Some(run)) => {
                run.chars += 1;
                run.marks += usize::from(joins_previous(c));
            }
            (true, None) => current = Some(Run { bytes: i..i, chars: 1, marks: usize::from(joins_previous(c)) }),
            (false, Some(_)) => runs.extend(current.take().map(|run| Run { bytes: run.bytes.start..i, ..run })),
            (false, None) => {}
        }
    }
    runs.extend(current.map(|run| Run { bytes: run.bytes.start..text.len(), ..run }));
    runs
}

/// The dictionary, from ICU4X's compiled data (looked up once: a lookup searches the data's
/// index, which cost as much as a short run's words).
fn dictionary() -> &'static DictionaryBreakData<'static> {
    static DICTIONARY: OnceLock<&'static DictionaryBreakData<'static>> = OnceLock::new();
    DICTIONARY.get_or_init(|| {
        static ATTRIBUTES: &DataMarkerAttributes = DataMarkerAttributes::from_str_or_panic("cjdict");
        let request =
            DataRequest { id: DataIdentifierBorrowed::for_marker_attributes(ATTRIBUTES), ..Default::default() };
        let response: DataResponse<SegmenterDictionaryAutoV2> =
            Baked.load(request).expect("ICU4X's compiled data has the CJ dictionary");
        response.payload.get_static().expect("compiled data is static")
    })
}

/// The dictionary words that start at `chars[0]`, as (length in characters, cost).
fn words_at(
    dictionary: &'static DictionaryBreakData<'static>,
    first_steps: &mut FirstSteps,
    chars: &[char],
    out: &mut Vec<(usize, u32)>,
) {
    out.clear();
    let ahead = &chars[..chars.len().min(MAX_WORD)];
    match dictionary {
        DictionaryBreakData::Char16Trie(trie) => {
            let Some(mut cursor) = ahead.first().and_then(|&c| after_first(first_steps, trie, c)) else { return };
            for (i, &c) in ahead.iter().enumerate() {
                if i > 0 {
                    cursor.step32(c.into());
                }
                if let Some(cost) = cursor.value() {
                    out.push((i + 1, u32::try_from(cost).unwrap_or(UNKNOWN_COST)));
                }
                if cursor.is_empty() {
                    break;
                }
            }
        }
        DictionaryBreakData::ZeroTrie { alphabet, trie } => {
            let mut cursor = trie.cursor();
            for (i, &c) in ahead.iter().enumerate() {
                let Some(index) = alphabet.position32(c.into()) else { break };
                cursor.step(index as u8);
                if let Some(cost) = cursor.take_value() {
                    out.push((i + 1, u32::try_from(cost).unwrap_or(UNKNOWN_COST)));
                }
                if cursor.is_empty() {
                    break;
                }
            }
        }
    }
}

/// The most characters [`after_first`] remembers; past it, it starts again (about 3 MB at most).
const MAX_REMEMBERED: usize = 1 << 16;

/// The trie's cursor after each character met (None: no word begins with it).
type FirstSteps = HashMap<char, Option<Char16TrieCursor<'static>>, BuildHasherDefault<CharHasher>>;

/// What one thread keeps from run to run: the first steps, and the search's buffers.
#[derive(Default)]
struct Memory {
    first_steps: FirstSteps,
    chars: Vec<char>,
    /// best[i]: the least cost of cutting chars[..i]; from[i]: where its last word starts.
    best: Vec<u32>,
    from: Vec<usize>,
    words: Vec<(usize, u32)>,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::default();
}

/// The longest run, in characters, whose buffers [`Memory`] keeps for the next one: a longer run
/// (a megabyte of one ideograph) lets them go, so that one text does not hold its memory for good.
const MAX_KEPT: usize = 1 << 16;

impl Memory {
    fn let_go_of_long_buffers(&mut self) {
        if self.chars.capacity() > MAX_KEPT {
            (self.chars, self.best, self.from) = Default::default();
        }
    }
}

/// The trie's cursor after the character `c` (None: no word begins with it), remembered per
/// character. The first step, from the root's branch over every character that begins a word,
/// costs most of a lookup (a binary search over thousands of ideographs), and a text uses the
/// same few thousand characters again and again.
fn after_first(
    first_steps: &mut FirstSteps,
    trie: &'static Char16Trie<'static>,
    c: char,
) -> Option<Char16TrieCursor<'static>> {
    if first_steps.len() >= MAX_REMEMBERED && !first_steps.contains_key(&c) {
        first_steps.clear();
    }
    first_steps
        .entry(c)
        .or_insert_with(|| {
            let mut cursor = trie.cursor();
            cursor.step32(c.into());
            (!cursor.is_empty() || cursor.value().is_some()).then_some(cursor)
        })
        .clone()
}

/// A hasher for `char` keys: one multiplication by an odd constant (Fibonacci hashing). The keys
/// come from the text, but they are distinct code points and the product's low bits, which pick
/// the slot, are a permutation of the key's low bits, so keys share a slot only when they agree in
/// all of those bits: a handful at most in the Han and kana ranges.
#[derive(Default)]
struct CharHasher(u64);

impl Hasher for CharHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u32(b.into());
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The word boundaries strictly inside `run` (Han and kana only), as byte offsets.
pub(crate) fn breaks(run: &str) -> Vec<usize> {
    MEMORY.with_borrow_mut(|memory| {
        let breaks = breaks_with(memory, run);
        memory.let_go_of_long_buffers();
        breaks
    })
}

fn breaks_with(memory: &mut Memory, run: &str) -> Vec<usize> {
    let dictionary = dictionary();
    let Memory { first_steps, chars, best, from, words } = memory;
    chars.clear();
    chars.extend(run.chars());
    let chars = &chars[..];
    let n = chars.len();
    best.clear();
    best.resize(n + 1, u32::MAX);
    from.clear();
    from.resize(n + 1, 0);
    best[0] = 0;
    let relax = |best: &mut [u32], from: &mut [usize], start: usize, len: usize, cost: u32| {
        let end = start + len;
        let total = best[start].saturating_add(cost);
        if total < best[end] && chars.get(end).is_none_or(|&c| may_break_before(c)) {
            best[end] = total;
            from[end] = start;
        }
    };
    for i in 0..n {
        if best[i] == u32::MAX {
            continue;
        }
        words_at(dictionary, first_steps, &chars[i..], words);
        if words.first().is_none_or(|&(len, _)| len != 1) {
            words.push((1, UNKNOWN_COST));
        }
        for &(len, cost) in words.iter() {
            relax(best, from, i, len, cost);
        }
        if is_katakana(chars[i]) && (i == 0 || !is_katakana(chars[i - 1])) {
            let len = chars[i..].iter().take(MAX_WORD).take_while(|&&c| is_katakana(c)).count();
            if len < MAX_WORD {
                relax(best, from, i, len, katakana_cost(len));
            }
        }
    }
    let mut ends = Vec::new();
    let mut end = n;
    while end > 0 {
        end = from[end];
        if end > 0 {
            ends.push(end);
        }
    }
    ends.reverse();
    let ends = split_endings(chars, &join_numerals(chars, &ends));
    // Character indices to byte offsets, in order.
    let mut offsets = run.char_indices().map(|(b, _)| b);
    let mut at = 0;
    ends.iter()
        .map(|&e| {
            let b = offsets.nth(e - at).expect("a break is inside the run");
            at = e + 1;
            b
        })
        .collect()
}

/// Whether `c` is a Chinese numeral (digits, 十 百 千 万 亿 and their variants).
fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '萬'
            | '亿'
            | '億'
            | '两'
    )
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}')
}

/// The words of `chars` between `cuts` (character indices strictly inside), as slices.
fn words<'c>(chars: &'c [char], cuts: &[usize]) -> impl Iterator<Item = (usize, &'c [char])> + 'c {
    let starts: Vec<usize> = std::iter::once(0).chain(cuts.iter().copied()).collect();
    let ends: Vec<usize> = cuts.iter().copied().chain([chars.len()]).collect();
    starts.into_iter().zip(ends).map(move |(s, e)| (s, &chars[s..e]))
}

/// `cuts` with each maximal run of two or more numerals as one word: no cut inside, one at
/// each end.
fn join_numerals(chars: &[char], cuts: &[usize]) -> Vec<usize> {
    let mut runs = Vec::new(); // (start, end) in characters
    let mut i = 0;
    while i < chars.len() {
        let len = chars[i..].iter().take_while(|&&c| is_numeral(c)).count();
        if len >= 2 {
            runs.push((i, i + len));
        }
        i += len.max(1);
    }
    if runs.is_empty() {
        return cuts.to_vec();
    }
    // Cuts and runs are both in order: walk them together.
    let mut next_run = runs.iter().peekable();
    let mut out: Vec<usize> = cuts
        .iter()
        .copied()
        .filter(|&cut| {
            while next_run.next_if(|&&(_, end)| end <= cut).is_some() {}
            next_run.peek().is_none_or(|&&(start, _)| start >= cut)
        })
        .collect();
    out.extend(runs.iter().flat_map(|&(start, end)| [start, end]).filter(|&cut| cut > 0 && cut < chars.len()));
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `c` is a small kana or the long-vowel mark, which never begin a word.
fn continues_word(c: char) -> bool {
    matches!(
        c,
        'ぁ' | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ゎ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | 'ヮ'
            | 'ー'
    )
}

/// `cuts` with a cut before the last character of each word that ends in a particle or ending
/// of its own: た, て or a stacked particle in a run with kana (Japanese), 的, 了 or 着 in a
/// run without (Chinese).
fn split_endings(chars: &[char], cuts: &[usize]) -> Vec<usize> {
    const STACKED: [&str; 11] =
        ["では", "でも", "での", "には", "にも", "との", "とは", "とも", "への", "からの", "までの"];
    let japanese = chars.iter().any(|&c| is_hiragana(c) || is_katakana(c));
    let splits = |word: &[char]| {
        let last = word[word.len() - 1];
        if japanese {
            word.iter().all(|&c| is_hiragana(c))
                && (matches!(last, 'た' | 'て') || STACKED.contains(&word.iter().collect::<String>().as_str()))
        } else {
            matches!(last, '的' | '了' | '着')
        }
    };
    let mut out = Vec::with_capacity(cuts.len());
    for (start, word) in words(chars, cuts) {
        if start > 0 && !continues_word(word[0]) {
            out.push(start);
        }
        if word.len() >= 2 && splits(word) {
            out.push(start + word.len() - 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{breaks, MAX_KEPT, MEMORY};

    #[test]
    fn a_long_run_does_not_keep_its_buffers() {
        breaks(&"日本".repeat(MAX_KEPT));
        assert_eq!(MEMORY.with_borrow(|memory| memory.chars.capacity()), 0);
        breaks("日本語の文章");
        assert!(MEMORY.with_borrow(|memory| memory.chars.capacity()) > 0, "a short run's buffers are kept");
    }
}
