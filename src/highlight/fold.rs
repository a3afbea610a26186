//! The search form of a text: case folded, diacritics removed, whitespace runs collapsed and
//! invisible joiners dropped, with a map from every folded offset back to the original text.
//!
//! Terms are folded the same way as the text, and the automaton runs over the folded text, so one
//! pass finds `Résumé` for `resume` and `New\n  York` for `new york`. The offset map is a sorted
//! list of anchors, one per place where folded and original bytes stop corresponding one to one;
//! a text where folding changes no byte length (ASCII case folding, most lowercase text) needs a
//! single anchor, so the map costs memory only where the text needs it.
//!
//! What folding does, in order, to each character:
//! 1. [invisible joiners](is_ignorable) (soft hyphen, zero-width joiner and non-joiner, word
//!    joiner, zero-width no-break space) are dropped;
//! 2. a run of whitespace (Unicode `White_Space`, line breaks included) becomes one space, except
//!    U+2029 PARAGRAPH SEPARATOR, which is kept as it is, so that no phrase matches across it (the
//!    DOM applier puts one between the text of two block elements);
//! 3. with case folding, the character is lowercased (Unicode lowercase mapping, so `Ä`, `Σ`, `Д`
//!    fold too), then final sigma `ς` becomes `σ` and `ß` becomes `ss`, the two places where full
//!    case folding differs from lowercasing for European scripts;
//! 4. without diacritics, [diacritic marks](is_diacritic) are dropped and a character whose
//!    canonical decomposition has some becomes what is left of it (its base),
//!    so `é`, `e` + U+0301, `ǖ` and `ў` lose their accents; the letters with a stroke, which
//!    Unicode does not decompose, lose it too (`ø`, `ł`, `đ`, `ħ`, `ŧ`). Script-specific marks
//!    (Devanagari vowel signs, Arabic harakat, Hebrew points) are kept: they are spelling, not
//!    accents.

/// U+2029 PARAGRAPH SEPARATOR: whitespace that phrases do not match across.
pub(crate) const PARAGRAPH_SEPARATOR: char = '\u{2029}';

/// How a text is folded for matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct FoldMode {
    /// Fold case (`A` matches `a`).
    pub fold_case: bool,
    /// Remove diacritics (`e` matches `é`).
    pub strip_diacritics: bool,
}

/// A folded text and the map back to the original.
#[derive(Debug)]
pub(crate) struct Folded {
    text: String,
    anchors: Vec<Anchor>,
}

/// Where a stretch of the folded text comes from.
#[derive(Clone, Copy, Debug)]
struct Anchor {
    /// First folded byte of the stretch.
    folded: usize,
    /// First original byte of the stretch.
    original: usize,
    /// For a stretch that is one transformed unit (a character or a whitespace run), its length
    /// in the original; `None` for a stretch whose bytes correspond one to one.
    transformed_len: Option<usize>,
}

impl Folded {
    /// Folds `text` in `mode`.
    pub fn new(text: &str, mode: FoldMode) -> Folded {
        let mut folder = Folder { out: String::with_capacity(text.len()), anchors: Vec::new(), linear_until: None };
        let bytes = text.as_bytes();
        let mut pos = 0;
        while pos < text.len() {
            let start = pos;
            let run = ascii_run_len(&bytes[pos..]);
            if run > 0 {
                // The common case, one byte for one byte, taken a run at a time.
                pos += run;
                folder.push_ascii_run(start, &text[start..pos], mode.fold_case);
            } else {
                let folded_start = folder.out.len();
                pos = fold_unit(text, start, mode, &mut folder.out);
                folder.note_unit(start, &text[start..pos], folded_start);
            }
        }
        Folded { text: folder.out, anchors: folder.anchors }
    }

    /// The folded text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original offset where the folded byte `folded` comes from (the start of its unit).
    pub fn original_start(&self, folded: usize) -> usize {
        let anchor = self.anchor_at(folded);
        match anchor.transformed_len {
            None => anchor.original + (folded - anchor.folded),
            Some(_) => anchor.original,
        }
    }

    /// The original offset where a folded stretch ending at `folded_end` (exclusive, > 0) ends.
    pub fn original_end(&self, folded_end: usize) -> usize {
        let anchor = self.anchor_at(folded_end - 1);
        match anchor.transformed_len {
            None => anchor.original + (folded_end - anchor.folded),
            Some(len) => anchor.original + len,
        }
    }

    fn anchor_at(&self, folded: usize) -> Anchor {
        let index = self.anchors.partition_point(|a| a.folded <= folded);
        self.anchors[index.saturating_sub(1)]
    }
}

/// Builds the folded text and its anchors unit by unit.
struct Folder {
    out: String,
    anchors: Vec<Anchor>,
    /// The original offset that continues the current one-to-one stretch, if one is open.
    linear_until: Option<usize>,
}

/// Length of the run of ASCII at the start of `bytes` that folds byte for byte: printable
/// characters, and single spaces before one.
fn ascii_run_len(bytes: &[u8]) -> usize {
    let mut len = 0;
    while let Some(&byte) = bytes.get(len) {
        let single_space = byte == b' ' && bytes.get(len + 1).is_some_and(u8::is_ascii_graphic);
        if !(byte.is_ascii_graphic() || single_space) {
            break;
        }
        len += 1;
    }
    len
}

impl Folder {
    /// Appends the run of ASCII characters `run` that starts at `start`, lowercased if `fold_case`.
    fn push_ascii_run(&mut self, start: usize, run: &str, fold_case: bool) {
        if self.linear_until != Some(start) {
            self.anchors.push(Anchor { folded: self.out.len(), original: start, transformed_len: None });
        }
        let folded_start = self.out.len();
        self.out.push_str(run);
        if fold_case {
            self.out[folded_start..].make_ascii_lowercase();
        }
        self.linear_until = Some(start + run.len());
    }

    /// Records the original unit `unit` starting at `start`, whose folding was just appended from
    /// `folded_start` on.
    fn note_unit(&mut self, start: usize, unit: &str, folded_start: usize) {
        let folded = &self.out[folded_start..];
        if maps_one_to_one(unit, folded) {
            if self.linear_until != Some(start) {
                self.anchors.push(Anchor { folded: folded_start, original: start, transformed_len: None });
            }
            self.linear_until = Some(start + unit.len());
        } else {
            if !folded.is_empty() {
                self.anchors.push(Anchor { folded: folded_start, original: start, transformed_len: Some(unit.len()) });
            }
            self.linear_until = None;
        }
    }
}

/// Appends the folding of the unit of `text` that starts at `start` to `out` and returns where
/// the unit ends. A unit is one character, except that a run of whitespace (and the joiners in it)
/// is one unit folding to a space; a single ASCII space before anything but whitespace folds to
/// itself, a joiner to nothing, and U+2029 to itself.
pub(crate) fn fold_unit(text: &str, start: usize, mode: FoldMode, out: &mut String) -> usize {
    let Some(c) = text[start..].chars().next() else {
        return start;
    };
    let mut end = start + c.len_utf8();
    if c == ' ' && !text[end..].starts_with(char::is_whitespace) {
        out.push(' ');
    } else if is_ignorable(c) {
        // Folds to nothing.
    } else if c == PARAGRAPH_SEPARATOR {
        out.push(c);
    } else if c.is_whitespace() {
        end += text[end..]
            .chars()
            .take_while(|&w| (w.is_whitespace() || is_ignorable(w)) && w != PARAGRAPH_SEPARATOR)
            .map(char::len_utf8)
            .sum::<usize>();
        out.push(' ');
    } else {
        fold_char(c, mode, out);
    }
    end
}

/// Whether every byte of `folded` can map to the byte at the same offset of `unit`: both are one
/// character of the same encoded length (`A` → `a`, `É` → `é`).
fn maps_one_to_one(unit: &str, folded: &str) -> bool {
    let mut unit_chars = unit.chars();
    let mut folded_chars = folded.chars();
    match (unit_chars.next(), unit_chars.next(), folded_chars.next(), folded_chars.next()) {
        (Some(u), None, Some(f), None) => u.len_utf8() == f.len_utf8(),
        _ => false,
    }
}

/// Appends the folding of one non-whitespace character.
fn fold_char(c: char, mode: FoldMode, out: &mut String) {
    if c.is_ascii() {
        out.push(if mode.fold_case { c.to_ascii_lowercase() } else { c });
        return;
    }
    if mode.fold_case {
        for lower in c.to_lowercase() {
            match lower {
                'ς' => push_without_diacritics('σ', mode, out),
                'ß' => out.push_str("ss"),
                other => push_without_diacritics(other, mode, out),
            }
        }
    } else {
        push_without_diacritics(c, mode, out);
    }
}

/// Appends `c`, without its diacritics when the mode strips them.
fn push_without_diacritics(c: char, mode: FoldMode, out: &mut String) {
    if !mode.strip_diacritics || c.is_ascii() {
        out.push(c);
        return;
    }
    if is_diacritic(c) {
        return;
    }
    // Characters whose decomposition is not about accents (Hangul syllables, CJK compatibility
    // ideographs) stay whole, so offsets map back to whole characters.
    out.push(strip_stroke(c).or_else(|| diacritic_base(c)).unwrap_or(c));
}

/// What is left of `c` without the diacritic marks of its canonical decomposition (`é` → `e`,
/// `ǖ` → `u`), for the characters whose decomposition has some.
///
/// The table is generated from the Unicode Character Database by
/// `scripts/gen-unicode-tables.py`; the tests check it against `unicode-normalization` for every
/// code point. Each such decomposition leaves exactly one character.
fn diacritic_base(c: char) -> Option<char> {
    const BASES: &[(char, char)] = &include!("data/diacritic_bases.rs");
    BASES.binary_search_by_key(&c, |&(composed, _)| composed).ok().map(|index| BASES[index].1)
}

/// The base letter of a letter with a stroke, which has no canonical decomposition.
fn strip_stroke(c: char) -> Option<char> {
    const STROKES: [(char, char); 10] = [
        ('ø', 'o'),
        ('Ø', 'O'),
        ('ł', 'l'),
        ('Ł', 'L'),
        ('đ', 'd'),
        ('Đ', 'D'),
        ('ħ', 'h'),
        ('Ħ', 'H'),
        ('ŧ', 't'),
        ('Ŧ', 'T'),
    ];
    STROKES.iter().find(|(stroked, _)| *stroked == c).map(|&(_, base)| base)
}

/// Whether `c` is a generic diacritic: a character of the Unicode blocks of combining diacritical
/// marks (U+0300–036F, U+1AB0–1AFF, U+1DC0–1DFF, U+20D0–20FF, U+FE20–FE2F), which accents Latin,
/// Greek and Cyrillic letters.
pub(crate) fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Whether `c` is invisible inside a word and ignored by matching: soft hyphen (U+00AD),
/// zero-width non-joiner and joiner (U+200C, U+200D), word joiner (U+2060) and zero-width no-break
/// space (U+FEFF).
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: FoldMode = FoldMode { fold_case: true, strip_diacritics: true };

    /// The original text of each folded character, through the offset map.
    fn origins(text: &str, mode: FoldMode) -> Vec<(String, &str)> {
        let folded = Folded::new(text, mode);
        folded
            .text()
            .char_indices()
            .map(|(i, c)| (c.to_string(), &text[folded.original_start(i)..folded.original_end(i + c.len_utf8())]))
            .collect()
    }

    #[test]
    fn folds_case_diacritics_space_and_joiners() {
        let cases = [
            ("Résumé", "resume"),
            ("re\u{301}sume\u{301}", "resume"),
            ("New\n \t York", "new york"),
            ("New \u{2029} York", "new \u{2029} york"),
            ("co\u{AD}op\u{200D}er\u{200C}ate", "cooperate"),
            ("STRAẞE Straße", "strasse strasse"),
            ("ΟΔΥΣΣΕΥΣ Ὀδυσσεύς", "οδυσσευσ οδυσσευσ"),
            ("Łódź Ørsted", "lodz orsted"),
            ("ЙОД", "иод"),
            ("한국어 日本", "한국어 日本"),
            ("नमस्ते", "नमस्ते"),
        ];
        for (text, expected) in cases {
            assert_eq!(Folded::new(text, ALL).text(), expected, "{text:?}");
        }
    }

    #[test]
    fn keeps_what_the_mode_does_not_fold() {
        let keep_case = FoldMode { fold_case: false, strip_diacritics: true };
        let keep_marks = FoldMode { fold_case: true, strip_diacritics: false };
        assert_eq!(Folded::new("Résumé", keep_case).text(), "Resume");
        assert_eq!(Folded::new("Résumé", keep_marks).text(), "résumé");
    }

    /// The table against Unicode's decompositions, as unicode-normalization implements them.
    #[test]
    fn diacritic_bases_are_the_decompositions_without_marks() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| !is_diacritic(c)) {
            let mut parts = Vec::new();
            unicode_normalization::char::decompose_canonical(c, |part| parts.push(part));
            let expected = if parts.iter().any(|&part| is_diacritic(part)) {
                let rest: Vec<char> = parts.into_iter().filter(|&part| !is_diacritic(part)).collect();
                assert_eq!(rest.len(), 1, "{c:?}: one character besides the marks");
                Some(rest[0])
            } else {
                None
            };
            assert_eq!(diacritic_base(c), expected, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn maps_every_folded_character_back_to_its_source() {
        let text = "Aé\u{AD}ß  x\u{301}Ǆ😀";
        let expected =
            [("a", "A"), ("e", "é"), ("s", "ß"), ("s", "ß"), (" ", "  "), ("x", "x"), ("ǆ", "Ǆ"), ("😀", "😀")];
        let got = origins(text, ALL);
        let got: Vec<(&str, &str)> = got.iter().map(|(f, o)| (f.as_str(), *o)).collect();
        assert_eq!(got, expected);
    }
}
