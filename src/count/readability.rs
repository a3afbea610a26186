//! Readability formulas, from the counts of a text.
//!
//! Each formula is written as published; what textlens feeds it (words, sentences, syllables,
//! letters) is defined in [`TextCounts`]. A formula that cannot be computed (no words, or fewer
//! sentences than it needs) gives a [`Score`] with no value and a reason, never NaN or infinity.
//!
//! Each formula was made for readers of one language, and [`count`](super::count) gives it a
//! value only for a text in that language (LIX and RIX, which count no syllables, for every
//! language); for a text in another language it is `None`, with the reason. Syllables are
//! counted by the rules of the text's language (`src/count/syllables_lang.rs`).
//!
//! | formula | language | source | result |
//! |---|---|---|---|
//! | Flesch Reading Ease | en | R. Flesch, "A new readability yardstick", *J. Applied Psychology* 32, 1948 | 0–100, higher is easier |
//! | Flesch–Kincaid Grade | en | J. P. Kincaid et al., *Derivation of new readability formulas … for Navy enlisted personnel*, 1975 | US school grade |
//! | Gunning Fog | en | R. Gunning, *The Technique of Clear Writing*, 1952 | grade |
//! | SMOG | en | G. H. McLaughlin, "SMOG grading", *J. of Reading* 12(8), 1969 | grade |
//! | Coleman–Liau | en | M. Coleman, T. L. Liau, *J. Applied Psychology* 60(2), 1975 | grade |
//! | Automated Readability Index | en | E. A. Smith, R. J. Senter, *Automated Readability Index*, AMRL-TR-66-220, 1967 | grade |
//! | Dale–Chall | en | E. Dale, J. S. Chall, "A formula for predicting readability", *Educational Research Bulletin* 27, 1948 | score; 4.9 or less ≈ grade 4, 9.0–9.9 ≈ college |
//! | LIX | any | C.-H. Björnsson, *Läsbarhet*, 1968 | index; < 30 very easy, > 60 very hard |
//! | RIX | any | J. Anderson, "Lix and Rix", *J. of Reading* 26(6), 1983 | long words per sentence |
//! | Linsear Write | en | J. O'Hayre, *Gobbledygook Has Gotta Go*, US Bureau of Land Management, 1966 | grade |
//! | consensus | en | textlens: the median of the seven grade levels above | grade |
//! | Amstad | de | T. Amstad, *Wie verständlich sind unsere Zeitungen?*, dissertation, Universität Zürich, 1978 | 0–100, higher is easier |
//! | Wiener Sachtextformel | de | R. Bamberger, E. Vanecek, *Lesen – Verstehen – Lernen – Schreiben*, Jugend und Volk, Wien 1984 (the first of its four formulas) | school grade, 4 (easy) to 15 (very hard) |
//! | Fernández-Huerta | es | J. Fernández Huerta, "Medidas sencillas de lecturabilidad", *Consigna* 214, 1959, with F as words per sentence (G. Law, "Error in the Fernandez Huerta readability formula", 2011) | 0–100, higher is easier |
//! | Szigriszt-Pazos | es | F. Szigriszt Pazos, *Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad*, dissertation, Universidad Complutense de Madrid, 1993 | 0–100, higher is easier |
//! | Kandel–Moles | fr | L. Kandel, A. Moles, "Application de l'indice de Flesch à la langue française", *Cahiers Études de Radio-Télévision* 19, 1958 | 0–100, higher is easier |
//! | Gulpease | it | P. Lucisano, M. E. Piemontese, "GULPEASE: una formula per la predizione della difficoltà dei testi in lingua italiana", *Scuola e città* 39(3), 1988 | 0–100, higher is easier; below 40 hard for a reader with a high-school education |
//! | Douma | nl | W. H. Douma, *De leesbaarheid van landbouwbladen*, Landbouwhogeschool Wageningen, 1960 | 0–100, higher is easier |
//! | Oborneva (Russian Flesch) | ru | И. В. Оборнева, *Автоматизированная оценка сложности учебных текстов на основе статистических параметров*, dissertation, Moscow, 2006 | 0–100, higher is easier |

use serde::Serialize;

/// The counts of a text that the formulas read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextCounts {
    /// Words (see the word rules in [`count`](super)).
    pub words: usize,
    /// Sentences that contain at least one word.
    pub sentences: usize,
    /// Syllables of all words ([`syllables`](super::syllables)).
    pub syllables: usize,
    /// Letters and digits inside words (what Coleman–Liau and ARI call characters).
    pub letters: usize,
    /// Words of three or more syllables (SMOG's polysyllables, Linsear Write's hard words, the
    /// Wiener Sachtextformel's MS).
    pub polysyllables: usize,
    /// Words of one syllable (the Wiener Sachtextformel's ES).
    pub monosyllables: usize,
    /// Gunning's complex words: three or more syllables, not counting proper nouns (capitalised
    /// words that do not start a sentence), hyphenated compounds, and words that only reach
    /// three syllables with an `-es`, `-ed` or `-ing` ending.
    pub complex_words: usize,
    /// Words of more than six letters (LIX, RIX, the Wiener Sachtextformel's IW).
    pub long_words: usize,
    /// Words not on the Dale–Chall list of familiar words, nor regular inflections of one.
    pub difficult_words: usize,
}

/// A formula's result: a number, or no number and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Score {
    /// The score; `None` when the formula cannot be applied.
    pub value: Option<f64>,
    /// Why there is no value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
}

impl Score {
    fn of(value: f64) -> Score {
        debug_assert!(value.is_finite());
        Score { value: Some(value), reason: None }
    }

    fn missing(reason: &'static str) -> Score {
        Score { value: None, reason: Some(reason) }
    }
}

/// Every readability score of a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Readability {
    /// Flesch Reading Ease: `206.835 − 1.015 × words/sentences − 84.6 × syllables/words`.
    pub flesch_reading_ease: Score,
    /// Flesch–Kincaid Grade: `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
    pub flesch_kincaid_grade: Score,
    /// Gunning Fog: `0.4 × (words/sentences + 100 × complex words/words)`.
    pub gunning_fog: Score,
    /// SMOG: `1.0430 × √(polysyllables × 30/sentences) + 3.1291`; needs 3 sentences.
    pub smog: Score,
    /// Coleman–Liau: `0.0588 × L − 0.296 × S − 15.8`, L letters and S sentences per 100 words.
    pub coleman_liau: Score,
    /// Automated Readability Index: `4.71 × letters/words + 0.5 × words/sentences − 21.43`.
    pub automated_readability: Score,
    /// Dale–Chall: `0.1579 × difficult % + 0.0496 × words/sentences`, `+ 3.6365` above 5 %.
    pub dale_chall: Score,
    /// LIX: `words/sentences + 100 × long words/words`.
    pub lix: Score,
    /// RIX: `long words/sentences`.
    pub rix: Score,
    /// Linsear Write: `r = (easy words + 3 × hard words)/sentences`, then `r/2` if `r > 20`,
    /// else `r/2 − 1`.
    pub linsear_write: Score,
    /// The median of the grade levels (Flesch–Kincaid, Fog, SMOG, Coleman–Liau, ARI, Linsear
    /// Write, and Dale–Chall's grade band).
    pub consensus_grade: Score,
    /// Amstad's German Flesch: `180 − words/sentences − 58.5 × syllables/words`.
    pub amstad: Score,
    /// Wiener Sachtextformel (the first): `0.1935 × MS + 0.1672 × SL + 0.1297 × IW − 0.0327 × ES
    /// − 0.875`, MS, IW and ES the percentages of words of three or more syllables, of more than
    /// six letters and of one syllable, SL words per sentence.
    pub wiener_sachtextformel: Score,
    /// Fernández-Huerta: `206.84 − 60 × syllables/words − 1.02 × words/sentences`.
    pub fernandez_huerta: Score,
    /// Szigriszt-Pazos perspicuity: `206.835 − 62.3 × syllables/words − words/sentences`.
    pub szigriszt_pazos: Score,
    /// Kandel–Moles: `207 − 1.015 × words/sentences − 73.6 × syllables/words`.
    pub kandel_moles: Score,
    /// Gulpease: `89 + (300 × sentences − 10 × letters)/words`.
    pub gulpease: Score,
    /// Douma: `206.835 − 0.93 × words/sentences − 77 × syllables/words`.
    pub douma: Score,
    /// Oborneva's Russian Flesch: `206.835 − 1.3 × words/sentences − 60.1 × syllables/words`.
    pub oborneva: Score,
}

const NO_WORDS: &str = "the text has no words";
const SMOG_SENTENCES: &str = "SMOG needs at least 3 sentences (30 for a standard sample)";

/// Every score for `counts`.
///
/// ```
/// use textlens::count::{readability, TextCounts};
/// // 100 words, 5 sentences, 140 syllables:
/// let counts = TextCounts { words: 100, sentences: 5, syllables: 140, ..TextCounts::default() };
/// let scores = readability(&counts);
/// // 206.835 − 1.015 × 20 − 84.6 × 1.4 = 68.095
/// assert!((scores.flesch_reading_ease.value.unwrap() - 68.095).abs() < 1e-9);
/// ```
pub fn readability(counts: &TextCounts) -> Readability {
    if counts.words == 0 {
        let none = || Score::missing(NO_WORDS);
        return Readability {
            flesch_reading_ease: none(),
            flesch_kincaid_grade: none(),
            gunning_fog: none(),
            smog: none(),
            coleman_liau: none(),
            automated_readability: none(),
            dale_chall: none(),
            lix: none(),
            rix: none(),
            linsear_write: none(),
            consensus_grade: none(),
            amstad: none(),
            wiener_sachtextformel: none(),
            fernandez_huerta: none(),
            szigriszt_pazos: none(),
            kandel_moles: none(),
            gulpease: none(),
            douma: none(),
            oborneva: none(),
        };
    }
    let ratios = Ratios::of(counts);
    let smog = if counts.sentences >= 3 { Score::of(smog(counts)) } else { Score::missing(SMOG_SENTENCES) };
    let dale_chall = dale_chall(&ratios);
    let mut grades = vec![
        flesch_kincaid_grade(&ratios),
        gunning_fog(&ratios),
        coleman_liau(&ratios),
        automated_readability(&ratios),
        linsear_write(counts),
        dale_chall_grade(dale_chall),
    ];
    grades.extend(smog.value);
    Readability {
        flesch_reading_ease: Score::of(flesch(&ratios, FLESCH)),
        flesch_kincaid_grade: Score::of(grades[0]),
        gunning_fog: Score::of(grades[1]),
        smog,
        coleman_liau: Score::of(grades[2]),
        automated_readability: Score::of(grades[3]),
        dale_chall: Score::of(dale_chall),
        lix: Score::of(ratios.words_per_sentence + 100.0 * ratios.long_per_word),
        rix: Score::of(counts.long_words as f64 / ratios.sentences),
        linsear_write: Score::of(grades[4]),
        consensus_grade: Score::of(median(&mut grades)),
        amstad: Score::of(flesch(&ratios, AMSTAD)),
        wiener_sachtextformel: Score::of(wiener_sachtextformel(&ratios)),
        fernandez_huerta: Score::of(flesch(&ratios, FERNANDEZ_HUERTA)),
        szigriszt_pazos: Score::of(flesch(&ratios, SZIGRISZT_PAZOS)),
        kandel_moles: Score::of(flesch(&ratios, KANDEL_MOLES)),
        gulpease: Score::of(89.0 + 300.0 / ratios.words_per_sentence - 10.0 * ratios.letters_per_word),
        douma: Score::of(flesch(&ratios, DOUMA)),
        oborneva: Score::of(flesch(&ratios, OBORNEVA)),
    }
}

/// Why a formula made for the language `tag` has no value for a text in another one.
fn not_in(tag: &str) -> &'static str {
    match tag {
        "en" => "an English formula: the text is not in English",
        "de" => "a German formula: the text is not in German",
        "es" => "a Spanish formula: the text is not in Spanish",
        "fr" => "a French formula: the text is not in French",
        "it" => "an Italian formula: the text is not in Italian",
        "nl" => "a Dutch formula: the text is not in Dutch",
        _ => "a Russian formula: the text is not in Russian",
    }
}

/// `scores` for a text in `lang`: each formula calibrated on readers of one language keeps its
/// value only for a text in that language, and otherwise says why it has none; LIX and RIX,
/// which count only words, sentences and long words and were made for Swedish, keep theirs.
pub(super) fn in_language(scores: Readability, lang: crate::Lang) -> Readability {
    let only = |score: Score, tag: &'static str| if lang.tag() == tag { score } else { Score::missing(not_in(tag)) };
    Readability {
        flesch_reading_ease: only(scores.flesch_reading_ease, "en"),
        flesch_kincaid_grade: only(scores.flesch_kincaid_grade, "en"),
        gunning_fog: only(scores.gunning_fog, "en"),
        smog: only(scores.smog, "en"),
        coleman_liau: only(scores.coleman_liau, "en"),
        automated_readability: only(scores.automated_readability, "en"),
        dale_chall: only(scores.dale_chall, "en"),
        lix: scores.lix,
        rix: scores.rix,
        linsear_write: only(scores.linsear_write, "en"),
        consensus_grade: only(scores.consensus_grade, "en"),
        amstad: only(scores.amstad, "de"),
        wiener_sachtextformel: only(scores.wiener_sachtextformel, "de"),
        fernandez_huerta: only(scores.fernandez_huerta, "es"),
        szigriszt_pazos: only(scores.szigriszt_pazos, "es"),
        kandel_moles: only(scores.kandel_moles, "fr"),
        gulpease: only(scores.gulpease, "it"),
        douma: only(scores.douma, "nl"),
        oborneva: only(scores.oborneva, "ru"),
    }
}

/// The ratios the formulas share, for a text with at least one word.
struct Ratios {
    sentences: f64,
    words_per_sentence: f64,
    syllables_per_word: f64,
    letters_per_word: f64,
    complex_per_word: f64,
    long_per_word: f64,
    difficult_per_word: f64,
    polysyllables_per_word: f64,
    monosyllables_per_word: f64,
}

impl Ratios {
    fn of(counts: &TextCounts) -> Ratios {
        let words = counts.words as f64;
        // A text with words has at least one sentence, whatever the splitter said.
        let sentences = counts.sentences.max(1) as f64;
        Ratios {
            sentences,
            words_per_sentence: words / sentences,
            syllables_per_word: counts.syllables as f64 / words,
            letters_per_word: counts.letters as f64 / words,
            complex_per_word: counts.complex_words as f64 / words,
            long_per_word: counts.long_words as f64 / words,
            difficult_per_word: counts.difficult_words as f64 / words,
            polysyllables_per_word: counts.polysyllables as f64 / words,
            monosyllables_per_word: counts.monosyllables as f64 / words,
        }
    }
}

/// The constants of a formula of Flesch's shape: `base − sentence × words/sentences − syllable ×
/// syllables/words`.
struct FleschShape {
    base: f64,
    sentence: f64,
    syllable: f64,
}

/// Flesch Reading Ease (English).
const FLESCH: FleschShape = FleschShape { base: 206.835, sentence: 1.015, syllable: 84.6 };
/// Amstad (German).
const AMSTAD: FleschShape = FleschShape { base: 180.0, sentence: 1.0, syllable: 58.5 };
/// Fernández-Huerta (Spanish): `0.60 × syllables per 100 words`.
const FERNANDEZ_HUERTA: FleschShape = FleschShape { base: 206.84, sentence: 1.02, syllable: 60.0 };
/// Szigriszt-Pazos (Spanish).
const SZIGRISZT_PAZOS: FleschShape = FleschShape { base: 206.835, sentence: 1.0, syllable: 62.3 };
/// Kandel–Moles (French).
const KANDEL_MOLES: FleschShape = FleschShape { base: 207.0, sentence: 1.015, syllable: 73.6 };
/// Douma (Dutch).
const DOUMA: FleschShape = FleschShape { base: 206.835, sentence: 0.93, syllable: 77.0 };
/// Oborneva (Russian).
const OBORNEVA: FleschShape = FleschShape { base: 206.835, sentence: 1.3, syllable: 60.1 };

fn flesch(r: &Ratios, shape: FleschShape) -> f64 {
    shape.base - shape.sentence * r.words_per_sentence - shape.syllable * r.syllables_per_word
}

fn wiener_sachtextformel(r: &Ratios) -> f64 {
    let ms = 100.0 * r.polysyllables_per_word;
    let iw = 100.0 * r.long_per_word;
    let es = 100.0 * r.monosyllables_per_word;
    0.1935 * ms + 0.1672 * r.words_per_sentence + 0.1297 * iw - 0.0327 * es - 0.875
}

fn flesch_kincaid_grade(r: &Ratios) -> f64 {
    0.39 * r.words_per_sentence + 11.8 * r.syllables_per_word - 15.59
}

fn gunning_fog(r: &Ratios) -> f64 {
    0.4 * (r.words_per_sentence + 100.0 * r.complex_per_word)
}

fn smog(counts: &TextCounts) -> f64 {
    1.0430 * (counts.polysyllables as f64 * 30.0 / counts.sentences as f64).sqrt() + 3.1291
}

fn coleman_liau(r: &Ratios) -> f64 {
    let letters_per_100_words = 100.0 * r.letters_per_word;
    let sentences_per_100_words = 100.0 / r.words_per_sentence;
    0.0588 * letters_per_100_words - 0.296 * sentences_per_100_words - 15.8
}

/// Automated Readability Index of a text whose words have `letters_per_word` letters on average
/// and whose sentences have `words_per_sentence` words.
pub(crate) fn ari(letters_per_word: f64, words_per_sentence: f64) -> f64 {
    4.71 * letters_per_word + 0.5 * words_per_sentence - 21.43
}

fn automated_readability(r: &Ratios) -> f64 {
    ari(r.letters_per_word, r.words_per_sentence)
}

fn dale_chall(r: &Ratios) -> f64 {
    let difficult_percent = 100.0 * r.difficult_per_word;
    let raw = 0.1579 * difficult_percent + 0.0496 * r.words_per_sentence;
    if difficult_percent > 5.0 {
        raw + 3.6365
    } else {
        raw
    }
}

/// The middle of the grade band that Dale and Chall give for a score.
fn dale_chall_grade(score: f64) -> f64 {
    match score {
        s if s < 5.0 => 4.0,
        s if s < 6.0 => 5.5,
        s if s < 7.0 => 7.5,
        s if s < 8.0 => 9.5,
        s if s < 9.0 => 11.5,
        s if s < 10.0 => 14.0,
        _ => 16.0,
    }
}

/// Linsear Write over the whole text: the published procedure takes a 100-word sample; the
/// per-sentence ratio it computes is taken here over all sentences.
fn linsear_write(counts: &TextCounts) -> f64 {
    let easy = (counts.words - counts.polysyllables) as f64;
    let r = (easy + 3.0 * counts.polysyllables as f64) / counts.sentences.max(1) as f64;
    if r > 20.0 {
        r / 2.0
    } else {
        r / 2.0 - 1.0
    }
}

/// The median of a handful of grades. They are sorted by insertion: the standard library's sort,
/// compiled for `f64`, would add 2 kB of wasm for at most ten numbers.
fn median(values: &mut [f64]) -> f64 {
    for sorted in 1..values.len() {
        let mut i = sorted;
        while i > 0 && values[i - 1].total_cmp(&values[i]).is_gt() {
            values.swap(i - 1, i);
            i -= 1;
        }
    }
    let mid = values.len() / 2;
    if values.len() % 2 == 0 {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 100 words in 5 sentences, 140 syllables, 400 letters, 10 polysyllables of which 8 are
    /// complex, 60 monosyllables, 25 long words, 12 difficult words. Each expected value is worked by hand below.
    const SAMPLE: TextCounts = TextCounts {
        words: 100,
        sentences: 5,
        syllables: 140,
        letters: 400,
        polysyllables: 10,
        monosyllables: 60,
        complex_words: 8,
        long_words: 25,
        difficult_words: 12,
    };

    fn value(score: &Score) -> f64 {
        score.value.expect("a value")
    }

    fn close(actual: f64, expected: f64) {
        assert!((actual - expected).abs() < 1e-9, "{actual} != {expected}");
    }

    #[test]
    fn every_formula_on_a_hand_worked_sample() {
        let r = readability(&SAMPLE);
        close(value(&r.flesch_reading_ease), 206.835 - 1.015 * 20.0 - 84.6 * 1.4); // 68.095
        close(value(&r.flesch_kincaid_grade), 0.39 * 20.0 + 11.8 * 1.4 - 15.59); // 8.73
        close(value(&r.gunning_fog), 0.4 * (20.0 + 8.0)); // 11.2
        close(value(&r.smog), 1.043 * 60f64.sqrt() + 3.1291); // √(10 × 30/5) = √60
        close(value(&r.coleman_liau), 0.0588 * 400.0 - 0.296 * 5.0 - 15.8); // 6.24
        close(value(&r.automated_readability), 4.71 * 4.0 + 0.5 * 20.0 - 21.43); // 7.41
        close(value(&r.dale_chall), 0.1579 * 12.0 + 0.0496 * 20.0 + 3.6365); // 6.5113
        close(value(&r.lix), 20.0 + 25.0); // 45
        close(value(&r.rix), 5.0); // 25 long words / 5 sentences
        close(value(&r.linsear_write), (90.0 + 30.0) / 5.0 / 2.0); // r = 24 > 20 → 12
                                                                   // Grades: 8.73, 11.2, 6.24, 7.41, 12, Dale–Chall 6.5 → 7.5, SMOG 11.2083 → median 8.73 + … :
                                                                   // sorted 6.24 7.41 7.5 8.73 11.2 11.208 12 → 8.73.
        close(value(&r.consensus_grade), 0.39 * 20.0 + 11.8 * 1.4 - 15.59);
    }

    #[test]
    fn every_language_formula_on_the_hand_worked_sample() {
        // 20 words per sentence, 1.4 syllables and 4 letters per word; MS 10 %, IW 25 %, ES 60 %.
        let r = readability(&SAMPLE);
        close(value(&r.amstad), 180.0 - 20.0 - 58.5 * 1.4); // 78.1
        close(value(&r.wiener_sachtextformel), 0.1935 * 10.0 + 0.1672 * 20.0 + 0.1297 * 25.0 - 0.0327 * 60.0 - 0.875); // 5.6945
        close(value(&r.fernandez_huerta), 206.84 - 0.6 * 140.0 - 1.02 * 20.0); // 102.44
        close(value(&r.szigriszt_pazos), 206.835 - 62.3 * 1.4 - 20.0); // 99.615
        close(value(&r.kandel_moles), 207.0 - 1.015 * 20.0 - 73.6 * 1.4); // 83.66
        close(value(&r.gulpease), 89.0 + (300.0 * 5.0 - 10.0 * 400.0) / 100.0); // 64
        close(value(&r.douma), 206.835 - 0.93 * 20.0 - 77.0 * 1.4); // 80.435
        close(value(&r.oborneva), 206.835 - 1.3 * 20.0 - 60.1 * 1.4); // 96.695
    }

    #[test]
    fn each_formula_keeps_its_value_only_in_its_language() {
        let scores = readability(&SAMPLE);
        let lang = |tag| crate::Lang::parse(tag).unwrap();
        let english = in_language(scores.clone(), lang("en"));
        assert_eq!(english.flesch_reading_ease, scores.flesch_reading_ease);
        assert_eq!(english.amstad, Score::missing("a German formula: the text is not in German"));
        assert_eq!(english.oborneva.value, None);
        let german = in_language(scores.clone(), lang("de"));
        assert_eq!(german.flesch_reading_ease, Score::missing("an English formula: the text is not in English"));
        assert_eq!(
            (german.amstad.clone(), german.wiener_sachtextformel.clone()),
            (scores.amstad.clone(), scores.wiener_sachtextformel.clone())
        );
        assert_eq!(german.gulpease, Score::missing("an Italian formula: the text is not in Italian"));
        type Field = fn(&Readability) -> &Score;
        let pairs: [(&str, Field); 6] = [
            ("es", |r| &r.szigriszt_pazos),
            ("es", |r| &r.fernandez_huerta),
            ("fr", |r| &r.kandel_moles),
            ("it", |r| &r.gulpease),
            ("nl", |r| &r.douma),
            ("ru", |r| &r.oborneva),
        ];
        for (tag, field) in pairs {
            assert_eq!(field(&in_language(scores.clone(), lang(tag))), field(&scores), "{tag}");
            assert_eq!(field(&in_language(scores.clone(), lang("de"))).value, None, "{tag} in German");
        }
        // A language without formulas of its own: only LIX and RIX, every other score says why.
        let portuguese = in_language(scores.clone(), lang("pt"));
        assert_eq!((portuguese.lix.clone(), portuguese.rix.clone()), (scores.lix, scores.rix));
        let json = serde_json::to_value(&portuguese).unwrap();
        let with_values: Vec<&String> =
            json.as_object().unwrap().iter().filter(|(_, s)| !s["value"].is_null()).map(|(k, _)| k).collect();
        assert_eq!(with_values, ["lix", "rix"]);
        assert!(json.as_object().unwrap().values().all(|s| s["value"].is_number() || s["reason"].is_string()));
    }

    #[test]
    fn median_of_odd_even_and_tied_counts() {
        assert_eq!(median(&mut [12.0, 6.24, 8.73, 7.5, 11.2, 7.41, 11.2]), 8.73);
        assert_eq!(median(&mut [3.0, -1.0, 2.0, 10.0]), 2.5);
        assert_eq!(median(&mut [5.0, 5.0, 1.0]), 5.0);
        assert_eq!(median(&mut [4.0]), 4.0);
    }

    #[test]
    fn dale_chall_adds_its_constant_only_above_five_percent() {
        let easy = TextCounts { difficult_words: 5, ..SAMPLE };
        close(value(&readability(&easy).dale_chall), 0.1579 * 5.0 + 0.0496 * 20.0);
    }

    #[test]
    fn linsear_write_below_twenty() {
        // 30 words in 3 sentences, 3 of them hard: r = (27 + 9)/3 = 12 → 12/2 − 1 = 5.
        let counts = TextCounts { words: 30, sentences: 3, polysyllables: 3, ..TextCounts::default() };
        close(value(&readability(&counts).linsear_write), 5.0);
    }

    #[test]
    fn no_words_gives_reasons_not_nan() {
        let r = readability(&TextCounts::default());
        assert_eq!(r.flesch_reading_ease, Score::missing(NO_WORDS));
        assert_eq!(r.consensus_grade.value, None);
    }

    #[test]
    fn smog_needs_three_sentences() {
        let one = TextCounts { words: 1, sentences: 1, syllables: 1, letters: 3, ..TextCounts::default() };
        let r = readability(&one);
        assert_eq!(r.smog, Score::missing(SMOG_SENTENCES));
        // One one-syllable word: 206.835 − 1.015 − 84.6.
        close(value(&r.flesch_reading_ease), 121.22);
        let json = serde_json::to_string(&r).unwrap();
        assert!(!json.contains("NaN") && !json.contains("inf"), "{json}");
    }
}
