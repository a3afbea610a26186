//! Syllables in German, Spanish, French, Italian, Dutch and Russian, by rule.
//!
//! The readability formulas made for these languages count syllables as their authors counted
//! them, by ear or by the school rules of written syllables. Each language here has a rule on its
//! vowels: a word has as many syllables as vowel nuclei, where a nucleus is one vowel or one of
//! the vowel groups the language reads as one sound. Hyphenated compounds are the sum of their
//! parts, and every word has at least one syllable, as in English ([`syllables`](super::syllables)).
//! Other languages are counted with the English rules.
//!
//! | language | vowels | one nucleus | sources |
//! |---|---|---|---|
//! | de | `a e i o u y ä ö ü` (and accented loan vowels) | `aa ee oo ai ay ei ey au eu äu ie`; `u` after `q` is no vowel; a final `-ien` after another nucleus is two (`Fe-ri-en`) | Duden, *Die deutsche Rechtschreibung*, rules of *Worttrennung* (§ 107–113 of the official rules of 2006: a single vowel letter may be a syllable, fixed vowel digraphs are not split) |
//! | nl | `a e i o u y` and accented ones | `aai ooi oei eeu ieu`, `aa ee oo uu ie oe eu ui ei ij ou au ai`; `ë ï ü` (trema) start a nucleus | *Woordenlijst Nederlandse Taal* (Taalunie), *Leidraad*: afbreken, and the trema rule |
//! | fr | `a e i o u y à â æ è é ê ë î ï ô œ ù û ü ÿ` | every vowel group (`ai au eau ei eu oi ou œu ui ie ion`…) except that `ë ï ü` start a nucleus, `é` ends one, and `è é` start one except after `i` (`pi-tié`); `u` after `q`, and after `g` before `e i y`, is no vowel | Grevisse & Goosse, *Le Bon Usage*, § 19–20 (syllables) and § 29 (mute e) |
//! | es | strong `a e o á é ó í ú`, weak `i u ü`, `y` at a word's end | weak + any vowel is a diphthong or triphthong (`ciu-dad`, `buey`); two strong vowels are a hiatus (`le-er`), and an accented `í ú` is strong (`dí-a`, `pa-ís`) | Real Academia Española, *Ortografía de la lengua española* (2010), § 4.1.1 (diptongos, triptongos, hiatos) |
//! | it | strong `a e o à è é ò ó`, weak `i u ì í ù ú` | as Spanish, but accents only mark stress (`più` is one) | L. Serianni, *Grammatica italiana* (UTET 1989), I § 48–55 (dittonghi, trittonghi, iato) |
//! | ru | `а е ё и о у ы э ю я` | each vowel is one syllable | the rule of Russian syllabification: as many syllables as vowels (e.g. Д. Э. Розенталь, *Справочник по правописанию и стилистике*, § 10 on *перенос*) |
//!
//! French has silent endings, after Grevisse's mute e: a final `e` or `es` that is a nucleus
//! of its own after a consonant (`table`, `portes`) is not counted when the word has another
//! one, nor is the `e` of a verb's `-ent` (`parlent`). `-ent` is sounded after `m` (`moment`,
//! `gouvernement`) and in the nouns and adjectives of a short list, and `-ents` is always
//! sounded (verbs never end so).
//!
//! These are rules, not a dictionary: loan words, compounds joined across a vowel (`ge-eignet`)
//! and German `-ie` (`Fa-mi-li-e` but `Ener-gie`) are where they miss. How often they agree with
//! Pyphen's hyphenation dictionaries (what textstat counts with) is measured by
//! `language_formulas_against_textstat` in `tests/count_reference.rs` and reported in
//! docs/readability-per-language.md.

use super::syllables::per_part;
use crate::Lang;

/// Longest word, in characters, that goes through the rules; longer "words" have their vowel
/// runs counted without being copied.
const MAX_RULED_LETTERS: usize = 48;

/// The syllable rules of a language that has its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rules {
    German,
    Spanish,
    French,
    Italian,
    Dutch,
    Russian,
}

impl Rules {
    /// The rules of `lang`, if it has its own.
    pub(crate) fn of(lang: Lang) -> Option<Rules> {
        let rules = match lang.tag() {
            "de" => Rules::German,
            "es" => Rules::Spanish,
            "fr" => Rules::French,
            "it" => Rules::Italian,
            "nl" => Rules::Dutch,
            "ru" => Rules::Russian,
            _ => return None,
        };
        Some(rules)
    }

    fn unhyphenated(self, word: &str) -> u32 {
        let mut letters = ['\0'; MAX_RULED_LETTERS];
        let mut len = 0;
        for c in word.chars() {
            if len == MAX_RULED_LETTERS {
                return self.vowel_runs(word).max(1);
            }
            letters[len] = lower(c);
            len += 1;
        }
        self.nuclei(&letters[..len]).max(1)
    }

    /// Vowel runs of a word too long for the rules.
    fn vowel_runs(self, word: &str) -> u32 {
        let mut runs = 0;
        let mut in_run = false;
        for c in word.chars() {
            let vowel = self.vowel(lower(c)).is_some();
            runs += u32::from(vowel && !in_run);
            in_run = vowel;
        }
        runs
    }

    /// The kind of vowel `c` (lower case) is in this language, if it is one.
    fn vowel(self, c: char) -> Option<Vowel> {
        use Vowel::{Diaeresis, Strong, Weak};
        let kind = match (self, c) {
            (Rules::Russian, 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я') => Strong,
            (Rules::Russian, _) => return None,
            (Rules::Spanish, 'á' | 'é' | 'ó' | 'í' | 'ú') => Strong,
            (Rules::Spanish | Rules::Italian, 'i' | 'u' | 'ü' | 'y' | 'ì' | 'í' | 'ù' | 'ú') => Weak,
            (Rules::French | Rules::Dutch, 'ë' | 'ï' | 'ü') => Diaeresis,
            (_, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'ü' | 'æ' | 'œ' | 'ÿ') => Strong,
            (_, 'à'..='å' | 'è'..='ë' | 'ì'..='ï' | 'ò'..='ö' | 'ù'..='ü') => Strong,
            _ => return None,
        };
        Some(kind)
    }

    /// Whether the letter at `i` of `w` is sounded as a vowel.
    fn is_vowel(self, w: &[char], i: usize) -> bool {
        if self.vowel(w[i]).is_none() {
            return false;
        }
        let before = if i > 0 { w[i - 1] } else { '\0' };
        let next_is_vowel = w.get(i + 1).is_some_and(|&c| self.vowel(c).is_some());
        match (self, w[i]) {
            (Rules::German | Rules::French, 'u') if before == 'q' => false,
            (Rules::French, 'u') => !(before == 'g' && matches!(w.get(i + 1), Some('e' | 'i' | 'y' | 'é' | 'è' | 'ê'))),
            // Spanish `y` is a vowel only where no vowel follows: `hoy`, `muy`, the word `y`.
            (Rules::Spanish, 'y') => !next_is_vowel,
            _ => true,
        }
    }

    /// The syllable nuclei of the lower-case letters `w`.
    fn nuclei(self, w: &[char]) -> u32 {
        let mut count = 0;
        let mut i = 0;
        while i < w.len() {
            if !self.is_vowel(w, i) {
                i += 1;
                continue;
            }
            let start = i;
            while i < w.len() && self.is_vowel(w, i) {
                i += 1;
            }
            count += self.run_nuclei(&w[start..i]);
        }
        match self {
            Rules::German => {
                count + u32::from(count > 1 && ends_with(w, "ien") && w.len() > 3 && !self.is_vowel(w, w.len() - 4))
            }
            Rules::French => count - u32::from(count > 1 && self.silent_ending(w)),
            _ => count,
        }
    }

    /// The nuclei of one run of vowel letters.
    fn run_nuclei(self, run: &[char]) -> u32 {
        match self {
            Rules::German => greedy_units(run, &[], GERMAN_DIGRAPHS),
            Rules::Dutch => greedy_units(run, DUTCH_TRIGRAPHS, DUTCH_DIGRAPHS),
            Rules::French => 1 + run.windows(2).filter(|pair| french_break(pair[0], pair[1])).count() as u32,
            Rules::Spanish | Rules::Italian => {
                let strong = |c: char| self.vowel(c) == Some(Vowel::Strong);
                1 + run.windows(2).filter(|pair| strong(pair[0]) && strong(pair[1])).count() as u32
            }
            Rules::Russian => run.len() as u32,
        }
    }

    /// Whether the French word `w` ends in a silent `e`, `es` or verbal `ent`.
    fn silent_ending(self, w: &[char]) -> bool {
        let (e, verbal) = if ends_with(w, "ent") {
            (w.len() - 3, true)
        } else if ends_with(w, "es") {
            (w.len() - 2, false)
        } else if ends_with(w, "e") {
            (w.len() - 1, false)
        } else {
            return false;
        };
        // The `e` is a nucleus of its own: a consonant, or a hiatus after `é`, comes before it.
        let alone = e > 0 && (!self.is_vowel(w, e - 1) || w[e - 1] == 'é');
        let sounded_ent =
            verbal && (w[e - 1] == 'm' || SOUNDED_ENT.iter().any(|word| w.iter().copied().eq(word.chars())));
        alone && !sounded_ent
    }
}

/// How a vowel letter behaves in its run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Vowel {
    /// A vowel of its own (in Spanish and Italian, a strong one: two make a hiatus).
    Strong,
    /// Spanish and Italian `i u`: a glide next to another vowel.
    Weak,
    /// A vowel with a trema, which starts a syllable (`Noël`, `België`).
    Diaeresis,
}

/// German vowel letters read as one sound (Duden: they are never split).
const GERMAN_DIGRAPHS: &[&str] = &["aa", "ee", "oo", "ai", "ay", "ei", "ey", "au", "eu", "äu", "ie"];
/// Dutch vowel groups of three letters, read as one sound.
const DUTCH_TRIGRAPHS: &[&str] = &["aai", "ooi", "oei", "eeu", "ieu"];
/// Dutch vowel groups of two letters, read as one sound (`ij` needs none: `j` is no vowel).
const DUTCH_DIGRAPHS: &[&str] = &["aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ou", "au", "ai"];

/// French nouns, adjectives and adverbs whose final `-ent` is sounded, although not after `m`
/// (the verbs' `-ent` is silent). Words of one nucleus (`dent`, `vent`) need no entry.
const SOUNDED_ENT: &[&str] = &[
    "absent",
    "accident",
    "adolescent",
    "agent",
    "argent",
    "compétent",
    "content",
    "décent",
    "différent",
    "équivalent",
    "évident",
    "excellent",
    "fréquent",
    "incident",
    "innocent",
    "intelligent",
    "parent",
    "permanent",
    "présent",
    "président",
    "récent",
    "serpent",
    "souvent",
    "talent",
    "torrent",
    "urgent",
];

/// Counts the units of a vowel run, taking the longest group of `trigraphs` or `digraphs` at
/// each place, else one letter.
fn greedy_units(run: &[char], trigraphs: &[&str], digraphs: &[&str]) -> u32 {
    let starts =
        |at: &[char], group: &&str| group.chars().count() <= at.len() && group.chars().zip(at).all(|(g, &c)| g == c);
    let mut units = 0;
    let mut i = 0;
    while i < run.len() {
        let rest = &run[i..];
        i += if trigraphs.iter().any(|g| starts(rest, g)) {
            3
        } else if digraphs.iter().any(|g| starts(rest, g)) {
            2
        } else {
            1
        };
        units += 1;
    }
    units
}

/// Whether a French vowel run has a syllable break between `a` and `b`.
fn french_break(a: char, b: char) -> bool {
    matches!(b, 'ë' | 'ï' | 'ü') || a == 'é' || (matches!(b, 'é' | 'è') && a != 'i')
}

/// Whether the letters `w` end with `suffix`.
fn ends_with(w: &[char], suffix: &str) -> bool {
    let n = suffix.chars().count();
    w.len() >= n && w[w.len() - n..].iter().copied().eq(suffix.chars())
}

/// `c` in lower case (its first character: `İ` is `i`).
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// The number of syllables of `word` in `lang`: by the rules of German, Spanish, French,
/// Italian, Dutch or Russian (see `src/count/syllables_lang.rs`), else by the English rules.
///
/// ```
/// use textlens::count::syllables_in;
/// use textlens::lang::Lang;
/// assert_eq!(syllables_in("Lesbarkeit", Lang::parse("de").unwrap()), 3);
/// assert_eq!(syllables_in("país", Lang::parse("es").unwrap()), 2);
/// assert_eq!(syllables_in("table", Lang::parse("fr").unwrap()), 1);
/// assert_eq!(syllables_in("table", Lang::parse("en").unwrap()), 2);
/// ```
pub fn syllables_in(word: &str, lang: Lang) -> u32 {
    syllables_by(word, Rules::of(lang))
}

/// The syllables of `word` by `rules`, or by the English rules (at least 1).
pub(crate) fn syllables_by(word: &str, rules: Option<Rules>) -> u32 {
    match rules {
        Some(rules) => per_part(word, |part| rules.unhyphenated(part)),
        None => super::syllables(word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(tag: &str, cases: &[(&str, u32)]) {
        let lang = Lang::parse(tag).unwrap();
        for &(word, expected) in cases {
            assert_eq!(syllables_in(word, lang), expected, "{tag} {word}");
        }
    }

    #[test]
    fn german() {
        check(
            "de",
            &[
                ("Haus", 1),        // au
                ("Häuser", 2),      // äu-ser
                ("Eisenbahn", 3),   // ei-sen-bahn
                ("lieben", 2),      // ie-ben
                ("Boot", 1),        // oo
                ("Ferien", 3),      // Fe-ri-en: final -ien after a nucleus
                ("schien", 1),      // one nucleus: ie
                ("Nation", 3),      // Na-ti-on
                ("Quelle", 2),      // qu: u is no vowel
                ("Übung", 2),       // Ü-bung
                ("aktuell", 3),     // ak-tu-ell
                ("Straßenbahn", 3), // Stra-ßen-bahn
                ("Tee-Ei", 2),      // parts: Tee + Ei
            ],
        );
    }

    #[test]
    fn dutch() {
        check(
            "nl",
            &[
                ("huis", 1),     // ui
                ("mooi", 1),     // ooi
                ("leeuw", 1),    // eeu
                ("België", 3),   // Bel-gi-ë: trema
                ("ideeën", 3),   // i-dee-ën
                ("vrijheid", 2), // vrij-heid
                ("lopen", 2),    // lo-pen
                ("theorie", 3),  // the-o-rie
            ],
        );
    }

    #[test]
    fn french() {
        check(
            "fr",
            &[
                ("table", 1),        // mute final e
                ("portes", 1),       // mute -es
                ("parlent", 1),      // verbal -ent
                ("moment", 2),       // -ment is sounded
                ("parents", 2),      // -ents is sounded
                ("souvent", 2),      // listed
                ("le", 1),           // the only nucleus stays
                ("eau", 1),          // one vowel group
                ("oiseau", 2),       // oi-seau
                ("réalité", 4),      // ré-a-li-té: é ends a nucleus
                ("année", 2),        // an-née: é-e, then the mute e
                ("pitié", 2),        // pi-tié: no break after i
                ("Noël", 2),         // trema
                ("langue", 1),       // gu: u is no vowel, mute e
                ("quand", 1),        // qu
                ("vue", 1),          // ue is one run: its e is not alone
                ("l'homme", 1),      // the elided article has no vowel
                ("gouvernement", 4), // gou-ver-ne-ment: only an ending is mute
            ],
        );
    }

    #[test]
    fn spanish() {
        check(
            "es",
            &[
                ("casa", 2),
                ("ciudad", 2), // ciu-dad: weak + weak
                ("bueno", 2),  // bue-no: weak + strong
                ("leer", 2),   // le-er: strong + strong
                ("día", 2),    // dí-a: accented weak
                ("país", 2),   // pa-ís
                ("buey", 1),   // triphthong with final y
                ("y", 1),
                ("reyes", 2), // re-yes: y before a vowel is a consonant
                ("que", 1),   // ue
                ("poeta", 3), // po-e-ta
                ("libertad", 3),
            ],
        );
    }

    #[test]
    fn italian() {
        check(
            "it",
            &[
                ("casa", 2),
                ("piano", 2),   // pia-no
                ("buono", 2),   // buo-no
                ("più", 1),     // accent marks stress only
                ("poeta", 3),   // po-e-ta
                ("aereo", 4),   // a-e-re-o
                ("giorno", 2),  // gior-no
                ("libertà", 3), // li-ber-tà
            ],
        );
    }

    #[test]
    fn russian() {
        check(
            "ru",
            &[
                ("дом", 1),
                ("человек", 3),    // че-ло-век
                ("свобода", 3),    // сво-бо-да
                ("объявление", 5), // объ-яв-ле-ни-е
                ("Россия", 3),     // Рос-си-я
                ("в", 1),          // no vowel: still a word of one
            ],
        );
    }

    #[test]
    fn other_languages_use_the_english_rules() {
        let portuguese = Lang::parse("pt").unwrap();
        assert_eq!(syllables_in("readability", portuguese), crate::count::syllables("readability"));
    }

    #[test]
    fn a_huge_word_is_counted_without_panicking() {
        let word = "ба".repeat(100_000);
        assert_eq!(syllables_in(&word, Lang::parse("ru").unwrap()), 100_000);
        let word = "la".repeat(100_000);
        assert_eq!(syllables_in(&word, Lang::parse("fr").unwrap()), 100_000);
    }
}
