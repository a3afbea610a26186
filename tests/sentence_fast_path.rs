//! The edges of the fast paths in article-mode sentences, paragraphs and lines.
//!
//! Breaks and terminators are found sixteen bytes at a time, ASCII bytes are tested without
//! decoding, lengths of ASCII lines are taken in bytes and built-in abbreviations are looked up
//! from their bytes. A period after a plain ASCII word, before a space or a line feed and an ASCII
//! capital, is decided from a few bytes. Each test puts what those shortcuts skip (a multi-byte
//! character, a CR LF, the end of the text) at every position around the step, or checks the rule
//! that must still hold: the case a shortcut takes, and each near miss that the full rules decide.

use textlens::split::{lines, paragraphs, sentences, SentenceSplitter};
use textlens::Span;

fn pieces<'t>(text: &'t str, spans: &[Span]) -> Vec<&'t str> {
    spans.iter().map(|span| span.text(text)).collect()
}

/// Paddings that move what follows through two steps of sixteen bytes and the tail after them.
const PADS: std::ops::Range<usize> = 0..40;

#[test]
fn a_period_after_a_multi_byte_character_ends_the_sentence_at_any_offset() {
    for pad in PADS {
        for filler in ["a", "é", "日", "😀"] {
            let first = format!("{}é. ", filler.repeat(pad));
            let text = format!("{first}Next one.");
            assert_eq!(pieces(&text, &sentences(&text)), [first.as_str(), "Next one."], "{text:?}");
        }
    }
}

#[test]
fn non_ascii_terminators_are_found_at_any_offset() {
    for pad in PADS {
        let head = "x".repeat(pad);
        for (terminator, next) in [("。", "次"), ("…", " Then"), ("؟", " Then"), ("‼", " Then"), ("।", " Then")]
        {
            let first = format!("{head}word{terminator}{}", &next[..next.len() - next.trim_start().len()]);
            let text = format!("{head}word{terminator}{next} more.");
            let got = sentences(&text);
            assert_eq!(got.first().map(|s| s.text(&text)), Some(first.as_str()), "{text:?}");
            assert_eq!(got.len(), 2, "{text:?}");
        }
    }
}

#[test]
fn ascii_that_looks_like_a_terminator_lead_byte_is_not_one() {
    // Bytes just below the non-ASCII range, and control bytes, must not start candidates.
    let text = "A~\u{7F}b\u{1}c_d then more text here, well past sixteen bytes";
    assert_eq!(sentences(text).len(), 1);
}

#[test]
fn crlf_is_one_break_wherever_it_falls() {
    for pad in PADS {
        let text = format!("{}\r\nSecond line.", "x".repeat(pad));
        let spans: Vec<Span> = lines(&text).collect();
        assert_eq!(pieces(&text, &spans), [format!("{}\r\n", "x".repeat(pad)).as_str(), "Second line."]);
        // With nothing before it, the break is a blank line that joins the first paragraph.
        let expected = if pad == 0 { vec![text.as_str()] } else { vec![&text[..pad + 2], "Second line."] };
        assert_eq!(pieces(&text, &sentences(&text)), expected, "{text:?}");
    }
}

#[test]
fn crlf_paragraphs_split_like_lf_paragraphs() {
    let lf = "Storm hits the coast\nThe storm arrived on Monday. It was strong.\n\nNext part here.\n";
    let crlf = lf.replace('\n', "\r\n");
    let trimmed =
        |text: &str| pieces(text, &sentences(text)).iter().map(|s| s.trim_end().to_owned()).collect::<Vec<_>>();
    assert_eq!(
        trimmed(lf),
        ["Storm hits the coast", "The storm arrived on Monday.", "It was strong.", "Next part here."]
    );
    assert_eq!(trimmed(&crlf), trimmed(lf));
}

#[test]
fn text_may_end_inside_any_rule() {
    let cases: &[(&str, &[&str])] = &[
        ("Ask Dr.", &["Ask Dr."]),
        ("Made in the U.S.", &["Made in the U.S."]),
        ("It closes at 9 p.m.", &["It closes at 9 p.m."]),
        ("Wait...", &["Wait..."]),
        ("Really?!", &["Really?!"]),
        ("He said “yes.”", &["He said “yes.”"]),
        ("Il a dit « non. »", &["Il a dit « non. »"]),
        ("Steps:\n1.", &["Steps:\n", "1."]),
        ("Bring:\n-", &["Bring:\n-"]), // An empty bullet is no sentence.
        ("Done.  ", &["Done.  "]),
        ("One. Two", &["One. ", "Two"]),
        ("See v1.", &["See v1."]),
        ("é.", &["é."]),
        (".", &["."]),
        ("\u{3000}", &[]),
    ];
    for &(text, expected) in cases {
        assert_eq!(pieces(text, &sentences(text)), expected, "{text:?}");
    }
}

#[test]
fn wrap_widths_count_characters_not_bytes() {
    // Each line is under 100 characters but, with its accented letters, over 100 bytes: the block
    // is still hard-wrapped prose, so one paragraph.
    let line = "été déjà là, près du café où l’équipe a dîné à côté de la fenêtre, malgré";
    assert!(line.chars().count() < 100 && line.len() > 80);
    let long = format!("{line} tout éléphant");
    assert!(long.len() > 100 && long.chars().count() <= 100);
    let text = format!("{long}\nle reste de la phrase suit ici sans majuscule, comme il se doit,\net elle finit là.\n");
    assert_eq!(paragraphs(&text).len(), 1, "{:?}", pieces(&text, &paragraphs(&text)));
}

#[test]
fn leading_blank_lines_with_non_ascii_space_join_the_first_paragraph() {
    let text = "\u{3000}\n\u{A0}\nIt was the kind of morning when the harbour lay so still that\nthe boats seemed painted on it.\n\nNext.";
    let spans = paragraphs(text);
    assert_eq!(pieces(text, &spans), [&text[..text.find("Next").unwrap()], "Next."]);
}

#[test]
fn list_markers_start_paragraphs_inside_wrapped_text() {
    let prose = "the boats seemed painted on it, and the gulls had given up on";
    for (marker, starts) in [
        ("1. ", true),
        ("(iv) ", true),
        ("a) ", true),
        ("• ", true),
        ("12.\u{A0}", true),
        ("((2) ", true),
        ("- ", true),
        ("* ", true),
        ("  ii. ", true),
        ("\t3) ", true),
        ("1.) ", false),
        ("1234. ", false),
        ("A. ", false),
        ("é. ", false),
        ("-5 ", false),
        ("(1 ) ", false),
        ("-- ", false),
        ("x.y ", false),
        ("a.) ", false),
    ] {
        let text = format!("It was the kind of morning when the harbour lay so still that\n{prose}\n{marker}the fishermen altogether, for the day.\n");
        let expected = if starts { 2 } else { 1 };
        assert_eq!(paragraphs(&text).len(), expected, "{marker:?}: {:?}", pieces(&text, &paragraphs(&text)));
    }
}

#[test]
fn abbreviations_are_matched_in_any_case() {
    for text in ["He met DR. Adams.", "He met dr. Adams.", "He met Dr. Adams."] {
        assert_eq!(sentences(text).len(), 1, "{text:?}");
    }
    // Longer than any built-in: an ordinary word, so the period ends the sentence.
    let text = "He met Drummondson. Adams came later.";
    assert_eq!(sentences(text).len(), 2);
}

#[test]
fn caller_abbreviations_are_matched_in_any_case_too() {
    let splitter = SentenceSplitter::new().abbreviations([textlens::split::Abbreviation::new(
        "Cllr",
        textlens::split::AbbreviationKind::Title,
    )
    .unwrap()]);
    for text in ["Ask CLLR. Ames today.", "Ask cllr. Ames today.", "Ask Cllr. Ames today."] {
        assert_eq!(splitter.split(text).len(), 1, "{text:?}");
    }
}

#[test]
fn the_next_word_runs_on_past_its_ascii_letters() {
    // Capitalised means a capital anywhere in the word, including after the ASCII letters.
    for (text, count) in [
        ("Read it. xY is here.", 2),
        ("Read it. xy is here.", 1),
        ("Read it. xÉ is here.", 2),
        ("Read it. xé is here.", 1),
        ("Read it. x’Y is here.", 2),
        ("Read it. x’y is here.", 1),
    ] {
        assert_eq!(sentences(text).len(), count, "{text:?}");
    }
}

#[test]
fn closers_and_runs_next_to_non_ascii_characters() {
    let cases: &[(&str, &[&str])] = &[
        ("He said (yes.) Then left.", &["He said (yes.) ", "Then left."]),
        ("Il dit « oui. » Puis il part.", &["Il dit « oui. » ", "Puis il part."]),
        ("Il dit « oui.\u{A0}» Puis il part.", &["Il dit « oui.\u{A0}» ", "Puis il part."]),
        ("Il dit « oui. \t› Puis il part.", &["Il dit « oui. \t› ", "Puis il part."]),
        ("Il dit « oui. ». Puis il part.", &["Il dit « oui. ». ", "Puis il part."]),
        // A title's period is no end, but a run of terminators after it is one.
        ("Ask Dr. Then go.", &["Ask Dr. Then go."]),
        ("Ask Dr.… Then go.", &["Ask Dr.… ", "Then go."]),
        ("Ask Dr.! Then go.", &["Ask Dr.! ", "Then go."]),
        ("Ask Dr.. Then go.", &["Ask Dr.. ", "Then go."]),
    ];
    for &(text, expected) in cases {
        assert_eq!(pieces(text, &sentences(text)), expected, "{text:?}");
    }
}

#[test]
fn terminators_beside_every_kind_of_break_are_found_at_any_offset() {
    // Terminators are found in the same pass as the line breaks: put both at every offset.
    for pad in PADS {
        for brk in ["\n", "\r\n", "\r", "\u{0C}", "\u{85}", "\u{2028}"] {
            let head = "x".repeat(pad);
            let text = format!("{head}word. One more.{brk}Mr. Smith left! Then{brk}{brk}Last… Done");
            let expected = [
                format!("{head}word. "),
                format!("One more.{brk}"),
                "Mr. Smith left! ".to_owned(),
                format!("Then{brk}{brk}"),
                "Last… ".to_owned(),
                "Done".to_owned(),
            ];
            assert_eq!(pieces(&text, &sentences(&text)), expected, "{text:?}");
        }
    }
}

/// Asserts each text's sentences, with surrounding whitespace trimmed.
fn assert_trimmed_sentences(cases: &[(&str, &[&str])]) {
    for &(text, expected) in cases {
        let trimmed: Vec<&str> = pieces(text, &sentences(text)).into_iter().map(str::trim).collect();
        assert_eq!(trimmed, expected, "{text:?}");
    }
}

#[test]
fn a_period_after_a_plain_word_before_a_capital_ends_the_sentence() {
    let cases: &[(&str, &[&str])] = &[
        ("It rained on the harbour. The boats stayed in.", &["It rained on the harbour.", "The boats stayed in."]),
        ("Then we flew to Paris. The hotel was full.", &["Then we flew to Paris.", "The hotel was full."]),
        ("All of it was approximately. Then it was exact.", &["All of it was approximately.", "Then it was exact."]),
        ("He checked the x-ray-machines. They worked.", &["He checked the x-ray-machines.", "They worked."]),
        ("So much for the ab. New rules apply.", &["So much for the ab.", "New rules apply."]),
        ("He said it was over.\" The others left.", &["He said it was over.\"", "The others left."]),
        ("We will see it (tomorrow.) Then we go.", &["We will see it (tomorrow.)", "Then we go."]),
        ("She shouted at them. \"Come back!\" they heard.", &["She shouted at them.", "\"Come back!\" they heard."]),
        ("He said it was over.\" \"Really?\" she asked.", &["He said it was over.\"", "\"Really?\" she asked."]),
    ];
    assert_trimmed_sentences(cases);
}

#[test]
fn a_period_before_a_line_feed_and_a_capital_ends_the_sentence_inside_wrapped_text() {
    let text = "It was the kind of morning when the harbour lay quite still and\nthe boats seemed painted on the water around the old harbour.\nThe gulls had given up on the fishermen altogether, for the day.\n";
    assert_eq!(paragraphs(text).len(), 1);
    let expected = [&text[..text.find("The gulls").unwrap()], &text[text.find("The gulls").unwrap()..]];
    assert_eq!(pieces(text, &sentences(text)), expected);
}

#[test]
fn periods_near_the_shortcut_are_decided_by_the_full_rules() {
    let cases: &[(&str, &[&str])] = &[
        // Built-in abbreviations, in lower case or capitalised.
        ("They will ask dr. Adams about it.", &["They will ask dr. Adams about it."]),
        ("They will ask Mr. Adams about it.", &["They will ask Mr. Adams about it."]),
        ("Then they flew to St. Louis again.", &["Then they flew to St. Louis again."]),
        ("Bring pens, paper, etc. The rest is here.", &["Bring pens, paper, etc.", "The rest is here."]),
        ("Bring pens, paper, etc. Government forms too.", &["Bring pens, paper, etc. Government forms too."]),
        ("She said that it was no. The end came.", &["She said that it was no.", "The end came."]),
        // Possible list numbers first on their line, and the same letters inside a line.
        ("First of all:\niv. Fourth point here.", &["First of all:", "iv. Fourth point here."]),
        ("First of all:\n  xi. Eleventh point here.", &["First of all:", "xi. Eleventh point here."]),
        ("See the appendix, part xi. The end.", &["See the appendix, part xi.", "The end."]),
        ("See the appendix, plan a. The end.", &["See the appendix, plan a.", "The end."]),
        // Letters joined by periods (an initialism), a word after an opening quote or with digits,
        // a text starting with the word.
        ("It was filed under x.ab. Government rules.", &["It was filed under x.ab. Government rules."]),
        ("He said \"yes. The rest", &["He said \"yes.", "The rest"]),
        ("He wrote version v2. The rest", &["He wrote version v2.", "The rest"]),
        ("ok. Then", &["ok.", "Then"]),
        // Whitespace other than one space or a line feed, two closers, a lower-case word.
        ("It ended there.  The rest followed.", &["It ended there.", "The rest followed."]),
        ("It ended there.\u{A0}The rest followed.", &["It ended there.", "The rest followed."]),
        ("He said \"it ended there.\") The rest followed.", &["He said \"it ended there.\")", "The rest followed."]),
        ("It was approx. three metres long.", &["It was approx. three metres long."]),
        ("It was approx. 'three metres long.", &["It was approx. 'three metres long."]),
    ];
    assert_trimmed_sentences(cases);
}

#[test]
fn the_shortcut_gives_way_to_callers_abbreviations() {
    use textlens::split::{Abbreviation, AbbreviationKind};
    let splitter = SentenceSplitter::new().abbreviations([Abbreviation::new("said", AbbreviationKind::Title).unwrap()]);
    let text = "He never said. Then he left.";
    assert_eq!(splitter.split(text).len(), 1);
    assert_eq!(sentences(text).len(), 2);
}

#[test]
fn a_line_ending_in_a_non_ascii_break_is_measured_in_characters() {
    // The comma before the break marks the two lines as one wrapped paragraph, whatever the break
    // (after a first paragraph: the text's first line is measured apart).
    for pad in PADS {
        let head = "x".repeat(pad);
        for brk in ["\n", "\r\n", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            let text = format!("Intro.\n\n{head} storm hits the coast,{brk}The storm arrived.");
            assert_eq!(paragraphs(&text).len(), 2, "{text:?}");
        }
    }
}

#[test]
fn breaks_after_multi_byte_characters_and_tabs_are_found_at_any_offset() {
    for pad in PADS {
        for filler in ["é", "日", "😀", "\t", "a\u{85}"] {
            let head = filler.repeat(pad);
            for brk in ["\n", "\r", "\u{85}", "\u{2029}"] {
                let text = format!("{head}{brk}tail");
                let spans: Vec<Span> = lines(&text).collect();
                let mut expected: Vec<String> = head.split_inclusive('\u{85}').map(str::to_owned).collect();
                match expected.last_mut() {
                    Some(last) if !last.ends_with('\u{85}') => last.push_str(brk),
                    _ => expected.push(brk.to_owned()),
                }
                expected.push("tail".to_owned());
                assert_eq!(pieces(&text, &spans), expected, "{text:?}");
            }
        }
    }
}
