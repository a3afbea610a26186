//! Quotations between matching quotation marks.
//!
//! Rule: within each paragraph (a quotation never spans one, since news style reopens it at each
//! paragraph), marks are read left to right with a stack of open quotations. An opening mark is
//! pushed; a closing mark closes the nearest open quotation it can close, which yields the span
//! from the opening mark to the closing mark inclusive, and drops any quotation opened inside it
//! and left unclosed. A quotation never closed yields nothing.
//!
//! | marks | opens with | closes with |
//! |---|---|---|
//! | English | `“` | `”` |
//! | German, Polish | `„` | `“` or `”` |
//! | straight | `"` before a non-space, when no `"` is open | `"` |
//! | single | `‘` not after a letter or digit | `’` not followed by a letter or digit (so `don’t` is an apostrophe) |
//! | guillemets | `«` | `»` |
//! | CJK | `「` / `『` | `」` / `』` |
//!
//! Straight single quotes (`'`) are not quotation marks here: in running text they are almost
//! always apostrophes.

use crate::Span;

/// The deepest nesting of open quotations tracked; deeper openings are ignored.
const MAX_DEPTH: usize = 32;

/// Reports every quotation in `text` (category 0).
pub(crate) fn detect(text: &str, emit: &mut dyn FnMut(Span, usize)) {
    for paragraph in crate::split::paragraphs(text) {
        detect_in(text, paragraph, emit);
    }
}

/// Reports the quotations of one paragraph.
fn detect_in(text: &str, paragraph: Span, emit: &mut dyn FnMut(Span, usize)) {
    let mut open: Vec<(char, usize)> = Vec::new();
    let body = paragraph.text(text);
    let mut previous: Option<char> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let start = paragraph.start + offset;
        if let Some(depth) = open.iter().rposition(|&(opener, _)| closes(opener, c, next)) {
            let (_, opened_at) = open[depth];
            open.truncate(depth);
            emit(Span::new(opened_at, start + c.len_utf8()), 0);
        } else if opens(c, previous, next) && open.len() < MAX_DEPTH {
            open.push((c, start));
        }
        previous = Some(c);
    }
}

/// Whether `c` opens a quotation, given the characters around it.
fn opens(c: char, previous: Option<char>, next: Option<char>) -> bool {
    match c {
        '“' | '„' | '«' | '「' | '『' => true,
        '"' => next.is_some_and(|n| !n.is_whitespace()),
        '‘' => !previous.is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// Whether `c` closes a quotation opened by `opener`, given the character after it.
fn closes(opener: char, c: char, next: Option<char>) -> bool {
    match (opener, c) {
        ('“', '”') | ('„', '“' | '”') | ('"', '"') | ('«', '»') | ('「', '」') | ('『', '』') => true,
        ('‘', '’') => !next.is_some_and(char::is_alphanumeric),
        _ => false,
    }
}
