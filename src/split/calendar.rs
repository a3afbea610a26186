//! English calendar and clock words, shared by the sentence splitter (a capitalised weekday after
//! "p.m." does not open a sentence) and the names detector (a weekday or a month alone is not a
//! name). Matching ignores ASCII case and allocates nothing.

/// The days of the week, in full.
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The months, in full.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekdays and months as newspapers abbreviate them (AP style and common variants), and the time
/// zones that follow a clock time in North American, British, European, Indian, Japanese and
/// Australian news.
const SHORT_FORMS_AND_ZONES: [&str; 44] = [
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
    "gmt", "utc", "bst", "cet", "cest", "jst", "ist", "aest", "aedt", "eet", "hst",
];

/// Longest word of the lists above.
const LONGEST: usize = 9;

/// Whether `word`, lower-cased (on the stack), is one of `words`.
fn is_one_of(word: &str, words: &[&str]) -> bool {
    let mut lower = [0u8; LONGEST];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    words.iter().any(|candidate| candidate.as_bytes() == lower)
}

/// Whether `word` is a day of the week written in full, in any case.
pub(crate) fn is_weekday(word: &str) -> bool {
    is_one_of(word, &WEEKDAYS)
}

/// Whether `word` is a month written in full, in any case.
pub(crate) fn is_month(word: &str) -> bool {
    is_one_of(word, &MONTHS)
}

/// Whether `word` is a weekday, a month (in full or abbreviated) or a time zone.
pub(crate) fn is_calendar_or_zone(word: &str) -> bool {
    is_weekday(word) || is_month(word) || is_one_of(word, &SHORT_FORMS_AND_ZONES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_listed_word_is_longer_than_the_buffer() {
        assert!(WEEKDAYS.iter().chain(&MONTHS).chain(&SHORT_FORMS_AND_ZONES).all(|word| word.len() <= LONGEST));
    }

    #[test]
    fn matches_whole_words_in_any_ascii_case() {
        assert!(is_weekday("Tuesday") && is_weekday("TUESDAY"));
        assert!(!is_weekday("Tues") && is_calendar_or_zone("Tues"));
        assert!(is_month("May") && !is_month("Mayor"));
        assert!(is_calendar_or_zone("EST") && is_calendar_or_zone("pdt"));
        assert!(!is_calendar_or_zone("Police") && !is_calendar_or_zone(""));
        assert!(!is_calendar_or_zone("Septembers") && !is_month("ＭＡＹ"));
    }
}
