//! Strict UAX #29 sentence boundaries (the "uax29" [`SentenceMode`](super::SentenceMode)), in time
//! linear in the text.
//!
//! The rules are Unicode's, SB1 to SB998, applied in one pass that remembers the last four
//! *parts* of the text, a run of closing punctuation or of spaces counting as one part (as in
//! unicode-segmentation, whose results these are: the tests hold the two to each other).
//!
//! Only SB8 looks ahead: after a period, closers and spaces, it skips everything but letters,
//! terminators and paragraph separators to see whether a lower-case letter comes first. Every
//! character of a run of spaces or closers after a period asks it again, and the answer is the
//! same until the pass reaches the character the look-ahead stopped at, so the answer is kept
//! until then and the run is read twice in all. (unicode-segmentation looks ahead afresh at every
//! character: quadratic, 55 s for a period and 100,000 spaces.)
//!
//! The Sentence_Break property comes from a generated table (`data/sentence_break.rs`).

#[path = "data/sentence_break.rs"]
mod table;

use crate::Span;
use std::cmp::Ordering;
use table::SENTENCE_BREAK;

/// The Sentence_Break property value of a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SentenceBreak {
    Other,
    CR,
    LF,
    Sep,
    Sp,
    Lower,
    Upper,
    OLetter,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Format,
    Extend,
}

use SentenceBreak as Sb;

/// The property of the ASCII characters, from the table.
static ASCII: [SentenceBreak; 128] = {
    let mut ascii = [Sb::Other; 128];
    let mut i = 0;
    while i < SENTENCE_BREAK.len() && SENTENCE_BREAK[i].0 < 128 {
        let (low, high, value) = SENTENCE_BREAK[i];
        let mut c = low;
        while c <= high && c < 128 {
            ascii[c as usize] = value;
            c += 1;
        }
        i += 1;
    }
    ascii
};

fn sentence_break(c: char) -> SentenceBreak {
    if c.is_ascii() {
        return ASCII[c as usize];
    }
    let c = u32::from(c);
    let place = SENTENCE_BREAK.binary_search_by(|&(low, high, _)| {
        if high < c {
            Ordering::Less
        } else if low > c {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    });
    place.map_or(Sb::Other, |i| SENTENCE_BREAK[i].2)
}

/// What the rules remember of a character, runs of closers and of spaces collapsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    Cr,
    Lf,
    Sep,
    ATerm,
    UpperLower,
    Close,
    Sp,
    STerm,
}

/// The last four parts, the latest last.
type Parts = [Part; 4];

fn then(parts: Parts, value: SentenceBreak) -> Parts {
    let part = match value {
        Sb::CR => Part::Cr,
        Sb::LF => Part::Lf,
        Sb::Sep => Part::Sep,
        Sb::ATerm => Part::ATerm,
        Sb::Upper | Sb::Lower => Part::UpperLower,
        Sb::Close => Part::Close,
        Sb::Sp => Part::Sp,
        Sb::STerm => Part::STerm,
        _ => Part::Other,
    };
    match (parts[3], part) {
        (Part::Close, Part::Close) | (Part::Sp, Part::Sp) => parts,
        _ => [parts[1], parts[2], parts[3], part],
    }
}

/// The part before the trailing `Close* Sp*` (SB8, SB8a) or `Close*` (SB9) or `Close* Sp*
/// ParaSep?` (SB11).
fn before_trailing(parts: &Parts, separator: bool, spaces: bool) -> Part {
    let mut i = 3;
    if separator && matches!(parts[i], Part::Sep | Part::Cr | Part::Lf) {
        i -= 1;
    }
    if spaces && parts[i] == Part::Sp {
        i -= 1;
    }
    if parts[i] == Part::Close {
        i -= 1;
    }
    parts[i]
}

fn is_terminator(part: Part) -> bool {
    matches!(part, Part::ATerm | Part::STerm)
}

/// SB8's look-ahead: whether a lower-case letter comes before any other letter, terminator or
/// paragraph separator, from `from` on; kept for every position up to the one it stopped at.
struct LowerAhead {
    until: usize,
    lower: bool,
}

impl LowerAhead {
    fn at(&mut self, text: &str, from: usize) -> bool {
        if from > self.until {
            let decisive = text[from..].char_indices().find_map(|(i, c)| match sentence_break(c) {
                Sb::Lower => Some((from + i, true)),
                Sb::OLetter | Sb::Upper | Sb::Sep | Sb::CR | Sb::LF | Sb::STerm | Sb::ATerm => Some((from + i, false)),
                _ => None,
            });
            (self.until, self.lower) = decisive.unwrap_or((text.len(), false));
        }
        self.lower
    }
}

/// The UAX #29 sentences of `text`: rules SB1 to SB11, then SB998, each arm of the match below
/// one rule in that order.
pub(super) fn sentences(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut parts = [Part::Sot; 4];
    let mut lower_ahead = LowerAhead { until: 0, lower: false };
    for (pos, c) in text.char_indices() {
        let before = parts;
        let value = sentence_break(c);
        parts = then(parts, value);
        let last = before[3];
        // What ends the text so far, before its closers and spaces (SB8–SB10) or only its closers
        // (SB9), or before its closers, spaces and one paragraph separator (SB11).
        let before_spaces = before_trailing(&before, false, true);
        let before_closers = before_trailing(&before, false, false);
        let before_separator = before_trailing(&before, true, true);
        // The rules in order; the first that applies decides.
        let breaks = match value {
            _ if last == Part::Sot => false,
            Sb::LF if last == Part::Cr => false,
            _ if matches!(last, Part::Sep | Part::Cr | Part::Lf) => true,
            Sb::Extend | Sb::Format => {
                parts = before; // SB5: attached to the character before, as if absent
                false
            }
            Sb::Numeric if last == Part::ATerm => false,
            Sb::Upper if before[2] == Part::UpperLower && last == Part::ATerm => false,
            _ if before_spaces == Part::ATerm && lower_ahead.at(text, pos) => false,
            Sb::SContinue | Sb::STerm | Sb::ATerm if is_terminator(before_spaces) => false,
            Sb::Close | Sb::Sp | Sb::Sep | Sb::CR | Sb::LF if is_terminator(before_closers) => false,
            Sb::Sp | Sb::Sep | Sb::CR | Sb::LF if is_terminator(before_spaces) => false,
            _ => is_terminator(before_separator),
        };
        if breaks {
            spans.push(Span::new(start, pos));
            start = pos;
        }
    }
    if start < text.len() {
        spans.push(Span::new(start, text.len())); // SB2
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn expected(text: &str) -> Vec<Span> {
        text.split_sentence_bound_indices().map(|(start, s)| Span::new(start, start + s.len())).collect()
    }

    #[test]
    fn ascii_values_agree_with_the_table() {
        for c in (0..128u8).map(char::from) {
            let from_table = SENTENCE_BREAK
                .iter()
                .find(|&&(low, high, _)| (low..=high).contains(&u32::from(c)))
                .map_or(Sb::Other, |&(_, _, value)| value);
            assert_eq!(ASCII[c as usize], from_table, "{c:?}");
        }
    }

    #[test]
    fn agrees_with_unicode_segmentation_on_hand_picked_text() {
        for text in [
            "",
            "a",
            "Hi. There.",
            "etc. the end",
            "A.  ” b",
            "A.”  B",
            "He said “Stop.” Then left.",
            "3.5 is. 4",
            "U.S. Army",
            "Wow!! Really?\r\nYes.\n\nNo",
            "A.\u{301} B",
            "\u{301}a. B",
            "a.\u{2029}b",
            "Go. ) x",
            "ok。次",
        ] {
            assert_eq!(sentences(text), expected(text), "{text:?}");
        }
    }

    // proptest is a native-only dev-dependency; the wasm test build compiles these tests too.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn agrees_with_unicode_segmentation(text in "([aA1 .!?,;:\"'()\r\n\t]|”|“|\u{A0}|\u{301}|\u{200B}|\u{2029}|。|日|\u{85}){0,40}") {
            proptest::prop_assert_eq!(sentences(&text), expected(&text));
        }
    }
}
