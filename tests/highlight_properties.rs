//! Property tests of highlighting and counting over arbitrary Unicode text, biased toward the
//! hard parts (combining marks, ZWJ emoji, CJK, RTL and bidi controls, CR/LF, NUL, markup
//! characters, quotes, names, numbers), with random rules and options:
//!
//! - matches lie on grapheme boundaries, in order, in the sentence they are said to start in;
//! - pieces never overlap, are cut at every match boundary and carry exactly the categories of
//!   the matches that cover them;
//! - the HTML, read back by a WHATWG-conformant tokenizer, has exactly the input as its text, no
//!   element but `mark`, and marks that cover exactly their match;
//! - whole-word and prefix terms find exactly the partial-word hits whose ends are word
//!   boundaries by `unicode-segmentation` (their search only tries places where a word starts);
//! - counting never fails for valid rates, fails with a message naming the rate otherwise, and
//!   gives no NaN or infinite number anywhere.
//!
//! The checks are the fuzz targets' own (`fuzz/src/invariants/`), included by path.

#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../fuzz/src/invariants/mod.rs"]
mod invariants;
#[path = "../fuzz/src/samples.rs"]
mod samples;

mod support;

use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use std::sync::OnceLock;
use textlens::count::CountOptions;
use textlens::highlight::{pieces, Accuracy, Detector, Highlighter, Match, Pattern, Rules, Term};
use unicode_segmentation::UnicodeSegmentation;

/// Turns a check's violation into a proptest failure (which proptest then shrinks).
fn holds(result: invariants::Checked) -> Result<(), TestCaseError> {
    result.map_err(TestCaseError::fail)
}

/// A hard fragment or a short run of any characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(samples::FRAGMENTS).prop_map(str::to_owned),
        1 => "\\PC{1,4}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|pieces| pieces.concat())
}

/// The sample patterns that compile: matching, not rejecting, is what these properties are about.
fn valid_patterns() -> &'static [&'static str] {
    static VALID: OnceLock<Vec<&'static str>> = OnceLock::new();
    VALID.get_or_init(|| {
        samples::PATTERNS.iter().copied().filter(|pattern| Rules::new().pattern(*pattern).build().is_ok()).collect()
    })
}

fn accuracy() -> impl Strategy<Value = Accuracy> {
    select(&[Accuracy::Whole, Accuracy::Prefix, Accuracy::Partial][..])
}

/// A term drawn from the fragments (so it often occurs in the text) or made up, with random options.
fn term() -> impl Strategy<Value = Term> {
    let text = prop_oneof![select(samples::FRAGMENTS).prop_map(str::to_owned), "[a-zA-Zéß ]{1,8}"];
    let options = (any::<Option<bool>>(), any::<Option<bool>>(), prop::option::of(accuracy()), any::<bool>());
    (text, options).prop_map(|(text, (case_sensitive, diacritic_insensitive, accuracy, own_class))| {
        let mut term = Term::new(text);
        if let Some(yes) = case_sensitive {
            term = term.case_sensitive(yes);
        }
        if let Some(yes) = diacritic_insensitive {
            term = term.diacritic_insensitive(yes);
        }
        if let Some(accuracy) = accuracy {
            term = term.accuracy(accuracy);
        }
        if own_class {
            term = term.class_name("brand");
        }
        term
    })
}

/// Random rules that compile (terms that fold to nothing are left out).
fn highlighter() -> impl Strategy<Value = Highlighter> {
    let terms = prop::collection::vec(term(), 0..6);
    let patterns = subsequence(valid_patterns(), 0..=3);
    let detectors = subsequence(&Detector::ALL[..], 0..=Detector::ALL.len());
    let defaults = (any::<bool>(), any::<bool>(), accuracy(), 1usize..20);
    (terms, patterns, detectors, defaults).prop_map(
        |(terms, patterns, detectors, (case_sensitive, diacritic_insensitive, accuracy, long_word_letters))| {
            let terms = terms.into_iter().filter(|term| Rules::new().term(term.clone()).build().is_ok());
            let mut rules = Rules::new()
                .terms(terms)
                .case_sensitive(case_sensitive)
                .diacritic_insensitive(diacritic_insensitive)
                .accuracy(accuracy)
                .long_word_letters(long_word_letters);
            for pattern in patterns {
                rules = rules.pattern(Pattern::new(pattern).category("pattern"));
            }
            for detector in detectors {
                rules = rules.detector(detector);
            }
            rules.build().expect("rules of valid parts compile")
        },
    )
}

/// Term texts and folding options for comparing accuracies.
fn same_terms() -> impl Strategy<Value = (Vec<String>, bool, bool)> {
    let text = prop_oneof![select(samples::FRAGMENTS).prop_map(str::to_owned), "[a-zA-Zéß'_. ]{1,6}"];
    let texts = prop::collection::vec(text, 1..6)
        .prop_map(|texts| texts.into_iter().filter(|text| Rules::new().term(text.as_str()).build().is_ok()).collect());
    (texts, any::<bool>(), any::<bool>())
}

/// The matches of `terms` at `accuracy`.
fn find_at(
    accuracy: Accuracy,
    (terms, case_sensitive, diacritic_insensitive): &(Vec<String>, bool, bool),
    text: &str,
) -> Vec<Match> {
    let rules = Rules::new()
        .terms(terms.iter().cloned())
        .case_sensitive(*case_sensitive)
        .diacritic_insensitive(*diacritic_insensitive)
        .accuracy(accuracy);
    rules.build().expect("terms that compiled alone compile together").find(text)
}

/// The UAX #29 word boundaries of `text` by `unicode-segmentation`, as a flag per byte offset.
fn reference_boundaries(text: &str) -> Vec<bool> {
    let mut boundaries = vec![false; text.len() + 1];
    boundaries[0] = true;
    for (start, word) in text.split_word_bound_indices() {
        boundaries[start + word.len()] = true;
    }
    boundaries
}

/// The prefix and whole-word matches of `terms` in `text`, each followed by the partial-word
/// matches whose ends are word boundaries by `unicode-segmentation` (what they should be; a whole
/// word may end before invisible format characters and before a possessive).
fn word_accuracy_results(terms: &(Vec<String>, bool, bool), text: &str) -> [Vec<Match>; 4] {
    let boundaries = reference_boundaries(text);
    // A whole word may end before invisible bidi marks and joiners, then a possessive.
    let invisible = |c| matches!(c, '\u{61C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}');
    let ends_word = |end: usize| {
        let end = end + text[end..].chars().take_while(|&c| invisible(c)).map(char::len_utf8).sum::<usize>();
        boundaries[end] || ["'s", "’s"].iter().any(|s| text[end..].starts_with(s) && boundaries[end + s.len()])
    };
    let partial = find_at(Accuracy::Partial, terms, text);
    let prefix: Vec<Match> = partial.iter().copied().filter(|m| boundaries[m.span.start]).collect();
    let whole: Vec<Match> = prefix.iter().copied().filter(|m| ends_word(m.span.end)).collect();
    [find_at(Accuracy::Prefix, terms, text), prefix, find_at(Accuracy::Whole, terms, text), whole]
}

#[test]
fn word_accuracies_at_folding_seams() {
    let terms: Vec<String> = ["abc", "new york", "strasse", "istanbul", "cooperate", "e"].map(str::to_owned).into();
    for text in [
        "\u{301}abc abc\u{301} x\u{301}abc",
        "New\n\u{AD} York, new \u{2029} york, NEW\u{A0}\u{A0}YORK",
        "STRASSE straße Straẞe",
        "İstanbul ISTANBUL",
        "co\u{AD}op\u{200D}er\u{200C}ate \u{AD}cooperate",
        "é e\u{301} \u{301}e ë\u{308}",
    ] {
        for (case_sensitive, diacritic_insensitive) in [(false, true), (false, false), (true, true)] {
            let [prefix, expected_prefix, whole, expected_whole] =
                word_accuracy_results(&(terms.clone(), case_sensitive, diacritic_insensitive), text);
            assert_eq!(prefix, expected_prefix, "prefix, {text:?}");
            assert_eq!(whole, expected_whole, "whole, {text:?}");
        }
    }
    // And the matches themselves, by hand.
    let found = |text: &str| find_at(Accuracy::Whole, &(terms.clone(), false, true), text);
    let texts = |text: &str| found(text).iter().map(|m| m.span.text(text).to_owned()).collect::<Vec<_>>();
    assert_eq!(texts("New\n\u{AD} York"), ["New\n\u{AD} York"]);
    assert_eq!(texts("STRASSE straße"), ["STRASSE", "straße"]);
    assert_eq!(texts("abc\u{301}"), ["abc\u{301}"]);
}

/// Rates that are usually fine but sometimes zero, negative, tiny, huge or not numbers at all.
fn rate() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => 1.0..2000.0f64,
        1 => Just(0.0), 1 => Just(-1.0), 1 => Just(f64::NAN), 1 => Just(f64::INFINITY),
        1 => Just(f64::MIN_POSITIVE), 1 => Just(1e-300), 1 => Just(f64::MAX),
        1 => any::<f64>(),
    ]
}

fn count_options() -> impl Strategy<Value = CountOptions> {
    let rates = (rate(), rate(), rate(), rate());
    let switches = (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), 0usize..30);
    let extra_stop_words = prop::collection::vec("[a-zA-Z]{1,6}", 0..3);
    (rates, switches, extra_stop_words).prop_map(
        |(
            (reading, speaking, reading_cjk, speaking_cjk),
            (hyphens, frequencies, stop_words, per_sentence, top),
            extra,
        )| {
            CountOptions {
                count_hyphenated_parts: hyphens,
                dictionary_words: false,
                reading_words_per_minute: Some(reading),
                speaking_words_per_minute: Some(speaking),
                reading_characters_per_minute: Some(reading_cjk),
                speaking_characters_per_minute: Some(speaking_cjk),
                frequencies,
                top,
                stop_words,
                extra_stop_words: extra,
                per_sentence,
                lang: textlens::lang::LangChoice::Auto,
                format: textlens::markup::Format::Plain,
            }
        },
    )
}

proptest! {
    #![proptest_config(support::proptest_config(400))]

    #[test]
    fn matches_lie_on_graphemes_in_their_sentence(highlighter in highlighter(), text in text()) {
        let matches = highlighter.find(&text);
        holds(invariants::highlight::check_matches(&text, &highlighter, &matches))?;
    }

    #[test]
    fn pieces_never_overlap_and_carry_every_covering_category(highlighter in highlighter(), text in text()) {
        let matches = highlighter.find(&text);
        holds(invariants::highlight::check_pieces(&matches, &pieces(&matches)))?;
    }

    #[test]
    fn html_reads_back_as_the_input_with_nothing_but_marks(highlighter in highlighter(), text in text()) {
        let matches = highlighter.find(&text);
        holds(invariants::html::check_html(&text, &highlighter, &matches, &highlighter.html(&text)))?;
    }

    #[test]
    fn count_never_panics_and_gives_finite_numbers(text in text(), options in count_options()) {
        holds(invariants::count::check_count(&text, &options))?;
    }

    #[test]
    fn word_accuracies_keep_the_partial_hits_at_word_boundaries(terms in same_terms(), text in text()) {
        let [prefix, expected_prefix, whole, expected_whole] = word_accuracy_results(&terms, &text);
        prop_assert_eq!(prefix, expected_prefix);
        prop_assert_eq!(whole, expected_whole);
    }
}
