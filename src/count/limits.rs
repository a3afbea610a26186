//! How a text measures against the length limits writers meet most.
//!
//! - **X (Twitter), 280**: the weighted length of `twitter-text` 3 (its `v3` configuration):
//!   code points in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1,
//!   every other code point 2 (so CJK, emoji and most non-Latin scripts count double); a URL
//!   (`http://…`, `https://…` or `www.…`, up to the next space, trailing punctuation excluded)
//!   weighs 23 whatever its length; an emoji written as a sequence of code points (ZWJ families,
//!   flags, skin tones, keycaps, variation selectors) weighs 2 in all. Unlike `twitter-text`,
//!   the text is not NFC-normalised first and bare domains (`example.com`) are not URLs.
//! - **SMS**: a text that fits the GSM 03.38 alphabet (with its extension table, whose characters
//!   take two septets) is sent as GSM-7, 160 septets in one message or 153 per part of a
//!   concatenated one; any other character switches the whole text to UCS-2, 70 UTF-16 units in
//!   one message or 67 per part.
//! - **Meta title, 60** and **meta description, 160**: the lengths search engines show before
//!   cutting, counted in characters (grapheme clusters).

use crate::gsm7;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// Weighted length X allows in one post.
pub const TWITTER_LIMIT: usize = 280;
/// Weight of any URL in a post.
const TWITTER_URL_WEIGHT: usize = 23;
/// Characters of a meta title search engines show.
pub const META_TITLE_LIMIT: usize = 60;
/// Characters of a meta description search engines show.
pub const META_DESCRIPTION_LIMIT: usize = 160;

/// A length against a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limit {
    /// The text's length in the limit's unit.
    pub length: usize,
    /// The limit.
    pub limit: usize,
    /// Whether the length is within the limit.
    pub fits: bool,
}

impl Limit {
    fn new(length: usize, limit: usize) -> Limit {
        Limit { length, limit, fits: length <= limit }
    }
}

/// How an SMS would carry the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sms {
    /// `"gsm7"` or `"ucs2"`.
    pub encoding: &'static str,
    /// Length in the encoding's units: septets (GSM-7) or UTF-16 code units (UCS-2).
    pub units: usize,
    /// Messages needed (0 for an empty text).
    pub segments: usize,
    /// Units that fit in each of those messages (160/153 or 70/67).
    pub per_segment: usize,
}

/// The text against every limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// X (Twitter): weighted length against 280.
    pub twitter: Limit,
    /// SMS encoding and segments.
    pub sms: Sms,
    /// Characters against a meta title's 60.
    pub meta_title: Limit,
    /// Characters against a meta description's 160.
    pub meta_description: Limit,
}

/// Measures `text`, whose length in graphemes and UTF-16 units the caller already knows.
pub(crate) fn limits(text: &str, graphemes: usize, utf16: usize) -> Limits {
    Limits {
        twitter: Limit::new(twitter_length(text), TWITTER_LIMIT),
        sms: sms(text, utf16),
        meta_title: Limit::new(graphemes, META_TITLE_LIMIT),
        meta_description: Limit::new(graphemes, META_DESCRIPTION_LIMIT),
    }
}

/// The weighted length of `twitter-text` (see the module docs).
pub fn twitter_length(text: &str) -> usize {
    let mut length = 0;
    let mut rest = text;
    while let Some(url) = find_url(rest) {
        length += weigh(&rest[..url.start]) + TWITTER_URL_WEIGHT;
        rest = &rest[url.end..];
    }
    length + weigh(rest)
}

/// Weighted length of text without URLs.
fn weigh(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    // Only emoji sequences weigh less than their code points; without them, no need for clusters.
    if !text.chars().any(is_emoji_sequence_char) {
        return text.chars().map(char_weight).sum();
    }
    text.graphemes(true)
        .map(|grapheme| {
            let mut chars = grapheme.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => char_weight(c),
                _ if is_emoji_sequence(grapheme) => 2,
                _ => grapheme.chars().map(char_weight).sum(),
            }
        })
        .sum()
}

fn char_weight(c: char) -> usize {
    match u32::from(c) {
        0..=0x10FF | 0x2000..=0x200D | 0x2010..=0x201F | 0x2032..=0x2037 => 1,
        _ => 2,
    }
}

/// Whether a grapheme of several code points is an emoji sequence: it has a zero-width joiner,
/// an emoji variation selector, a keycap, a skin-tone modifier or a regional-indicator pair.
fn is_emoji_sequence(grapheme: &str) -> bool {
    grapheme.chars().any(is_emoji_sequence_char)
}

fn is_emoji_sequence_char(c: char) -> bool {
    matches!(c, '\u{200D}' | '\u{FE0F}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{1F1E6}'..='\u{1F1FF}')
}

/// The first URL in `text`, as a byte range.
fn find_url(text: &str) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let start = (0..bytes.len()).find(|&i| {
        let at_word_start = i == 0 || bytes[i - 1].is_ascii_whitespace() || b"(\"'<".contains(&bytes[i - 1]);
        at_word_start && ["https://", "http://", "www."].iter().any(|p| starts_with_ignore_case(&bytes[i..], p))
    })?;
    let end = text[start..].find(char::is_whitespace).map_or(text.len(), |n| start + n);
    let trimmed = text[start..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '>']);
    Some(start..start + trimmed.len())
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &str) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn sms(text: &str, utf16: usize) -> Sms {
    let septets: Option<usize> = text.chars().map(gsm7::septets).sum();
    let (encoding, units, single, part) = match septets {
        Some(septets) => ("gsm7", septets, 160, 153),
        None => ("ucs2", utf16, 70, 67),
    };
    let (segments, per_segment) = match units {
        0 => (0, single),
        n if n <= single => (1, single),
        n => (n.div_ceil(part), part),
    };
    Sms { encoding, units, segments, per_segment }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twitter_weights() {
        assert_eq!(twitter_length("hello"), 5);
        assert_eq!(twitter_length("日本語"), 6, "CJK weighs 2");
        assert_eq!(twitter_length("café “quoted”"), 13, "Latin-1 and curly quotes weigh 1");
        assert_eq!(twitter_length("👍"), 2);
        assert_eq!(twitter_length("👩‍👩‍👧"), 2, "a ZWJ family is one emoji");
        assert_eq!(twitter_length("🇫🇷"), 2, "a flag is one emoji");
        let url = "https://example.com/a/very/long/path/that/is/much/longer/than/twenty-three";
        assert_eq!(twitter_length(&format!("see {url}.")), 4 + 23 + 1);
        assert_eq!(twitter_length("go to www.example.com now"), 6 + 23 + 4);
        assert_eq!(twitter_length("nohttp://x"), 10, "a URL starts a word");
    }

    #[test]
    fn sms_segments() {
        let gsm = |n: usize| sms(&"a".repeat(n), n);
        assert_eq!(gsm(0), Sms { encoding: "gsm7", units: 0, segments: 0, per_segment: 160 });
        assert_eq!(gsm(160), Sms { encoding: "gsm7", units: 160, segments: 1, per_segment: 160 });
        assert_eq!(gsm(161), Sms { encoding: "gsm7", units: 161, segments: 2, per_segment: 153 });
        assert_eq!(gsm(307).segments, 3); // 153 × 2 = 306
        assert_eq!(sms("€5 {ok}", 7).units, 10, "€, {{ and }} take 2 septets each, the other four 1");
        let ucs2 = "Привет".repeat(12); // 72 UTF-16 units
        assert_eq!(sms(&ucs2, 72), Sms { encoding: "ucs2", units: 72, segments: 2, per_segment: 67 });
        assert_eq!(sms("😀", 2).units, 2, "UCS-2 counts UTF-16 units");
    }

    #[test]
    fn meta_limits_count_graphemes() {
        let l = limits(&"é".repeat(61), 61, 61);
        assert_eq!(l.meta_title, Limit { length: 61, limit: 60, fits: false });
        assert!(l.meta_description.fits);
    }
}
