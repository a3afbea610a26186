//! The Unicode script of a character, for the scripts word counting treats apart.
//!
//! Counting only asks whether a letter is Han, kana, Hangul or one of the scripts written without
//! spaces; a table of those scripts' ranges (generated from `Scripts.txt` by
//! `scripts/gen-unicode-tables.py`, 78 ranges) answers that, instead of a table of every script.
//! The tests check it against `unicode-script` for every code point.

/// The scripts counting distinguishes; every other one is [`Script::Other`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    Han,
    Hiragana,
    Katakana,
    Hangul,
    Thai,
    Lao,
    Khmer,
    Myanmar,
    /// Any other script, `Common`, `Inherited` and unassigned code points.
    Other,
}

/// The script of a character, as `unicode_script::UnicodeScript` answers it for the scripts above.
pub(crate) trait UnicodeScript {
    fn script(&self) -> Script;
}

impl UnicodeScript for char {
    fn script(&self) -> Script {
        const RANGES: &[(char, char, Script)] = &include!("../data/script_ranges.rs");
        let index = RANGES.partition_point(|&(_, last, _)| last < *self);
        match RANGES.get(index) {
            Some(&(first, _, script)) if first <= *self => script,
            _ => Script::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scripts of `unicode-script` that the table holds, by their names.
    fn expected(c: char) -> Script {
        use unicode_script::Script as Full;
        match unicode_script::UnicodeScript::script(&c) {
            Full::Han => Script::Han,
            Full::Hiragana => Script::Hiragana,
            Full::Katakana => Script::Katakana,
            Full::Hangul => Script::Hangul,
            Full::Thai => Script::Thai,
            Full::Lao => Script::Lao,
            Full::Khmer => Script::Khmer,
            Full::Myanmar => Script::Myanmar,
            _ => Script::Other,
        }
    }

    #[test]
    fn agrees_with_unicode_script_on_every_code_point() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(UnicodeScript::script(&c), expected(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn finds_each_script() {
        let cases = [('日', Script::Han), ('ひ', Script::Hiragana), ('カ', Script::Katakana), ('한', Script::Hangul)];
        let more = [('ก', Script::Thai), ('ກ', Script::Lao), ('ក', Script::Khmer), ('က', Script::Myanmar)];
        for (c, script) in cases.into_iter().chain(more) {
            assert_eq!(c.script(), script, "{c}");
        }
        assert_eq!('a'.script(), Script::Other);
        assert_eq!('\u{10FFFF}'.script(), Script::Other);
    }
}
