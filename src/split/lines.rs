//! Lines and paragraphs.
//!
//! **Lines** end after each mandatory break: LF, CR LF, CR, VT, FF, NEL (U+0085), LINE SEPARATOR
//! and PARAGRAPH SEPARATOR. The break belongs to the line it ends.
//!
//! **Paragraphs** follow how articles are actually pasted. Text is first cut into *blocks* at blank
//! lines (lines holding only whitespace, which join the block before them). A block is then either
//! *hard-wrapped* prose (a book or e-mail broken at a fixed width: all its line breaks are soft, so
//! the block is one paragraph) or not (each line is a paragraph, which is how news sites, word
//! processors and `seed-articles.txt` lay paragraphs out). A block counts as hard-wrapped when
//!
//! 1. it has at least two lines, none longer than [`WRAP_WIDTH_MAX`] characters, and
//! 2. at least two thirds of its lines but the last are *wrapped*: the next line starts in lower
//!    case, or its first word would not have fitted on the line within 85 % of the block's longest
//!    line (text is often wrapped a little short of its longest line), and
//! 3. when it has exactly two lines, the second starts in lower case or the first ends with a
//!    comma, semicolon or hyphen, or with a title or an abbreviation used only inside sentences
//!    (`Sen.`, `e.g.`; see [`AbbreviationKind`]): two short lines are otherwise a headline and its
//!    text.
//!
//! A block whose lines all have at most four words and no sentence terminator is a list of
//! lines, not wrapped prose (`What you get:` / `pricing` / `team members` / `support, docs`).
//!
//! Inside a hard-wrapped block, a line that starts a list item (`- `, `* `, `• `, `1. `, `a) `, …)
//! still starts a new paragraph.

use super::abbreviations::{builtin_kind, AbbreviationKind};
use super::scan::{find_marked, EACH_BYTE, TOP_BITS};
use crate::Span;

/// Longest line, in characters, that hard-wrapped text is expected to have.
pub const WRAP_WIDTH_MAX: usize = 100;

/// The lines of `text`, each with the break that ends it.
pub fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    lines_and_ascii(text).map(|(span, _)| span)
}

/// The lines of `text`, each with whether it is all ASCII (its characters are then its bytes).
fn lines_and_ascii(text: &str) -> impl Iterator<Item = (Span, bool)> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let (end, ascii) = line_end(text.as_bytes(), start);
        let span = Span::new(start, end);
        start = end;
        Some((span, ascii))
    })
}

/// End of the line starting at `start` (just past its break, or the end of the text), and whether
/// the line is all ASCII.
///
/// Only the bytes [`control_or_non_ascii_marks`] marks are looked at one by one, and of a
/// non-ASCII character only its first byte; the rest are skipped sixteen at a time (see
/// [`find_marked`]).
fn line_end(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut ascii = true;
    let mut i = start;
    loop {
        i = find_marked(bytes, i, control_or_non_ascii_marks);
        let Some(&lead) = bytes.get(i) else { return (i, ascii) };
        ascii &= lead.is_ascii(); // A non-ASCII break (NEL, LS, PS) makes its line non-ASCII too.
        if let Some(end) = break_end(bytes, i) {
            return (end, ascii);
        }
        // A control byte other than a break (a tab), or a non-ASCII character: skip it whole.
        i += (lead.leading_ones() as usize).max(1);
    }
}

/// Just past the line break that starts at `i`, or `None`.
fn break_end(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i..).unwrap_or_default() {
        [b'\n' | 0x0B | 0x0C, ..] => Some(i + 1),
        [b'\r', b'\n', ..] => Some(i + 2),
        [b'\r', ..] => Some(i + 1),
        [0xC2, 0x85, ..] => Some(i + 2),
        [0xE2, 0x80, 0xA8 | 0xA9, ..] => Some(i + 3),
        _ => None,
    }
}

/// Marks the control bytes up to CR (LF, VT, FF and CR among them, which subtracting 0x0E makes
/// borrow, and only they) and every non-ASCII byte (NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR
/// start with one): the bytes that may start a line break, with two operations a block.
fn control_or_non_ascii_marks(block: u64) -> u64 {
    block.wrapping_sub(EACH_BYTE * 0x0E) | block
}

/// The paragraphs of `text` (see the module docs for the rule).
///
/// ```
/// use textlens::split::paragraphs;
/// let text = "Headline\nFirst paragraph.\n\nSecond one.";
/// let pieces: Vec<&str> = paragraphs(text).iter().map(|p| p.text(text)).collect();
/// assert_eq!(pieces, ["Headline\n", "First paragraph.\n\n", "Second one."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut paragraphs: Vec<Span> = Vec::new();
    let mut block = Block { lines: Vec::new(), end: 0 };
    let mut after_blank = true;
    for (span, ascii) in lines_and_ascii(text) {
        let line = Line::measure(text, span, ascii);
        if block.lines.is_empty() {
            // Leading blank lines join the first line holding text.
            let whole = Span::new(0, span.end);
            if let Some(first) = line.and_then(|_| Line::measure_chars(text, whole)) {
                block.push(first);
            }
        } else {
            match line {
                Some(line) => {
                    if after_blank {
                        block.split_into(text, &mut paragraphs);
                        block.lines.clear();
                    }
                    block.push(line);
                }
                None => block.end = span.end,
            }
        }
        after_blank = line.is_none();
    }
    block.split_into(text, &mut paragraphs);
    paragraphs
}

/// Lines holding text, between blank lines; `end` includes the blank lines that follow.
/// [`paragraphs`] fills one block at a time, reusing its vector.
struct Block {
    lines: Vec<Line>,
    end: usize,
}

impl Block {
    fn push(&mut self, line: Line) {
        self.end = line.span.end;
        self.lines.push(line);
    }

    /// Appends the block's paragraphs.
    fn split_into(&self, text: &str, paragraphs: &mut Vec<Span>) {
        let wrapped = self.is_hard_wrapped(text);
        for (i, line) in self.lines.iter().enumerate() {
            let continues = i > 0 && wrapped && !line.list_item;
            match paragraphs.last_mut() {
                Some(last) if continues => last.end = line.span.end,
                _ => paragraphs.push(line.span),
            }
        }
        if let Some(last) = paragraphs.last_mut() {
            last.end = self.end;
        }
    }

    /// Whether the block's line breaks are soft (see the module docs).
    fn is_hard_wrapped(&self, text: &str) -> bool {
        let lines = &self.lines;
        if lines.len() < 2 {
            return false;
        }
        let width = lines.iter().map(|line| line.width).max().unwrap_or(0);
        if width > WRAP_WIDTH_MAX {
            return false;
        }
        let wraps = lines.windows(2).filter(|pair| is_wrap(&pair[0], &pair[1], width)).count();
        if wraps * 3 < (lines.len() - 1) * 2 || self.is_list_of_short_lines(text) {
            return false;
        }
        lines.len() > 2 || lines[1].starts_lower || lines[0].ends_open || ends_mid_sentence(lines[0].span.text(text))
    }

    /// Whether every line has at most [`LIST_LINE_WORDS`] words and no sentence terminator: a
    /// list (`pricing` / `team members` / `support, docs`), not one sentence wrapped short.
    fn is_list_of_short_lines(&self, text: &str) -> bool {
        self.lines.iter().all(|line| {
            let line = line.span.text(text);
            line.split_whitespace().nth(LIST_LINE_WORDS).is_none() && !line.contains(['.', '!', '?', '…'])
        })
    }
}

/// Most words on a line of a list of short lines (see [`Block::is_list_of_short_lines`]).
const LIST_LINE_WORDS: usize = 4;

/// Whether `line` ends with the period of a built-in title or of an abbreviation used only inside
/// sentences (`… led by Sen.`, `… such as e.g.`), so that its sentence goes on in the next line.
fn ends_mid_sentence(line: &str) -> bool {
    let Some(before_period) = line.trim_end().strip_suffix('.') else {
        return false;
    };
    let word = before_period.rsplit(char::is_whitespace).next().unwrap_or(before_period);
    matches!(builtin_kind(word), Some(AbbreviationKind::Title | AbbreviationKind::Inner))
}

/// What the paragraph rules need to know about one line holding text. Lengths are in characters
/// and leave out the trailing whitespace (the line break included).
#[derive(Clone, Copy)]
struct Line {
    span: Span,
    /// Length up to the last non-whitespace character, leading whitespace included.
    width: usize,
    /// Length from the first non-whitespace character to the last.
    trimmed_len: usize,
    /// Length of the first word (the first run of non-whitespace characters).
    first_word_len: usize,
    /// Whether the first word starts with a lower-case letter.
    starts_lower: bool,
    /// Whether the line ends with a comma, a semicolon or a hyphen, so the next one continues it.
    ends_open: bool,
    /// Whether the line starts a list item (see [`starts_list_item`]).
    list_item: bool,
}

impl Line {
    /// Measures the line at `span`, or `None` if it is blank. `ascii` says whether it is all
    /// ASCII, in which case lengths in bytes are lengths in characters.
    fn measure(text: &str, span: Span, ascii: bool) -> Option<Self> {
        if ascii {
            Self::measure_ascii(text, span)
        } else {
            Self::measure_chars(text, span)
        }
    }

    /// [`Line::measure`] counting characters: needed for a line holding non-ASCII characters,
    /// right for any.
    fn measure_chars(text: &str, span: Span) -> Option<Self> {
        let line = span.text(text);
        let from_text = trim_start(line);
        let first_word = &from_text[..find_whitespace(from_text)];
        let first_char = first_word.chars().next()?; // None: the line is blank.
        let trimmed = trim_end(from_text);
        let char_len = |s: &str| s.chars().count();
        let trimmed_len = char_len(trimmed);
        Some(Line {
            span,
            width: char_len(&line[..line.len() - from_text.len()]) + trimmed_len,
            trimmed_len,
            first_word_len: char_len(first_word),
            starts_lower: first_char.is_lowercase(),
            ends_open: matches!(trimmed.as_bytes().last(), Some(b',' | b';' | b'-')),
            list_item: is_marker_then_space(from_text, first_word),
        })
    }

    /// [`Line::measure`] for an all-ASCII line: one byte is one character, and every test is a
    /// byte comparison.
    fn measure_ascii(text: &str, span: Span) -> Option<Self> {
        let line = &text.as_bytes()[span.start..span.end];
        let lead = line.iter().position(|&b| !is_ascii_space(b))?; // None: the line is blank.
        let width = line.iter().rposition(|&b| !is_ascii_space(b)).map_or(lead, |last| last + 1);
        let from_text = &line[lead..width];
        let first_word_len = ascii_word_len(from_text);
        let first_word = || &text[span.start + lead..][..first_word_len];
        Some(Line {
            span,
            width,
            trimmed_len: from_text.len(),
            first_word_len,
            starts_lower: from_text[0].is_ascii_lowercase(),
            ends_open: matches!(from_text.last(), Some(b',' | b';' | b'-')),
            // A marker needs whitespace after it, in the line or its break. An ASCII one is a
            // bullet (`-`, `*`) or ends with `.` or `)`.
            list_item: lead + first_word_len < line.len()
                && matches!(from_text[first_word_len - 1], b'.' | b')' | b'-' | b'*')
                && is_list_marker(first_word()),
        })
    }
}

/// Whether `b` is an ASCII byte that [`char::is_whitespace`] accepts (VT included, unlike
/// [`u8::is_ascii_whitespace`]).
pub(super) fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// Length of the first word of `s`, ASCII text: up to its first whitespace byte, or all of it.
/// Lines start with a short word, so the first eight bytes are tested at once.
fn ascii_word_len(s: &[u8]) -> usize {
    let one_by_one = |from: usize| s[from..].iter().position(|&b| is_ascii_space(b)).map_or(s.len(), |i| from + i);
    let Some(block) = s.first_chunk::<8>() else { return one_by_one(0) };
    // Marks the bytes below `!`, whitespace and other control bytes, exactly up to the first one
    // (ASCII bytes borrow only there).
    let marks = u64::from_le_bytes(*block).wrapping_sub(EACH_BYTE * u64::from(b'!')) & TOP_BITS;
    match (marks.trailing_zeros() / 8) as usize {
        8 => one_by_one(8),
        first if is_ascii_space(s[first]) => first,
        _ => one_by_one(0),
    }
}

/// [`str::trim_end`], testing ASCII bytes without decoding them.
fn trim_end(s: &str) -> &str {
    let mut end = s.len();
    while let Some(&last) = s.as_bytes()[..end].last() {
        if !last.is_ascii() {
            return s[..end].trim_end();
        }
        if !is_ascii_space(last) {
            break;
        }
        end -= 1;
    }
    &s[..end]
}

/// [`str::trim_start`], testing ASCII bytes without decoding them.
fn trim_start(s: &str) -> &str {
    &s[whitespace_len(s)..]
}

/// Length in bytes of the whitespace that starts `s`.
pub(super) fn whitespace_len(s: &str) -> usize {
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if !b.is_ascii() {
            return s.len() - s[i..].trim_start().len();
        }
        if !is_ascii_space(b) {
            return i;
        }
    }
    s.len()
}

/// Position of the first whitespace character in `s`, or its length.
fn find_whitespace(s: &str) -> usize {
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if !b.is_ascii() {
            return i + s[i..].find(char::is_whitespace).unwrap_or(s.len() - i);
        }
        if is_ascii_space(b) {
            return i;
        }
    }
    s.len()
}

/// Whether the break between `line` and `next` looks like a wrap within `width` characters: the
/// next line starts in lower case, or its first word would not have fitted.
fn is_wrap(line: &Line, next: &Line, width: usize) -> bool {
    let needed = line.trimmed_len + 1 + next.first_word_len;
    needed * 100 > width * 85 || next.starts_lower
}

/// Whether a line starts with a bullet or a list number (`- `, `• `, `1. `, `(a) `, `iv) `, …).
pub(crate) fn starts_list_item(line: &str) -> bool {
    let from_text = trim_start(line);
    is_marker_then_space(from_text, &from_text[..find_whitespace(from_text)])
}

/// Whether `first_word`, the start of `text`, is a list marker with whitespace after it.
fn is_marker_then_space(text: &str, first_word: &str) -> bool {
    first_word.len() < text.len() && is_list_marker(first_word)
}

/// Whether `word` (followed by whitespace) marks a list item: a bullet, or a label, possibly
/// after `(`, then `.` or `)`. Labels are one to three digits, one lower-case ASCII letter or up
/// to four lower-case Roman digits.
fn is_list_marker(word: &str) -> bool {
    let Some(label) = word.strip_suffix(|c| matches!(c, '.' | ')')) else {
        let mut chars = word.chars();
        let bullet = chars.next().is_some_and(|c| matches!(c, '-' | '*' | '•' | '–' | '—' | '‣' | '◦' | '▪' | '·'));
        return bullet && chars.next().is_none();
    };
    let label = label.trim_start_matches('(');
    let numbered = (1..=3).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_digit());
    let lettered = label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase());
    let roman = (1..=4).contains(&label.len()) && label.bytes().all(|b| b"ivx".contains(&b));
    numbered || lettered || roman
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::scan::assert_marks_exactly;

    fn texts<'t>(text: &'t str, spans: &[Span]) -> Vec<&'t str> {
        spans.iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn lines_keep_every_kind_of_break() {
        let text = "a\nb\r\nc\rd\u{2028}e\u{85}f";
        let spans: Vec<Span> = lines(text).collect();
        assert_eq!(texts(text, &spans), ["a\n", "b\r\n", "c\r", "d\u{2028}", "e\u{85}", "f"]);
    }

    #[test]
    fn one_paragraph_per_line_when_lines_are_long() {
        let long = "This line is much longer than any hard-wrapped line would be, because news sites put a whole paragraph on a single line.";
        let text = format!("Headline\n{long}\n{long}\n");
        assert_eq!(paragraphs(&text).len(), 3);
    }

    #[test]
    fn hard_wrapped_block_is_one_paragraph() {
        let text = "It was the kind of morning when the harbour lay so still that\nthe boats seemed painted on it, and the gulls had given up on\nthe fishermen altogether.\n\nNext paragraph here.";
        let spans = paragraphs(text);
        assert_eq!(spans.len(), 2, "{:?}", texts(text, &spans));
        assert!(spans[0].text(text).ends_with("altogether.\n\n"));
    }

    #[test]
    fn headline_over_short_text_is_not_wrapped() {
        let text = "Storm hits the coast overnight\nThe storm arrived on Monday.";
        assert_eq!(paragraphs(text).len(), 2);
    }

    #[test]
    fn list_items_in_wrapped_text_start_paragraphs() {
        assert!(starts_list_item("1. First"));
        assert!(starts_list_item("- item"));
        assert!(starts_list_item("(b) second"));
        assert!(!starts_list_item("3.14 is pi"));
        assert!(!starts_list_item("-5 degrees"));
        for item in ["(iv) fourth", "((2) nested", "  a) indented", "12.\n", "3.\u{A0}nbsp"] {
            assert!(starts_list_item(item), "{item:?}");
        }
        for prose in ["1.", "1.) x", "1a. x", "iv.x y", "a.b. c", "(1 ) x", "( 1. x", "1234. x", "A. Smith", "é. x"] {
            assert!(!starts_list_item(prose), "{prose:?}");
        }
    }

    #[test]
    fn breaks_are_found_wherever_they_fall_in_a_step_of_sixteen() {
        for pad in 0..34 {
            let head = "x".repeat(pad);
            for brk in ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
                let text = format!("{head}{brk}tail é\tand more text");
                let spans: Vec<Span> = lines(&text).collect();
                assert_eq!(
                    texts(&text, &spans),
                    [format!("{head}{brk}").as_str(), "tail é\tand more text"],
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn control_or_non_ascii_marks_mark_exactly_their_bytes_in_every_lane() {
        assert_marks_exactly(control_or_non_ascii_marks, |byte| !(0x0E..0x80).contains(&byte));
    }

    #[test]
    fn blank_and_empty_texts() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("  \n\n ").is_empty());
        assert_eq!(texts("\n\nA\n\nB", &paragraphs("\n\nA\n\nB")), ["\n\nA\n\n", "B"]);
    }
}
