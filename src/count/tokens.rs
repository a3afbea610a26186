//! Which stretches of text count as words, and how many words each one is.
//!
//! Counting starts from the UAX #29 word segments of [`split::words`] (the same boundaries as
//! `Intl.Segmenter`), keeps those that are word-like, and then applies the rules a writer
//! expects from a word counter:
//!
//! | text | UAX #29 | counted as |
//! |---|---|---|
//! | `don't`, `Nishimura’s` | one segment | 1 word |
//! | `20,000`, `3.14` | one segment | 1 word |
//! | `11:28am` | `11` `:` `28am` | 1 word: digits joined by `:` are one number |
//! | `all-in-one` | `all` `-` `in` `-` `one` | 1 word (3 with [`CountOptions::count_hyphenated_parts`](super::CountOptions)) |
//! | `日本語` (Han), `ひらがな`, `カタカナ` | one segment per ideograph or kana, one per katakana run | 1 word per character (grapheme) |
//! | `대한민국은` (Hangul) | one segment | 1 word per space-separated word |
//! | Thai, Lao, Khmer, Myanmar | one segment per character | [`COMPLEX_GRAPHEMES_PER_WORD`] characters per word (see below) |
//! | `፲`, `Ⅻ`, `½` (numbers that are not decimal digits) | one segment | 1 word (`Intl.Segmenter` gives them no word status) |
//! | `보통·평등` (letters around a middle dot) | one segment | 1 word (ICU breaks at the dot between Hangul) |
//! | `—`, `…`, `$`, spaces | not word-like | not words |
//! | ` ெ` (a combining mark after a space) | one segment | not a word: it starts with white space |
//! | `https://example.org/a`, `www.example.org`, `ana@example.org` | several segments | 1 word: a [link](crate::split::links), read as one syllable |
//!
//! Hyphens are U+002D, U+2010 and U+2011 standing between two word-like segments with no space;
//! a dash (`–`, `—`) never joins.
//!
//! **Thai and the other scripts written without spaces between words** need a dictionary to be
//! split into words (ICU, behind `Intl.Segmenter`, carries one of several hundred kilobytes).
//! textlens estimates instead: a run of such characters with no space in it counts as
//! `max(1, round(characters / 3.1))` words, where characters are grapheme clusters (a consonant
//! with its vowel and tone marks is one). The divisor was chosen so that the rule gives ICU's
//! word count on the Thai text of the Universal Declaration of Human Rights (2,301 words in 319
//! runs; ICU's words there average 3.06 clusters); agreement on that text is therefore by
//! construction, and on other Thai text the count is an estimate. Lao, Khmer and Myanmar get
//! the same rule without a calibration of their own.
//!
//! The same pass counts the characters of [`Characters`](super::Characters), so the text is read
//! once for both.

use super::Characters;
use crate::split::links::links;
use crate::split::{self, Clusters};
use crate::Span;
use script::{Script, UnicodeScript};
use unicode_segmentation::UnicodeSegmentation;

mod script;

/// Mean number of grapheme clusters per word in Thai (see the module docs).
pub const COMPLEX_GRAPHEMES_PER_WORD: f64 = 3.1;

/// The writing system of a token, as far as counting cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenScript {
    /// Han ideographs, hiragana and katakana: one word per character.
    Cjk,
    /// Hangul: one word per space-separated word, but read and spoken per syllable block.
    Hangul,
    /// Thai, Lao, Khmer, Myanmar: runs without spaces, estimated.
    Complex,
    /// Everything else (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, numbers, …).
    Spaced,
    /// A web or e-mail address, whatever its scripts: one word.
    Link,
}

/// A counted stretch of text: one word, or for CJK and complex scripts possibly several.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Where it lies.
    pub span: Span,
    /// Its writing system.
    pub script: TokenScript,
    /// How many grapheme clusters it has.
    pub graphemes: usize,
    /// How many words it counts as.
    pub words: usize,
}

/// Reads `text` once: calls `emit` with every token in order and returns the character counts.
pub(crate) fn scan<'t>(
    text: &'t str,
    count_hyphenated_parts: bool,
    mut emit: impl FnMut(&'t str, Token),
) -> Characters {
    let mut characters = Characters {
        bytes: text.len(),
        code_points: text.bytes().filter(|&b| (b & 0xC0) != 0x80).count(),
        utf16: crate::utf16_len(text.as_bytes()),
        ..Characters::default()
    };
    tokenize(text, count_hyphenated_parts, Some(&mut characters), &mut emit);
    characters
}

/// The tokens of `text` alone, with default options: [`scan`] without the character counts, and
/// without the grapheme counts of spaced-script tokens, which neither word counts nor sentence
/// grades need.
pub(crate) fn scan_words<'t>(text: &'t str, mut emit: impl FnMut(&'t str, Token)) {
    tokenize(text, false, None, &mut emit);
}

/// The work of [`scan`] and [`scan_words`]: counts characters into `characters` if given.
/// (`emit` is a trait object so that this long function is compiled once for all its callers.)
fn tokenize<'t>(
    text: &'t str,
    count_hyphenated_parts: bool,
    mut characters: Option<&mut Characters>,
    emit: &mut dyn FnMut(&'t str, Token),
) {
    let mut pending: Option<Token> = None;
    let mut joiner: Option<Joiner> = None;
    let mut flush = |pending: &mut Option<Token>| {
        if let Some(mut token) = pending.take() {
            if token.script == TokenScript::Complex {
                token.words = estimated_complex_words(token.graphemes);
            }
            emit(text, token);
        }
    };
    let mut after_non_ascii = false;
    let mut boundaries = Clusters::new(text);
    let links = links(text);
    let mut next_link = 0;
    for segment in split::words(text) {
        let piece = segment.span.text(text);
        // Word boundaries are nearly always grapheme boundaries, so segments are counted apart.
        // The exceptions involve a non-ASCII character beside the boundary: a prepended mark
        // (Malayalam dot reph, Arabic number signs) joins the next cluster, and a spacing mark
        // that UAX #29 calls a letter (Lao and Thai AM) joins the one before it.
        let may_continue = after_non_ascii || !piece.as_bytes()[0].is_ascii();
        let continues = may_continue && !boundaries.is_boundary(segment.span.start);
        after_non_ascii = !piece.is_ascii();
        let counted = characters.as_deref_mut().map(|characters| count_graphemes(piece, continues, characters));
        while links.get(next_link).is_some_and(|link| link.end <= segment.span.start) {
            next_link += 1;
        }
        if let Some(link) = links.get(next_link).filter(|link| link.start <= segment.span.start) {
            let graphemes = counted.unwrap_or(0);
            match pending.as_mut() {
                Some(token) if token.span.start >= link.start => {
                    token.span.end = segment.span.end;
                    token.graphemes += graphemes;
                }
                _ => {
                    flush(&mut pending);
                    joiner = None;
                    pending = Some(Token { span: segment.span, script: TokenScript::Link, graphemes, words: 1 });
                }
            }
            continue;
        }
        if !segment.word_like {
            let joins = match (&pending, joiner) {
                (Some(token), None) if token.span.end == segment.span.start => {
                    Joiner::of(piece, token.span.text(text), count_hyphenated_parts)
                }
                _ => None,
            };
            if joins.is_none() {
                flush(&mut pending);
            }
            joiner = joins;
            continue;
        }
        let script = script_of(piece);
        let graphemes = match counted {
            Some(graphemes) => graphemes,
            // Only these scripts' word counts, or letters in sentence grades, depend on their
            // clusters.
            None if matches!(script, TokenScript::Cjk | TokenScript::Complex | TokenScript::Hangul) => {
                piece.graphemes(true).count() - usize::from(continues)
            }
            None => 0,
        };
        if let Some(token) = pending.as_mut() {
            let adjacent = token.span.end == segment.span.start;
            let joined = match joiner.take() {
                Some(joiner) => {
                    token.script == TokenScript::Spaced && script == TokenScript::Spaced && joiner.accepts(piece)
                }
                None => adjacent && token.script == TokenScript::Complex && script == TokenScript::Complex,
            };
            if joined {
                token.span.end = segment.span.end;
                token.graphemes += graphemes;
                continue;
            }
        }
        flush(&mut pending);
        let words = if script == TokenScript::Cjk { graphemes } else { 1 };
        pending = Some(Token { span: segment.span, script, graphemes, words });
    }
    flush(&mut pending);
}

/// A non-word segment that may glue the word before it to the word after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Joiner {
    /// A hyphen: `all-in-one`.
    Hyphen,
    /// A colon after digits: `11:28am`.
    Colon,
}

impl Joiner {
    fn of(segment: &str, word_before: &str, count_hyphenated_parts: bool) -> Option<Joiner> {
        match segment {
            "-" | "\u{2010}" | "\u{2011}" if !count_hyphenated_parts => Some(Joiner::Hyphen),
            ":" if word_before.ends_with(|c: char| c.is_ascii_digit()) => Some(Joiner::Colon),
            _ => None,
        }
    }

    fn accepts(self, word_after: &str) -> bool {
        match self {
            Joiner::Hyphen => true,
            Joiner::Colon => word_after.starts_with(|c: char| c.is_ascii_digit()),
        }
    }
}

fn estimated_complex_words(graphemes: usize) -> usize {
    ((graphemes as f64 / COMPLEX_GRAPHEMES_PER_WORD).round() as usize).max(1)
}

/// The writing system of a word-like segment, from its first letter or digit.
fn script_of(segment: &str) -> TokenScript {
    let Some(first) = segment.chars().find(|c| c.is_alphanumeric()) else { return TokenScript::Spaced };
    if first.is_ascii() {
        return TokenScript::Spaced;
    }
    match first.script() {
        Script::Han | Script::Hiragana | Script::Katakana => TokenScript::Cjk,
        Script::Hangul => TokenScript::Hangul,
        Script::Thai | Script::Lao | Script::Khmer | Script::Myanmar => TokenScript::Complex,
        _ => TokenScript::Spaced,
    }
}

/// Counts the grapheme clusters of one word segment into `characters`, returning how many there
/// were. When the segment `continues` the previous segment's last cluster, its first cluster is
/// part of that one and not counted again.
fn count_graphemes(segment: &str, continues: bool, characters: &mut Characters) -> usize {
    if segment.is_ascii() && !continues {
        // ASCII graphemes are single bytes, except CR LF (always a segment of its own).
        let graphemes = if segment == "\r\n" { 1 } else { segment.len() };
        characters.graphemes += graphemes;
        characters.non_space += segment.bytes().filter(|b| !b.is_ascii_whitespace()).count();
        characters.letters += segment.bytes().filter(u8::is_ascii_alphabetic).count();
        return graphemes;
    }
    let mut graphemes = 0;
    for grapheme in segment.graphemes(true).skip(usize::from(continues)) {
        graphemes += 1;
        let first = grapheme.chars().next().unwrap_or(' ');
        characters.non_space += usize::from(!first.is_whitespace());
        characters.letters += usize::from(first.is_alphabetic());
        if matches!(first.script(), Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul) {
            characters.cjk += 1;
        }
    }
    characters.graphemes += graphemes;
    graphemes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, parts: bool) -> Vec<(&str, usize)> {
        let mut out = Vec::new();
        scan(text, parts, |text, token| out.push((token.span.text(text), token.words)));
        out
    }

    #[test]
    fn joins_contractions_numbers_and_compounds() {
        let text = "Don’t miss 20,000 at 3.14 or 11:28am, all-in-one e-mail – ok";
        let got = words(text, false);
        let texts: Vec<&str> = got.iter().map(|(t, _)| *t).collect();
        assert_eq!(texts, ["Don’t", "miss", "20,000", "at", "3.14", "or", "11:28am", "all-in-one", "e-mail", "ok"]);
        assert!(got.iter().all(|&(_, n)| n == 1));
    }

    #[test]
    fn links_are_one_word_each_without_their_brackets_and_punctuation() {
        let text = "See https://example.org/a-b?c=1, (www.example.net) or “ana.lopez@example.com”. Then 9:30 e-mail.";
        let texts: Vec<&str> = words(text, false).iter().map(|(t, _)| *t).collect();
        let links = ["https://example.org/a-b?c=1", "www.example.net", "ana.lopez@example.com"];
        assert_eq!(texts, ["See", links[0], links[1], "or", links[2], "Then", "9:30", "e-mail"]);
        let texts: Vec<&str> = words("see www.example.org/all-in-one", true).iter().map(|(t, _)| *t).collect();
        assert_eq!(texts, ["see", "www.example.org/all-in-one"], "counting hyphenated parts leaves links whole");
    }

    #[test]
    fn hyphenated_parts_on_request() {
        let texts: Vec<&str> = words("all-in-one at 9:30", true).iter().map(|(t, _)| *t).collect();
        assert_eq!(texts, ["all", "in", "one", "at", "9:30"]);
    }

    #[test]
    fn a_colon_between_words_does_not_join() {
        let texts: Vec<&str> = words("Note: this 2:x", false).iter().map(|(t, _)| *t).collect();
        assert_eq!(texts, ["Note", "this", "2", "x"]);
    }

    #[test]
    fn cjk_counts_characters_and_hangul_counts_spaced_words() {
        let total = |text: &str| words(text, false).iter().map(|&(_, n)| n).sum::<usize>();
        assert_eq!(total("日本語のテキストです。"), 3 + 1 + 4 + 2);
        assert_eq!(total("𠮷野家"), 3, "astral ideographs count too");
        assert_eq!(total("대한민국은 민주공화국이다."), 2);
    }

    #[test]
    fn a_prepended_mark_joins_the_next_cluster_across_a_word_boundary() {
        // U+0D4E MALAYALAM LETTER DOT REPH is a prepended mark: one cluster with what follows,
        // though a word boundary lies between it and the Siddham section mark (U+115C1).
        for text in ["\u{D4E}\u{115C1}", "a\u{D4E}\u{115C1}b", "\u{D4E}\u{115C1}\u{D4E}."] {
            let characters = scan(text, false, |_, _| {});
            assert_eq!(characters.graphemes, text.graphemes(true).count(), "{text:?}");
            let non_space = text.graphemes(true).count();
            assert_eq!(characters.non_space, non_space, "{text:?}");
        }
    }

    #[test]
    fn thai_runs_are_estimated() {
        // 12 grapheme clusters with no space: round(12 / 3.1) = 4 words; a short run is 1 word.
        let run = "ภาษาไทยสวยงา";
        assert_eq!(run.graphemes(true).count(), 12);
        assert_eq!(words(run, false), [(run, 4)]);
        assert_eq!(words("ไทย ก", false), [("ไทย", 1), ("ก", 1)]);
    }

    #[test]
    fn characters_are_counted_in_the_same_pass() {
        let text = "e\u{301}👩‍👩‍👧 a\r\nb 日";
        let c = scan(text, false, |_, _| {});
        assert_eq!(c.bytes, text.len());
        assert_eq!(c.code_points, text.chars().count());
        assert_eq!(c.utf16, text.encode_utf16().count());
        assert_eq!(c.graphemes, 8); // é, family, space, a, CR LF, b, space, 日
        assert_eq!(c.non_space, 5);
        assert_eq!(c.letters, 4);
        assert_eq!(c.cjk, 1);
    }
}
