//! What article-mode sentence splitting reads from a language's data (see [`crate::lang`]).
//!
//! English is the language of the built-in rules: its abbreviations are the built-ins, and the
//! English word lists of `sentence.rs` (lower-case openers, sentence openers, institutions,
//! calendar words) apply to it alone. Another language with data brings its abbreviations,
//! closing quotation marks, ordinal numbers, its frequent words as sentence openers and, in Greek,
//! the question mark `;`. A language without data gets the generic rules: no abbreviation but
//! initials and initialisms, no word list.

use super::sentence::NextWord;
use crate::lang::{Lang, LangData};
use crate::split::AbbreviationKind;
use crate::Span;

/// The sentence rules of one language.
#[derive(Clone, Copy, Debug)]
pub(super) struct LangRules {
    english: bool,
    data: Option<&'static LangData>,
}

impl LangRules {
    pub(super) fn of(lang: Lang) -> Self {
        let english = lang.tag() == "en";
        LangRules { english, data: if english { None } else { lang.data() } }
    }

    /// Whether the built-in (English) rules apply.
    pub(super) fn is_english(self) -> bool {
        self.english
    }

    /// The kind of the abbreviation `lower` (lower case, without its period) in this language.
    pub(super) fn abbreviation(self, lower: &str) -> Option<AbbreviationKind> {
        let data = self.data?;
        data.abbreviations.get(lower).copied().or_else(|| {
            let ending = data
                .abbreviation_endings
                .iter()
                .find(|(ending, _)| lower.len() > ending.len() && lower.ends_with(ending));
            ending.map(|&(_, kind)| kind)
        })
    }

    /// Whether `c` closes a quotation in this language (`“` in German, `«` in Danish), beyond the
    /// closers every language shares.
    pub(super) fn is_closing_quote(self, c: char) -> bool {
        self.data.is_some_and(|data| data.closing_quotes.contains(&c))
    }

    /// Whether the capitalised `word` opens a sentence after an abbreviation that may close a
    /// name: one of the language's frequent words.
    pub(super) fn opens_sentence(self, word: &str) -> bool {
        let Some(data) = self.data else { return false };
        word.len() <= 16 && data.frequent.contains(&word.to_lowercase().as_str())
    }

    /// Whether the period at `period`, after `before`, makes the number `before` an ordinal
    /// (`am 3. Mai`, `die 9. Etappe`, `den 3. maj`): in a language that writes ordinals so, a
    /// number of one to four digits before a month, after an article or preposition that stands
    /// before ordinals, or opening its sentence (`10. Interessierte Länder …`, an item of a list
    /// run into the text). Before a lower-case word the period is no end in any language.
    pub(super) fn is_ordinal(self, text: &str, period: usize, before: &str, next: &NextWord, opens: bool) -> bool {
        let Some(data) = self.data.filter(|data| data.ordinal_period) else { return false };
        if !(1..=4).contains(&before.len()) || !before.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let is_listed = |list: &[&str], word: &str| word.len() <= 32 && list.contains(&word.to_lowercase().as_str());
        let month = matches!(next, NextWord::Capitalised(word) if is_listed(&data.months, word));
        opens || month || is_listed(&data.before_ordinal, word_before(&text[..period - before.len()]))
    }

    /// In a language whose question mark is `;` (Greek), the sentence ends after each `;` in
    /// `paragraph` that whitespace and a capital follow, merged into `ends` in order.
    pub(super) fn add_question_semicolon_ends(self, text: &str, paragraph: Span, ends: &mut Vec<usize>) {
        if !self.data.is_some_and(|data| data.question_semicolon) {
            return;
        }
        let within = &text[paragraph.start..paragraph.end];
        for (i, _) in within.match_indices(';') {
            let rest = &within[i + 1..];
            let next = rest.trim_start();
            if next.len() < rest.len() && next.chars().next().is_some_and(char::is_uppercase) {
                // Into its place among the other ends, which are sorted (few ends follow it).
                let end = paragraph.start + within.len() - next.len();
                let at = ends.iter().rposition(|&other| other < end).map_or(0, |i| i + 1);
                if ends.get(at) != Some(&end) {
                    ends.insert(at, end);
                }
            }
        }
    }
}

/// The word that ends `head`, after any whitespace that ends it, as far back as a few dozen bytes.
fn word_before(head: &str) -> &str {
    let head = head.trim_end();
    let start = head
        .char_indices()
        .rev()
        .take(32)
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(head.len(), |(i, _)| i);
    &head[start..]
}
