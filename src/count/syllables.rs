//! English syllables, by rule, with a short list of exceptions.
//!
//! The readability formulas of Flesch, Kincaid, Gunning and McLaughlin all count syllables, and
//! they were calibrated by people counting them by ear. A pronouncing dictionary would be exact
//! for the words it knows but weighs megabytes; this counter weighs a few hundred lines and is
//! measured against one (the CMU Pronouncing Dictionary, see `syllables_agree_with_the_cmu_dictionary` in `tests/count_reference.rs`).
//!
//! The rule, in order:
//!
//! 1. Only ASCII letters and common Latin-1 vowels (`é`, `ü`, …) are read; apostrophes end the
//!    stem (`don't` is `don` + `'t`), and `n't` after a consonant adds a syllable (`couldn't`).
//!    Words without a Latin letter (numbers, other scripts) count one syllable.
//! 2. Each run of vowels (`a e i o u`, and `y` unless it stands before a vowel at the start of
//!    the word or between two vowels) is one syllable; `u` after `q`, and after `g` before a
//!    vowel, is a consonant (`quite`, `guess`).
//! 3. Some vowel pairs are two syllables (hiatus): `ia` (`media`, not `special`), `io`
//!    (`radio`, not `nation`, `million`), `eo` (`video`, not `people`, `surgeon`), `ua`
//!    (`usual`, not `quality`), `iu`, `uo`, `ie` before `t` or `nt`/`nc` (`quiet`, `client`,
//!    not `patient`), `ier`/`iest` at the end (`happier`), `ui` before `d`/`n` (`fluid`, `ruin`),
//!    `ue` before `l`/`n`/`t` (`fuel`, `fluent`, `duet`), `oe` before `m`/`t` (`poem`), `ea` at
//!    the end or before `t` + vowel (`idea`, `create`), `re` + `o`/`u` at the start (`reunion`),
//!    and any vowel before `ing` (`being`, `flying`).
//! 4. A final `e` is silent after a consonant (`make`), except in `le`/`re` after a consonant
//!    (`table`, `acre`); so is the `e` of a final `es` (`makes`, not `boxes`, `pages`), of a
//!    final `ed` (`jumped`, not `wanted`), and of a final `gue` (`league`). An `e` between a
//!    vowel-consonant stem and `ly`, `ment`, `ful`, `ness` or `less` is silent too (`lately`).
//! 5. A final `sm` or `thm` adds one (`prism`, `rhythm`); so does a leading `mc` (`McDonald`).
//! 6. Every word has at least one syllable.
//!
//! Words these rules get wrong and that are common in running prose are listed in
//! `data/syllable-exceptions.txt`, which wins over the rules.

use super::fxhash::FxMap;
use std::sync::OnceLock;

/// Hand-checked syllable counts of words the rules miss (see the file's header).
const EXCEPTIONS: &str = include_str!("data/syllable-exceptions.txt");

/// Longest word, in letters, that goes through the full rules; longer "words" (URLs, base64,
/// chemical names) only have their vowel runs counted, without copying them.
const MAX_RULED_LETTERS: usize = 40;

/// The number of syllables of an English `word` (at least 1).
///
/// ```
/// use textlens::count::syllables;
/// assert_eq!(syllables("table"), 2);
/// assert_eq!(syllables("Readability"), 5);
/// assert_eq!(syllables("couldn’t"), 2);
/// ```
pub fn syllables(word: &str) -> u32 {
    per_part(word, unhyphenated_syllables)
}

/// The syllables of a word as the sum of `of_part` over the parts between its hyphens (at least
/// 1): the rule of every language.
pub(super) fn per_part(word: &str, of_part: impl Fn(&str) -> u32) -> u32 {
    const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];
    if word.contains(HYPHENS) {
        // The parts of a compound, in a loop: a word of a million hyphens must not recurse.
        let parts = word.split(HYPHENS).filter(|part| !part.is_empty());
        return parts.map(of_part).sum::<u32>().max(1);
    }
    of_part(word)
}

/// [`syllables`] of a word without hyphens.
fn unhyphenated_syllables(word: &str) -> u32 {
    let mut letters = [0u8; MAX_RULED_LETTERS];
    match fold_letters(word, &mut letters) {
        Folded::Letters { len: 0, .. } => 1,
        Folded::Letters { len, negation } => {
            let stem = &letters[..len];
            let base = exception(stem).unwrap_or_else(|| by_rule(stem));
            base + u32::from(negation && ends_in_consonant(stem))
        }
        Folded::TooLong => vowel_runs(word).max(1),
    }
}

/// A word reduced to lower-case ASCII letters.
enum Folded {
    /// `len` letters were written; `negation` tells whether the word ended in `n't`.
    Letters { len: usize, negation: bool },
    /// The word has more letters than [`MAX_RULED_LETTERS`].
    TooLong,
}

/// Writes the lower-case letters of `word` up to its first apostrophe into `out`, mapping
/// accented Latin vowels to plain ones.
fn fold_letters(word: &str, out: &mut [u8; MAX_RULED_LETTERS]) -> Folded {
    let mut len = 0;
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        if c == '\'' || c == '\u{2019}' {
            let rest = chars.as_str();
            let negation = rest.eq_ignore_ascii_case("t") && len > 0 && out[len - 1] == b'n';
            // `couldn't`: the stem is `couldn`, spoken as `could` + `n't`.
            return Folded::Letters { len: if negation { len - 1 } else { len }, negation };
        }
        let Some(mut letter) = latin_letter(c) else {
            continue;
        };
        if letter == b'e' && c != 'e' && c != 'E' && chars.as_str().is_empty() {
            letter = b'i'; // a final accented e is sounded: `café`, `fiancé`
        }
        if len == MAX_RULED_LETTERS {
            return Folded::TooLong;
        }
        out[len] = letter;
        len += 1;
    }
    Folded::Letters { len, negation: false }
}

/// `c` as a lower-case ASCII letter, if it is one or an accented Latin vowel.
fn latin_letter(c: char) -> Option<u8> {
    match c {
        'a'..='z' => Some(c as u8),
        'A'..='Z' => Some(c.to_ascii_lowercase() as u8),
        'à'..='å' | 'À'..='Å' => Some(b'a'),
        'è'..='ë' | 'È'..='Ë' => Some(b'e'),
        'ì'..='ï' | 'Ì'..='Ï' => Some(b'i'),
        'ò'..='ö' | 'Ò'..='Ö' => Some(b'o'),
        'ù'..='ü' | 'Ù'..='Ü' => Some(b'u'),
        'ç' | 'Ç' => Some(b'c'),
        'ñ' | 'Ñ' => Some(b'n'),
        _ => None,
    }
}

/// Counts vowel runs in a word too long for the rules.
fn vowel_runs(word: &str) -> u32 {
    let mut runs = 0;
    let mut in_run = false;
    for c in word.chars() {
        let vowel = latin_letter(c).is_some_and(is_plain_vowel);
        runs += u32::from(vowel && !in_run);
        in_run = vowel;
    }
    runs
}

fn exception(stem: &[u8]) -> Option<u32> {
    static TABLE: OnceLock<FxMap<&'static [u8], u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        data_lines(EXCEPTIONS)
            .filter_map(|line| {
                let (word, count) = line.split_once(' ')?;
                Some((word.as_bytes(), count.trim().parse().ok()?))
            })
            .collect()
    });
    table.get(stem).copied()
}

/// The non-comment, non-blank lines of a data file.
pub(crate) fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

fn is_plain_vowel(letter: u8) -> bool {
    matches!(letter, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn ends_in_consonant(stem: &[u8]) -> bool {
    stem.last().is_some_and(|&c| !is_plain_vowel(c))
}

/// Whether the letter at `i` of `w` is sounded as a vowel.
fn is_vowel(w: &[u8], i: usize) -> bool {
    let next_is_vowel = w.get(i + 1).is_some_and(|&c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u'));
    match w[i] {
        b'a' | b'e' | b'i' | b'o' => true,
        // `qu` is /kw/; `gu` before a vowel is /g/ or /gw/ (`guess`, `language`).
        b'u' => !(i > 0 && (w[i - 1] == b'q' || (w[i - 1] == b'g' && next_is_vowel))),
        // `y` is a consonant where it starts a syllable: `yes`, `beyond`, `player`.
        b'y' => !(next_is_vowel && (i == 0 || is_vowel(w, i - 1))),
        _ => false,
    }
}

/// The rules of the module docs, on lower-case ASCII letters.
fn by_rule(w: &[u8]) -> u32 {
    let vowels: Vec<bool> = (0..w.len()).map(|i| is_vowel(w, i)).collect();
    let mut count: i32 = 0;
    for i in 0..w.len() {
        if !vowels[i] {
            continue;
        }
        if i == 0 || !vowels[i - 1] || is_hiatus(w, i) {
            count += 1;
        }
    }
    count -= silent_e(w, &vowels);
    count += syllabic_ending(w);
    count.max(1) as u32
}

/// Whether the vowel at `i` starts a new syllable although the letter before it is a vowel.
fn is_hiatus(w: &[u8], i: usize) -> bool {
    let before = if i >= 2 { w[i - 2] } else { 0 };
    let rest = &w[i + 1..];
    // The word starts with `prefix` and the vowel at `i` comes right after it.
    let after_prefix = |prefix: &[u8]| i == prefix.len() && w.starts_with(prefix);
    if w[i] == b'i' && rest.starts_with(b"ng") {
        return true;
    }
    match (w[i - 1], w[i]) {
        (b'i', b'a') => {
            let palatal = matches!(before, b'c' | b't' | b's' | b'x');
            // `associate`, `negotiation`, `partiality`: the palatal `i` is sounded before `t`.
            let sounded_palatal = rest.starts_with(b"t") || rest.starts_with(b"lit");
            // `william`, `familiar`, `brilliant`, not `alliance`, `reliable`.
            let glide = before == b'l'
                && i >= 4
                && (matches!(rest, b"n" | b"ns" | b"m") || rest.starts_with(b"r") || rest.starts_with(b"nt"));
            !(palatal && !sounded_palatal || glide)
        }
        (b'i', b'o') => {
            let palatal = matches!(before, b'c' | b't' | b's' | b'x' | b'g' | b'h');
            // `million`, `union`, `senior`, not `lion`, `harmonious`.
            let glide = (rest.starts_with(b"n") && (before == b'n' || (before == b'l' && i >= 3 && w[i - 3] == b'l')))
                || (before == b'n' && rest.starts_with(b"r"));
            let vior = before == b'v' && (rest.starts_with(b"r") || rest.starts_with(b"ur")); // `behavior`, `saviour`
            !(palatal || glide || vior)
        }
        (b'e', b'o') => {
            // `surgeon`, `gorgeous`, `george`, not `geology`.
            let soft = matches!(before, b'g' | b'c') && !rest.is_empty() && (i > 2 || rest.starts_with(b"r"));
            after_prefix(b"re") || !(rest.starts_with(b"p") || soft)
        }
        (b'u', b'a') => !rest.starts_with(b"bl"),
        (b'i', b'u') | (b'u', b'o') | (b'y', b'i') => true,
        (b'i', b'e') => {
            let comparative = matches!(rest, b"r" | b"rs" | b"st") && i >= 3 && !matches!(before, b'd' | b't');
            let before_t = rest.first() == Some(&b't');
            let before_nt = (rest.starts_with(b"nt") || rest.starts_with(b"nc")) && !matches!(before, b'c' | b't');
            comparative || before_t || before_nt || after_prefix(b"sci")
        }
        (b'u', b'i') => matches!(rest.first(), Some(b'd' | b'n')) || rest == b"ty",
        (b'u', b'e') => matches!(rest.first(), Some(b'l' | b'n' | b't')),
        (b'o', b'e') => {
            matches!(rest.first(), Some(b'm' | b't' | b'v'))
                || (after_prefix(b"co") && matches!(rest.first(), Some(b'q' | b'r' | b'x' | b'f')))
        }
        (b'o', b'i') => rest == b"c" || rest == b"sm" || (after_prefix(b"co") && rest.starts_with(b"nc")),
        (b'o', b'o') => after_prefix(b"co") && matches!(rest.first(), Some(b'p' | b'r')) && w.len() > 5,
        (b'o', b'a') => after_prefix(b"co") && rest.starts_with(b"li"),
        (b'e', b'a') => {
            let final_ea = (rest.is_empty() || rest == b"s") && matches!(before, b'r' | b'd'); // `idea`, `areas`, not `sea`
            let gentilic = matches!(rest, b"n" | b"ns") && matches!(before, b'p' | b'b' | b'r') && i >= 4;
            let re_prefix =
                after_prefix(b"re") && [&b"li"[..], b"ct", b"ff", b"ss", b"u"].iter().any(|p| rest.starts_with(p));
            let create = after_prefix(b"cre") && rest.starts_with(b"t") && !rest.starts_with(b"tu");
            final_ea || gentilic || re_prefix || create || before == b'e'
        }
        (b'e', b'u') => rest == b"m" || after_prefix(b"re"),
        (b'e', b'i') => after_prefix(b"re") && rest.starts_with(b"n") && w.len() > 5,
        // `reelection`, `preeminent`.
        (b'e', b'e') => (after_prefix(b"re") && w.len() > 5) || (after_prefix(b"pre") && w.len() > 6),
        _ => false,
    }
}

/// How many written `e`s at the end (or before a suffix) are not spoken: 0 or 1.
fn silent_e(w: &[u8], vowels: &[bool]) -> i32 {
    let n = w.len();
    // A lone `e` (consonant before it) after at least one sounded vowel.
    let lone_e_after_a_syllable =
        |e: usize| w[e] == b'e' && e >= 2 && !vowels[e - 1] && vowels[..e - 1].iter().any(|&v| v);
    // `fire`, `tired`, `entirely` (not `haired`): the `e` of `ire` is sounded; so is the `e` of
    // `-le`/`-re` after a consonant (`settlement`).
    let sounded = |e: usize| {
        let ire = w[e - 1] == b'r' && w[e - 2] == b'i' && (e < 3 || !vowels[e - 3]);
        ire || syllabic_liquid(w, e)
    };
    // Final `e`, or the `e` of a final `es` / `ed`.
    let final_e = match w {
        [.., b'e'] => Some(n - 1),
        [.., b'e', b's' | b'd'] => Some(n - 2),
        _ => None,
    };
    if let Some(e) = final_e {
        return i32::from(lone_e_after_a_syllable(e) && !sounded(e) && is_silent_final_e(w, e));
    }
    // `lately`, `movement`, `careful`, `hopeless`, `safety`: a stem + e + suffix.
    let suffixed = SILENT_E_SUFFIXES.iter().any(|suffix| {
        let Some(e) = n.checked_sub(suffix.len() + 1) else {
            return false;
        };
        // `nevertheless`: `the` keeps its vowel.
        w.ends_with(suffix) && e >= 3 && lone_e_after_a_syllable(e) && !sounded(e) && w[e - 1] != b'h'
    });
    i32::from(suffixed)
}

/// Suffixes before which a lone `e` is silent.
const SILENT_E_SUFFIXES: [&[u8]; 8] = [b"ly", b"ment", b"ments", b"ful", b"fully", b"ness", b"less", b"ty"];

/// Whether the lone `e` at `e` (final, or before a final `s`/`d`) is silent.
fn is_silent_final_e(w: &[u8], e: usize) -> bool {
    let (before, before2) = (w[e - 1], w[e - 2]);
    // `table`, `acre`, `tables`, `handled`: consonant + l/r + e is a syllable of its own.
    let sibilant =
        matches!(before, b's' | b'x' | b'z' | b'c' | b'g') || (before == b'h' && matches!(before2, b'c' | b's'));
    !syllabic_liquid(w, e)
        && match w.get(e + 1) {
            None => true,
            Some(b's') => !sibilant,
            Some(_) => !matches!(before, b't' | b'd'),
        }
}

/// Whether the `e` at `e` follows consonant + `l`/`r`, as in `table`, `acre`, `handled` (not
/// `belle`, `hurled`).
fn syllabic_liquid(w: &[u8], e: usize) -> bool {
    let (before, before2) = (w[e - 1], w[e - 2]);
    matches!(before, b'l' | b'r') && !is_plain_vowel(before2) && before2 != before && before2 != b'r'
}

/// Syllables spoken without a written vowel (`prism`, `rhythm`, `McDonald`), less the one of
/// `-ically`.
fn syllabic_ending(w: &[u8]) -> i32 {
    let sm = [&b"sm"[..], b"sms", b"thm", b"thms"].iter().any(|end| w.ends_with(end));
    let mc = w.starts_with(b"mc") && w.len() > 3;
    // `-ically` is said `-ickly`: `basically`, `economically`.
    let ically = w.ends_with(b"ically");
    i32::from(sm) + i32::from(mc) - i32::from(ically)
}

#[cfg(test)]
mod tests {
    use super::syllables;

    #[test]
    fn hand_checked_words() {
        let cases: &[(&str, u32)] = &[
            ("a", 1),
            ("the", 1),
            ("cat", 1),
            ("make", 1),
            ("makes", 1),
            ("jumped", 1),
            ("wanted", 2),
            ("table", 2),
            ("tables", 2),
            ("boxes", 2),
            ("pages", 2),
            ("readability", 5),
            ("syllable", 3),
            ("media", 3),
            ("nation", 2),
            ("radio", 3),
            ("video", 3),
            ("people", 2),
            ("usual", 3),
            ("quality", 3),
            ("quiet", 2),
            ("being", 2),
            ("flying", 2),
            ("happier", 3),
            ("lately", 2),
            ("prism", 2),
            ("rhythm", 2),
            ("yes", 1),
            ("beyond", 2),
            ("player", 2),
            ("don't", 1),
            ("couldn't", 2),
            ("Nishimura's", 4),
            ("all-in-one", 3),
            ("café", 2),
            ("2024", 1),
            ("hmm", 1),
        ];
        for &(word, expected) in cases {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn a_huge_word_is_counted_without_panicking() {
        let word = "ba".repeat(500_000);
        assert_eq!(syllables(&word), 500_000);
    }
}
