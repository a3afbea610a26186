//! Reading and speaking time.
//!
//! Space-separated scripts are timed in words per minute, Chinese, Japanese and Korean in
//! characters per minute (a word count says little about them: one Han character is a word for
//! a word processor, and Korean words are long), and a mixed text gets the sum of both.
//!
//! Defaults, all overridable in [`CountOptions`](super::CountOptions):
//!
//! | | default | source |
//! |---|---|---|
//! | reading, words | 238 per minute | M. Brysbaert, "How many words do we read per minute?", *J. of Memory and Language* 109, 2019: silent reading of English non-fiction |
//! | speaking, words | 150 per minute | the usual pace of presentations and audiobooks (about 150–160) |
//! | reading, CJK characters | 255 per minute | S. Trauzettel-Klosinski, K. Dietz, "Standardized assessment of reading performance: the IReST", *IOVS* 53(9), 2012: Chinese 255 (Japanese 357; the slower one is the default) |
//! | speaking, CJK characters | 240 per minute | about four syllables a second, one character being one syllable |

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
}
