//! The word count alone, fast: [`word_count`] gives [`count`](super::count)'s `words` without
//! the rest of its work.
//!
//! A live word counter runs on every keystroke, and most of its text is ASCII. Over ASCII the
//! word rules (UAX #29 segments, then hyphens and `digit:digit` joining segments into one word;
//! see `tokens.rs`) fit in a small deterministic automaton: one table lookup per byte, no
//! branches that depend on the text, and no segments built. The rest of the text goes through
//! the same token scan as `count`.
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

/// The number of words in `text` by the rules of [`count`](super::count) with default options
/// (hyphenated compounds are one word): the same as its `words`, several times faster.
///
/// ```
/// use textlens::count::word_count;
/// assert_eq!(word_count("Don’t panic: the all-in-one guide is at 11:28am."), 8);
/// assert_eq!(word_count("日本語のテキスト"), 8);
/// ```
pub fn word_count(text: &str) -> usize {
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
///
/// Each byte's step waits for the previous one's table lookup, so the stretch is cut in two at a
/// whitespace byte near its middle (where counts add up) and the halves run side by side: the two
/// chains of lookups overlap in the processor.
fn ascii_word_count(bytes: &[u8]) -> usize {
    let middle = bytes.len() / 2;
    let cut = bytes[middle..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |i| middle + i);
    let (first, second) = bytes.split_at(cut);
    let (mut a, mut b) = (Automaton::new(), Automaton::new());
    for (&x, &y) in first.iter().zip(second) {
        a.step(x);
        b.step(y);
    }
    let common = first.len().min(second.len());
    first[common..].iter().for_each(|&x| a.step(x));
    second[common..].iter().for_each(|&y| b.step(y));
    a.finish() + b.finish()
}

/// The automaton running over one stretch: its state and the words completed so far.
struct Automaton {
    state: u8,
    words: usize,
}

impl Automaton {
    fn new() -> Self {
        Automaton { state: State::CLEAN.index(), words: 0 }
    }

    #[inline(always)]
    fn step(&mut self, byte: u8) {
        // Both parts are masked into the table's range, so the lookup needs no bounds check.
        let entry = TRANSITIONS[(usize::from(self.state) & (STATES - 1)) << 7 | usize::from(byte & 0x7F)];
        self.words += usize::from(entry >> 7);
        self.state = entry & 0x7F;
    }

    fn finish(self) -> usize {
        self.words + usize::from(ENDINGS[usize::from(self.state) & (STATES - 1)])
    }
}

/// The ASCII classes that word counting tells apart.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Underscore,
    /// `-`: joins two words into one.
    Hyphen,
    /// `:`: inside a word between letters (UAX #29 MidLetter); joins two numbers into one word.
    Colon,
    /// `.` and `'`: inside a word between letters or between digits (MidNumLet, Single_Quote).
    MidNumLet,
    /// `,` and `;`: inside a word between digits (MidNum).
    MidNum,
    /// Everything else: spaces, line breaks, other punctuation and symbols.
    Other,
}

impl Class {
    const fn of(byte: u8) -> Class {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Underscore,
            b'-' => Class::Hyphen,
            b':' => Class::Colon,
            b'.' | b'\'' => Class::MidNumLet,
            b',' | b';' => Class::MidNum,
            _ => Class::Other,
        }
    }

    /// The characters word segments are made of (UAX #29 ALetter, Numeric, ExtendNumLet).
    const fn is_word_char(self) -> bool {
        matches!(self, Class::Letter | Class::Digit | Class::Underscore)
    }

    /// Position among the word characters (letter, digit, underscore) or among the separators
    /// that may stay inside a word (colon, `.` `'`, `,` `;`); used to number the states.
    const fn ordinal(self) -> u8 {
        match self {
            Class::Letter => 0,
            Class::Digit => 1,
            Class::Underscore => 2,
            Class::Colon => 0,
            Class::MidNumLet => 1,
            Class::MidNum => 2,
            Class::Hyphen | Class::Other => 0,
        }
    }

    /// Whether this separator, after the word character `last`, may stay inside the word (it
    /// does when the same kind of character follows it): WB6/WB7 for letters, WB11/WB12 for digits.
    const fn may_join_after(self, last: Class) -> bool {
        matches!(
            (last, self),
            (Class::Letter, Class::Colon | Class::MidNumLet) | (Class::Digit, Class::MidNum | Class::MidNumLet)
        )
    }
}

/// Where the token scan stands between word segments.
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

/// A state of the automaton: between segments, inside a word segment, or just after a separator
/// that may or may not stay inside the word (the next byte decides).
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Between(Context),
    /// Inside a word segment whose last character is `last`. `word_like` once it holds a letter
    /// or digit (a run of `_` alone is not a word); `joins` when it continues the previous word.
    Word {
        last: Class,
        word_like: bool,
        joins: bool,
    },
    /// Inside a word (which holds a letter or digit), after the separator `mid`.
    Mid {
        mid: Class,
        last: Class,
        joins: bool,
    },
}

/// Number of states, rounded up to a power of two (the table is indexed with a mask).
const STATES: usize = 64;

impl State {
    const CLEAN: State = State::Between(Context::Clean);

    /// 0–4 between segments, 8–19 in a word, 32–49 after a separator.
    const fn index(self) -> u8 {
        match self {
            State::Between(Context::Clean) => 0,
            State::Between(Context::AfterWord { ends_with_digit }) => 1 + ends_with_digit as u8,
            State::Between(Context::Hyphen) => 3,
            State::Between(Context::Colon) => 4,
            State::Word { last, word_like, joins } => 8 + last.ordinal() * 4 + word_like as u8 * 2 + joins as u8,
            State::Mid { mid, last, joins } => 32 + mid.ordinal() * 6 + last.ordinal() * 2 + joins as u8,
        }
    }

    /// The state with index `index`, if there is one.
    const fn from_index(index: usize) -> Option<State> {
        const WORD_CHARS: [Class; 3] = [Class::Letter, Class::Digit, Class::Underscore];
        const SEPARATORS: [Class; 3] = [Class::Colon, Class::MidNumLet, Class::MidNum];
        match index {
            0 => Some(State::CLEAN),
            1 | 2 => Some(State::Between(Context::AfterWord { ends_with_digit: index == 2 })),
            3 => Some(State::Between(Context::Hyphen)),
            4 => Some(State::Between(Context::Colon)),
            8..=19 => {
                let i = index - 8;
                Some(State::Word { last: WORD_CHARS[i / 4], word_like: i % 4 >= 2, joins: i % 2 == 1 })
            }
            32..=49 => {
                let i = index - 32;
                Some(State::Mid { mid: SEPARATORS[i / 6], last: WORD_CHARS[i % 6 / 2], joins: i % 2 == 1 })
            }
            _ => None,
        }
    }

    /// The next state after `class`, and how many words were completed on the way (0 or 1).
    const fn step(self, class: Class) -> (State, u8) {
        match self {
            State::Between(context) => (after_segment_start(context, class), 0),
            State::Word { last, word_like, joins } => {
                if class.is_word_char() {
                    let word_like = word_like || !matches!(class, Class::Underscore);
                    (State::Word { last: class, word_like, joins }, 0)
                } else if class.may_join_after(last) {
                    (State::Mid { mid: class, last, joins }, 0)
                } else {
                    let (context, words) = end_word(last, word_like, joins);
                    (State::Between(after_separator(context, class)), words)
                }
            }
            State::Mid { mid, last, joins } => {
                if matches!((last, class), (Class::Letter, Class::Letter) | (Class::Digit, Class::Digit)) {
                    (State::Word { last: class, word_like: true, joins }, 0)
                } else {
                    // The separator did not join: the word ended before it, and it stands alone.
                    let (context, words) = end_word(last, true, joins);
                    (after_segment_start(after_separator(context, mid), class), words)
                }
            }
        }
    }

    /// Words completed when the text ends in this state.
    const fn ending(self) -> u8 {
        match self {
            State::Between(_) => 0,
            State::Word { last, word_like, joins } => end_word(last, word_like, joins).1,
            State::Mid { last, joins, .. } => end_word(last, true, joins).1,
        }
    }
}

/// The state after the first character of a segment, `class`, in `context`.
const fn after_segment_start(context: Context, class: Class) -> State {
    if !class.is_word_char() {
        return State::Between(after_separator(context, class));
    }
    let joins = match context {
        Context::Hyphen => true,
        Context::Colon => matches!(class, Class::Digit),
        Context::Clean | Context::AfterWord { .. } => false,
    };
    State::Word { last: class, word_like: !matches!(class, Class::Underscore), joins }
}

/// The context after a one-character segment that is not a word, `class`.
const fn after_separator(context: Context, class: Class) -> Context {
    match (context, class) {
        (Context::AfterWord { .. }, Class::Hyphen) => Context::Hyphen,
        (Context::AfterWord { ends_with_digit: true }, Class::Colon) => Context::Colon,
        _ => Context::Clean,
    }
}

/// The context after a word segment ends, and whether it completed a new word (a segment of
/// `_` alone is no word; one that `joins` the previous word adds none).
const fn end_word(last: Class, word_like: bool, joins: bool) -> (Context, u8) {
    if !word_like {
        return (Context::Clean, 0);
    }
    let context = Context::AfterWord { ends_with_digit: matches!(last, Class::Digit) };
    (context, !joins as u8)
}

/// `TRANSITIONS[state << 7 | byte]`: the next state's index, plus 128 when a word was completed.
static TRANSITIONS: [u8; STATES * 128] = {
    let mut table = [0u8; STATES * 128];
    let mut index = 0;
    while index < STATES {
        if let Some(state) = State::from_index(index) {
            let mut byte = 0;
            while byte < 128 {
                let (next, words) = state.step(Class::of(byte as u8));
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
        if let Some(state) = State::from_index(index) {
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
            if let Some(state) = State::from_index(index) {
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
    }
}
