//! Languages: BCP 47 tags, the script each is written in, the data the sentence rules read per
//! language, and detection of a text's language.
//!
//! A [`Lang`] is parsed from a BCP 47 tag (`"de"`, `"pt-BR"`, `"sr-Latn"`, `"zh-Hant"`). Its
//! primary subtag must be a language this module knows the script of (the ISO 639-1 languages and
//! a few others); a script subtag overrides that script, a region is accepted and ignored. An
//! unknown or malformed tag is an [`Error`] that names it.
//!
//! Some languages have data of their own ([`Lang::has_data`]: abbreviations, ordinal numbers,
//! quotation marks, frequent words; files in `src/lang/data/`, documented there). A known language
//! without data falls back to the rules of its script: the generic rules, with no abbreviation but
//! initials and initialisms, and for Thai, Lao, Khmer and Burmese the splitter at spaces. Text in
//! the Latin script whose language cannot be told is read as English, the language the built-in
//! rules were written for.
//!
//! [`detect`] looks at the start of a text (at most [`SAMPLE`] bytes, so detection costs the same
//! however long the text): the script most of its letters belong to, and then, for scripts that
//! several languages share, which language's frequent words it uses most.
//!
//! ```
//! use textlens::lang::{detect, Lang};
//! let detection = detect("Die Regierung hat am Montag beschlossen, dass die Schulen offen bleiben.");
//! assert_eq!(detection.lang.tag(), "de");
//! assert!(detection.confidence > 0.0);
//! assert_eq!(Lang::parse("pt-BR").unwrap().tag(), "pt");
//! assert!(Lang::parse("xx").unwrap_err().message().contains("\"xx\""));
//! ```

use crate::error::Detail;
use crate::split::AbbreviationKind;
use crate::{Error, Result};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The writing systems the rules tell apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic.
    Cyrillic,
    /// Greek.
    Greek,
    /// Armenian.
    Armenian,
    /// Georgian.
    Georgian,
    /// Hebrew.
    Hebrew,
    /// Arabic (also Persian, Urdu, Pashto …).
    Arabic,
    /// Devanagari (Hindi, Marathi, Nepali, Sanskrit).
    Devanagari,
    /// Bengali–Assamese.
    Bengali,
    /// Tamil.
    Tamil,
    /// The other scripts of India and Sri Lanka (Gurmukhi, Gujarati, Oriya, Telugu, Kannada,
    /// Malayalam, Sinhala).
    OtherIndic,
    /// Thai.
    Thai,
    /// Lao.
    Lao,
    /// Khmer.
    Khmer,
    /// Myanmar (Burmese).
    Myanmar,
    /// Tibetan.
    Tibetan,
    /// Ethiopic (Amharic, Tigrinya).
    Ethiopic,
    /// Hangul (Korean).
    Hangul,
    /// Han ideographs (Chinese; Japanese when kana are mixed in).
    Han,
    /// Hiragana and katakana (Japanese).
    Kana,
}

impl Script {
    /// The script of `c`, if it is a letter of one the rules tell apart.
    pub fn of(c: char) -> Option<Script> {
        use Script::*;
        let script = match c {
            'a'..='z' | 'A'..='Z' => Latin,
            c if c.is_ascii() => return None,
            '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' if c.is_alphabetic() => Latin,
            '\u{370}'..='\u{3FF}' | '\u{1F00}'..='\u{1FFF}' => Greek,
            '\u{400}'..='\u{52F}' => Cyrillic,
            '\u{531}'..='\u{58F}' => Armenian,
            '\u{591}'..='\u{5FF}' => Hebrew,
            '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => Arabic,
            '\u{900}'..='\u{97F}' => Devanagari,
            '\u{980}'..='\u{9FF}' => Bengali,
            '\u{B80}'..='\u{BFF}' => Tamil,
            '\u{A00}'..='\u{DFF}' => OtherIndic,
            '\u{E00}'..='\u{E7F}' => Thai,
            '\u{E80}'..='\u{EFF}' => Lao,
            '\u{F00}'..='\u{FFF}' => Tibetan,
            '\u{1000}'..='\u{109F}' => Myanmar,
            '\u{10A0}'..='\u{10FF}' => Georgian,
            '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => Hangul,
            '\u{1200}'..='\u{139F}' => Ethiopic,
            '\u{1780}'..='\u{17FF}' => Khmer,
            '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => Kana,
            '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}' => {
                Han
            }
            _ => return None,
        };
        Some(script)
    }

    /// Whether sentences of this script are separated by spaces, without punctuation (Thai, Lao,
    /// Khmer, Burmese).
    pub fn separates_sentences_by_spaces(self) -> bool {
        matches!(self, Script::Thai | Script::Lao | Script::Khmer | Script::Myanmar)
    }

    /// The script named by a BCP 47 (ISO 15924) script subtag, in any case.
    fn from_subtag(subtag: &str) -> Option<Script> {
        const SUBTAGS: &[(&str, Script)] = &[
            ("latn", Script::Latin),
            ("cyrl", Script::Cyrillic),
            ("grek", Script::Greek),
            ("armn", Script::Armenian),
            ("geor", Script::Georgian),
            ("hebr", Script::Hebrew),
            ("arab", Script::Arabic),
            ("deva", Script::Devanagari),
            ("beng", Script::Bengali),
            ("taml", Script::Tamil),
            ("thai", Script::Thai),
            ("laoo", Script::Lao),
            ("khmr", Script::Khmer),
            ("mymr", Script::Myanmar),
            ("tibt", Script::Tibetan),
            ("ethi", Script::Ethiopic),
            ("hang", Script::Hangul),
            ("kore", Script::Hangul),
            ("hans", Script::Han),
            ("hant", Script::Han),
            ("hani", Script::Han),
            ("jpan", Script::Kana),
            ("hira", Script::Kana),
            ("kana", Script::Kana),
        ];
        SUBTAGS.iter().find(|(name, _)| name.eq_ignore_ascii_case(subtag)).map(|&(_, script)| script)
    }
}

/// The languages whose script is known, by primary subtag, grouped by script.
const KNOWN: &[(Script, &str)] = &[
    (
        Script::Latin,
        "en de fr es it pt nl pl tr da nb no nn sv fi cs hu af ak az bs ca co cy eo et eu fo fy ga gd gl ha hr ht \
         id ig is jv ku la lb lt lv mg mi ms mt ny oc om qu rm ro rw sk sl sm sn so sq st su sw tk tl tn to ts uz vi \
         wo xh yo zu ee gv kw ln lg br an ast fil haw",
    ),
    (Script::Cyrillic, "ru uk be bg kk ky mk mn sr tg tt ba cv ce os"),
    (Script::Greek, "el"),
    (Script::Armenian, "hy"),
    (Script::Georgian, "ka"),
    (Script::Hebrew, "he iw yi"),
    (Script::Arabic, "ar fa ur ps ug sd ckb"),
    (Script::Devanagari, "hi mr ne sa"),
    (Script::Bengali, "bn as"),
    (Script::Tamil, "ta"),
    (Script::OtherIndic, "pa gu or te kn ml si"),
    (Script::Thai, "th"),
    (Script::Lao, "lo"),
    (Script::Khmer, "km"),
    (Script::Myanmar, "my"),
    (Script::Tibetan, "bo dz"),
    (Script::Ethiopic, "am ti"),
    (Script::Hangul, "ko"),
    (Script::Han, "zh yue"),
    (Script::Kana, "ja"),
];

/// A language: the primary subtag of a BCP 47 tag and the script it is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang {
    tag: &'static str,
    script: Script,
}

impl Lang {
    /// English, the language of the built-in rules.
    pub const ENGLISH: Lang = Lang { tag: "en", script: Script::Latin };

    /// The language of a BCP 47 tag (`"de"`, `"de-CH"`, `"sr-Latn"`, `"zh-Hant-TW"`), in any case,
    /// with `-` or `_` between subtags.
    ///
    /// # Errors
    /// If the tag is malformed, or its primary subtag is no language this module knows.
    pub fn parse(tag: &str) -> Result<Lang> {
        let unknown = |why: &str| {
            Error::invalid_option(format!(
                "unknown language tag {tag:?}: {why}; expected a BCP 47 tag such as \"en\", \"de\" or \"pt-BR\", or \"auto\""
            ))
        };
        let mut subtags = tag.split(['-', '_']);
        let primary = subtags.next().unwrap_or_default();
        if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(unknown("the language subtag must be two or three letters"));
        }
        let (mut script, known) = KNOWN
            .iter()
            .find_map(|&(script, tags)| tags.split(' ').find(|t| t.eq_ignore_ascii_case(primary)).map(|t| (script, t)))
            .ok_or_else(|| unknown("no such language is known"))?;
        for (i, subtag) in subtags.enumerate() {
            if subtag.is_empty() || subtag.len() > 8 || !subtag.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Err(unknown("a subtag must be one to eight letters or digits"));
            }
            if i == 0 && subtag.len() == 4 && subtag.bytes().all(|b| b.is_ascii_alphabetic()) {
                script = Script::from_subtag(subtag).unwrap_or(script);
            }
        }
        Ok(Lang { tag: known, script })
    }

    /// The primary subtag, lower-cased (`"pt"` for `"pt-BR"`).
    pub fn tag(self) -> &'static str {
        self.tag
    }

    /// The script the language is written in.
    pub fn script(self) -> Script {
        self.script
    }

    /// Whether the language has sentence data of its own (otherwise its script's rules apply).
    pub fn has_data(self) -> bool {
        self.data().is_some()
    }

    /// The language's data, if it has a file of its own and is written in that file's script.
    pub(crate) fn data(self) -> Option<&'static LangData> {
        let tag = match self.tag {
            "no" | "nn" => "nb",
            tag => tag,
        };
        all_data().iter().find(|data| data.tag == tag && data.script == self.script)
    }
}

/// Which language's rules apply: the one detected from each text (the default), or a given one.
///
/// JavaScript and serde give it as a string: `"auto"` or a BCP 47 tag ([`Lang::parse`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LangChoice {
    /// Detect the language of each text ([`detect`]).
    #[default]
    Auto,
    /// Always this language.
    Fixed(Lang),
}

impl LangChoice {
    /// `"auto"`, or the language of a BCP 47 tag.
    ///
    /// # Errors
    /// As [`Lang::parse`].
    pub fn parse(tag: &str) -> Result<LangChoice> {
        if tag.eq_ignore_ascii_case("auto") {
            Ok(LangChoice::Auto)
        } else {
            Lang::parse(tag).map(LangChoice::Fixed)
        }
    }

    /// The language for `text`: the fixed one (confidence 1), or the one detected.
    pub fn resolve(self, text: &str) -> Detection {
        match self {
            LangChoice::Auto => detect(text),
            LangChoice::Fixed(lang) => Detection { lang, confidence: 1.0 },
        }
    }
}

impl From<Lang> for LangChoice {
    fn from(lang: Lang) -> Self {
        LangChoice::Fixed(lang)
    }
}

impl<'de> serde::Deserialize<'de> for LangChoice {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct Tag;
        impl serde::de::Visitor<'_> for Tag {
            type Value = LangChoice;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a BCP 47 language tag (a string such as \"de\") or \"auto\"")
            }
            fn visit_str<E: serde::de::Error>(self, tag: &str) -> std::result::Result<LangChoice, E> {
                // A tag's errors are text; matching on the detail keeps the number formatting of
                // `Error::message` (float tables) out of the wasm module.
                LangChoice::parse(tag).map_err(|error| match error.detail() {
                    Detail::Text(text) => E::custom(text),
                    Detail::OutOfRange(_) => E::custom("bad language tag"),
                })
            }
        }
        deserializer.deserialize_str(Tag)
    }
}

/// What detection found: the language, and how sure it is, from 0 (a guess: no letters, or no
/// frequent word of any language) to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    /// The language detected.
    pub lang: Lang,
    /// How sure detection is, from 0 to 1.
    pub confidence: f64,
}

/// How many bytes at the start of a text [`detect`] reads.
pub const SAMPLE: usize = 4096;

/// The language of `text`, told from its first [`SAMPLE`] bytes.
///
/// The script most letters belong to decides, where one language writes it (Greek, Korean, Thai…;
/// Han with kana is Japanese). For scripts that several languages share, the language whose
/// frequent words appear most often wins, and the confidence is the share of the script's letters
/// times the lead over the runner-up; with fewer than two frequent words, the script's first language
/// (English for Latin, Russian for Cyrillic, Arabic, Hindi) is given with confidence 0.
pub fn detect(text: &str) -> Detection {
    let sample = &text[..floor_char_boundary(text, SAMPLE)];
    let Some((script, share)) = dominant_script(sample) else {
        return Detection { lang: Lang::ENGLISH, confidence: 0.0 };
    };
    let candidates: Vec<&LangData> = all_data().iter().filter(|data| data.script == script).collect();
    let default = candidates.first().map_or_else(|| script_default(script), |data| data.lang());
    if candidates.len() < 2 {
        return Detection { lang: default, confidence: share };
    }
    // The most hits (the first file of equals), and the runner-up's count; no sort, which would
    // cost the module a sorting routine of its own.
    let (mut best, mut n, mut second) = (0, 0, 0);
    for (i, hits) in frequent_word_hits(sample, script).into_iter().enumerate() {
        if hits > n {
            (best, n, second) = (i, hits, n);
        } else if hits > second {
            second = hits;
        }
    }
    if n < MIN_HITS {
        return Detection { lang: default, confidence: 0.0 };
    }
    let lead = (n - second) as f64 / n as f64;
    Detection { lang: all_data()[best].lang(), confidence: share * lead }
}

/// The fewest frequent words that make a language more than a guess: one word is often shared by
/// chance (`met` is English and Dutch, `die` English and German).
const MIN_HITS: usize = 2;

/// The language of a script that no data file covers: its first known language.
fn script_default(script: Script) -> Lang {
    let (_, tags) = KNOWN.iter().find(|(s, _)| *s == script).expect("every script has a language");
    Lang::parse(tags.split(' ').next().unwrap_or_default()).unwrap_or(Lang::ENGLISH)
}

/// The script most letters of `sample` belong to and their share of its letters; Han with kana
/// counts as kana (Japanese writes both).
fn dominant_script(sample: &str) -> Option<(Script, f64)> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for script in sample.chars().filter_map(Script::of) {
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
    }
    let total: usize = counts.iter().map(|&(_, n)| n).sum();
    let count = |script| counts.iter().find(|(s, _)| *s == script).map_or(0, |&(_, n)| n);
    // A few kana among ideographs make Japanese: Chinese uses none.
    let (kana, han) = (count(Script::Kana), count(Script::Han));
    if kana > 0 && kana * 20 >= han {
        let japanese = counts.iter_mut().find(|(s, _)| *s == Script::Kana).expect("counted");
        japanese.1 += han;
    }
    let &(script, n) = counts.iter().filter(|(s, _)| kana == 0 || *s != Script::Han).max_by_key(|&&(_, n)| n)?;
    Some((script, n as f64 / total as f64))
}

/// For each data file (by index into [`all_data`]), how many words of `sample` in `script` are
/// among its frequent words or hold one of its letters.
fn frequent_word_hits(sample: &str, script: Script) -> Vec<usize> {
    let (index, letters) = frequent_word_index();
    let mut hits = vec![0; all_data().len()];
    // Combining diacritics (U+0300 to U+036F) and the zero-width non-joiner stay inside words.
    let in_word = |c: char| c.is_alphabetic() || matches!(c, '\u{300}'..='\u{36F}' | '\u{200C}');
    let words = sample.split(|c: char| !in_word(c)).filter(|w| !w.is_empty());
    for word in words.filter(|w| w.chars().next().and_then(Script::of) == Some(script)) {
        let lower;
        let word = if word.chars().any(char::is_uppercase) {
            lower = word.to_lowercase();
            lower.as_str()
        } else {
            word
        };
        let by_letters = word.chars().filter(|c| !c.is_ascii()).fold(0, |mask, c| mask | letters.get(&c).unwrap_or(&0));
        let mask = index.get(word).copied().unwrap_or(0) | by_letters;
        if mask != 0 {
            for (i, hit) in hits.iter_mut().enumerate() {
                *hit += usize::from(mask >> i & 1 == 1);
            }
        }
    }
    hits
}

/// Every frequent word and every distinctive letter of every data file, each with a bit per file
/// that lists it.
type FrequentIndex = (HashMap<&'static str, u64>, HashMap<char, u64>);

fn frequent_word_index() -> &'static FrequentIndex {
    static INDEX: OnceLock<FrequentIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let (mut words, mut letters) = (HashMap::new(), HashMap::new());
        for (i, data) in all_data().iter().enumerate() {
            for &word in &data.frequent {
                *words.entry(word).or_insert(0) |= 1 << i;
            }
            for &letter in &data.letters {
                *letters.entry(letter).or_insert(0) |= 1 << i;
            }
        }
        (words, letters)
    })
}

/// The largest `char` boundary of `text` at or before `pos`.
fn floor_char_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// One language's data file, parsed (see `src/lang/data/README.md`).
///
/// Each line is `key: values`, values separated by spaces; `#` starts a comment line:
/// - `title`, `inner`, `number`, `trailing`: abbreviations of that [`AbbreviationKind`], lower
///   case, without their final period; with `-ending` (`trailing-ending: str`), endings that make
///   any longer word an abbreviation of that kind (German compounds: `Hauptstr. 5`);
/// - `quotes`: pairs of an opening and a closing quotation mark (`„“ »«`); the closing ones stay
///   with the sentence they end;
/// - `ordinal-period: yes`: a number followed by a period may be an ordinal (`am 3. Mai`), which
///   ends no sentence before a month (`months`), after one of the `before-ordinal` words (articles
///   and prepositions: `die 9. Etappe`), or before a lower-case word;
/// - `question-semicolon: yes`: `;` is the question mark (Greek);
/// - `frequent`: the language's commonest function words, for detection and as the words that
///   open a sentence after an abbreviation that may close a name;
/// - `letters`: letters that few other languages of the script use (Turkish `ı ğ ş`, Polish
///   `ł`); for detection, each word holding one counts as one frequent word.
#[derive(Debug)]
pub(crate) struct LangData {
    tag: &'static str,
    script: Script,
    pub(crate) abbreviations: HashMap<&'static str, AbbreviationKind>,
    /// Endings that make a word an abbreviation of a kind (German `-str.`: `Hauptstr. 5`).
    pub(crate) abbreviation_endings: Vec<(&'static str, AbbreviationKind)>,
    pub(crate) closing_quotes: Vec<char>,
    pub(crate) ordinal_period: bool,
    pub(crate) question_semicolon: bool,
    pub(crate) months: Vec<&'static str>,
    pub(crate) before_ordinal: Vec<&'static str>,
    pub(crate) frequent: Vec<&'static str>,
    letters: Vec<char>,
}

impl LangData {
    fn lang(&self) -> Lang {
        Lang { tag: self.tag, script: self.script }
    }

    fn parse(tag: &'static str, file: &'static str) -> LangData {
        let script = Lang::parse(tag).map_or(Script::Latin, Lang::script);
        let mut data = LangData {
            tag,
            script,
            abbreviations: HashMap::new(),
            abbreviation_endings: Vec::new(),
            closing_quotes: Vec::new(),
            ordinal_period: false,
            question_semicolon: false,
            months: Vec::new(),
            before_ordinal: Vec::new(),
            frequent: Vec::new(),
            letters: Vec::new(),
        };
        for line in file.lines().filter(|line| !line.starts_with('#')) {
            let Some((key, values)) = line.split_once(':') else { continue };
            let values = values.split_whitespace();
            let (key, is_ending) = key.strip_suffix("-ending").map_or((key, false), |kind| (kind, true));
            let kind = match key {
                "title" => AbbreviationKind::Title,
                "inner" => AbbreviationKind::Inner,
                "number" => AbbreviationKind::Number,
                "trailing" => AbbreviationKind::Trailing,
                "quotes" => {
                    data.closing_quotes.extend(values.filter_map(|pair| pair.chars().nth(1)));
                    continue;
                }
                "ordinal-period" => {
                    data.ordinal_period = values.eq(["yes"]);
                    continue;
                }
                "question-semicolon" => {
                    data.question_semicolon = values.eq(["yes"]);
                    continue;
                }
                "months" => {
                    data.months.extend(values);
                    continue;
                }
                "before-ordinal" => {
                    data.before_ordinal.extend(values);
                    continue;
                }
                "frequent" => {
                    data.frequent.extend(values);
                    continue;
                }
                "letters" => {
                    data.letters.extend(values.flat_map(str::chars));
                    continue;
                }
                _ => continue,
            };
            if is_ending {
                data.abbreviation_endings.extend(values.map(|ending| (ending, kind)));
                continue;
            }
            // The first kind listed for a text wins.
            for value in values {
                data.abbreviations.entry(value).or_insert(kind);
            }
        }
        data
    }
}

/// The data files, parsed on first use. English comes first: it wins ties in detection.
fn all_data() -> &'static [LangData] {
    static DATA: OnceLock<Vec<LangData>> = OnceLock::new();
    DATA.get_or_init(|| FILES.iter().map(|&(tag, file)| LangData::parse(tag, file)).collect())
}

macro_rules! files {
    ($($tag:literal)*) => { &[$(($tag, include_str!(concat!("data/", $tag, ".txt")))),*] };
}

/// The data files by tag, English first.
const FILES: &[(&str, &str)] = files!("en" "de" "fr" "es" "it" "pt" "nl" "pl" "tr" "da" "nb" "sv" "fi" "cs" "hu"
    "vi" "ru" "uk" "el" "ar" "fa" "ur" "hi" "mr" "ne" "zh" "ja" "ko" "th");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_parses_into_its_own_script() {
        for data in all_data() {
            assert_eq!(Lang::parse(data.tag).map(Lang::script), Ok(data.script), "{}", data.tag);
            assert!(data.lang().has_data(), "{}", data.tag);
        }
        assert!(all_data().len() <= 64, "one bit per file in the frequent-word index");
    }

    #[test]
    fn no_abbreviation_is_listed_twice_in_a_file() {
        for data in all_data() {
            let file = FILES.iter().find(|(tag, _)| *tag == data.tag).expect("its file").1;
            let listed = file
                .lines()
                .filter(|line| ["title:", "inner:", "number:", "trailing:"].iter().any(|key| line.starts_with(key)))
                .flat_map(|line| line.split_whitespace().skip(1));
            assert_eq!(listed.count(), data.abbreviations.len(), "{}", data.tag);
        }
    }
}
