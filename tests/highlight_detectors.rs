//! Detectors: a table of named cases for each, run with that detector alone.

mod highlight_support;

use highlight_support::{bracketed, build, described};
use textlens::highlight::{Detector, Rules};

/// Runs `detector` over each case's text and compares the bracketed matches.
fn check(detector: Detector, cases: &[(&str, &str, &str)]) {
    let highlighter = build(Rules::new().detector(detector));
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(name, text, expected)| {
            let got = bracketed(&highlighter, text);
            (got != expected)
                .then(|| format!("{name}:\n  text     {text:?}\n  expected {expected:?}\n  got      {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{:?}: {} case(s) failed:\n{}", detector, failures.len(), failures.join("\n"));
}

#[test]
fn quotes() {
    check(
        Detector::Quotes,
        &[
            ("curly double", "He said “no” twice.", "He said [“no”] twice."),
            ("straight double", "He said \"no\" twice.", "He said [\"no\"] twice."),
            ("curly single", "The word ‘fine’ again.", "The word [‘fine’] again."),
            ("apostrophe does not close", "She said ‘don’t go’ then.", "She said [‘don’t go’] then."),
            ("guillemets", "Il a dit «non» hier.", "Il a dit [«non»] hier."),
            ("German low-high", "Er sagte „nein“ laut.", "Er sagte [„nein“] laut."),
            ("Polish low-high", "Powiedział „nie” wczoraj.", "Powiedział [„nie”] wczoraj."),
            ("CJK corner brackets", "彼は「はい」と言った。", "彼は[「はい」]と言った。"),
            ("CJK white corner brackets", "『本』を読む", "[『本』]を読む"),
            ("nested quotes", "“He said ‘stop’ loudly”", "[“He said [‘stop’] loudly”]"),
            ("two quotes in a row", "“a” and “b”", "[“a”] and [“b”]"),
            ("unclosed quote yields nothing", "“No end here.", "“No end here."),
            ("stray closer ignored", "oops” then “ok”", "oops” then [“ok”]"),
            ("no quote across paragraphs", "“Open\n\nclose” later", "“Open\n\nclose” later"),
            ("unclosed inner quote dropped", "“a ‘b c”", "[“a ‘b c”]"),
            ("straight quote before a space does not open", "5\" screen and \"yes\"", "5\" screen and [\"yes\"]"),
        ],
    );
}

/// A named case of the numbers detector: text, and each match's category and text.
type NumberCase = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

#[test]
fn numbers_by_category() {
    let highlighter = build(Rules::new().detector(Detector::Numbers));
    let cases: &[NumberCase] = &[
        ("thousands", "About 20,000 people", &[("number", "20,000")]),
        ("decimal", "pi is 3.14 or so", &[("number", "3.14")]),
        ("scale word", "2 million users", &[("number", "2 million")]),
        ("money with scale", "a $3.5bn deal", &[("money", "$3.5bn")]),
        ("money in euros", "€20 and £1,200", &[("money", "€20"), ("money", "£1,200")]),
        ("money with prefix and word scale", "US$5 million", &[("money", "US$5 million")]),
        ("money in words", "paid 20 dollars", &[("money", "20 dollars")]),
        ("percent sign", "up 5% today", &[("percentage", "5%")]),
        (
            "percent word",
            "12.5 percent and 3 per cent",
            &[("percentage", "12.5 percent"), ("percentage", "3 per cent")],
        ),
        ("abbreviated month", "on Nov. 12 it", &[("date", "Nov. 12")]),
        ("month day year", "November 12, 2024 was", &[("date", "November 12, 2024")]),
        ("day month year", "on 12 November 2024", &[("date", "12 November 2024")]),
        ("ISO date", "2024-11-12", &[("date", "2024-11-12")]),
        ("slashed date", "due 11/12/24", &[("date", "11/12/24")]),
        ("time pm", "by 11:59pm sharp", &[("time", "11:59pm")]),
        ("time a.m.", "at 9 a.m. Friday", &[("time", "9 a.m.")]),
        ("24-hour time", "at 14:30 and 10:15:30", &[("time", "14:30"), ("time", "10:15:30")]),
        ("AM in capitals", "7 PM", &[("time", "7 PM")]),
        ("not an ordinal or a model", "the 4th A4 3D", &[]),
        ("am inside a word is not a time", "5 amazing days", &[("number", "5")]),
        ("trailing comma is not part", "1, 2,", &[("number", "1"), ("number", "2")]),
        ("digit after a letter", "é5", &[]),
    ];
    for (name, text, expected) in cases {
        let got = described(&highlighter, text);
        let expected: Vec<(String, String)> = expected.iter().map(|&(c, t)| (c.to_owned(), t.to_owned())).collect();
        assert_eq!(got, expected, "{name}: {text:?}");
    }
}

#[test]
fn names() {
    check(
        Detector::Names,
        &[
            (
                "two words mid-sentence",
                "The ruling by Laurel Beeler came today.",
                "The ruling by [Laurel Beeler] came today.",
            ),
            (
                "institution",
                "It went to the US District Court on appeal.",
                "It went to the [US District Court] on appeal.",
            ),
            ("sentence start: two words kept", "Laurel Beeler ruled.", "[Laurel Beeler] ruled."),
            ("sentence start: lone word dropped", "Yesterday it rained.", "Yesterday it rained."),
            ("sentence start: opener dropped", "The US District Court ruled.", "The [US District Court] ruled."),
            ("single name mid-sentence", "We met Beeler today.", "We met [Beeler] today."),
            ("particle joins", "She joined Bank of America in 2020.", "She joined [Bank of America] in 2020."),
            ("particle at the end does not", "A gift for Anna of the house.", "A gift for [Anna] of the house."),
            ("hyphenated", "We asked Jean-Luc Picard now.", "We asked [Jean-Luc Picard] now."),
            ("title abbreviation", "We saw Dr. Laurel Beeler there.", "We saw [Dr. Laurel Beeler] there."),
            ("possessive left out", "It is Beeler’s call.", "It is [Beeler]’s call."),
            ("pronoun I", "Then I said no.", "Then I said no."),
            ("comma breaks a run", "We met Anna, Ben and Cleo.", "We met [Anna], [Ben] and [Cleo]."),
            ("line break breaks a run", "Report by Anna\nBen wrote", "Report by [Anna]\nBen wrote"),
            ("other scripts", "Вчера мы видели Ивана Петрова.", "Вчера мы видели [Ивана Петрова]."),
            ("second sentence start", "It rained. Then Anna left.", "It rained. Then [Anna] left."),
            ("a weekday is no name", "The vote is on Friday at noon.", "The vote is on Friday at noon."),
            ("a weekday leaves the run", "On Monday President Ruiz spoke.", "On Monday [President Ruiz] spoke."),
            ("a weekday after a name", "We told Ruiz Tuesday.", "We told [Ruiz] Tuesday."),
            ("a month alone is no name", "It rained in March and in June.", "It rained in March and in June."),
            ("a month in a longer run stays", "We met Theresa May there.", "We met [Theresa May] there."),
            (
                "a line start is a sentence start",
                "Storm news\nImage shows the coast",
                "Storm news\nImage shows the coast",
            ),
            (
                "a caption label opens its line",
                "The coast.\nPhoto Coastal Press Agency\nWaves rose.",
                "The coast.\nPhoto [Coastal Press Agency]\nWaves rose.",
            ),
            (
                "an initialism keeps its period",
                "She lives in Washington, D.C. now.",
                "She lives in [Washington], [D.C.] now.",
            ),
            (
                "known limit: a capitalised first word that is not an opener stays in the run",
                "Later Anna left.",
                "[Later Anna] left.",
            ),
        ],
    );
}

#[test]
fn hard_sentences() {
    let highlighter = build(Rules::new().detector(Detector::HardSentences));
    let cases: &[(&str, &str, &[&str])] = &[
        ("short and plain", "The cat sat on the mat. It was warm.", &[]),
        ("short but long words is never hard", "Internationalisation notwithstanding, comprehensibility deteriorated.", &[]),
        (
            // 17 words, 53 letters: 4.71 × 53/17 + 0.5 × 17 − 21.43 = 1.75
            "long but easy",
            "We went to the park and then we sat down on the grass for a long time.",
            &[],
        ),
        (
            // 17 words, 178 letters: 4.71 × 178/17 + 8.5 − 21.43 = 36.39
            "very hard",
            "Administrative authorities subsequently implemented comprehensive regulatory frameworks governing international financial transactions across multiple jurisdictions without adequate consultation.",
            &["veryHardSentence"],
        ),
        (
            // 17 words, 86 letters: 4.71 × 86/17 + 8.5 − 21.43 = 10.90
            "hard",
            "The proposed plan would change how the city collects taxes from local businesses over the coming years.",
            &["hardSentence"],
        ),
    ];
    for (name, text, expected) in cases {
        let got: Vec<String> = described(&highlighter, text).into_iter().map(|(category, _)| category).collect();
        assert_eq!(got, *expected, "{name}");
    }
    let text = "Short one. The proposed plan would change how the city collects taxes from local businesses over the coming years.  ";
    let found = highlighter.find(text);
    assert_eq!(found.len(), 1);
    assert!(found[0].span.text(text).starts_with("The proposed") && found[0].span.text(text).ends_with("years."));
    assert_eq!(found[0].sentence, 1);
}

#[test]
fn adverbs() {
    check(
        Detector::Adverbs,
        &[
            ("plain adverb", "She ran quickly home.", "She ran [quickly] home."),
            ("two adverbs", "He spoke softly and slowly.", "He spoke [softly] and [slowly]."),
            ("adjectives and nouns in -ly", "My family was friendly and early.", "My family was friendly and early."),
            ("sentence-initial adverb", "Finally, it ended.", "[Finally], it ended."),
            ("capitalised names are not adverbs", "We met Kelly in Italy.", "We met Kelly in Italy."),
            ("too short", "I fly.", "I fly."),
            ("upper case adverb", "It ended SUDDENLY.", "It ended [SUDDENLY]."),
        ],
    );
}

#[test]
fn passive_voice() {
    check(
        Detector::Passive,
        &[
            ("regular participle", "The law was signed yesterday.", "The law [was signed] yesterday."),
            ("irregular participle", "The prizes were given out.", "The prizes [were given] out."),
            ("with adverb and not", "It is not widely known.", "It [is not widely known]."),
            ("being", "The case is being reviewed.", "The case [is being reviewed]."),
            ("been", "It has been written down.", "It has [been written] down."),
            ("contraction", "It wasn't built here.", "It [wasn't built] here."),
            ("curly contraction", "It wasn’t built here.", "It [wasn’t built] here."),
            ("active voice", "She signed the law.", "She signed the law."),
            (
                "be + adjective in -ed exception",
                "The bread is naked and the speed is fine.",
                "The bread is naked and the speed is fine.",
            ),
            ("be + noun in -eed", "This is greed.", "This is greed."),
            ("punctuation breaks it", "It was, finished.", "It was, finished."),
            ("capitals", "It WAS SIGNED.", "It [WAS SIGNED]."),
        ],
    );
}

#[test]
fn repeated_words() {
    check(
        Detector::Repeated,
        &[
            ("simple", "It was the the best.", "It was [the the] best."),
            ("case-insensitive", "The the end.", "[The the] end."),
            ("across a line break", "in\nin time", "[in\nin] time"),
            ("three times is one mark: the repeats cross", "a a a", "[a a a]"),
            ("numbers are not repeated words", "In 20 20 vision", "In 20 20 vision"),
            ("punctuation between", "that, that is", "that, that is"),
            ("different words", "the then", "the then"),
        ],
    );
}

#[test]
fn long_words() {
    check(
        Detector::LongWords,
        &[
            ("thirteen letters", "An international deal.", "An [international] deal."),
            ("twelve letters is not long", "An accomplished one.", "An accomplished one."),
            ("digits do not count", "Code 12345678901234 ok", "Code 12345678901234 ok"),
            ("accented letters count once", "Ça, c’est l’électroménager.", "Ça, c’est [l’électroménager]."),
        ],
    );
    let highlighter = build(Rules::new().detector(Detector::LongWords).long_word_letters(5));
    assert_eq!(bracketed(&highlighter, "tiny words here"), "tiny [words] here");
}

#[test]
fn detectors_are_switchable_and_named() {
    let none = build(Rules::new());
    assert!(none.find("“Quickly,” he said, the the 20,000 words.").is_empty());
    let names: Vec<&str> = Detector::ALL.iter().map(|d| d.name()).collect();
    assert_eq!(names, ["quotes", "numbers", "names", "hardSentences", "adverbs", "passive", "repeated", "longWords"]);
    let all = build(Detector::ALL.into_iter().fold(Rules::new(), Rules::detector));
    let categories: Vec<&str> = all.categories().iter().map(|c| c.name()).collect();
    assert_eq!(
        categories,
        [
            "quote",
            "date",
            "time",
            "money",
            "percentage",
            "number",
            "name",
            "hardSentence",
            "veryHardSentence",
            "adverb",
            "passive",
            "repeated",
            "longWord"
        ]
    );
    let classed =
        build(Rules::new().detector(textlens::highlight::DetectorRule::from(Detector::Adverbs).class_name("adv")));
    assert_eq!(classed.categories()[0].class_name(), "adv");
}

#[test]
fn detectors_that_read_one_language_leave_others_alone() {
    // German: "wurde … unterzeichnet" is a passive and every noun is capitalised, but the English
    // rules would find neither (or find wrong marks); a text in English keeps its marks.
    let german = "Der Vertrag wurde am Montag in der Hauptstadt unterzeichnet, und die Regierung \
                  hat das Gesetz schnell beschlossen. Die Schulen bleiben offen.";
    let english = "The treaty was signed quickly by Anna Berg on Monday, and the schools stay open.";
    for detector in [Detector::Adverbs, Detector::Passive, Detector::Names] {
        let auto = build(Rules::new().detector(detector));
        assert!(auto.find(german).is_empty(), "{detector:?} on German");
        assert!(!auto.find(english).is_empty(), "{detector:?} on English");
        let forced = build(Rules::new().detector(detector).lang(textlens::Lang::parse("de").unwrap()));
        assert!(forced.find(english).is_empty(), "{detector:?} told the text is German");
    }
    let quotes = build(Rules::new().detector(Detector::Quotes));
    assert_eq!(quotes.find("Er sagte: „Wir bleiben.“ Dann ging er.").len(), 1, "quotes read every language");
    for detector in Detector::ALL {
        let lang = |tag| textlens::Lang::parse(tag).unwrap();
        assert!(detector.reads(lang("en")), "{detector:?} reads English");
        assert_eq!(
            detector.reads(lang("fr")),
            !matches!(detector, Detector::Adverbs | Detector::Passive),
            "{detector:?} in French"
        );
    }
}
