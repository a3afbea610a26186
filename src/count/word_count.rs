//! The word count alone, fast: [`word_count`] gives [`count`](super::count)'s `words` without
//! the rest of its work.
//!
//! A live word counter runs on every keystroke, and most of its text is ASCII. Over ASCII the
//! word rules (UAX #29 segments, then hyphens and `digit:digit` joining segments into one word;
//! see `tokens.rs`) fit in a small deterministic automaton: one table lookup per byte, no
//! branches that depend on the text, and no segments built. Its table is derived at compile time
//! from the word engine's ([`word_engine`](crate::split::word_engine)): a counting state is the
//! engine's state, plus what the joining rules remember (whether the current word continues the
//! one before it, or between segments whether the next one may join it). The rest of the text
//! goes through the same token scan as `count`.
//!
//! The two meet at ASCII whitespace. A whitespace byte is a segment boundary that no rule joins
//! across, so the word count of a text is the sum of the counts of its pieces when it is cut
//! just before whitespace: each stretch with non-ASCII text is widened to the whitespace around
//! it and scanned, and everything between runs through the automaton.
//!
//! Property tests hold this to `count(text).words` on mixed text, and the corpus tests on every
//! corpus file.

use super::tokens;
use crate::span::ascii_prefix_len;
use crate::split::links::links;
use crate::split::word_engine::{State, WordClass};

/// The number of words in `text` by the rules of [`count`](super::count) with default options
/// (hyphenated compounds are one word): the same as its `words`, several times faster.
///
/// ```
/// use textlens::count::word_count;
/// assert_eq!(word_count("Don’t panic: the all-in-one guide is at 11:28am."), 8);
/// assert_eq!(word_count("日本語のテキスト"), 8);
/// ```
pub fn word_count(text: &str) -> usize {
    // A link is one word; the text between links holds none, and no word runs into a link (links
    // stand between whitespace, brackets and final punctuation).
    let links = links(text);
    let mut words = links.len();
    let mut from = 0;
    for link in &links {
        words += words_between_links(&text[from..link.start]);
        from = link.end;
    }
    words + words_between_links(&text[from..])
}

/// [`word_count`] of text that holds no link. (Not inlined: [`word_count`] calls it twice.)
#[inline(never)]
fn words_between_links(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut pos = 0;
    while pos < bytes.len() {
        let non_ascii = pos + ascii_prefix_len(&bytes[pos..]);
        if non_ascii == bytes.len() {
            return words + ascii_word_count(&bytes[pos..]);
        }
        let scan_start = bytes[pos..non_ascii].iter().rposition(u8::is_ascii_whitespace).map_or(pos, |i| pos + i);
        let scan_end =
            bytes[non_ascii..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |i| non_ascii + i);
        words += ascii_word_count(&bytes[pos..scan_start]) + scanned_word_count(&text[scan_start..scan_end]);
        pos = scan_end;
    }
    words
}

/// Words of a stretch by the general token scan.
fn scanned_word_count(text: &str) -> usize {
    let mut words = 0;
    tokens::scan_words(text, |_, token| words += token.words);
    words
}

/// Words of a stretch of ASCII text, by the automaton.
fn ascii_word_count(bytes: &[u8]) -> usize {
    let (mut state, mut words) = (Counting::START.index(), 0);
    for &byte in bytes {
        // Both parts are masked into the table's range, so the lookup needs no bounds check.
        let entry = TRANSITIONS[(usize::from(state) & (STATES - 1)) << 7 | usize::from(byte & 0x7F)];
        words += usize::from(entry >> 7);
        state = entry & 0x7F;
    }
    words + usize::from(ENDINGS[usize::from(state) & (STATES - 1)])
}

/// What the joining rules remember between two segments: whether the next word may continue the
/// one before.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// No word waiting to be joined.
    Clean,
    /// A word just ended; a hyphen (or, after a digit, a colon) may join the next one to it.
    AfterWord { ends_with_digit: bool },
    /// A word and a hyphen: the next word-like segment joins it.
    Hyphen,
    /// A word ending in a digit and a colon: the next segment joins it if it starts with a digit.
    Colon,
}

impl Context {
    const ALL: [Context; 5] = [
        Context::Clean,
        Context::AfterWord { ends_with_digit: false },
        Context::AfterWord { ends_with_digit: true },
        Context::Hyphen,
        Context::Colon,
    ];

    const fn index(self) -> u8 {
        match self {
            Context::Clean => 0,
            Context::AfterWord { ends_with_digit } => 1 + ends_with_digit as u8,
            Context::Hyphen => 3,
            Context::Colon => 4,
        }
    }

    /// The context after a segment that is not a word and starts with `byte` (those that join
    /// are one byte long).
    const fn after_separator(self, byte: u8) -> Context {
        match (self, byte) {
            (Context::AfterWord { .. }, b'-') => Context::Hyphen,
            (Context::AfterWord { ends_with_digit: true }, b':') => Context::Colon,
            _ => Context::Clean,
        }
    }
}

/// A state of the counting automaton: the engine's, and in a word segment whether it `joins` the
/// word before it, or between segments the [`Context`].
#[derive(Clone, Copy)]
struct Counting {
    state: State,
    /// `joins` (0 or 1) in a word segment, the context's index between segments.
    memory: u8,
}

/// Number of states (engine states × 5), rounded up to a power of two (the table is indexed
/// with a mask).
const STATES: usize = 64;

impl Counting {
    const START: Counting = Counting { state: State::Start, memory: Context::Clean.index() };

    const fn index(self) -> u8 {
        self.state as u8 * 5 + self.memory
    }

    /// The state with index `index`, if there is one.
    const fn from_index(index: usize) -> Option<Counting> {
        if index >= State::ALL.len() * 5 {
            return None;
        }
        Some(Counting { state: State::ALL[index / 5], memory: (index % 5) as u8 })
    }

    /// Whether the engine's state is inside a segment that starts with a word character.
    const fn in_word(self) -> bool {
        !matches!(self.state, State::Start | State::Other | State::Cr | State::Space)
    }

    /// The next state after `byte`, and how many words were completed on the way (0 or 1).
    const fn step(self, byte: u8) -> (Counting, u8) {
        let class = WordClass::of(byte);
        let step = self.state.step(class);
        let next = step.state();
        if step.ends_before() == 0 && !matches!(self.state, State::Start) {
            return (Counting { state: next, memory: self.memory }, 0);
        }
        // The segments that ended before this byte, and what they leave for the next one.
        let joins = self.memory == 1;
        let (context, words) = if step.ends_before_previous() {
            // A word, then a separator of its own, which joins nothing (only `-` and a colon
            // after a digit do, and a separator state follows neither).
            (Context::Clean, !joins as u8)
        } else if matches!(self.state, State::Start) {
            (Context::Clean, 0)
        } else if !self.in_word() {
            (Context::ALL[self.memory as usize], 0)
        } else if self.state.word_like() {
            (Context::AfterWord { ends_with_digit: matches!(self.state, State::Digit) }, !joins as u8)
        } else {
            (Context::Clean, 0) // a run of `_` alone is no word
        };
        // The segment this byte starts.
        let memory = if class.is_word_char() {
            let joins = match context {
                Context::Hyphen => true,
                Context::Colon => matches!(class, WordClass::Digit),
                _ => false,
            };
            joins as u8
        } else {
            context.after_separator(byte).index()
        };
        (Counting { state: next, memory }, words)
    }

    /// Words completed when the text ends in this state.
    const fn ending(self) -> u8 {
        let ends_word = self.state.word_like() || matches!(self.state, State::LetterSeparator | State::DigitSeparator);
        (ends_word && self.memory == 0) as u8
    }
}

/// `TRANSITIONS[state << 7 | byte]`: the next state's index, plus 128 when a word was completed.
static TRANSITIONS: [u8; STATES * 128] = {
    let mut table = [0u8; STATES * 128];
    let mut index = 0;
    while index < STATES {
        if let Some(state) = Counting::from_index(index) {
            let mut byte = 0;
            while byte < 128 {
                let (next, words) = state.step(byte as u8);
                table[index << 7 | byte] = next.index() | words << 7;
                byte += 1;
            }
        }
        index += 1;
    }
    table
};

/// `ENDINGS[state]`: words completed when the text ends in that state.
static ENDINGS: [u8; STATES] = {
    let mut table = [0u8; STATES];
    let mut index = 0;
    while index < STATES {
        if let Some(state) = Counting::from_index(index) {
            table[index] = state.ending();
        }
        index += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::count::{count, CountOptions};

    fn counted(text: &str) -> usize {
        count(text, &CountOptions::default()).expect("default options").words
    }

    #[test]
    fn state_indices_round_trip() {
        for index in 0..STATES {
            if let Some(state) = Counting::from_index(index) {
                assert_eq!(usize::from(state.index()), index);
            }
        }
    }

    #[test]
    fn the_automaton_follows_the_word_rules() {
        for (text, words) in [
            ("", 0),
            ("a", 1),
            ("a-b", 1),
            ("a--b", 2),
            ("-a- b-", 2),
            ("1:30 a:1 x:-y 1:-2 a:b", 8),
            ("3.14 1,000 a.b a..b a.1 1.a a. a'", 11),
            ("_ __ _a a_ a-_ a-_b 1:_2", 6),
            ("x.y.z, 1;2;3 1;a", 4),
        ] {
            assert_eq!(ascii_word_count(text.as_bytes()), words, "{text:?}");
            assert_eq!(counted(text), words, "count disagrees with the hand count for {text:?}");
        }
    }

    #[test]
    fn mixed_text_is_cut_at_whitespace() {
        for text in [
            "café-au-lait costs 3€ at 11:28 — don’t wait",
            "a\u{301}-b é é é",
            "日本語 ok 1:30 テキスト",
            "ภาษาไทย 123 ok",
            "é",
            " é ",
            "ok\u{3000}ok",
            "1:\u{661}",
            "mail ana@example.org or www.example.org.",
            "(https://example.org/x_(y))",
            "“https://例え.jp/パス”",
            "a@b.co@c.org x@y.org.",
        ] {
            assert_eq!(word_count(text), counted(text), "{text:?}");
        }
    }

    // proptest is a native-only dev-dependency; the wasm test build compiles these tests too.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn word_count_equals_counts_words(text in "([a-zA-Z0-9_ .,:;'\r\n\t/$-]|é|’|—|\u{301}|日|ไ|한|\u{3000}|\u{a0}){0,80}") {
            proptest::prop_assert_eq!(word_count(&text), counted(&text));
        }

        #[test]
        fn word_count_equals_counts_words_around_links(text in "(https://|www\\.|@|:|\\.|-|x|9|org| |\\(|\\)|“|”|é|日){0,40}") {
            proptest::prop_assert_eq!(word_count(&text), counted(&text));
        }
    }
}
