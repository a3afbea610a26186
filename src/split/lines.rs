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
//!    comma, semicolon or hyphen (two short lines are otherwise a headline and its text).
//!
//! Inside a hard-wrapped block, a line that starts a list item (`- `, `* `, `• `, `1. `, `a) `, …)
//! still starts a new paragraph.

use crate::Span;

/// Longest line, in characters, that hard-wrapped text is expected to have.
pub const WRAP_WIDTH_MAX: usize = 100;

/// The lines of `text`, each with the break that ends it.
pub fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = line_end(text, start);
        let span = Span::new(start, end);
        start = end;
        Some(span)
    })
}

/// End of the line starting at `start`: just past its break, or the end of the text.
///
/// Eight bytes at a time are skipped while none of them can be part of a break (see
/// [`may_hold_break`]), so ordinary text costs about one step per eight bytes.
fn line_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        if let Some(block) = bytes[i..].first_chunk::<8>() {
            if !may_hold_break(u64::from_le_bytes(*block)) {
                i += 8;
                continue;
            }
        }
        match bytes[i] {
            b'\n' | 0x0B | 0x0C => return i + 1,
            b'\r' => return if bytes.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 },
            0xC2 if bytes.get(i + 1) == Some(&0x85) => return i + 2,
            0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => {
                return i + 3
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Whether one of the eight bytes packed in `block` may belong to a line break: a control byte up
/// to CR (LF, VT, FF and CR themselves) or a non-ASCII byte (NEL, LINE SEPARATOR and PARAGRAPH
/// SEPARATOR are encoded with them).
///
/// Subtracting 0x0E from every byte borrows, and so sets the top bit, in the lowest byte below
/// 0x0E; bytes from 0x0E to 0x7F subtract without borrowing and keep it clear.
fn may_hold_break(block: u64) -> bool {
    const EACH_BYTE: u64 = 0x0101_0101_0101_0101;
    (block.wrapping_sub(EACH_BYTE * 0x0E) | block) & (EACH_BYTE * 0x80) != 0
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
    if text.trim().is_empty() {
        return paragraphs;
    }
    let mut block = Block { lines: Vec::new(), end: 0 };
    let mut after_blank = true;
    for line in lines(text) {
        let blank = line.text(text).trim().is_empty();
        if block.lines.is_empty() {
            // Leading blank lines join the first line.
            if !blank {
                block.lines.push(Span::new(0, line.end));
                block.end = line.end;
            }
        } else if blank || !after_blank {
            if !blank {
                block.lines.push(line);
            }
            block.end = line.end;
        } else {
            block.split_into(text, &mut paragraphs);
            block.lines.clear();
            block.lines.push(line);
            block.end = line.end;
        }
        after_blank = blank;
    }
    block.split_into(text, &mut paragraphs);
    paragraphs
}

/// Lines holding text, between blank lines; `end` includes the blank lines that follow.
/// [`paragraphs`] fills one block at a time, reusing its vector.
struct Block {
    lines: Vec<Span>,
    end: usize,
}

impl Block {
    /// Appends the block's paragraphs.
    fn split_into(&self, text: &str, paragraphs: &mut Vec<Span>) {
        let wrapped = is_hard_wrapped(text, self);
        for (i, line) in self.lines.iter().enumerate() {
            let continues = i > 0 && wrapped && !starts_list_item(line.text(text));
            match paragraphs.last_mut() {
                Some(last) if continues => last.end = line.end,
                _ => paragraphs.push(*line),
            }
        }
        if let Some(last) = paragraphs.last_mut() {
            last.end = self.end;
        }
    }
}

/// Whether a block's line breaks are soft (see the module docs).
fn is_hard_wrapped(text: &str, block: &Block) -> bool {
    if block.lines.len() < 2 {
        return false;
    }
    let lines: Vec<&str> = block.lines.iter().map(|l| l.text(text).trim_end()).collect();
    let width = lines.iter().map(|l| char_len(l)).max().unwrap_or(0);
    if width > WRAP_WIDTH_MAX {
        return false;
    }
    let wraps = lines.windows(2).filter(|pair| is_wrap(pair[0], pair[1], width)).count();
    if wraps * 3 < (lines.len() - 1) * 2 {
        return false;
    }
    lines.len() > 2 || continues_line(lines[0], lines[1])
}

/// Whether the break between `line` and `next` looks like a wrap within `width` characters.
fn is_wrap(line: &str, next: &str, width: usize) -> bool {
    let next_word = next.split_whitespace().next().unwrap_or("");
    let needed = char_len(line.trim()) + 1 + char_len(next_word);
    needed * 100 > width * 85 || next_word.chars().next().is_some_and(char::is_lowercase)
}

/// Length in characters; an ASCII line, the usual case, is measured by its length in bytes.
fn char_len(line: &str) -> usize {
    if line.is_ascii() {
        line.len()
    } else {
        line.chars().count()
    }
}

/// Whether `second` reads as the continuation of `first` rather than text under a heading.
fn continues_line(first: &str, second: &str) -> bool {
    let starts_lower = second.trim_start().chars().next().is_some_and(char::is_lowercase);
    starts_lower || first.ends_with([',', ';', '-'])
}

/// Whether a line starts with a bullet or a list number (`- `, `• `, `1. `, `(a) `, `iv) `, …).
pub(crate) fn starts_list_item(line: &str) -> bool {
    let line = line.trim_start();
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '–' | '—' | '‣' | '◦' | '▪' | '·') => {
            return chars.next().is_some_and(char::is_whitespace)
        }
        None => return false,
        _ => {}
    }
    // A marker is a label, possibly after `(`, then `.` or `)`, then whitespace. Labels are ASCII,
    // so the label is the run of ASCII letters and digits after the brackets.
    let rest = line.trim_start_matches('(');
    let label = &rest[..rest.bytes().take_while(u8::is_ascii_alphanumeric).count()];
    let numbered = !label.is_empty() && label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    let lettered = label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase());
    let roman = !label.is_empty() && label.len() <= 4 && label.bytes().all(|b| b"ivx".contains(&b));
    let mut after = rest[label.len()..].chars();
    (numbered || lettered || roman)
        && matches!(after.next(), Some('.' | ')'))
        && after.next().is_some_and(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn breaks_are_found_wherever_they_fall_in_a_block_of_eight() {
        for pad in 0..17 {
            let head = "x".repeat(pad);
            for brk in ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
                let text = format!("{head}{brk}tail é\tand more text");
                let spans: Vec<Span> = lines(&text).collect();
                assert_eq!(texts(&text, &spans), [format!("{head}{brk}").as_str(), "tail é\tand more text"], "{text:?}");
            }
        }
    }

    #[test]
    fn blank_and_empty_texts() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("  \n\n ").is_empty());
        assert_eq!(texts("\n\nA\n\nB", &paragraphs("\n\nA\n\nB")), ["\n\nA\n\n", "B"]);
    }
}
