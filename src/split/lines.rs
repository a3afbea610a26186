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
fn line_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
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
    for block in blocks(text) {
        let wrapped = is_hard_wrapped(text, &block);
        for (i, line) in block.lines.iter().enumerate() {
            let continues = i > 0 && wrapped && !starts_list_item(line.text(text));
            match paragraphs.last_mut() {
                Some(last) if continues => last.end = line.end,
                _ => paragraphs.push(*line),
            }
        }
        if let Some(last) = paragraphs.last_mut() {
            last.end = block.end;
        }
    }
    paragraphs
}

/// Lines holding text, between blank lines; `end` includes the blank lines that follow.
struct Block {
    lines: Vec<Span>,
    end: usize,
}

/// Cuts `text` into blocks at blank lines. Blank lines join the block before them; leading
/// blank lines join the first block.
fn blocks(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut after_blank = true;
    for line in lines(text) {
        let blank = line.text(text).trim().is_empty();
        match blocks.last_mut() {
            Some(block) if blank || !after_blank => {
                if !blank {
                    block.lines.push(line);
                }
                block.end = line.end;
            }
            Some(_) => blocks.push(Block { lines: vec![line], end: line.end }),
            None if blank => {}
            None => blocks.push(Block { lines: vec![Span::new(0, line.end)], end: line.end }),
        }
        after_blank = blank;
    }
    blocks
}

/// Whether a block's line breaks are soft (see the module docs).
fn is_hard_wrapped(text: &str, block: &Block) -> bool {
    let lines: Vec<&str> = block.lines.iter().map(|l| l.text(text).trim_end()).collect();
    if lines.len() < 2 {
        return false;
    }
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
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
    let needed = line.trim().chars().count() + 1 + next_word.chars().count();
    needed * 100 > width * 85 || next_word.chars().next().is_some_and(char::is_lowercase)
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
    let marker = line.split_whitespace().next().unwrap_or("");
    let inner = marker.trim_start_matches('(');
    let Some(label) = inner.strip_suffix(['.', ')']) else { return false };
    let numbered = !label.is_empty() && label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    let lettered = label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase());
    let roman = !label.is_empty() && label.len() <= 4 && label.bytes().all(|b| b"ivx".contains(&b));
    (numbered || lettered || roman) && line.len() > marker.len()
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
    }

    #[test]
    fn blank_and_empty_texts() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("  \n\n ").is_empty());
        assert_eq!(texts("\n\nA\n\nB", &paragraphs("\n\nA\n\nB")), ["\n\nA\n\n", "B"]);
    }
}
