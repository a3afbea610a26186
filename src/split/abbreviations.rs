//! The abbreviations that article-mode sentence splitting knows, and how each behaves.
//!
//! A period after an abbreviation is ambiguous: "Dr." never ends a sentence, "No." ends one unless
//! a number follows, "Inc." may end one. Each entry therefore has an [`AbbreviationKind`] saying
//! when its period is *not* a sentence end. Entries are written without their final period and
//! matched case-insensitively against the word before a period (so "Nov" matches "nov." too).
//! Dotted initialisms that are not listed ("U.K.", "F.B.I.", "Ph.D.") and single capital letters
//! (initials, "J. R. R. Tolkien") are recognised by their shape and behave as
//! [`AbbreviationKind::Trailing`].
//!
//! Callers add their own entries with [`SentenceSplitter::abbreviations`](super::SentenceSplitter::abbreviations).

use crate::{Error, Result};
use std::sync::OnceLock;

/// When the period after an abbreviation does not end the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbbreviationKind {
    /// A title before a name ("Mr.", "Dr.", "Sen."): the period never ends a sentence, unless it
    /// ends the paragraph.
    Title,
    /// Used only inside sentences ("e.g.", "i.e.", "vs."): the period never ends a sentence, unless
    /// it ends the paragraph.
    Inner,
    /// Stands before a number ("No. 5", "Nov. 12", "p. 3"): the period is not an end before a
    /// digit or a lower-case word, and is one before a capitalised word.
    Number,
    /// Often closes a name or a list ("Inc.", "Jr.", "etc.", "U.S."): not an end before a digit, a
    /// lower-case word or a capitalised word that is not a common sentence opener ("U.S.
    /// Government", "Acme Inc. Chairman"); an end before an opener ("… in the U.S. The …").
    Trailing,
    /// A time of day ("a.m.", "p.m."): not an end before a digit, a lower-case word, a weekday, a
    /// month or a time zone ("3 p.m. Friday", "9 a.m. EST"); an end before other capitalised words.
    Time,
}

/// One abbreviation: its text without the final period, and its kind.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Abbreviation {
    text: String,
    kind: AbbreviationKind,
}

impl Abbreviation {
    /// An abbreviation written without its final period (`"Gen"`, `"approx"`, `"U.S"`).
    ///
    /// # Errors
    /// If `text` is empty or holds whitespace: such an entry could never match a word.
    pub fn new(text: &str, kind: AbbreviationKind) -> Result<Self> {
        let text = text.strip_suffix('.').unwrap_or(text);
        if text.is_empty() || text.chars().any(char::is_whitespace) {
            return Err(Error::invalid_option(format!(
                "abbreviation {text:?} must be a single word without spaces, written without its final period"
            )));
        }
        Ok(Abbreviation { text: text.to_lowercase(), kind })
    }

    /// The text, lower-cased, without the final period.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How the abbreviation behaves.
    pub fn kind(&self) -> AbbreviationKind {
        self.kind
    }
}

/// The built-in abbreviations (lower case, without the final period) and their kinds.
///
/// Gathered for English news and reference text: titles and ranks, months, reference words that
/// precede numbers, company and name suffixes, street words and Latin abbreviations.
pub const ABBREVIATIONS: &[(&str, AbbreviationKind)] = {
    use AbbreviationKind::*;
    &[
        // Titles, ranks and offices.
        ("mr", Title),
        ("mrs", Title),
        ("ms", Title),
        ("messrs", Title),
        ("mme", Title),
        ("mlle", Title),
        ("dr", Title),
        ("drs", Title),
        ("prof", Title),
        ("rev", Title),
        ("hon", Title),
        ("msgr", Title),
        ("fr", Title),
        ("sen", Title),
        ("rep", Title),
        ("gov", Title),
        ("pres", Title),
        ("amb", Title),
        ("atty", Title),
        ("supt", Title),
        ("det", Title),
        ("insp", Title),
        ("gen", Title),
        ("lt", Title),
        ("col", Title),
        ("maj", Title),
        ("capt", Title),
        ("cmdr", Title),
        ("adm", Title),
        ("sgt", Title),
        ("cpl", Title),
        ("pvt", Title),
        ("brig", Title),
        ("gov't", Inner),
        // Used only inside a sentence.
        ("e.g", Inner),
        ("i.e", Inner),
        ("cf", Inner),
        ("viz", Inner),
        ("vs", Inner),
        ("v", Inner),
        ("approx", Inner),
        ("ca", Inner),
        ("incl", Inner),
        ("esp", Inner),
        ("resp", Inner),
        ("est", Inner),
        ("dept", Inner),
        ("univ", Inner),
        ("assn", Inner),
        ("mt", Inner),
        ("ft", Inner),
        // Before a number.
        ("no", Number),
        ("nos", Number),
        ("vol", Number),
        ("vols", Number),
        ("p", Number),
        ("pp", Number),
        ("fig", Number),
        ("figs", Number),
        ("art", Number),
        ("sec", Number),
        ("ch", Number),
        ("chap", Number),
        ("sect", Number),
        ("eq", Number),
        ("eqs", Number),
        ("para", Number),
        ("ex", Number),
        ("nr", Number),
        ("tel", Number),
        // Addresses and telephone numbers: "ext. 214", "Apt. 3", "Rm. 12", "Ste. 400".
        ("ext", Number),
        ("apt", Number),
        ("rm", Number),
        ("ste", Number),
        ("bldg", Number),
        // Circa before a year: "c. 1850".
        ("c", Number),
        ("op", Number),
        ("ed", Number),
        ("eds", Number),
        ("jan", Number),
        ("feb", Number),
        ("mar", Number),
        ("apr", Number),
        ("jun", Number),
        ("jul", Number),
        ("aug", Number),
        ("sep", Number),
        ("sept", Number),
        ("oct", Number),
        ("nov", Number),
        ("dec", Number),
        // The number sign written as a word ("N°. 12"; Unicode's NUMERO SIGN, U+2116, is one
        // character and needs no entry).
        ("n°", Number),
        // Currencies abbreviated before amounts ("Rs. 450"): the rupee of India, Pakistan, Nepal
        // and Sri Lanka, the Bangladeshi taka and the Kenyan shilling, as their central banks'
        // and newspapers' English usage writes them.
        ("rs", Number),
        ("tk", Number),
        ("ksh", Number),
        // Closing a name, an address or a list.
        ("inc", Trailing),
        ("corp", Trailing),
        ("co", Trailing),
        ("ltd", Trailing),
        ("llc", Trailing),
        ("plc", Trailing),
        ("bros", Trailing),
        ("jr", Trailing),
        ("sr", Trailing),
        ("esq", Trailing),
        ("etc", Trailing),
        ("al", Trailing),
        ("st", Trailing),
        ("ave", Trailing),
        ("blvd", Trailing),
        ("rd", Trailing),
        ("hwy", Trailing),
        ("u.s", Trailing),
        ("u.k", Trailing),
        ("u.n", Trailing),
        ("d.c", Trailing),
        ("ph.d", Trailing),
        // US states as news datelines abbreviate them ("ST. PAUL, Minn. (AP)"), except those that
        // are also English words ("Ill.", "Wash.", "Miss.", "Mass.").
        ("ala", Trailing),
        ("ariz", Trailing),
        ("calif", Trailing),
        ("colo", Trailing),
        ("conn", Trailing),
        ("fla", Trailing),
        ("kan", Trailing),
        ("ky", Trailing),
        ("md", Trailing),
        ("mich", Trailing),
        ("minn", Trailing),
        ("mont", Trailing),
        ("neb", Trailing),
        ("nev", Trailing),
        ("okla", Trailing),
        ("tenn", Trailing),
        ("vt", Trailing),
        ("wis", Trailing),
        ("wyo", Trailing),
        // Times of day.
        ("a.m", Time),
        ("p.m", Time),
    ]
};

/// The kind of the built-in abbreviation `word` (written without its final period, in any case),
/// if it is one.
///
/// Each built-in is stored as a number made of its bytes (see [`packed`]) in a small hash table
/// built on first use: a lookup hashes with one multiplication and usually reads one slot, with
/// no lower-cased copy of an ASCII word.
pub(super) fn builtin_kind(word: &str) -> Option<AbbreviationKind> {
    let key = if word.is_ascii() {
        packed(word.bytes().map(|b| b.to_ascii_lowercase()))
    } else {
        packed(word.to_lowercase().bytes())
    }?;
    kind_of_key(key)
}

/// [`builtin_kind`] of a word of `len` lower-case ASCII bytes (at most seven), given as the low
/// bytes of `bytes` (first byte lowest, as [`u64::from_le_bytes`] reads them; the others zero),
/// for callers that read the word from the text a block at a time.
pub(super) fn builtin_kind_of_lowercase_ascii(bytes: u64, len: usize) -> Option<AbbreviationKind> {
    debug_assert!(len < 8 && bytes >> (8 * len) == 0);
    kind_of_key(bytes << 8 | len as u64)
}

/// The kind stored for a [`packed`] key, if any. Kept out of line: both lookups share it.
#[inline(never)]
fn kind_of_key(key: u64) -> Option<AbbreviationKind> {
    static TABLE: OnceLock<Vec<Option<(u64, AbbreviationKind)>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = vec![None; TABLE_SLOTS];
        for &(text, kind) in ABBREVIATIONS {
            let Some(key) = packed(text.bytes()) else { continue };
            // The key's own slot (a later entry for the same text replaces an earlier one), or a free one.
            if let Some(slot) = slots(key).find(|&slot| table[slot].is_none_or(|(other, _)| other == key)) {
                table[slot] = Some((key, kind));
            }
        }
        table
    });
    let mut filled = slots(key).map_while(|slot| table[slot]);
    filled.find(|&(other, _)| other == key).map(|(_, kind)| kind)
}

/// Slots in the table of built-ins: a power of two, several times the number of entries, so
/// most keys find their slot, or an empty one, at the first try.
const TABLE_SLOTS: usize = 512;

/// The slots where `key` may be, in the order they are tried: from its hash (the top bits of a
/// multiplication by a large odd constant) onwards, wrapping around.
fn slots(key: u64) -> impl Iterator<Item = usize> {
    let first = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_SLOTS.trailing_zeros())) as usize;
    (0..TABLE_SLOTS).map(move |step| (first + step) % TABLE_SLOTS)
}

/// Up to seven bytes and their count, packed into one number (none for more bytes): the bytes
/// from the second-lowest byte of the number up, first byte lowest, and the count in the lowest.
/// Different byte strings give different numbers.
fn packed(bytes: impl ExactSizeIterator<Item = u8> + DoubleEndedIterator) -> Option<u64> {
    let len = bytes.len();
    (len < 8).then(|| bytes.rev().fold(0, |key, b| key << 8 | u64::from(b)) << 8 | len as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_is_found_with_its_kind() {
        for &(text, kind) in ABBREVIATIONS {
            assert_eq!(builtin_kind(text), Some(kind), "{text:?}");
        }
    }

    #[test]
    fn built_ins_are_found_in_any_case() {
        assert_eq!(builtin_kind("Mr"), Some(AbbreviationKind::Title));
        assert_eq!(builtin_kind("NOV"), Some(AbbreviationKind::Number));
        assert_eq!(builtin_kind("U.S"), Some(AbbreviationKind::Trailing));
        // A non-ASCII word is lower-cased by Unicode's rules: the Kelvin sign becomes an ASCII k.
        assert_eq!(builtin_kind("U.\u{212A}"), Some(AbbreviationKind::Trailing));
        assert_eq!(builtin_kind("ÉTC"), None);
    }

    #[test]
    fn lookup_from_packed_bytes_agrees_with_lookup_from_text() {
        let others = ["said", "the", "harbour", "nos", "no", "x", "ms"];
        let words = ABBREVIATIONS.iter().map(|&(text, _)| text).chain(others);
        for word in words.filter(|word| word.len() < 8) {
            let bytes = word.bytes().rev().fold(0, |packed, b| packed << 8 | u64::from(b));
            assert_eq!(builtin_kind_of_lowercase_ascii(bytes, word.len()), builtin_kind(word), "{word:?}");
        }
    }

    #[test]
    fn other_words_are_not_built_ins() {
        for word in ["", "said", "m", "mr.", "mrs\0", "dr ", "messrsx", "approximately", "u.s.a", "Ｍr"] {
            assert_eq!(builtin_kind(word), None, "{word:?}");
        }
    }
}
