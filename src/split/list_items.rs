//! Lists written inside a paragraph: `1.) … 2.) …`, `1) … 2) …`, `1. … 2. …`, `a. … b. …`,
//! `(a) … (b) …`, `• 4. …`, `⁃12. …`.
//!
//! A **marker** is a label — one to three digits, one lower-case ASCII letter or up to four
//! lower-case Roman digits — maybe after `(`, then `.`, `)` or `.)`, with whitespace after it and
//! whitespace, the paragraph start or a bullet before it. Inside running text such a token is
//! often something else (`born in 1990. Then`, `see (a) and (b)`), so a marker opens an item only
//! - right after a bullet (`•`, `⁃`, `‣`, `◦`, `▪`), maybe with a space between (`• 4. Rest`); or
//! - when a marker of the same style (the same label kind, bracket and punctuation) comes next
//!   with the next label (`2)` after `1)`, `c.` after `b.`, `iii.` after `ii.`), or came before
//!   with the previous one. With a closing bracket and no period (`a)`, `(a)`), that neighbour must
//!   also be at least two words away, so that `(1) and (2)` stays a reference. Two markers after
//!   the same capitalised word number that word (`Step 1. … Step 2. …`) and open nothing.
//!
//! Each item is a sentence that starts at its marker (or its bullet). The marker's own period
//! ends nothing. Lists at the start of lines are paragraphs already (see `lines.rs`); this finds
//! the items that share a line. The sentence scan, which stops at every `.` and `)` anyway, hands
//! each one to [`ListMarkers::note`], so a paragraph is read once.

use crate::Span;

/// Where an item starts (its bullet or marker) and where its text starts (after the marker and
/// the whitespace after it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Item {
    pub start: usize,
    pub text: usize,
}

/// The list markers of one paragraph, noted in order as a scan meets them, and which of them open
/// items. Kept between paragraphs to reuse its memory.
#[derive(Debug, Default)]
pub(super) struct ListMarkers {
    /// Each marker, and whether it opens an item.
    markers: Vec<(Marker, bool)>,
    /// The last marker of each style and its value there: an index into `markers`.
    last_of_style: [Option<(usize, u32)>; STYLES],
}

impl ListMarkers {
    /// Forgets the markers of the paragraph before.
    pub fn clear(&mut self) {
        // Styles are only set with a marker, and most paragraphs have none.
        if !self.markers.is_empty() {
            self.markers.clear();
            self.last_of_style = [None; STYLES];
        }
    }

    /// Notes the marker whose punctuation (a `.` or `)`) is at `at`, if there is one. Called in
    /// order of position.
    pub fn note(&mut self, text: &str, paragraph: Span, at: usize) {
        let Some(marker) = Marker::ending_at(text, paragraph, at) else { return };
        let mut opens = marker.after_bullet;
        for (style, value) in marker.readings() {
            if let Some((previous, previous_value)) = self.last_of_style[style] {
                let (before, _): (Marker, bool) = self.markers[previous];
                let far_enough = marker.dotted || at_least_two_words(&text[before.text..marker.start]);
                if value == previous_value + 1 && far_enough && !numbered_labels(text, paragraph, &before, &marker) {
                    self.markers[previous].1 = true;
                    opens = true;
                }
            }
            self.last_of_style[style] = Some((self.markers.len(), value));
        }
        self.markers.push((marker, opens));
    }

    /// The items the noted markers open, in order.
    pub fn items(&self) -> impl Iterator<Item = Item> + '_ {
        self.markers.iter().filter(|&&(_, opens)| opens).map(|(m, _)| Item { start: m.start, text: m.text })
    }
}

/// Whether two markers number one capitalised word (`Step 1. Open … Step 2. Pour …`, `Day 1.`,
/// `Part 2.`): the number belongs to that word, and no list starts at it.
fn numbered_labels(text: &str, paragraph: Span, first: &Marker, second: &Marker) -> bool {
    let word_before = |marker: &Marker| {
        let head = text[paragraph.start..marker.start].trim_end();
        head.rsplit(char::is_whitespace).next().unwrap_or_default()
    };
    let word = word_before(first);
    word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic) && word == word_before(second)
}

fn at_least_two_words(s: &str) -> bool {
    s.split_whitespace().nth(1).is_some()
}

/// Label kinds (digits, letter, Roman) × bracket before or not × `.`, `)` or `.)`.
const STYLES: usize = 3 * 2 * 3;

/// A list marker candidate.
#[derive(Clone, Copy, Debug)]
struct Marker {
    /// Its first byte, or its bullet's.
    start: usize,
    /// Where the item's text starts, after the whitespace that follows the marker.
    text: usize,
    /// The styles and values its label can be read as (see [`readings`]).
    readings: [Option<(usize, u32)>; 2],
    /// Whether it has a period, which a bracket style with no period lacks.
    dotted: bool,
    after_bullet: bool,
}

impl Marker {
    /// The marker whose punctuation starts at `at` (a `.` or `)`), if there is one.
    fn ending_at(text: &str, paragraph: Span, at: usize) -> Option<Marker> {
        // The label first: most periods follow a word of five letters or more, or one that is no label.
        let bytes = text.as_bytes();
        let label_len =
            bytes[paragraph.start..at].iter().rev().take(5).take_while(|b| b.is_ascii_alphanumeric()).count();
        if !(1..=4).contains(&label_len) {
            return None;
        }
        let (punctuation, punctuation_len) = match (bytes[at], bytes.get(at + 1)) {
            (b'.', Some(b')')) => (2, 2),
            (b'.', _) => (0, 1),
            _ => (1, 1),
        };
        let label = &bytes[at - label_len..at];
        let bracket = at - label_len > paragraph.start && bytes[at - label_len - 1] == b'(';
        let style = |kind: usize| (kind * 2 + usize::from(bracket)) * 3 + punctuation;
        let readings = readings(label, style);
        readings[0]?;
        let after = at + punctuation_len;
        let rest = &text[after..paragraph.end];
        let space = rest.len() - rest.trim_start().len();
        if space == 0 || space == rest.len() {
            return None;
        }
        let (start, after_bullet) = token_start(text, paragraph.start, at - label_len - usize::from(bracket))?;
        Some(Marker { start, text: after + space, readings, dotted: punctuation != 1, after_bullet })
    }

    fn readings(&self) -> impl Iterator<Item = (usize, u32)> {
        self.readings.into_iter().flatten()
    }
}

/// The styles (from `style` of the label kind: 0 digits, 1 letter, 2 Roman) and values `label`
/// can be read as: one to three digits; one letter (`a` is 1); up to four Roman digits among `i`,
/// `v` and `x`. A single `i`, `v` or `x` is read both as a letter and as Roman.
fn readings(label: &[u8], style: impl Fn(usize) -> usize) -> [Option<(usize, u32)>; 2] {
    if (1..=3).contains(&label.len()) && label.iter().all(u8::is_ascii_digit) {
        return [Some((style(0), label.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))), None];
    }
    let letter = match label {
        [letter @ b'a'..=b'z'] => Some((style(1), u32::from(letter - b'a' + 1))),
        _ => None,
    };
    let roman = roman_value(label).map(|value| (style(2), value));
    match letter {
        Some(_) => [letter, roman],
        None => [roman, None],
    }
}

/// The value of up to four lower-case Roman digits among `i`, `v` and `x`, written the usual way.
fn roman_value(label: &[u8]) -> Option<u32> {
    if !label.iter().all(|b| b"ivx".contains(b)) {
        return None;
    }
    const NUMERALS: [&[u8]; 20] = [
        b"i", b"ii", b"iii", b"iv", b"v", b"vi", b"vii", b"viii", b"ix", b"x", b"xi", b"xii", b"xiii", b"xiv", b"xv",
        b"xvi", b"xvii", b"xviii", b"xix", b"xx",
    ];
    NUMERALS.iter().position(|&numeral| numeral == label).map(|i| i as u32 + 1)
}

/// Where the marker token starting at `token` starts with its bullet, and whether it has one: it
/// must follow whitespace or the paragraph start, or a bullet (maybe with a space between) that
/// does. `None` when something else stands before it.
fn token_start(text: &str, paragraph_start: usize, token: usize) -> Option<(usize, bool)> {
    let before = &text[paragraph_start..token];
    let spaced = before.trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let mut chars = spaced.chars();
    let bullet = chars.next_back().filter(|&c| matches!(c, '•' | '⁃' | '‣' | '◦' | '▪'));
    match bullet {
        Some(c) if chars.as_str().chars().next_back().is_none_or(char::is_whitespace) => {
            Some((paragraph_start + spaced.len() - c.len_utf8(), true))
        }
        _ if before.is_empty() || before.ends_with(|c: char| c.is_whitespace()) => Some((token, false)),
        _ => None,
    }
}
