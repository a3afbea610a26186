//! The word-boundary engine: the UAX #29 word rules, written once, behind every word segment
//! textlens finds.
//!
//! Over ASCII text the rules are a small deterministic automaton, [`STEPS`], built at compile time
//! from the rules below ([`pair_joins`], [`separator_joins`]): one table lookup per byte gives the
//! next [`State`] and the boundaries the byte settles. Its users:
//!
//! - [`words`](super::words) steps it one segment at a time;
//! - [`word_boundaries`](super::word_boundaries) runs it over whole ASCII runs, writing every
//!   boundary;
//! - [`word_count`](crate::count::word_count) runs a counting table derived at compile time from
//!   the same states and steps;
//! - highlighting asks [`ascii_word_boundary`] (the same rules at one offset) and
//!   [`is_ascii_word_byte`].
//!
//! Everything else goes through [`NonAscii`], which is `unicode-segmentation`. The two hand over
//! only at boundaries that are certain: a boundary the automaton settles is certain once every
//! byte it read is ASCII (the rules that look past a boundary, WB6 and WB12, are the separator
//! states, which settle nothing until the byte after the separator), so at the end of an ASCII
//! run the segment still open goes to [`NonAscii`], which hands back at the first boundary that
//! ASCII follows. Restarting UAX #29 at a boundary is sound: no rule that reaches back across a
//! boundary can join the characters after it. Tests hold every user to `unicode-segmentation`
//! alone on the Unicode word break tests, the corpus and random mixed text.
//!
//! # Dictionary segmentation
//!
//! Han, Hiragana, Katakana, Thai, Lao, Khmer and Myanmar are written without spaces between words,
//! and UAX #29 alone cuts them per character (or per katakana run). Every such character is
//! non-ASCII, so every word segment of theirs comes out of [`NonAscii::next`]. Dictionary words
//! are not cut here but on top of the engine, by [`dictionary`](crate::dictionary): it re-cuts
//! each stretch of such text between spaces (with the Latin letters and digits inside it) and
//! keeps the engine's segments elsewhere. Word splitting asks for them; the default word count
//! keeps one word per ideograph and needs no dictionary, so it runs on the engine alone.

use super::Word;
use crate::Span;
use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// UAX #29 word-break classes of the ASCII characters. The three that make up words come first,
/// so that telling them from the others takes one comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordClass {
    Letter,
    Digit,
    Underscore,
    Cr,
    Lf,
    Newline,
    Space,
    /// `:` (MidLetter).
    MidLetter,
    /// `.` and `'` (MidNumLet and Single_Quote).
    MidNumLet,
    /// `,` and `;` (MidNum).
    MidNum,
    Other,
}

impl WordClass {
    /// Every class, in the order declared (`ALL[c as usize] == c`).
    pub(super) const ALL: [WordClass; 11] = [
        WordClass::Letter,
        WordClass::Digit,
        WordClass::Underscore,
        WordClass::Cr,
        WordClass::Lf,
        WordClass::Newline,
        WordClass::Space,
        WordClass::MidLetter,
        WordClass::MidNumLet,
        WordClass::MidNum,
        WordClass::Other,
    ];

    const TABLE: [WordClass; 128] = {
        let mut table = [WordClass::Other; 128];
        let mut b = 0;
        while b < 128 {
            table[b] = match b as u8 {
                b'\r' => WordClass::Cr,
                b'\n' => WordClass::Lf,
                0x0B | 0x0C => WordClass::Newline,
                b' ' => WordClass::Space,
                b'a'..=b'z' | b'A'..=b'Z' => WordClass::Letter,
                b'0'..=b'9' => WordClass::Digit,
                b'_' => WordClass::Underscore,
                b':' => WordClass::MidLetter,
                b'.' | b'\'' => WordClass::MidNumLet,
                b',' | b';' => WordClass::MidNum,
                _ => WordClass::Other,
            };
            b += 1;
        }
        table
    };

    /// The class of an ASCII byte (of any byte, its low seven bits).
    pub(crate) const fn of(byte: u8) -> WordClass {
        WordClass::TABLE[(byte & 0x7F) as usize]
    }

    /// Letters, digits and `_`: the characters words are made of (ALetter, Numeric, ExtendNumLet).
    pub(crate) const fn is_word_char(self) -> bool {
        (self as u8) <= WordClass::Underscore as u8
    }
}

/// Whether `left` and `right` next to each other stay in one segment whatever surrounds them:
/// CR LF (WB3), spaces (WB3d), and any two word characters (WB5, WB8–WB10, WB13a, WB13b).
const fn pair_joins(left: WordClass, right: WordClass) -> bool {
    matches!((left, right), (WordClass::Cr, WordClass::Lf) | (WordClass::Space, WordClass::Space))
        || (left.is_word_char() && right.is_word_char())
}

/// Whether the separator `middle` stays inside a word when characters of class `around` stand on
/// both sides of it: letters around `:` `.` `'` (WB6, WB7), digits around `,` `;` `.` `'` (WB11,
/// WB12).
const fn separator_joins(middle: WordClass, around: WordClass) -> bool {
    match around {
        WordClass::Letter => matches!(middle, WordClass::MidLetter | WordClass::MidNumLet),
        WordClass::Digit => matches!(middle, WordClass::MidNum | WordClass::MidNumLet),
        _ => false,
    }
}

/// Whether `byte` is an ASCII letter, digit or `_`, the characters between which UAX #29 never
/// puts a word boundary: one table lookup, for scans that look at every byte of a text.
pub(crate) fn is_ascii_word_byte(byte: u8) -> bool {
    static TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut byte = 0;
        while byte < 128 {
            table[byte] = WordClass::of(byte as u8).is_word_char();
            byte += 1;
        }
        table
    };
    TABLE[usize::from(byte)]
}

/// Whether a UAX #29 word boundary lies at byte `offset` of `bytes`, decided from the bytes
/// around it alone (two before, one after, as the rules read them); `None` where one of those
/// that matters is not ASCII, and the caller must segment.
///
/// Highlighting asks this at each hit's two ends instead of segmenting a whole text it found a
/// few matches in.
pub(crate) fn ascii_word_boundary(bytes: &[u8], offset: usize) -> Option<bool> {
    let (Some(&before), Some(&after)) = (bytes.get(offset.wrapping_sub(1)), bytes.get(offset)) else {
        return Some(true); // the start or end of the text (WB1, WB2)
    };
    if !before.is_ascii() || !after.is_ascii() {
        return None;
    }
    let (left, right) = (WordClass::of(before), WordClass::of(after));
    // The class of the byte at `index` beyond the pair, if the pair is a word character and a
    // separator; `Some(None)` at the end of the text.
    let beyond = |index: Option<usize>| match index.and_then(|i| bytes.get(i)) {
        Some(byte) if !byte.is_ascii() => None,
        byte => Some(byte.map(|&b| WordClass::of(b))),
    };
    let joined = if pair_joins(left, right) {
        true
    } else if left.is_word_char() && separator_joins(right, left) {
        beyond(Some(offset + 1))? == Some(left)
    } else if right.is_word_char() && separator_joins(left, right) {
        beyond(offset.checked_sub(2))? == Some(right)
    } else {
        false
    };
    Some(!joined)
}

/// Whether a word segment holds a letter or a number of any script.
///
/// A segment that starts with white space is white space, whatever marks hang on it: UAX #29
/// attaches a combining mark to the character before it, even a space (`" \u{BC6}"`, a Tamil
/// vowel sign typed after a space), and many vowel signs are alphabetic.
pub(crate) fn is_word_like(segment: &str) -> bool {
    !segment.starts_with(char::is_whitespace) && segment.chars().any(char::is_alphanumeric)
}

/// The word segments of a text from a boundary on, by `unicode-segmentation`, up to the first
/// boundary followed by ASCII (or the end of the text): the engine's path for everything that
/// is not ASCII.
#[derive(Clone, Debug)]
pub(crate) struct NonAscii<'t> {
    text: &'t str,
    /// Where `segments` started in `text`; `None` once the hand-back boundary was reached.
    segments: Option<(UWordBoundIndices<'t>, usize)>,
}

impl<'t> NonAscii<'t> {
    /// The segments of `text` from the boundary `start` on.
    pub(crate) fn new(text: &'t str, start: usize) -> NonAscii<'t> {
        NonAscii { text, segments: Some((text[start..].split_word_bound_indices(), start)) }
    }
}

impl Iterator for NonAscii<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let (segments, offset) = self.segments.as_mut()?;
        let Some((start, segment)) = segments.next() else {
            self.segments = None;
            return None;
        };
        let span = Span::new(*offset + start, *offset + start + segment.len());
        if self.text.as_bytes().get(span.end).is_none_or(u8::is_ascii) {
            self.segments = None;
        }
        Some(Word { span, word_like: is_word_like(segment) })
    }
}

/// The word segment of `bytes` that starts at the boundary `start`, by the automaton; `bytes` is
/// ASCII from `start` on. `None` when the segment is still open at the end of `bytes` and
/// `bytes` does not end the text (what follows may continue it).
#[inline]
pub(super) fn ascii_segment(bytes: &[u8], start: usize, ends_text: bool) -> Option<Word> {
    let mut step = Step::START;
    for (&byte, end) in bytes[start..].iter().zip(start..) {
        step = step.then(byte);
        if step.ends_before() != 0 {
            return Some(first_ended(start, end, step));
        }
    }
    // The end of the text settles what is still open, as any byte that joins nothing would.
    ends_text.then(|| first_ended(start, bytes.len(), step.then(0)))
}

/// Calls `f` with every segment of the ASCII `run` that starts at or after its start (a
/// boundary) and ends in it, in order, threading `acc` through; returns `acc` and where the
/// segment still open at the end of the run starts.
#[inline]
pub(super) fn fold_ascii_run<B>(run: &[u8], offset: usize, mut acc: B, f: &mut impl FnMut(B, Word) -> B) -> (B, usize) {
    let (mut step, mut start) = (Step::START, offset);
    for (&byte, end) in run.iter().zip(offset..) {
        step = step.then(byte);
        if step.ends_before() != 0 {
            if step.ends_before_previous() {
                acc = f(acc, Word { span: Span::new(start, end - 1), word_like: true });
                start = end - 1;
            }
            acc = f(acc, Word { span: Span::new(start, end), word_like: step.ended_word_like() != 0 });
            start = end;
        }
    }
    (acc, start)
}

/// The first segment that the step on the byte at `end` ends, of those starting at `start`.
#[inline]
fn first_ended(start: usize, end: usize, step: Step) -> Word {
    if step.ends_before_previous() {
        // A word, then a separator that did not stay in it (and is a segment of its own).
        Word { span: Span::new(start, end - 1), word_like: true }
    } else {
        Word { span: Span::new(start, end), word_like: step.ended_word_like() != 0 }
    }
}

/// One step of the automaton: the state reached and the boundaries settled by the character
/// read, packed in a byte so that a loop uses each part with one or two instructions. The state
/// sits where, masked, it is the offset of its row in [`STEPS`]: finding the next step waits for
/// an `and`, an `or` and a load.
#[derive(Clone, Copy)]
pub(crate) struct Step(u8);

impl Step {
    /// Bit 0: the segment ending before this character is word-like.
    const ENDED_WORD_LIKE: u8 = 1;
    /// Bit 1: a word ends before the previous character, a separator that did not stay inside
    /// it (the separator is then a segment of its own, ending before this character).
    const ENDS_BEFORE_PREVIOUS: u8 = 1 << 1;
    /// Bit 2: a segment ends before this character.
    const ENDS_BEFORE_SHIFT: u32 = 2;
    const ENDS_BEFORE: u8 = 1 << Step::ENDS_BEFORE_SHIFT;
    /// Bits 4–7: the state reached.
    const STATE_SHIFT: u32 = CLASS_BITS;
    pub(super) const STATE_MASK: u8 = 15 << Step::STATE_SHIFT;

    /// Where the automaton starts: at a boundary, nothing settled.
    pub(crate) const START: Step = Step((State::Start as u8) << Step::STATE_SHIFT);

    /// The step from this one's state on the ASCII `byte`.
    #[inline(always)]
    pub(crate) fn then(self, byte: u8) -> Step {
        // The class does not depend on the state, so only the second lookup waits for the
        // previous step; both indices are masked into range, so neither needs a bounds check.
        let class = WordClass::of(byte) as usize & (CLASSES - 1);
        Step(STEPS[usize::from(self.0 & Step::STATE_MASK) | class])
    }

    /// 1 if a segment ends before the character just read, else 0.
    #[inline(always)]
    pub(crate) const fn ends_before(self) -> usize {
        (self.0 >> Step::ENDS_BEFORE_SHIFT & 1) as usize
    }

    /// Whether a word also ended before the previous character (see [`Self::ENDS_BEFORE_PREVIOUS`]).
    #[inline(always)]
    pub(crate) const fn ends_before_previous(self) -> bool {
        self.0 & Step::ENDS_BEFORE_PREVIOUS != 0
    }

    /// 1 if the segment ending before the character just read is word-like, else 0.
    #[inline(always)]
    pub(crate) const fn ended_word_like(self) -> u8 {
        self.0 & Step::ENDED_WORD_LIKE
    }

    /// The state reached.
    pub(crate) const fn state(self) -> State {
        State::ALL[(self.0 >> Step::STATE_SHIFT) as usize]
    }
}

/// Where the automaton stands: what the current segment is so far, as far as the rules care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    /// At a boundary, before the first byte of a run.
    Start,
    /// After a character that joins nothing that follows (a line break, punctuation, a symbol).
    Other,
    /// After a CR, which an LF joins (WB3).
    Cr,
    /// In spaces, which join each other (WB3d).
    Space,
    /// In a word whose last character is a letter.
    Letter,
    /// In a word whose last character is a digit.
    Digit,
    /// In a run of `_` alone, which is not word-like.
    Underscore,
    /// In a word with a letter or digit whose last character is `_`.
    WordUnderscore,
    /// After a letter and a separator that stays in the word if a letter follows (WB6, WB7).
    LetterSeparator,
    /// After a digit and a separator that stays in the word if a digit follows (WB11, WB12).
    DigitSeparator,
}

impl State {
    /// Every state, in the order declared (`ALL[s as usize] == s`).
    pub(crate) const ALL: [State; 10] = [
        State::Start,
        State::Other,
        State::Cr,
        State::Space,
        State::Letter,
        State::Digit,
        State::Underscore,
        State::WordUnderscore,
        State::LetterSeparator,
        State::DigitSeparator,
    ];

    /// The state after a segment's first character.
    const fn first(class: WordClass) -> State {
        match class {
            WordClass::Letter => State::Letter,
            WordClass::Digit => State::Digit,
            WordClass::Underscore => State::Underscore,
            WordClass::Cr => State::Cr,
            WordClass::Space => State::Space,
            _ => State::Other,
        }
    }

    /// The class of the last character read, as far as [`pair_joins`] and [`separator_joins`]
    /// care (`Other` for one that joins nothing).
    const fn last_class(self) -> WordClass {
        match self {
            State::Cr => WordClass::Cr,
            State::Space => WordClass::Space,
            State::Letter => WordClass::Letter,
            State::Digit => WordClass::Digit,
            State::Underscore | State::WordUnderscore => WordClass::Underscore,
            State::Start | State::Other | State::LetterSeparator | State::DigitSeparator => WordClass::Other,
        }
    }

    /// The state after a character of `class` that continues the segment, if it does.
    const fn joined(self, class: WordClass) -> Option<State> {
        let around = match self {
            State::LetterSeparator => WordClass::Letter,
            State::DigitSeparator => WordClass::Digit,
            _ => WordClass::Other,
        };
        if !matches!(around, WordClass::Other) {
            // The separator stays in the word only before the kind of character it came after.
            return if class as u8 == around as u8 { Some(State::first(class)) } else { None };
        }
        let last = self.last_class();
        if separator_joins(class, last) {
            return Some(if matches!(last, WordClass::Letter) {
                State::LetterSeparator
            } else {
                State::DigitSeparator
            });
        }
        if !pair_joins(last, class) {
            return None;
        }
        Some(match (self, class) {
            (State::Cr, _) => State::Other,
            (State::Underscore, WordClass::Underscore) => State::Underscore,
            (_, WordClass::Underscore) => State::WordUnderscore,
            _ => State::first(class),
        })
    }

    /// Whether a segment ending in this state is word-like (a separator that did not join is a
    /// segment of its own, which is not).
    pub(crate) const fn word_like(self) -> bool {
        matches!(self, State::Letter | State::Digit | State::WordUnderscore)
    }

    /// The step on a character of `class`.
    pub(crate) const fn step(self, class: WordClass) -> Step {
        if let Some(next) = self.joined(class) {
            return Step((next as u8) << Step::STATE_SHIFT);
        }
        let next = (State::first(class) as u8) << Step::STATE_SHIFT;
        Step(match self {
            State::Start => next,
            State::LetterSeparator | State::DigitSeparator => next | Step::ENDS_BEFORE | Step::ENDS_BEFORE_PREVIOUS,
            _ => next | Step::ENDS_BEFORE | if self.word_like() { Step::ENDED_WORD_LIKE } else { 0 },
        })
    }
}

/// Room for the word classes in a row of [`STEPS`] (a power of two).
const CLASS_BITS: u32 = 4;
const CLASSES: usize = 1 << CLASS_BITS;

/// `STEPS[state << CLASS_BITS | class]`: the step (a [`Step`]'s bits) from `state` on a character
/// of `class`.
static STEPS: [u8; 16 * CLASSES] = {
    let mut table = [0u8; 16 * CLASSES];
    let mut s = 0;
    while s < State::ALL.len() {
        let state = State::ALL[s];
        let mut c = 0;
        while c < WordClass::ALL.len() {
            let class = WordClass::ALL[c];
            table[(state as usize) << CLASS_BITS | class as usize] = state.step(class).0;
            c += 1;
        }
        s += 1;
    }
    table
};

/// Texts where the automaton and the general path meet, or the rules that look two characters
/// ahead or behind apply: the hand-picked cases every user of the engine is held to
/// `unicode-segmentation` on.
#[cfg(test)]
pub(super) const SEAMS: [&str; 36] = [
    "",
    "a",
    " ",
    "\r\n",
    "a.",
    "1,",
    "ab",
    "café au lait",
    "e\u{301}a",
    "don’t stop",
    "3.14 1,000 a.b a..b",
    "x_y _ __ a_1 _. a_.b",
    "11:28am",
    "tab\there",
    "cr\r\nlf\n\rx\r",
    "a\u{200D}b",
    "\u{1F1E6}\u{1F1E8}a",
    "a'",
    "'a",
    "a.\u{301}b",
    "1.\u{301}2",
    "Ω.a",
    "a.Ω",
    "日本 ok",
    "ok 日本",
    "  \u{3000} ",
    "a\u{0B}b",
    "a:b 1;2 1.a a.1 1'2 a'b ab: 12; x.",
    "ends at a seam.é",
    "é.a b",
    "ab“cd”ef",
    "a\r\n\r\né",
    "😀😀 x😀",
    "\u{5D0}\"\u{5D1} \u{5D0}' x",
    " \u{BC6}x",
    "_a __ ፲ ½",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::words_unicode;

    /// Checks `ascii_word_boundary` at every offset of `text` against the segments' ends, and
    /// returns how many offsets it decided.
    fn assert_local_boundaries_agree(text: &str) -> usize {
        let mut ends = vec![false; text.len() + 1];
        ends[0] = true;
        words_unicode(text).for_each(|word| ends[word.span.end] = true);
        (0..=text.len())
            .filter(|&offset| text.is_char_boundary(offset))
            .filter_map(|offset| {
                let local = ascii_word_boundary(text.as_bytes(), offset)?;
                assert_eq!(local, ends[offset], "{text:?} at {offset}");
                Some(())
            })
            .count()
    }

    #[test]
    fn states_and_classes_are_listed_in_their_places() {
        for (index, state) in State::ALL.iter().enumerate() {
            assert_eq!(*state as usize, index);
        }
        for (index, class) in WordClass::ALL.iter().enumerate() {
            assert_eq!(*class as usize, index);
        }
        assert!(State::ALL.len() <= 16 && WordClass::ALL.len() <= CLASSES);
    }

    #[test]
    fn a_space_puts_every_state_in_the_one_a_run_starting_there_reaches() {
        // What lets `word_boundaries` cut a run before a space and read the halves apart.
        let from_start = Step::START.then(b' ');
        for state in State::ALL {
            let step = state.step(WordClass::Space);
            assert!(step.state() == from_start.state());
        }
        // And from the start, reading it settles no boundary.
        assert!(from_start.ends_before() == 0 && !from_start.ends_before_previous());
    }

    #[test]
    fn ascii_word_bytes_are_letters_digits_and_underscore() {
        for byte in 0..=u8::MAX {
            assert_eq!(is_ascii_word_byte(byte), byte.is_ascii_alphanumeric() || byte == b'_', "{byte:#04x}");
        }
    }

    #[test]
    fn local_boundaries_agree_with_segmenting() {
        let text = "It's 3.14, a:b 1;2 1.a a.1 1'2 x_y __ a.\r\n\r b  c\t\td. 'a' e\u{301}.f é'g h'é";
        let decided = assert_local_boundaries_agree(text);
        // Only the offsets next to `é` and the combining mark are left to the caller.
        assert!(decided >= text.len() - 12, "decided only {decided} offsets");
        assert_eq!(ascii_word_boundary(b"don't", 3), Some(false));
        assert_eq!(ascii_word_boundary("don'é".as_bytes(), 3), None);
    }

    // proptest is a native-only dev-dependency; the wasm test build compiles these tests too.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn local_boundaries_agree_on_mixed_text(text in "([a-zA-Z0-9_ .,:;'\r\n\t\u{0B}]|é|’|\u{301}|\u{200D}|日|\u{3000}){0,40}") {
            assert_local_boundaries_agree(&text);
        }
    }
}
