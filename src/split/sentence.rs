//! Sentences: "article" mode, tuned for news text, and strict UAX #29.
//!
//! UAX #29 (and `Intl.Segmenter`, which implements it) ends a sentence at every period followed by
//! a space and a capital, so "Mr. Smith" and "U.S. Government" fall apart, and it ignores line
//! breaks, so a headline runs into the first paragraph. Article mode decides each candidate end by
//! looking at both sides of it:
//!
//! 1. **Paragraphs** (see [`paragraphs`]) always end a sentence, so a headline or a list item with
//!    no final punctuation is a sentence of its own. A text of whitespace only has no sentence.
//! 2. **Candidates** are runs of terminators (`.` `!` `?` `…` `‼` `⁇` `⁈` `⁉` `؟` and the
//!    full stops of other scripts), followed by closing quotes or brackets, reference marks
//!    (`bishop.[2]`, `taxes.[4][5]`, `the trial.7 8`) and then whitespace. An ellipsis in square
//!    brackets (`[...]`, an omission in a quotation) is no candidate.
//! 3. **Full stops that need no space** (`。` `！` `？` `।` `॥` `۔` `።` `։` …) always end one, and
//!    so does a spaced four-dot ellipsis (`. . . .`: an ellipsis, then a full stop).
//! 4. **Ellipses** (`…`, `...`, `. . .`) end one unless the next word starts in lower case
//!    (`wait... what`, `wait . . . what`). **`!` and `?`** end one unless a closing quote or
//!    bracket and a lower-case word follow (`“Why?” she asked`, `'Stop!' cried the guard`) or a
//!    dash does (`and -- bang! -- the lights`, `It was — dare I ask? — a mistake`).
//! 5. **A single period** (`.`, or the full-width `．`) ends one unless
//!    - the next word starts in lower case (an unknown abbreviation: `approx. three`), but for
//!      a pronoun or a question word after a word that is no abbreviation, which starts a
//!      sentence written in lower case (`by cats. they look`);
//!    - the word before it is an abbreviation whose [`AbbreviationKind`] says the period is not an
//!      end before that next word (`Dr. Who`, `No. 5`, `U.S. Government`, `3 p.m. Friday`);
//!    - it closes a list number at the start of a line (`1. First`, `b. Second`);
//!    - it follows a letter that opens the sentence: a label (`Q. Where …? A. In …`) or an initial;
//!    - it closes a time of day in an opening phrase of time (`By 7 a.m. Dr. Ruiz left`; but
//!      `… shut at 9 P.M. Dr. Ruiz …` ends);
//!
//!    and a country's or union's initialism ends one before any capitalised word that does not
//!    name one of its institutions (`… to the U.K. Thousands waited`, but `the U.S. Army`).
//!    The word before a period is read back to whitespace or to the start of its sentence, so
//!    `ended.Dr. Ruiz` has the title `Dr`.
//! 6. **No space after a period, `!` or `?`** is not an end (`3.14`, `v1.2.3`, `example.com`,
//!    `U.S.A.`), except where a lower-case word or a number of two digits or more is followed by
//!    a capitalised word outside a URL or e-mail address (`the end.Next`, `2,500.Nobody`), and
//!    after `!` or `?` between Chinese or Japanese characters (`美味!組`).
//! 7. **List items inside a line** (`… 1.) a coat 2.) socks`, `(a) … (b) …`, `• 4. …`) each start
//!    a sentence at their marker, and the marker's period ends nothing (see `list_items.rs` for
//!    when a `2.` or an `(a)` is a marker).
//!
//! Capitalised here means the word starts with an upper-case letter or has one inside (`iPhone`),
//! or belongs to a script without case (Chinese, Arabic, Hindi…).
//!
//! Every sentence keeps the whitespace that follows it, so sentences tile their paragraph.

use super::abbreviations::{builtin_kind, builtin_kind_of_lowercase_ascii, Abbreviation, AbbreviationKind};
use super::calendar;
use super::lines::{is_ascii_space, paragraphs, starts_list_item, whitespace_len};
use super::list_items::{Item, ListMarkers};
use super::scan::{find_marked, marks_byte_or_non_ascii, trailing_lowercase_len, EACH_BYTE};
use super::sentence_lang::LangRules;
use super::words::is_grapheme_boundary;
use crate::lang::{LangChoice, Script};
use crate::Span;
use std::collections::HashMap;

/// How sentences are found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SentenceMode {
    /// Rules for article text: abbreviations, initials, numbers, quotes, lists, URLs, line
    /// breaks (see the module docs).
    #[default]
    Article,
    /// Unicode's default sentence boundaries (UAX #29), exactly as specified, in linear time.
    Uax29,
}

/// A sentence splitter: a mode and the abbreviations it knows.
///
/// ```
/// use textlens::split::{Abbreviation, AbbreviationKind, SentenceSplitter};
/// let text = "Ask Brig. Jones. He knows.";
/// let splitter = SentenceSplitter::new()
///     .abbreviations([Abbreviation::new("Brig", AbbreviationKind::Title).unwrap()]);
/// let sentences: Vec<&str> = splitter.split(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(sentences, ["Ask Brig. Jones. ", "He knows."]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitter {
    mode: SentenceMode,
    extra: HashMap<String, AbbreviationKind>,
    lang: LangChoice,
}

/// The article-mode sentences of `text`, with the built-in abbreviations.
///
/// ```
/// let text = "Dr. J. R. Smith, 42, left at 9 a.m. Tuesday. Why? Nobody knows.";
/// let sentences: Vec<&str> = textlens::split::sentences(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(sentences, ["Dr. J. R. Smith, 42, left at 9 a.m. Tuesday. ", "Why? ", "Nobody knows."]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    SentenceSplitter::new().split(text)
}

impl SentenceSplitter {
    /// An article-mode splitter with the built-in abbreviations.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the mode.
    pub fn mode(mut self, mode: SentenceMode) -> Self {
        self.mode = mode;
        self
    }

    /// Sets the language whose rules apply (see [`crate::lang`]); by default it is detected from
    /// each text.
    pub fn lang(mut self, lang: impl Into<LangChoice>) -> Self {
        self.lang = lang.into();
        self
    }

    /// Adds abbreviations to the built-in ones; an entry for a built-in text replaces its kind.
    pub fn abbreviations(mut self, extra: impl IntoIterator<Item = Abbreviation>) -> Self {
        self.extra.extend(extra.into_iter().map(|a| (a.text().to_owned(), a.kind())));
        self
    }

    /// The sentences of `text`.
    pub fn split(&self, text: &str) -> Vec<Span> {
        match self.mode {
            SentenceMode::Uax29 => super::uax29::sentences(text),
            SentenceMode::Article => {
                let lang = self.lang.resolve(text).lang;
                let sentences = self.split_article(text, LangRules::of(lang));
                match lang.script() {
                    Script::Hangul => super::spaced_scripts::split_after_korean_endings(text, &sentences),
                    script if script.separates_sentences_by_spaces() => {
                        super::spaced_scripts::split_at_spaces(text, &sentences, script)
                    }
                    _ => sentences,
                }
            }
        }
    }

    fn split_article(&self, text: &str, lang: LangRules) -> Vec<Span> {
        let mut sentences = Vec::new();
        let (mut ends, mut markers) = (Vec::new(), ListMarkers::default());
        for paragraph in paragraphs(text) {
            markers.clear();
            ends.clear();
            ends.extend(self.terminator_ends(text, paragraph, &mut markers, lang));
            lang.add_question_semicolon_ends(text, paragraph, &mut ends);
            let mut start = paragraph.start;
            for end in ends_and_items(&ends, markers.items(), paragraph) {
                sentences.push(Span::new(start, end));
                start = end;
            }
            sentences.push(Span::new(start, paragraph.end));
        }
        join_wordless(text, &mut sentences);
        sentences
    }

    /// Sentence ends strictly inside `paragraph` after terminators (rules 2 to 6), in order; hands
    /// each `.` and `)` that may close a list marker to `markers` on the way.
    fn terminator_ends<'t>(
        &'t self,
        text: &'t str,
        paragraph: Span,
        markers: &'t mut ListMarkers,
        lang: LangRules,
    ) -> impl Iterator<Item = usize> + 't {
        let (mut pos, mut sentence_start) = (paragraph.start, paragraph.start);
        let within = &text[..paragraph.end];
        std::iter::from_fn(move || {
            while let Some(start) = find_terminator(within, pos, |bracket| markers.note(text, paragraph, bracket)) {
                // A period after a plain word (the shortcut) closes no list marker.
                if self.extra.is_empty() && lang.is_english() {
                    if let Some(next) = plain_period_end(within.as_bytes(), start) {
                        (pos, sentence_start) = (next, next);
                        return Some(next);
                    }
                }
                if within.as_bytes()[start] == b'.' {
                    markers.note(text, paragraph, start);
                }
                let candidate = Candidate::at(within, start, sentence_start, lang);
                pos = candidate.resume;
                if candidate.next == paragraph.end {
                    return None;
                }
                // Never inside a grapheme: a space followed by a combining mark is one.
                if self.is_end(text, &candidate, lang) && is_grapheme_boundary(text, candidate.next) {
                    (pos, sentence_start) = (candidate.next, candidate.next);
                    return Some(candidate.next);
                }
            }
            None
        })
    }

    fn is_end(&self, text: &str, candidate: &Candidate, lang: LangRules) -> bool {
        if matches!(candidate.terminator, Terminator::FullStop | Terminator::EllipsisThenStop) {
            return true;
        }
        // An omission in a quotation, `[...]`, ends nothing.
        if text[..candidate.start].ends_with('[') && text[candidate.resume..].starts_with(']') {
            return false;
        }
        let next = NextWord::at(&text[candidate.next..]);
        if candidate.spaced {
            self.is_spaced_end(text, candidate, &next, lang)
        } else {
            is_unspaced_end(text, candidate, &next)
        }
    }

    /// Rules 4 and 5: a terminator followed by whitespace.
    fn is_spaced_end(&self, text: &str, candidate: &Candidate, next: &NextWord, lang: LangRules) -> bool {
        if candidate.terminator == Terminator::Strong {
            return match next {
                // A quoted question before its attribution (`“Why?” she asked`) goes on, and so
                // does a name written with its mark inside a sentence (`works at Yahoo! in …`).
                NextWord::Lower(_) => !candidate.closed && !self.is_exclaimed_name(text, candidate),
                // So does an interjection between dashes (`and -- bang! -- the lights …`).
                NextWord::Other => !starts_with_dash(&text[candidate.next..]),
                _ => true,
            };
        }
        let before = || word_before(text, candidate.start, candidate.sentence_start);
        if let NextWord::Lower(word) = next {
            // After a word that is no abbreviation, a word that opens sentences and seldom follows
            // one (`… by cats. they look …`); never an attribution after a quotation that ends
            // with a period (`"It is over." she said`).
            let opens = candidate.terminator == Terminator::Period
                && !candidate.closed
                && lang.is_english()
                && is_lower_case_opener(word);
            return opens && self.abbreviation_kind(before(), lang).is_none() && !is_regnal_numeral(before());
        }
        if candidate.terminator != Terminator::Period {
            // The pronoun `I` is capitalised wherever it stands, so after a trailing-off ellipsis
            // it is no sign of a new sentence (`I was not sure ... I had no idea`).
            let pronoun_i = matches!(next, NextWord::Capitalised(word) if lang.is_english() && is_pronoun_i(word));
            return !(candidate.terminator == Terminator::Ellipsis && pronoun_i);
        }
        let before = before();
        let so_far = || text[candidate.sentence_start..candidate.start].trim_start();
        if is_list_number(text, candidate.start, before)
            || lang.is_ordinal(text, candidate.start, before, next, so_far() == before)
        {
            return false;
        }
        match self.abbreviation_kind(before, lang) {
            None => true,
            // A letter that opens its sentence is a label (`Q. Where …`, `A. In …`) or an initial.
            Some(_) if is_capital_letter(before) && so_far() == before => false,
            // `I` after a lower-case word is the pronoun ending its sentence (`… you and I. We …`),
            // not an initial, which follows a given name (`Albert I. Jones`).
            Some(_) if before == "I" && lang.is_english() && follows_lower_case_word(so_far()) => {
                matches!(next, NextWord::Capitalised(_))
            }
            Some(AbbreviationKind::Title | AbbreviationKind::Inner) => false,
            Some(AbbreviationKind::Number) => matches!(next, NextWord::Capitalised(_) | NextWord::Uncased),
            Some(AbbreviationKind::Trailing) => match next {
                // Initials in a row (`А. С. Пушкин`), even where a letter alone is a word.
                NextWord::Capitalised(word)
                    if is_capital_letter(before) && is_initial_at(&text[candidate.next..], word) =>
                {
                    false
                }
                NextWord::Capitalised(word) if !lang.is_english() => lang.opens_sentence(word),
                NextWord::Uncased => !lang.is_english(),
                NextWord::Capitalised(word) if is_place_initialism(before) => {
                    is_sentence_opener(word) || !(is_institution(word) || opens_a_name(&text[candidate.next..]))
                }
                NextWord::Capitalised(word) => is_sentence_opener(word),
                _ => false,
            },
            Some(AbbreviationKind::Time) => {
                let capitalised = matches!(next, NextWord::Capitalised(word) if !calendar::is_calendar_or_zone(word));
                capitalised && !is_time_phrase(so_far())
            }
        }
    }

    /// Whether a lone `!` closes a capitalised word that does not open its sentence: a name such
    /// as `Yahoo!` or `Jeopardy!`, which the sentence goes on after.
    fn is_exclaimed_name(&self, text: &str, candidate: &Candidate) -> bool {
        let before = word_before(text, candidate.start, candidate.sentence_start);
        let so_far = text[candidate.sentence_start..candidate.start].trim_start();
        text[candidate.start..candidate.resume] == *"!"
            && before.chars().next().is_some_and(char::is_uppercase)
            && so_far != before
    }

    /// What the word before a period is, if it is an abbreviation.
    fn abbreviation_kind(&self, word: &str, lang: LangRules) -> Option<AbbreviationKind> {
        if word.is_empty() || word.len() > LOWERCASE_BUFFER {
            return None;
        }
        let extra =
            if self.extra.is_empty() { None } else { with_lowercase(word, |lower| self.extra.get(lower).copied()) };
        // A capital letter alone is an initial in every language, even where its lower case is an
        // abbreviation (French `p.` for "page": `Collis P. Huntington`).
        let own = || match lang.is_english() {
            true => builtin_kind(word),
            false if is_capital_letter(word) => None,
            false => with_lowercase(word, |lower| lang.abbreviation(lower)),
        };
        extra.or_else(own).or_else(|| is_initialism(word).then_some(AbbreviationKind::Trailing))
    }
}

/// Joins each piece without a letter or digit (a lone `...`, a `* * *` rule, a line of dashes) to
/// the sentence before it, or at the start of the text to the one after it: such a piece is no
/// sentence, and `count` counts none of them either. A text with no letter or digit at all stays
/// one piece, so that the pieces still tile it.
fn join_wordless(text: &str, sentences: &mut Vec<Span>) {
    let mut kept = 0;
    for i in 0..sentences.len() {
        let piece = sentences[i];
        if kept > 0 && !has_letter_or_digit(piece.text(text)) {
            sentences[kept - 1].end = piece.end;
        } else if kept == 1 && !has_letter_or_digit(sentences[0].text(text)) {
            // Only wordless pieces so far: they open this sentence.
            sentences[0].end = piece.end;
        } else {
            sentences[kept] = piece;
            kept += 1;
        }
    }
    sentences.truncate(kept);
}

fn has_letter_or_digit(piece: &str) -> bool {
    piece.chars().any(char::is_alphanumeric)
}

/// Longest word [`with_lowercase`] lower-cases without allocating.
const LOWERCASE_BUFFER: usize = 32;

/// Calls `f` with `word` in lower case. Words before periods are short and almost always ASCII,
/// so these are lower-cased on the stack; `str::to_lowercase` (which allocates) does the rest.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0; LOWERCASE_BUFFER];
    match buffer.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).unwrap_or_default())
        }
        _ => f(&word.to_lowercase()),
    }
}

/// Sentence ends strictly inside `paragraph` (its own end is not listed): where a list item
/// starts (rule 7), and `ends` after terminators, but not those right after an item's marker.
fn ends_and_items<'a>(
    ends: &'a [usize],
    items: impl Iterator<Item = Item> + 'a,
    paragraph: Span,
) -> impl Iterator<Item = usize> + 'a {
    let mut items = items.peekable();
    let mut ends = ends.iter().copied().peekable();
    std::iter::from_fn(move || loop {
        let item = items.next_if(|item| ends.peek().is_none_or(|&end| item.start <= end));
        let Some(item) = item else { return ends.next() };
        // The marker's own period ends nothing (`1.) The …`).
        while ends.next_if(|&end| end <= item.text).is_some() {}
        if item.start > paragraph.start {
            return Some(item.start);
        }
    })
}

/// Rule 6: a terminator followed directly by the next word.
fn is_unspaced_end(text: &str, candidate: &Candidate, next: &NextWord) -> bool {
    // Chinese and Japanese need no space after a half-width `!` or `?` either (`美味!組`).
    if candidate.terminator == Terminator::Strong && matches!(next, NextWord::Uncased | NextWord::Digit) {
        return text[..candidate.start].chars().next_back().is_some_and(is_ideographic);
    }
    if candidate.terminator == Terminator::Ellipsis || !matches!(next, NextWord::Capitalised(_)) {
        return false;
    }
    let rest = &text[candidate.next..];
    // A capitalised word, or the pronoun `I` (`know?I think`).
    let next_is_word = rest.chars().nth(1).is_some_and(char::is_lowercase)
        || matches!(next, NextWord::Capitalised(word) if is_pronoun_i(word));
    // Back to whitespace: in `aa.Bb.Cc` the period after `Bb` follows no word.
    let before = word_before(text, candidate.start, 0);
    let before_is_word = before.chars().count() >= 2
        && before.chars().all(char::is_alphabetic)
        && before.chars().any(char::is_lowercase)
        && builtin_kind(before).is_none();
    // A number of two digits or more, maybe grouped (`in 1990.The`, `2,500.Nobody`).
    let before_is_number = before.bytes().filter(u8::is_ascii_digit).count() >= 2
        && before.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && before.ends_with(|c: char| c.is_ascii_digit());
    (before_is_word || before_is_number) && next_is_word && !in_url_or_email(text, candidate.start)
}

/// What kind of terminator a candidate ends with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terminator {
    /// One `.` or `．`.
    Period,
    /// Two or more periods, spaced or not (`...`, `. . .`), or `…`.
    Ellipsis,
    /// Four spaced periods, `. . . .`: an ellipsis, then the full stop that ends the sentence.
    EllipsisThenStop,
    /// A run holding `!` or `?` (or their relatives).
    Strong,
    /// A full stop of a script that needs no following space (`。`, `।`, …).
    FullStop,
}

/// A run of terminators, its closing punctuation and the whitespace after it.
#[derive(Debug)]
struct Candidate {
    /// First byte of the terminator run.
    start: usize,
    terminator: Terminator,
    /// Whether whitespace follows (after any closing punctuation).
    spaced: bool,
    /// Whether closing quotes or brackets follow the terminator run.
    closed: bool,
    /// Where the next sentence would start: after the closers and whitespace.
    next: usize,
    /// Where scanning resumes if this is not an end: just after the terminator run.
    resume: usize,
    /// Where the sentence that the candidate may end starts.
    sentence_start: usize,
}

impl Candidate {
    /// The candidate whose terminator run starts at `start`.
    fn at(text: &str, start: usize, sentence_start: usize, lang: LangRules) -> Self {
        let (run_len, terminator) = terminator_run(&text[start..]);
        let after_closers = start + run_len + closers_len(&text[start + run_len..], lang);
        let after_word = terminator == Terminator::Period && text[..start].ends_with(char::is_alphabetic);
        let after_marks = after_closers + reference_marks_len(&text[after_closers..], after_word);
        let space = whitespace_len(&text[after_marks..]);
        let next = after_marks + space;
        let closed = after_closers > start + run_len;
        Candidate { start, terminator, spaced: space > 0, closed, next, resume: start + run_len, sentence_start }
    }
}

/// The commonest sentence ends, told from a few bytes: a period after a plain ASCII word, then
/// at most one ASCII closer, one space or line feed, and an ASCII capital, maybe after a double
/// quote (`… the harbour. The boats …`, `… he said." "Come …`). Returns where the next sentence
/// starts, or `None` when the full rules must decide.
///
/// Rule 5 ends the sentence there unless the word before is a list number or an abbreviation:
/// the capital rules out every other exception. The caller skips this shortcut when it has
/// abbreviations of its own; [`is_plain_word_before`] says which words are neither.
fn plain_period_end(bytes: &[u8], start: usize) -> Option<usize> {
    let after = bytes.get(start + 1..)?;
    let closer = usize::from(matches!(after.first(), Some(b'"' | b'\'' | b')' | b']' | b'}')));
    let (b'.', b' ' | b'\n') = (bytes[start], *after.get(closer)?) else { return None };
    let next = start + 1 + closer + 1;
    let quote = usize::from(bytes.get(next) == Some(&b'"'));
    let capital = bytes.get(next + quote)?.is_ascii_uppercase();
    (capital && is_plain_word_before(bytes, start)).then_some(next)
}

/// Whether the word before the period at `start` is, for certain, no list number and no
/// built-in abbreviation (nor an initial or an initialism, which are letters joined by periods):
/// eight lower-case ASCII letters or more, or two to seven ASCII letters, all lower-case but
/// maybe the first, after ASCII whitespace, that are no built-in and, when all lower-case, have a
/// letter other than `i`, `v` and `x` (list numbers of letters are one letter, or Roman).
fn is_plain_word_before(bytes: &[u8], start: usize) -> bool {
    let Some(&before) = start.checked_sub(8).and_then(|from| bytes[from..start].first_chunk()) else { return false };
    let before = u64::from_le_bytes(before);
    let lower_len = trailing_lowercase_len(before);
    if lower_len == 8 {
        return true; // No built-in is that long.
    }
    let capitalised = lower_len < 7 && bytes[start - lower_len - 1].is_ascii_uppercase();
    let len = lower_len + usize::from(capitalised);
    if !(2..=7).contains(&len) || !is_ascii_space(bytes[start - len - 1]) {
        return false;
    }
    if !capitalised && len <= 4 && bytes[start - len..start].iter().all(|b| b"ivx".contains(b)) {
        return false; // Maybe a list number.
    }
    // The word's bytes, its capital lower-cased (ASCII capitals and small letters differ by 0x20).
    let lower_cased = (before >> (64 - 8 * len)) | (u64::from(capitalised) * 0x20);
    builtin_kind_of_lowercase_ascii(lower_cased, len).is_none()
}

/// Position of the first terminator at or after `from`; calls `on_bracket` with the position of
/// each `)` before it. Only the bytes [`terminator_marks`] marks are looked at one by one, and
/// only the lead bytes of non-ASCII characters are decoded.
fn find_terminator(text: &str, from: usize, mut on_bracket: impl FnMut(usize)) -> Option<usize> {
    let mut i = from;
    loop {
        i = find_marked(text.as_bytes(), i, terminator_marks);
        match text.as_bytes().get(i)? {
            b')' => on_bracket(i),
            b'.' | b'!' | b'?' => return Some(i),
            _ => {
                let c = text[i..].chars().next()?;
                if terminator_of(c).is_some() {
                    return Some(i);
                }
                i += c.len_utf8();
                continue;
            }
        }
        i += 1;
    }
}

/// Marks `.`, `!`, `?`, `)` and every non-ASCII byte (every other terminator is non-ASCII). A scan
/// from a character boundary meets a character's lead byte before its other bytes, so it stops
/// at each non-ASCII character once, at its start.
///
/// `!` (0x21) and `)` (0x29) differ only in bit 3, so with that bit set in every byte one
/// [`marks_byte_or_non_ascii`] finds both.
fn terminator_marks(block: u64) -> u64 {
    let with_bit_3 = block | (EACH_BYTE * 0x08);
    marks_byte_or_non_ascii(block, b'.')
        | marks_byte_or_non_ascii(with_bit_3, b')')
        | marks_byte_or_non_ascii(block, b'?')
}

/// Length of the run of terminators that starts `rest`, and what kind of terminator it is.
fn terminator_run(rest: &str) -> (usize, Terminator) {
    match rest.as_bytes() {
        [b'.', b' ', b'.', ..] => return spaced_ellipsis(rest.as_bytes()).unwrap_or((1, Terminator::Period)),
        [b'.', b' ' | b'\n', ..] => return (1, Terminator::Period), // The usual case, without decoding.
        _ => {}
    }
    let (mut len, mut chars, mut periods) = (0, 0, 0);
    let (mut strong, mut full_stop) = (false, false);
    for c in rest.chars() {
        match terminator_of(c) {
            Some(Terminator::Period) => periods += 1,
            Some(Terminator::Strong) => strong = true,
            Some(Terminator::FullStop) => full_stop = true,
            Some(Terminator::Ellipsis | Terminator::EllipsisThenStop) => {}
            None => break,
        }
        len += c.len_utf8();
        chars += 1;
    }
    let terminator = if full_stop {
        Terminator::FullStop
    } else if strong {
        Terminator::Strong
    } else if periods == 1 && chars == 1 {
        Terminator::Period
    } else {
        Terminator::Ellipsis
    };
    (len, terminator)
}

/// The spaced ellipsis that starts `rest` (`. . .`, or `. . . .`: an ellipsis, then a full stop),
/// its length and kind: three or more periods, each after one space (or none) but the first.
fn spaced_ellipsis(rest: &[u8]) -> Option<(usize, Terminator)> {
    let (mut len, mut periods) = (0, 0);
    while rest.get(len) == Some(&b'.') {
        periods += 1;
        len += 1;
        if let [b' ', b'.', ..] = rest[len..] {
            len += 1;
        }
    }
    let terminator = if periods == 4 { Terminator::EllipsisThenStop } else { Terminator::Ellipsis };
    (periods >= 3).then_some((len, terminator))
}

/// Length of the reference marks that start `rest` and stay with the sentence before them, if
/// whitespace follows them: bracketed notes (`bishop.[2] Later`, `taxes.[4][5] Critics`, `[a]`)
/// and, right after a word's period (`after_word`), footnote numbers (`the trial.7 8 After`). A
/// note has one to three digits or letters, a footnote number one to three digits.
fn reference_marks_len(rest: &str, after_word: bool) -> usize {
    let bytes = rest.as_bytes();
    let label_len = |from: usize| bytes[from..].iter().take(4).take_while(|b| b.is_ascii_alphanumeric()).count();
    let digits_len = |from: usize| bytes[from..].iter().take(4).take_while(|b| b.is_ascii_digit()).count();
    let mut len = 0;
    loop {
        match bytes.get(len) {
            Some(b'[')
                if (1..=3).contains(&label_len(len + 1)) && bytes.get(len + 1 + label_len(len + 1)) == Some(&b']') =>
            {
                len += label_len(len + 1) + 2;
            }
            Some(_) if after_word && (1..=3).contains(&digits_len(len)) => {
                len += digits_len(len);
                if let [b' ', next, ..] = bytes[len..] {
                    if next.is_ascii_digit() {
                        len += 1;
                    }
                }
            }
            _ => break,
        }
    }
    if bytes.get(len).is_some_and(|&b| is_ascii_space(b)) {
        len
    } else {
        0
    }
}

/// Length of the closing quotes and brackets at the start of `rest`, including the space that
/// French typography puts before `»` and `›`.
fn closers_len(rest: &str, lang: LangRules) -> usize {
    let mut len = 0;
    loop {
        let tail = &rest[len..];
        // ASCII shortcuts: a closer, or the end of the closers when what follows (after any
        // spaces that could stand before `»`) is ASCII too.
        let bytes = tail.as_bytes();
        match bytes.first() {
            Some(b'"' | b'\'' | b')' | b']' | b'}') => {
                len += 1;
                continue;
            }
            Some(&b) if b.is_ascii() && !is_inline_ascii_space(b) => return len,
            None => return len,
            _ => {}
        }
        let spaces = bytes.iter().take_while(|&&b| is_inline_ascii_space(b)).count();
        // Two apostrophes for a closing quotation mark, as typewriters wrote it (Dutch `,,…''`,
        // or after two backquotes), even after a space: they open nothing.
        if spaces > 0 && !lang.is_english() && bytes[spaces..].starts_with(b"''") {
            len += spaces + 2;
            continue;
        }
        if spaces > 0 && bytes.get(spaces).is_none_or(u8::is_ascii) {
            return len;
        }
        let spaced = &tail[inline_space_len(tail)..];
        match (tail.chars().next(), spaced.chars().next()) {
            (Some(c), _) if is_closer(c) || lang.is_closing_quote(c) => len += c.len_utf8(),
            (_, Some(c @ ('»' | '›'))) => len = rest.len() - spaced.len() + c.len_utf8(),
            _ => return len,
        }
    }
}

/// Whether `b` is ASCII whitespace other than a line feed or a carriage return.
fn is_inline_ascii_space(b: u8) -> bool {
    is_ascii_space(b) && b != b'\n' && b != b'\r'
}

/// Length in bytes of the whitespace other than line feeds and carriage returns that starts `s`.
fn inline_space_len(s: &str) -> usize {
    let is_inline_space = |c: char| c.is_whitespace() && c != '\n' && c != '\r';
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() && !is_inline_space(char::from(b)) => 0,
        _ => s.len() - s.trim_start_matches(is_inline_space).len(),
    }
}

fn terminator_of(c: char) -> Option<Terminator> {
    match c {
        // The full-width full stop of CJK typesetting, also between Latin words (`done．Then`).
        '.' | '．' => Some(Terminator::Period),
        '!' | '?' => Some(Terminator::Strong),
        c if c.is_ascii() => None,
        '…' => Some(Terminator::Ellipsis),
        '‼' | '⁇' | '⁈' | '⁉' | '؟' | '\u{37E}' | '﹖' | '﹗' => Some(Terminator::Strong),
        c if is_full_stop(c) => Some(Terminator::FullStop),
        _ => None,
    }
}

/// Whether `c` is a Han ideograph or a kana: the scripts that put no space between sentences.
fn is_ideographic(c: char) -> bool {
    matches!(Script::of(c), Some(Script::Han | Script::Kana))
}

/// Sentence-final punctuation of scripts that do not need a space after it.
fn is_full_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡' | '।' | '॥' | '۔' | '።' | '፧' | '፨' | '։' | '︒' | '﹒')
}

/// Closing quotes and brackets that stay with the sentence they end.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '】' | '〕' | '〉' | '》' | '）' | '］'
    )
}

/// Opening quotes and brackets that may precede a word.
fn is_opener(c: char) -> bool {
    let quote = matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '‚' | '「' | '『');
    quote || matches!(c, '(' | '[' | '{' | '（' | '¿' | '¡' | '*' | '_')
}

/// The first word after a candidate, as far as the rules care.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum NextWord<'t> {
    /// Starts with a lower-case letter and has no capital inside.
    Lower(&'t str),
    /// Starts with a capital, or has one inside (`iPhone`).
    Capitalised(&'t str),
    /// Starts with a letter of a script without case.
    Uncased,
    /// Starts with a digit.
    Digit,
    /// Anything else: a dash, a symbol, the end of the text.
    Other,
}

impl<'t> NextWord<'t> {
    fn at(rest: &'t str) -> Self {
        let rest = without_openers(rest);
        let word_len: usize =
            rest.chars().take_while(|&c| c.is_alphanumeric() || c == '\'' || c == '’').map(char::len_utf8).sum();
        let word = &rest[..word_len];
        match word.chars().next() {
            Some(c) if c.is_lowercase() && !word.chars().any(char::is_uppercase) => NextWord::Lower(word),
            Some(c) if c.is_lowercase() || c.is_uppercase() => NextWord::Capitalised(word),
            Some(c) if c.is_numeric() => NextWord::Digit,
            Some(c) if c.is_alphabetic() => NextWord::Uncased,
            _ => NextWord::Other,
        }
    }
}

/// The word that ends just before byte `end`: back to whitespace, or to `from` (the start of its
/// sentence, so that `ended.Dr.` has the word `Dr`), without leading quotes or brackets.
///
/// Only the last [`LOOK_AROUND`] bytes are looked at: the rules only care about short words, and a
/// text with no whitespace must not cost its length at every period.
fn word_before(text: &str, end: usize, from: usize) -> &str {
    let head = &text[floor_char_boundary(text, end.saturating_sub(LOOK_AROUND)).max(from)..end];
    // Back over ASCII bytes to an ASCII space, the usual case, or else character by character.
    let start = match head.bytes().rposition(|b| !b.is_ascii() || is_ascii_space(b)) {
        None => 0,
        Some(i) if head.as_bytes()[i].is_ascii() => i + 1,
        Some(_) => head.char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8()),
    };
    without_openers(&head[start..])
}

/// `s` without the opening quotes and brackets that start it.
fn without_openers(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() && !is_opener(char::from(b)) => s,
        _ => s.trim_start_matches(is_opener),
    }
}

/// How far, in bytes, the rules look around a candidate for the word or token that holds it.
const LOOK_AROUND: usize = 256;

/// The largest `char` boundary of `text` at or before `pos`.
fn floor_char_boundary(text: &str, mut pos: usize) -> usize {
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// Whether `word`, ending at `end`, is a list number standing first on its line (`1.`, `b.`, `iv.`).
fn is_list_number(text: &str, end: usize, word: &str) -> bool {
    if word.len() > 4 {
        return false;
    }
    // Only whitespace may stand between the line start and the word. Scanning back just past that
    // whitespace, not to the line start, keeps a long line from costing its length per period.
    let before_word = &text[..end - word.len()];
    let last_other = before_word.char_indices().rev().find(|&(_, c)| !c.is_whitespace() || matches!(c, '\n' | '\r'));
    let line_start = match last_other {
        Some((i, '\n' | '\r')) => i + 1,
        Some(_) => return false,
        None => 0,
    };
    starts_list_item(&text[line_start..])
}

fn is_capital_letter(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Whether `rest` opens with `word`, a capital letter, and a period: one more initial.
fn is_initial_at(rest: &str, word: &str) -> bool {
    is_capital_letter(word) && without_openers(rest).strip_prefix(word).is_some_and(|after| after.starts_with('.'))
}

/// The initialisms of countries and unions (`U.S`, `U.K`, `U.A.E`, `E.U`, `U.N`), which end a
/// sentence before a capitalised word unless it names one of their institutions (see
/// [`is_institution`]). Other dotted capitals are as often initials (`J.M. Huber`) or labels
/// (`P.S. Tom, …`).
fn is_place_initialism(word: &str) -> bool {
    const PLACES: &[&str] = &["u.s", "u.k", "u.a.e", "e.u", "u.n", "u.s.a"];
    word.len() <= 5 && PLACES.iter().any(|place| place.eq_ignore_ascii_case(word))
}

/// Whether `rest` opens with two capitalised words (`Security Council …`): after a country's
/// initialism, the name of one of its bodies goes on (`the U.N. Security Council`), while a new
/// sentence seldom opens that way (`… the U.K. Thousands waited`). Reads at most a few dozen bytes.
fn opens_a_name(rest: &str) -> bool {
    const WINDOW: usize = 48;
    let window = &rest[..floor_char_boundary(rest, WINDOW.min(rest.len()))];
    let mut words = window.split_whitespace();
    let capitalised = |word: Option<&str>| word.and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
    capitalised(words.next()) && capitalised(words.next())
}

/// A single capital letter (an initial) or letters joined by periods (`U.K`, `F.B.I`, `Ph.D`).
fn is_initialism(word: &str) -> bool {
    let single_capital = is_capital_letter(word);
    let dotted = word.contains('.')
        && word.split('.').all(|part| (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic));
    single_capital || dotted
}

/// Whether the period at `pos` lies inside a URL or an e-mail address.
///
/// Only [`LOOK_AROUND`] bytes on each side are looked at, so a long run without whitespace costs
/// a bounded amount per period.
fn in_url_or_email(text: &str, pos: usize) -> bool {
    let window_start = floor_char_boundary(text, pos.saturating_sub(LOOK_AROUND));
    let window_end = floor_char_boundary(text, (pos + LOOK_AROUND).min(text.len()));
    let start = text[window_start..pos]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(window_start, |(i, c)| window_start + i + c.len_utf8());
    let end = text[pos..window_end].find(char::is_whitespace).map_or(window_end, |i| pos + i);
    let token = &text[start..end];
    token.contains("://") || token.contains('@') || token.to_ascii_lowercase().starts_with("www.")
}

/// Whether `rest` starts with a dash: `-`, `–` or `—`.
fn starts_with_dash(rest: &str) -> bool {
    rest.starts_with(['-', '–', '—'])
}

/// Words that open sentences written in lower case (chat, e-mail) and seldom follow an
/// abbreviation: pronouns, words that ask, and the commonest openers of requests and replies.
fn is_lower_case_opener(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "are", "but", "can", "did", "do", "he", "how", "i", "i'd", "i'll", "i'm", "i've", "if", "is", "it", "it's",
        "maybe", "please", "plus", "she", "the", "then", "there", "they", "this", "we", "what", "when", "where", "who",
        "why", "you",
    ];
    let apostrophe = |c: char| if c == '’' { '\'' } else { c };
    word.len() <= 7 && WORDS.iter().any(|opener| opener.chars().eq(word.chars().map(apostrophe)))
}

/// A Roman numeral of two or more capitals, as after a ruler's name (`Charles VII. did`).
fn is_regnal_numeral(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// The pronoun `I`, alone or with a contraction (`I'm`, `I’ll`).
fn is_pronoun_i(word: &str) -> bool {
    word == "I"
        || word
            .strip_prefix("I'")
            .or_else(|| word.strip_prefix("I’"))
            .is_some_and(|rest| matches!(rest, "m" | "d" | "ll" | "ve"))
}

/// Whether the word before the last one of `so_far` starts with a lower-case letter.
fn follows_lower_case_word(so_far: &str) -> bool {
    let mut words = so_far.split_whitespace().rev();
    words.next();
    words.next().and_then(|word| without_openers(word).chars().next()).is_some_and(char::is_lowercase)
}

/// Words that commonly open an English sentence, so a capitalised one of them after a trailing
/// abbreviation ("… in the U.S. The …") signals a new sentence.
fn is_sentence_opener(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "a",
        "after",
        "all",
        "also",
        "although",
        "an",
        "and",
        "another",
        "as",
        "at",
        "because",
        "before",
        "both",
        "but",
        "by",
        "despite",
        "during",
        "each",
        "earlier",
        "even",
        "every",
        "for",
        "from",
        "he",
        "her",
        "here",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "indeed",
        "instead",
        "it",
        "its",
        "last",
        "later",
        "many",
        "meanwhile",
        "more",
        "most",
        "mr",
        "mrs",
        "ms",
        "my",
        "next",
        "no",
        "not",
        "now",
        "of",
        "on",
        "one",
        "only",
        "or",
        "other",
        "our",
        "she",
        "since",
        "so",
        "some",
        "still",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "thus",
        "to",
        "today",
        "we",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "with",
        "yesterday",
        "yet",
        "you",
        "your",
    ];
    word.len() <= 10 && OPENERS.contains(&word.to_lowercase().as_str())
}

/// Whether the start of a sentence, up to a time of day (`By 7`, `At 9:30`), is an opening phrase
/// of time, which cannot be a sentence of its own: a preposition of time and at most three words.
fn is_time_phrase(so_far: &str) -> bool {
    const PREPOSITIONS: &[&str] = &["about", "after", "around", "at", "before", "by", "from", "since", "till", "until"];
    let mut words = so_far.split_whitespace();
    let opens =
        words.next().is_some_and(|word| word.len() <= 6 && PREPOSITIONS.contains(&word.to_lowercase().as_str()));
    // At most three words are read, however long the sentence so far.
    opens && words.nth(2).is_none()
}

/// Nouns that continue a country's or union's initialism into the name of one of its
/// institutions or people (`U.S. Army`, `U.K. Parliament`, `E.U. Commission`).
fn is_institution(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "agency",
        "air",
        "ambassador",
        "army",
        "attorney",
        "bank",
        "border",
        "census",
        "coast",
        "commission",
        "congress",
        "consulate",
        "council",
        "court",
        "customs",
        "department",
        "dept",
        "embassy",
        "envoy",
        "federal",
        "forces",
        "government",
        "house",
        "marine",
        "marines",
        "military",
        "navy",
        "open",
        "parliament",
        "president",
        "prime",
        "secretary",
        "senate",
        "supreme",
        "treasury",
        "troops",
    ];
    word.len() <= 12 && WORDS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::scan::assert_marks_exactly;

    #[test]
    fn terminators_are_found_wherever_they_fall_in_a_step_of_sixteen() {
        for pad in 0..34 {
            for filler in ["x", "é", "“", " "] {
                let head = filler.repeat(pad);
                for terminator in [".", "!", "?", "…", "。", "؟", "‼"] {
                    let text = format!("{head}{terminator} tail.");
                    assert_eq!(find_terminator(&text, 0, |_| {}), Some(head.len()), "{text:?}");
                }
                assert_eq!(find_terminator(&head, 0, |_| {}), None, "{head:?}");
            }
        }
    }

    #[test]
    fn terminator_marks_mark_exactly_their_bytes_in_every_lane() {
        let expected = |byte: u8| matches!(byte, b'.' | b'!' | b'?' | b')') || !byte.is_ascii();
        assert_marks_exactly(terminator_marks, expected);
    }

    #[test]
    fn lowercase_on_the_stack_agrees_with_to_lowercase() {
        let long = "A".repeat(LOWERCASE_BUFFER + 1);
        for word in ["", "Dr", "U.S", "GOV'T", "Ärzte", "İstanbul", "ΣΟΦΟΣ", long.as_str()] {
            assert_eq!(with_lowercase(word, str::to_owned), word.to_lowercase(), "{word:?}");
        }
    }
}
