//! Numbers, money, percentages, dates and times.
//!
//! Rule: one regular expression whose alternatives are tried in this order at each position, the
//! first that matches winning: date, time, money, percentage, plain number. Matches do not
//! overlap, and a match must not touch a letter or digit on either side (so `A4`, `4th` and `3D`
//! are not numbers). Numbers are
//! `123`, `20,000` (commas in groups of three) and `3.14`; an amount may carry a scale word.
//!
//! | category | examples |
//! |---|---|
//! | `date` | `Nov. 12`, `November 12, 2024`, `12 November 2024`, `2024-11-12`, `11/12/24` |
//! | `time` | `11:59pm`, `9 a.m.`, `14:30`, `10:15:30`, `7 PM` |
//! | `money` | `$3.5bn`, `€20`, `£1,200`, `US$5 million`, `20 dollars` |
//! | `percentage` | `5%`, `12.5 percent`, `3 per cent` |
//! | `number` | `20,000`, `3.14`, `7`, `2 million` |

use crate::Span;
use regex_lite::Regex;
use std::sync::OnceLock;

/// The categories, in the order of the expression's named groups.
pub(crate) const CATEGORIES: [&str; 5] = ["date", "time", "money", "percentage", "number"];

/// A number: digits with optional thousands groups and decimals.
macro_rules! number {
    () => {
        r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    };
}

/// Month names and their abbreviations.
macro_rules! month {
    () => {
        r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
    };
}

/// The whole expression; `x` mode, so spaces that must match are written `\ `.
const EXPRESSION: &str = concat!(
    r"(?x)",
    r"(?P<date>",
    month!(),
    r"\.?\ \d{1,2}(?:st|nd|rd|th)?\b(?:,?\ \d{4}\b)?",
    r"|\d{1,2}\ ",
    month!(),
    r"\b(?:\ \d{4}\b)?",
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))",
    r"|(?P<time>\d{1,2}(?::\d{2}){1,2}(?:\ ?(?:[ap]\.m\.|[AP]\.M\.|(?:[ap]m|[AP]M)\b))?",
    r"|\d{1,2}\ ?(?:[ap]\.m\.|[AP]\.M\.|(?:[ap]m|[AP]M)\b))",
    r"|(?P<money>(?:US\$|[$€£¥₹])\ ?",
    number!(),
    r"(?:\ ?(?:bn|billion|mn|million|m|k|tn|trillion|thousand)\b)?",
    r"|",
    number!(),
    r"\ (?:dollars|euros|pounds|yen|cents)\b)",
    r"|(?P<percentage>",
    number!(),
    r"\ ?(?:%|(?:percent|per\ cent)\b))",
    r"|(?P<number>",
    number!(),
    r"(?:\ (?:million|billion|trillion|thousand)\b)?)",
);

/// How much text one attempt at a position looks at; a match that reaches the end of this window
/// is looked for again in the rest of the text.
const WINDOW: usize = 64;

/// Reports every number-like expression in `text`, with its category index.
///
/// The expression is tried, anchored, only where a match can start (a digit, a currency sign, the
/// capital of a month not preceded by a letter or digit), on a short window of text: a scan of
/// the whole text by the regex engine would cost ten times more.
pub(crate) fn detect(text: &str, emit: &mut dyn FnMut(Span, usize)) {
    static REGEX: OnceLock<Regex> = OnceLock::new();
    let regex =
        REGEX.get_or_init(|| Regex::new(&format!(r"\A(?:{EXPRESSION})")).expect("the numbers expression is valid"));
    let mut resume_at = 0;
    let mut previous: Option<char> = None;
    for (start, c) in text.char_indices() {
        let candidate = start >= resume_at && may_start(c) && !previous.is_some_and(char::is_alphanumeric);
        previous = Some(c);
        if !candidate {
            continue;
        }
        if let Some((span, category)) = match_at(regex, text, start) {
            if stands_alone(text, span) {
                emit(span, category);
                resume_at = span.end;
            }
        }
    }
}

/// Whether a match can start with `c`.
fn may_start(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥' | '₹' | 'U' | 'J' | 'F' | 'M' | 'A' | 'S' | 'O' | 'N' | 'D')
}

/// The match starting at `start`, if any, with its category index.
fn match_at(regex: &Regex, text: &str, start: usize) -> Option<(Span, usize)> {
    let mut end = (start + WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    loop {
        let window = &text[start..end];
        let captures = regex.captures(window)?;
        let (category, found) = (1..=CATEGORIES.len()).find_map(|group| Some((group - 1, captures.get(group)?)))?;
        if found.end() == window.len() && end < text.len() {
            // The window may have cut the match short: look again with all the text.
            end = text.len();
            continue;
        }
        return Some((Span::new(start + found.start(), start + found.end()), category));
    }
}

/// Whether no letter or digit touches the span on either side (`é5` and `4th` are not numbers).
fn stands_alone(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
