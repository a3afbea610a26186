//! Terms and patterns: a named case for every matching option, and the errors of bad rules.

mod highlight_support;

use highlight_support::{bracketed, build, described, rejection};
use textlens::highlight::{Accuracy, Rule, Rules, Term};

/// Runs named cases: each builds its rules, brackets the matches in its text and compares.
fn check(cases: Vec<(&str, Rules, &str, &str)>) {
    let mut failures = Vec::new();
    for (name, rules, text, expected) in cases {
        let got = bracketed(&build(rules), text);
        if got != expected {
            failures.push(format!("{name}:\n  text     {text:?}\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn case_options() {
    check(vec![
        (
            "insensitive by default",
            Rules::new().term("wechat"),
            "WeChat, wechat, WECHAT",
            "[WeChat], [wechat], [WECHAT]",
        ),
        (
            "sensitive for all terms",
            Rules::new().term("WeChat").case_sensitive(true),
            "WeChat, wechat",
            "[WeChat], wechat",
        ),
        (
            "sensitive for one term",
            Rules::new().term(Term::new("Apple").case_sensitive(true)).term("pear"),
            "apple Apple PEAR",
            "apple [Apple] [PEAR]",
        ),
        (
            "insensitive for one term against sensitive defaults",
            Rules::new().case_sensitive(true).term(Term::new("nasa").case_sensitive(false)),
            "NASA and nasa",
            "[NASA] and [nasa]",
        ),
        ("Cyrillic folds", Rules::new().term("москва"), "В МОСКВЕ и МОСКВА", "В МОСКВЕ и [МОСКВА]"),
        ("Greek final sigma folds", Rules::new().term("Οδυσσευς"), "ΟΔΥΣΣΕΥΣ returned", "[ΟΔΥΣΣΕΥΣ] returned"),
        (
            "sharp s folds to ss",
            Rules::new().term("strasse"),
            "Hauptstraße, STRASSE, Straße",
            "Hauptstraße, [STRASSE], [Straße]",
        ),
        ("capital sharp s", Rules::new().term("straße"), "STRAẞE", "[STRAẞE]"),
        (
            "Latin with diacritics folds case",
            Rules::new().term("émile").diacritic_insensitive(false),
            "ÉMILE",
            "[ÉMILE]",
        ),
    ]);
}

#[test]
fn diacritic_options() {
    check(vec![
        ("plain term finds accented text", Rules::new().term("Beeler"), "Judge Béeler ruled", "Judge [Béeler] ruled"),
        ("accented term finds plain text", Rules::new().term("résumé"), "my resume", "my [resume]"),
        (
            "combining marks are part of the match",
            Rules::new().term("resume"),
            "re\u{301}sume\u{301} sent",
            "[re\u{301}sume\u{301}] sent",
        ),
        ("stroke letters", Rules::new().term("Lodz"), "Łódź and Lodz", "[Łódź] and [Lodz]"),
        ("Vietnamese stacked marks", Rules::new().term("Viet"), "Việt Nam", "[Việt] Nam"),
        (
            "sensitive for all terms",
            Rules::new().term("resume").diacritic_insensitive(false),
            "résumé, re\u{301}sume, resume",
            "résumé, re\u{301}sume, [resume]",
        ),
        (
            "sensitive for one term",
            Rules::new().term(Term::new("resume").diacritic_insensitive(false)).term("cafe"),
            "résumé café",
            "résumé [café]",
        ),
        (
            "sensitive partial match never splits a grapheme",
            Rules::new().term("e").diacritic_insensitive(false).accuracy(Accuracy::Partial),
            "e\u{301}te",
            "e\u{301}t[e]",
        ),
        (
            "insensitive partial match grows to the whole grapheme",
            Rules::new().term("e").accuracy(Accuracy::Partial),
            "e\u{301}t",
            "[e\u{301}]t",
        ),
        ("Hangul is not decomposed", Rules::new().term("한국").accuracy(Accuracy::Partial), "한국어", "[한국]어"),
    ]);
}

#[test]
fn accuracy_options() {
    let text = "cat catalog bobcat cat.";
    check(vec![
        ("whole by default", Rules::new().term("cat"), text, "[cat] catalog bobcat [cat]."),
        ("prefix", Rules::new().term("cat").accuracy(Accuracy::Prefix), text, "[cat] [cat]alog bobcat [cat]."),
        ("partial", Rules::new().term("cat").accuracy(Accuracy::Partial), text, "[cat] [cat]alog bob[cat] [cat]."),
        (
            "per-term accuracy",
            Rules::new().term(Term::new("cat").accuracy(Accuracy::Partial)).term("dog"),
            "bobcat hotdog dog",
            "bob[cat] hotdog [dog]",
        ),
        ("Unicode word boundaries, not ASCII", Rules::new().term("na"), "naïve na", "naïve [na]"),
        ("accented word end", Rules::new().term("café"), "cafés café, café.", "cafés [café], [café]."),
        (
            "possessives",
            Rules::new().term("WeChat"),
            "WeChat’s and WeChat's WeChatter",
            "[WeChat]’s and [WeChat]'s WeChatter",
        ),
        (
            "bidi marks and isolates after a word, which UAX #29 attaches to it",
            Rules::new().term("WeChat"),
            "\u{2067}WeChat\u{2069} و WeChat\u{200F}’s WeChat\u{200E}. WeChat\u{AD}ter",
            "\u{2067}[WeChat]\u{2069} و [WeChat]\u{200F}’s [WeChat]\u{200E}. WeChat\u{AD}ter",
        ),
        ("contraction is not a possessive", Rules::new().term("it"), "it's its", "[it]'s its"),
        ("numbers inside words", Rules::new().term("5G"), "5G, 5GB", "[5G], 5GB"),
        ("punctuation in a term", Rules::new().term("C++"), "C++ and C#", "[C++] and C#"),
        (
            "ideographs end words where the dictionary cuts them (日本語 is one word)",
            Rules::new().term("日本"),
            "日本語と日本",
            "日本語と[日本]",
        ),
    ]);
}

#[test]
fn phrases_whitespace_and_joiners() {
    check(vec![
        (
            "any run of whitespace, line breaks included",
            Rules::new().term("New York"),
            "New\nYork; New   York; New\r\n\tYork; NewYork",
            "[New\nYork]; [New   York]; [New\r\n\tYork]; NewYork",
        ),
        ("no-break space", Rules::new().term("New York"), "New\u{A0}York", "[New\u{A0}York]"),
        ("spaces in the term collapse too", Rules::new().term(" New \n York "), "New York", "[New York]"),
        ("soft hyphen", Rules::new().term("cooperate"), "co\u{AD}operate", "[co\u{AD}operate]"),
        (
            "zero-width joiner and non-joiner",
            Rules::new().term("cooperate"),
            "co\u{200D}op\u{200C}erate",
            "[co\u{200D}op\u{200C}erate]",
        ),
        ("soft hyphen in the term", Rules::new().term("co\u{AD}operate"), "cooperate", "[cooperate]"),
    ]);
}

#[test]
fn synonyms() {
    check(vec![
        (
            "per-term synonyms",
            Rules::new().term(Term::new("car").synonyms(["automobile", "motor car"])),
            "a car, an automobile, a motor car",
            "a [car], an [automobile], a [motor [car]]",
        ),
        (
            "synonym group applies to a term spelled like a member",
            Rules::new().synonyms(["colour", "color"]).term("Color"),
            "colour and color",
            "[colour] and [color]",
        ),
        (
            "synonym group does not apply to other terms",
            Rules::new().synonyms(["colour", "color"]).term("hue"),
            "colour hue",
            "colour [hue]",
        ),
    ]);
    let highlighter = build(Rules::new().term("cab").term(Term::new("car").synonyms(["automobile"])));
    let rules: Vec<Rule> = highlighter.find("automobile").iter().map(|m| m.rule).collect();
    assert_eq!(rules, [Rule::Term(1)], "a synonym's match reports its term");
}

#[test]
fn overlapping_and_duplicate_terms_are_all_kept() {
    check(vec![
        (
            "contained terms",
            Rules::new().terms(["New York", "York", "New York City"]),
            "New York City",
            "[[New [York]] City]",
        ),
        (
            "crossing terms of other categories",
            Rules::new().term("big apple").term(Term::new("apple pie").category("food")),
            "big apple pie",
            "[big [apple]][ pie]",
        ),
        // Crossing matches of one category share one mark; both are still found.
        ("crossing terms", Rules::new().terms(["big apple", "apple pie"]), "big apple pie", "[big apple pie]"),
        (
            "self-overlapping partial term",
            Rules::new().term(Term::new("aa").accuracy(Accuracy::Partial)),
            "aaa",
            "[aaa]",
        ),
    ]);
    let crossing = build(Rules::new().terms(["big apple", "apple pie"]));
    let found = described(&crossing, "big apple pie");
    assert_eq!(found, [("term".into(), "big apple".into()), ("term".into(), "apple pie".into())]);
    let highlighter =
        build(Rules::new().term(Term::new("apple").class_name("fruit")).term(Term::new("Apple").class_name("brand")));
    let found = described(&highlighter, "Apple");
    assert_eq!(found, [("fruit".into(), "Apple".into()), ("brand".into(), "Apple".into())]);
}

#[test]
fn thousands_of_terms_each_with_its_category() {
    let terms: Vec<Term> = (0..5000).map(|i| Term::new(format!("term{i}")).category(format!("c{i}"))).collect();
    let highlighter = build(Rules::new().terms(terms));
    assert_eq!(highlighter.categories().len(), 5000);
    let found = described(&highlighter, "term4999, term17 and term 17, term170x");
    assert_eq!(found, [("c4999".into(), "term4999".into()), ("c17".into(), "term17".into())]);
}

#[test]
fn matches_know_their_sentence() {
    let highlighter = build(Rules::new().term("tax"));
    let text = "The tax rose. Nobody liked it. Tax cuts came later, and the tax fell.";
    let sentences: Vec<usize> = highlighter.find(text).iter().map(|m| m.sentence).collect();
    assert_eq!(sentences, [0, 2, 2]);
}

#[test]
fn patterns() {
    check(vec![
        ("literal digits", Rules::new().pattern(r"\d+ days"), "in 3 days or 10 days", "in [3 days] or [10 days]"),
        ("inline flag", Rules::new().pattern("(?i)covid-?19"), "COVID-19 and covid19", "[COVID-19] and [covid19]"),
        (
            "flags field",
            Rules::new().pattern(textlens::highlight::Pattern::new("^q[1-4]$").flags("im")),
            "Q1\nq5\nq4",
            "[Q1]\nq5\n[q4]",
        ),
        (
            "g flag is accepted",
            Rules::new().pattern(textlens::highlight::Pattern::new("a").flags("g")),
            "aba",
            "[a]b[a]",
        ),
        ("empty matches are skipped", Rules::new().pattern("x*"), "axxb", "a[xx]b"),
        ("non-ASCII literal", Rules::new().pattern("é+"), "café", "caf[é]"),
        ("match grows to whole graphemes", Rules::new().pattern("e"), "e\u{301}", "[e\u{301}]"),
        (
            "overlapping with terms",
            Rules::new().pattern("[A-Z]{2,}").term("NASA budget"),
            "NASA budget",
            "[[NASA] budget]",
        ),
    ]);
}

#[test]
fn catastrophic_pattern_runs_in_linear_time_and_is_right() {
    let highlighter = build(Rules::new().pattern("(a+)+$"));
    let all_a = "a".repeat(200_000);
    let found = highlighter.find(&all_a);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span.len(), 200_000);
    let then_b = format!("{all_a}b");
    assert!(highlighter.find(&then_b).is_empty(), "no run of a reaches the end");
}

#[test]
fn bad_rules_give_errors_naming_the_value() {
    let cases: Vec<(&str, Rules, &[&str])> = vec![
        ("invalid pattern", Rules::new().pattern("a(b"), &["\"a(b\"", "invalid pattern"]),
        ("invalid repetition", Rules::new().pattern("*a"), &["\"*a\""]),
        ("pattern over the size limit", Rules::new().pattern("a{1000}{1000}"), &["\"a{1000}{1000}\"", "size limit"]),
        ("unknown flag", Rules::new().pattern(textlens::highlight::Pattern::new("a").flags("iy")), &["\"a\"", "'y'"]),
        ("empty term", Rules::new().term("  "), &["term \"  \" is empty"]),
        ("term of joiners only", Rules::new().term("\u{AD}\u{200D}"), &["is empty"]),
        (
            "attribute breaker in a class name",
            Rules::new().term(Term::new("x").class_name("a\" onclick=\"alert(1)")),
            &["class name", "'\"'"],
        ),
        ("markup in a class name", Rules::new().term(Term::new("x").class_name("</mark><b>")), &["'<'"]),
        ("empty class name", Rules::new().term(Term::new("x").class_name(" ")), &["is empty"]),
        (
            "zero long-word letters",
            Rules::new().long_word_letters(0),
            &["option long_word_letters must be at least 1, got 0"],
        ),
    ];
    for (name, rules, needles) in cases {
        let message = rejection(rules);
        for needle in needles {
            assert!(message.contains(needle), "{name}: {message:?} should contain {needle:?}");
        }
    }
}

#[test]
fn class_names_are_normalised_and_defaulted() {
    let highlighter = build(
        Rules::new()
            .term(Term::new("a").class_name("  hot\tpink "))
            .term(Term::new("b").category("Brand names"))
            .term("c")
            .pattern("d"),
    );
    let classes: Vec<(&str, &str)> = highlighter.categories().iter().map(|c| (c.name(), c.class_name())).collect();
    assert_eq!(
        classes,
        [("hot pink", "hot pink"), ("Brand names", "tl-Brand-names"), ("term", "tl-term"), ("pattern", "tl-pattern")]
    );
}
