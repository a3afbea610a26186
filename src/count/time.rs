//! Reading and speaking time.
//!
//! Space-separated scripts are timed in words per minute, Chinese, Japanese and Korean in
//! characters per minute (a word count says little about them: one Han character is a word for
//! a word processor, and Korean words are long), and a mixed text gets the sum of both.
//!
//! Defaults for English, all overridable in [`CountOptions`](super::CountOptions):
//!
//! | | default | source |
//! |---|---|---|
//! | reading, words | 238 per minute | M. Brysbaert, "How many words do we read per minute?", *J. of Memory and Language* 109, 2019: silent reading of English non-fiction |
//! | speaking, words | 150 per minute | the usual pace of presentations and audiobooks (about 150–160) |
//! | reading, CJK characters | 255 per minute | S. Trauzettel-Klosinski, K. Dietz, "Standardized assessment of reading performance: the IReST", *IOVS* 53(9), 2012: Chinese 255; Japanese text 357 |
//! | speaking, CJK characters | 240 per minute | about four syllables a second, one character being one syllable |
//!
//! Other languages need more or fewer words for the same message, and are read at the same
//! number of messages a minute (Brysbaert 2019, section 6; the IReST texts, equal in content
//! across 17 languages, were read aloud at 1.42 ± 0.13 texts a minute). So a language's word rates
//! are the English ones scaled by its IReST words per minute over English's 228 ([`IREST`]):
//! German reads at 238 × 179 / 228 ≈ 187 words a minute. A language IReST did not measure takes
//! the figure of its script's measured language (Arabic for Persian and Urdu, Hebrew for Yiddish),
//! and English's otherwise.

use crate::lang::Script;
use crate::Lang;
use serde::Serialize;

/// How long a text takes to read silently and to say aloud.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Time {
    /// Silent reading time in seconds.
    pub reading_seconds: f64,
    /// Speaking time in seconds.
    pub speaking_seconds: f64,
}

/// Reading and speaking rates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Rates {
    pub reading_words: f64,
    pub speaking_words: f64,
    pub reading_characters: f64,
    pub speaking_characters: f64,
}

/// Words read aloud per minute in the IReST study (Trauzettel-Klosinski & Dietz 2012, table 2),
/// by language tag; Chinese and Japanese are timed in characters instead.
const IREST: [(&str, f64); 15] = [
    ("ar", 138.0),
    ("de", 179.0),
    ("en", 228.0),
    ("es", 218.0),
    ("fi", 161.0),
    ("fr", 195.0),
    ("he", 187.0),
    ("it", 188.0),
    ("nl", 202.0),
    ("pl", 166.0),
    ("pt", 181.0),
    ("ru", 184.0),
    ("sl", 180.0),
    ("sv", 199.0),
    ("tr", 166.0),
];

/// What a language's word rates are scaled by: its IReST rate over English's (see the module doc).
fn word_rate_scale(lang: Lang) -> f64 {
    let by_script = match lang.script() {
        Script::Arabic => "ar",
        Script::Hebrew => "he",
        _ => "en",
    };
    let rate = |tag: &str| IREST.iter().find(|&&(t, _)| t == tag).map(|&(_, rate)| rate);
    let english = rate("en").unwrap_or(228.0);
    rate(lang.tag()).or_else(|| rate(by_script)).unwrap_or(english) / english
}

impl Rates {
    /// The default rates for text in `lang`.
    pub(crate) fn of(lang: Lang) -> Rates {
        let scale = word_rate_scale(lang);
        Rates {
            reading_words: (238.0 * scale).round(),
            speaking_words: (150.0 * scale).round(),
            reading_characters: if lang.tag() == "ja" { 357.0 } else { 255.0 },
            speaking_characters: 240.0,
        }
    }
}

/// The time for `words` words of space-separated scripts and `cjk` CJK characters.
pub(crate) fn time(words: usize, cjk: usize, rates: &Rates) -> Time {
    let minutes = |per_word: f64, per_character: f64| words as f64 / per_word + cjk as f64 / per_character;
    Time {
        reading_seconds: 60.0 * minutes(rates.reading_words, rates.reading_characters),
        speaking_seconds: 60.0 * minutes(rates.speaking_words, rates.speaking_characters),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_characters_add_up() {
        let rates = Rates {
            reading_words: 200.0,
            speaking_words: 100.0,
            reading_characters: 300.0,
            speaking_characters: 150.0,
        };
        // 400 words at 200/min = 2 min; 600 characters at 300/min = 2 min.
        let t = time(400, 600, &rates);
        assert_eq!(t, Time { reading_seconds: 240.0, speaking_seconds: 480.0 });
        assert_eq!(time(0, 0, &rates), Time { reading_seconds: 0.0, speaking_seconds: 0.0 });
    }

    #[test]
    fn default_rates_by_language_and_script() {
        let rates = |tag| Rates::of(Lang::parse(tag).unwrap());
        let english = rates("en");
        assert_eq!((english.reading_words, english.speaking_words), (238.0, 150.0));
        assert_eq!((english.reading_characters, english.speaking_characters), (255.0, 240.0));
        // 238 × 179 / 228 = 186.9; 150 × 179 / 228 = 117.8.
        assert_eq!((rates("de").reading_words, rates("de").speaking_words), (187.0, 118.0));
        // 238 × 218 / 228 = 227.6.
        assert_eq!(rates("es").reading_words, 228.0);
        // Persian takes Arabic's figure (238 × 138 / 228 = 144.05); Irish, unmeasured, English's.
        assert_eq!(rates("fa").reading_words, 144.0);
        assert_eq!(rates("ga").reading_words, 238.0);
        assert_eq!(rates("ja").reading_characters, 357.0);
        assert_eq!(rates("zh").reading_characters, 255.0);
        assert!(IREST.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }
}
