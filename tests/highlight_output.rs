//! Overlap resolution, nesting, HTML rendering (hostile input included) and rules read from JSON,
//! with invariants checked on the shared corpus.

mod highlight_support;

use highlight_support::{bracketed, build};
use regex_lite::Regex;
use std::collections::BTreeMap;
use textlens::highlight::{nest, pieces, Accuracy, CategoryId, Detector, Highlighter, Match, Rules, Term, MAX_NESTING};
use unicode_segmentation::GraphemeCursor;

/// Each piece as its text and the names of its categories.
fn described_pieces(highlighter: &Highlighter, text: &str) -> Vec<(String, Vec<String>)> {
    pieces(&highlighter.find(text))
        .iter()
        .map(|piece| {
            let names = piece.categories.iter().map(|&c| highlighter.category(c).name().to_owned()).collect();
            (piece.span.text(text).to_owned(), names)
        })
        .collect()
}

/// A named case of pieces: rules, text, and each piece's text and category names.
type PieceCase = (&'static str, Rules, &'static str, Vec<(&'static str, Vec<&'static str>)>);

#[test]
fn overlap_situations() {
    let hard = "The proposed plan would change how the city collects “WeChat taxes” from local businesses over the coming years.";
    let cases: Vec<PieceCase> = vec![
        (
            "term inside a quote inside a hard sentence lists all three",
            Rules::new()
                .term(Term::new("WeChat").class_name("brand"))
                .detector(Detector::Quotes)
                .detector(Detector::HardSentences),
            hard,
            vec![
                ("The proposed plan would change how the city collects ", vec!["hardSentence"]),
                ("“", vec!["quote", "hardSentence"]),
                ("WeChat", vec!["brand", "quote", "hardSentence"]),
                (" taxes”", vec!["quote", "hardSentence"]),
                (" from local businesses over the coming years.", vec!["hardSentence"]),
            ],
        ),
        (
            "identical spans of two categories make one piece",
            Rules::new().term(Term::new("Apple").class_name("brand")).term(Term::new("apple").class_name("fruit")),
            "an apple",
            vec![("apple", vec!["brand", "fruit"])],
        ),
        (
            "crossing matches make three pieces",
            Rules::new().term(Term::new("big apple").category("a")).term(Term::new("apple pie").category("b")),
            "big apple pie",
            vec![("big ", vec!["a"]), ("apple", vec!["a", "b"]), (" pie", vec!["b"])],
        ),
        (
            "adjacent matches stay apart",
            Rules::new().terms(["New", "York"]),
            "New York",
            vec![("New", vec!["term"]), ("York", vec!["term"])],
        ),
        (
            "a category covering twice is listed once",
            Rules::new().detector(Detector::Repeated),
            "a a a",
            vec![("a ", vec!["repeated"]), ("a", vec!["repeated"]), (" a", vec!["repeated"])],
        ),
        (
            "uncovered text has no piece",
            Rules::new().term("x"),
            "a x b x c",
            vec![("x", vec!["term"]), ("x", vec!["term"])],
        ),
    ];
    for (name, rules, text, expected) in cases {
        let expected: Vec<(String, Vec<String>)> =
            expected.into_iter().map(|(t, c)| (t.to_owned(), c.into_iter().map(str::to_owned).collect())).collect();
        assert_eq!(described_pieces(&build(rules), text), expected, "{name}");
    }
}

#[test]
fn nesting_situations() {
    let cases: Vec<(&str, Rules, &str, &str)> = vec![
        ("contained", Rules::new().terms(["New York City", "York"]), "New York City", "[New [York] City]"),
        ("identical spans of one category are one mark", Rules::new().terms(["apple", "Apple"]), "apple", "[apple]"),
        (
            "identical spans of two categories nest",
            Rules::new().term("apple").term(Term::new("Apple").category("brand")),
            "apple",
            "[[apple]]",
        ),
        (
            "crossing is split at the outer end",
            Rules::new().term("big apple").term(Term::new("apple pie").category("food")),
            "big apple pie",
            "[big [apple]][ pie]",
        ),
        (
            "a crossing match split twice",
            Rules::new().term("a b c").term(Term::new("b c d").category("x")).term(Term::new("c d e").category("y")),
            "a b c d e",
            "[a [b [c]]][[ d] e]",
        ),
        (
            "crossing matches of one category are one mark",
            Rules::new().terms(["a b c", "b c d", "c d e"]),
            "a b c d e",
            "[a b c d e]",
        ),
        (
            "a quotation inside a quotation stays nested",
            Rules::new().detector(Detector::Quotes),
            "“a ‘b’ c”",
            "[“a [‘b’] c”]",
        ),
    ];
    for (name, rules, text, expected) in cases {
        assert_eq!(bracketed(&build(rules), text), expected, "{name}");
    }
}

#[test]
fn html_escapes_everything_and_marks_matches() {
    let highlighter = build(Rules::new().term(Term::new("mark").class_name("m")).pattern("<[a-z]+>"));
    let cases: &[(&str, &str, &str)] = &[
        ("plain", "no match", "no match"),
        ("script tag", "<script>alert(1)</script>", "<mark class=\"tl-pattern\" data-category=\"pattern\" data-match=\"0\">&lt;script&gt;</mark>alert(1)&lt;/script&gt;"),
        ("attribute breakers", "a\"b'c", "a&quot;b&#39;c"),
        ("entities stay text", "&amp; &lt;", "&amp;amp; &amp;lt;"),
        (
            "closing mark in the text",
            "</mark> mark",
            "&lt;/<mark class=\"m\" data-category=\"m\" data-match=\"0\">mark</mark>&gt; <mark class=\"m\" data-category=\"m\" data-match=\"1\">mark</mark>",
        ),
        ("carriage return survives parsing", "a\r\nb", "a&#13;\nb"),
        ("NUL becomes the replacement character", "a\0b", "a\u{FFFD}b"),
    ];
    for (name, text, expected) in cases {
        assert_eq!(highlighter.html(text), *expected, "{name}");
    }
}

#[test]
fn hostile_category_names_are_escaped_and_class_names_rejected() {
    let highlighter = build(Rules::new().term(Term::new("x").category("\"><script>alert(1)</script>")));
    assert_eq!(
        highlighter.html("x"),
        "<mark class=\"tl----script-alert-1---script-\" data-category=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" data-match=\"0\">x</mark>"
    );
    for class_name in ["a\"b", "a'b", "a>b", "a<b", "a=b", "a/b", "a&b", "`x`", ""] {
        assert!(Rules::new().term(Term::new("x").class_name(class_name)).build().is_err(), "{class_name:?} accepted");
    }
    assert!(Rules::new().term(Term::new("x").class_name("ok-Name_2 été")).build().is_ok());
}

/// What a browser's `textContent` would give for `html` made by [`Highlighter::html`]: the
/// marks removed and the character references decoded. Fails on any other markup.
fn text_content(html: &str) -> String {
    let mark = Regex::new(r#"<mark class="[^"<>]*" data-category="[^"<>]*" data-match="[0-9]+">|</mark>"#).unwrap();
    let text = mark.replace_all(html, "");
    assert!(!text.contains(['<', '>', '"', '\'']), "stray markup or quote in {text:?}");
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#13;", "\r")
        .replace("&amp;", "&")
}

#[test]
fn html_text_content_is_the_input_for_hostile_texts() {
    let highlighter = build(
        Rules::new().terms(["script", "mark", "onerror", "img"]).pattern(r#"["'<>&]+"#).detector(Detector::Quotes),
    );
    let texts = [
        "<script>alert('x')</script>",
        "<img src=x onerror=\"alert(1)\">",
        "\"><mark class=\"x\">hi</mark>",
        "&lt;script&gt; &#60; &amp;amp;",
        "“a <b> ‘c’ d”</mark></mark>",
        "<!-- comment --> <![CDATA[ x ]]> <?php ?>",
        "\r\n\r <\r>",
    ];
    for text in texts {
        assert_eq!(text_content(&highlighter.html(text)), text, "{text:?}");
    }
}

/// Text of the corpus files checked for invariants, cut to a size that keeps the brute-force
/// checks quick.
fn corpus_samples() -> Vec<(String, String)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let mut samples = Vec::new();
    for dir in ["en/gutenberg", "udhr"] {
        let mut paths: Vec<_> =
            std::fs::read_dir(format!("{root}/{dir}")).expect("corpus is there").map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut end = text.len().min(30_000);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            samples.push((path.display().to_string(), text[..end].to_owned()));
        }
    }
    samples
}

fn is_grapheme_boundary(text: &str, offset: usize) -> bool {
    GraphemeCursor::new(offset, text.len(), true).is_boundary(text, 0).unwrap()
}

/// Checks matches, pieces, nodes and HTML of one text against independent computations.
fn check_invariants(what: &str, highlighter: &Highlighter, text: &str) {
    let matches: Vec<Match> = highlighter.find(text);
    for pair in matches.windows(2) {
        let (a, b) = (pair[0].span, pair[1].span);
        assert!(
            (a.start, std::cmp::Reverse(a.end)) <= (b.start, std::cmp::Reverse(b.end)),
            "{what}: matches out of order"
        );
    }
    for m in &matches {
        assert!(
            !m.span.is_empty() && is_grapheme_boundary(text, m.span.start) && is_grapheme_boundary(text, m.span.end),
            "{what}: {m:?}"
        );
    }
    let resolved = pieces(&matches);
    let mut previous_end = 0;
    for piece in resolved.iter() {
        assert!(
            piece.span.start >= previous_end && piece.span.end > piece.span.start,
            "{what}: pieces overlap or are empty"
        );
        previous_end = piece.span.end;
        let mut covering: Vec<_> = matches
            .iter()
            .filter(|m| m.span.start <= piece.span.start && m.span.end >= piece.span.end)
            .map(|m| m.category)
            .collect();
        covering.sort();
        covering.dedup();
        assert_eq!(piece.categories, covering.as_slice(), "{what}: categories of {:?}", piece.span);
        assert!(
            !matches
                .iter()
                .any(|m| [m.span.start, m.span.end].iter().any(|&b| b > piece.span.start && b < piece.span.end)),
            "{what}: a match boundary inside piece {:?}",
            piece.span
        );
    }
    let covered: usize = matches.iter().map(|m| m.span.len()).sum();
    assert!(covered == 0 || !resolved.is_empty(), "{what}: matches but no pieces");
    let nodes = nest(&matches);
    assert!(nodes.iter().all(|n| n.depth < MAX_NESTING), "{what}: nodes deeper than {MAX_NESTING}");
    // What the nodes of each category cover, and what its matches cover.
    let mut by_nodes: BTreeMap<CategoryId, Vec<(usize, usize)>> = BTreeMap::new();
    let mut by_matches: BTreeMap<CategoryId, Vec<(usize, usize)>> = BTreeMap::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    for node in &nodes {
        while open.last().is_some_and(|&(_, end)| end <= node.span.start) {
            open.pop();
        }
        assert_eq!(node.depth, open.len(), "{what}: depth of {node:?}");
        if let Some(&(start, end)) = open.last() {
            assert!(start <= node.span.start && node.span.end <= end, "{what}: {node:?} outside its parent");
        }
        open.push((node.span.start, node.span.end));
        by_nodes.entry(matches[node.match_index].category).or_default().push((node.span.start, node.span.end));
    }
    for m in &matches {
        by_matches.entry(m.category).or_default().push((m.span.start, m.span.end));
    }
    let unions = |map: BTreeMap<CategoryId, Vec<(usize, usize)>>| -> Vec<(CategoryId, Vec<(usize, usize)>)> {
        map.into_iter().map(|(category, spans)| (category, union(spans))).collect()
    };
    assert_eq!(unions(by_nodes), unions(by_matches), "{what}: the marks of a category cover other than its matches");
    let expected = text.replace('\0', "\u{FFFD}");
    assert_eq!(text_content(&highlighter.html(text)), expected, "{what}: HTML text content (NUL reads as U+FFFD)");
}

#[test]
fn invariants_on_the_corpus() {
    let highlighter = build(
        Detector::ALL.into_iter().fold(
            Rules::new()
                .terms(["the", "Mr", "human rights", "right", "droit", "право", "人", "權利", "व्यक्ति", "e"])
                .term(Term::new("ion").accuracy(Accuracy::Partial))
                .term(Term::new("of").accuracy(Accuracy::Prefix))
                .pattern("[A-Z][a-z]+")
                .pattern("(?s).{7}"),
            Rules::detector,
        ),
    );
    for (path, text) in corpus_samples() {
        check_invariants(&path, &highlighter, &text);
    }
    check_invariants(
        "combining marks and emoji",
        &highlighter,
        "e\u{301}e 👩‍👩‍👧 the\u{301} Mr\u{200D}s ÉÉ e\u{301}\u{302}",
    );
}

#[test]
fn invariants_on_generated_texts() {
    // Pieces chosen to stress folding and grapheme snapping, joined in pseudo-random order (a
    // fixed xorshift sequence, so failures reproduce).
    const PIECES: [&str; 24] = [
        "e", "\u{301}", "É", "ß", "ς", " ", "\n", "\r\n", "\u{2029}", "\u{AD}", "\u{200D}", "👩", "🇫🇷", "“", "”", "\"",
        "the", "The", "New", "York", "3.5", "$", "%", "\0",
    ];
    let highlighter = build(
        Detector::ALL.into_iter().fold(
            Rules::new()
                .terms(["e", "the new", "york", "ss", "σ"])
                .term(Term::new("e").accuracy(Accuracy::Partial).diacritic_insensitive(false))
                .term(Term::new("ew").accuracy(Accuracy::Prefix).case_sensitive(true))
                .pattern("[^ ]{2}"),
            Rules::detector,
        ),
    );
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for case in 0..400 {
        let length = (next() % 24) as usize;
        let text: String = (0..length).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
        check_invariants(&format!("generated case {case}: {text:?}"), &highlighter, &text);
    }
    assert!(highlighter.find("").is_empty());
    assert_eq!(highlighter.html(""), "");
}

#[test]
fn rules_from_json() {
    let rules: Rules = serde_json::from_str(
        r#"{
            "terms": ["WeChat", {"text": "Laurel Beeler", "className": "judge", "accuracy": "whole",
                      "synonyms": ["Judge Beeler"], "caseSensitive": true, "diacriticInsensitive": false}],
            "patterns": ["\\bQ[1-4]\\b", {"pattern": "covid-?19", "flags": "i", "category": "topic"}],
            "detectors": ["quotes", {"detector": "adverbs", "className": "adv"}],
            "synonyms": [["colour", "color"]],
            "caseSensitive": false, "diacriticInsensitive": true, "accuracy": "whole", "longWordLetters": 13
        }"#,
    )
    .unwrap();
    let highlighter = build(rules);
    let text = "Judge Beeler said “WeChat lost COVID-19 cases in Q3 quickly”.";
    let found: Vec<(&str, &str)> =
        highlighter.find(text).iter().map(|m| (highlighter.category(m.category).name(), m.span.text(text))).collect();
    assert_eq!(
        found,
        [
            ("judge", "Judge Beeler"),
            ("quote", "“WeChat lost COVID-19 cases in Q3 quickly”"),
            ("term", "WeChat"),
            ("topic", "COVID-19"),
            ("pattern", "Q3"),
            ("adverb", "quickly")
        ]
    );
    let adverb = highlighter.categories().iter().find(|c| c.name() == "adverb").unwrap();
    assert_eq!(adverb.class_name(), "adv");
    let empty: Rules = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, Rules::new());
}

#[test]
fn bad_json_rules_name_the_problem() {
    let cases = [
        (r#"{"term": ["x"]}"#, "unknown field `term`"),
        (r#"{"terms": [{"text": "x", "clasName": "y"}]}"#, "unknown field `clasName`"),
        (r#"{"terms": [{"className": "y"}]}"#, "missing field `text`"),
        (r#"{"terms": [3]}"#, "a string or an object"),
        (r#"{"accuracy": "exact"}"#, "unknown variant `exact`"),
        (r#"{"detectors": ["quote"]}"#, "unknown variant `quote`"),
        (r#"{"detectors": [{"detector": "adverb"}]}"#, "unknown variant `adverb`"),
        (r#"{"caseSensitive": "yes"}"#, "expected a boolean"),
    ];
    for (json, needle) in cases {
        let error = serde_json::from_str::<Rules>(json).expect_err(json).to_string();
        assert!(error.contains(needle), "{json}: {error:?} should contain {needle:?}");
    }
}

/// `spans` as sorted, disjoint, non-touching ranges.
fn union(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}
