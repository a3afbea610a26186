//! Numbers, money, percentages, dates and times.
//!
//! Rule: one regular expression whose alternatives are tried in this order at each position, the
//! first that matches winning: date, time, money, percentage, plain number. A match must not touch
//! a letter or digit on either side (so `A4`, `4th` and `3D` are not numbers). Numbers are
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

/// Reports every number-like expression in `text`, with its category index.
pub(crate) fn detect(text: &str, emit: &mut dyn FnMut(Span, usize)) {
    static REGEX: OnceLock<Regex> = OnceLock::new();
    let regex = REGEX.get_or_init(|| Regex::new(EXPRESSION).expect("the numbers expression is valid"));
    for captures in regex.captures_iter(text) {
        let Some((category, found)) = (1..=CATEGORIES.len()).find_map(|group| Some((group - 1, captures.get(group)?)))
        else {
            continue;
        };
        let span = Span::new(found.start(), found.end());
        if stands_alone(text, span) {
            emit(span, category);
        }
    }
}

/// Whether no letter or digit touches the span on either side (`é5` and `4th` are not numbers).
fn stands_alone(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
