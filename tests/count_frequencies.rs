//! Top words as `count` lists them: hand-checked cases for what a reader expects to see.

use textlens::count::{count, CountOptions};

fn top_words(text: &str) -> Vec<(String, usize)> {
    let stats = count(text, &CountOptions::default()).unwrap();
    stats.frequencies.unwrap().words.into_iter().map(|t| (t.text, t.count)).collect()
}

fn listed(text: &str) -> Vec<String> {
    top_words(text).into_iter().map(|(word, _)| word).collect()
}

#[test]
fn stop_words_with_clitics_are_stop_words() {
    let text = "It's late and it’s cold. We're tired, don't wait, we can't stay. The ferry's gone.";
    assert_eq!(listed(text), ["late", "cold", "tired", "wait", "stay", "ferry's", "gone"]);
}

#[test]
fn initialisms_keep_their_periods_and_capitals() {
    let text = "The U.S. team met NATO envoys. U.S. officials and NATO staff spoke in Washington, D.C. today.";
    let words = top_words(text);
    assert_eq!(words[..2], [("U.S.".to_owned(), 2), ("NATO".to_owned(), 2)]);
    assert!(words.contains(&("D.C.".to_owned(), 1)), "{words:?}");
}

#[test]
fn other_words_are_listed_in_lower_case() {
    let text = "Harbour lights. The HARBOUR was quiet; harbour boats slept. A Boat left.";
    assert_eq!(listed(text), ["harbour", "lights", "quiet", "boats", "slept", "boat", "left"]);
    assert_eq!(top_words(text)[0], ("harbour".to_owned(), 3));
}

#[test]
fn a_word_also_written_in_lower_case_is_listed_in_lower_case() {
    let text = "STORM WARNING. The storm came. Warning lights flashed.";
    assert_eq!(listed(text), ["storm", "warning", "came", "lights", "flashed"]);
}

/// Each language's own stop words leave its top words; sentences of our own, the language given
/// and detected.
#[test]
fn stop_words_of_the_texts_language() {
    let cases: [(&str, &str, &[&str]); 6] = [
        (
            "de",
            "Der Hafen ist groß und der Hafen ist alt. Die Fähre fährt nicht mehr, aber die Möwen bleiben am Hafen.",
            &["hafen", "groß", "alt", "fähre", "fährt", "mehr", "möwen", "bleiben"],
        ),
        (
            "fr",
            "Le port est grand et le port est vieux. Qu'il pleuve ou non, les bateaux restent dans le port.",
            &["port", "grand", "vieux", "pleuve", "non", "bateaux", "restent"],
        ),
        (
            "es",
            "El puerto es grande y el puerto es viejo. Los barcos no salen porque el mar está muy agitado.",
            &["puerto", "grande", "viejo", "barcos", "salen", "mar", "agitado"],
        ),
        (
            "it",
            "Il porto è grande e il porto è vecchio. Dell'altro molo non resta nulla, ma le barche restano.",
            &["porto", "grande", "vecchio", "molo", "resta", "nulla", "barche", "restano"],
        ),
        (
            "ru",
            "Порт большой, и порт старый. Лодки не выходят в море, потому что ветер очень сильный.",
            &["порт", "большой", "старый", "лодки", "выходят", "море", "ветер", "сильный"],
        ),
        (
            "nl",
            "De haven is groot en de haven is oud. De boten varen niet uit, want de wind is te sterk.",
            &["haven", "groot", "oud", "boten", "varen", "wind", "sterk"],
        ),
    ];
    for (tag, text, expected) in cases {
        for lang in [tag, "auto"] {
            let options =
                CountOptions { lang: textlens::lang::LangChoice::parse(lang).unwrap(), top: 20, ..Default::default() };
            let stats = count(text, &options).unwrap();
            assert_eq!(stats.language.tag, tag, "{text}");
            let words: Vec<String> = stats.frequencies.unwrap().words.into_iter().map(|t| t.text).collect();
            assert_eq!(words, expected, "{tag} ({lang})");
        }
    }
}

#[test]
fn english_stop_words_stay_in_other_languages() {
    // "the" and "and" are no German stop words: an English phrase quoted in German text is counted.
    let options = CountOptions { lang: textlens::lang::LangChoice::parse("de").unwrap(), ..Default::default() };
    let stats = count("Sie sagte: the end and the beginning.", &options).unwrap();
    let words: Vec<String> = stats.frequencies.unwrap().words.into_iter().map(|t| t.text).collect();
    assert!(words.contains(&"the".to_owned()) && !words.contains(&"sie".to_owned()), "{words:?}");
}
