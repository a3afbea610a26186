//! Sentence boundaries on the UD dev treebanks of every language (`../shared/corpus/ud`), scored
//! against pySBD, sentencex and Intl.Segmenter.
//!
//! The texts and the scoring follow tests/reference/ud_sentence_peers.py, which stores the peers'
//! figures in tests/reference/ud_sentence_peers.json (tests/reference/ud_intl_segmenter.mjs those
//! of Intl.Segmenter in ud_intl_segmenter.json); docs/sentence-accuracy.md has the table.
//! `cargo test --test sentences_ud -- --nocapture` prints textlens's figures.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use textlens::split::SentenceSplitter;
use textlens::Lang;

/// Texts and the byte offsets where their gold sentences start (all but the first).
type Scored = Vec<(String, Vec<usize>)>;

/// Sentences of ten consecutive one-sentence documents make one paragraph (see the script).
const GROUP: usize = 10;

/// Each document's paragraphs, each a list of sentences.
fn documents(language: &str) -> Vec<Vec<Vec<String>>> {
    let path = support::shared().join(format!("corpus/ud/{language}.sentences.jsonl"));
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let docs: Vec<Vec<Vec<String>>> = file
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON document");
            serde_json::from_value(doc["paragraphs"].clone()).expect("paragraphs of sentences")
        })
        .collect();
    if docs.iter().all(|doc| doc.len() == 1 && doc[0].len() == 1) {
        return docs.chunks(GROUP).map(|group| vec![group.iter().map(|doc| doc[0][0].clone()).collect()]).collect();
    }
    docs
}

/// (whole documents, paragraphs alone), sentences joined with a space, or nothing in zh and ja.
fn texts(language: &str) -> (Scored, Scored) {
    let separator = if matches!(language, "zh" | "ja") { "" } else { " " };
    let (mut documents_out, mut paragraphs) = (Vec::new(), Vec::new());
    for doc in documents(language) {
        let (mut text, mut gold) = (String::new(), Vec::new());
        for (i, sentences) in doc.iter().enumerate() {
            let (paragraph, starts) = joined(sentences, separator);
            if i > 0 {
                text.push_str("\n\n");
                gold.push(text.len());
            }
            gold.extend(starts.iter().map(|start| start + text.len()));
            text.push_str(&paragraph);
            paragraphs.push((paragraph, starts));
        }
        documents_out.push((text, gold));
    }
    (documents_out, paragraphs)
}

fn joined(sentences: &[String], separator: &str) -> (String, Vec<usize>) {
    let text = sentences.join(separator);
    let starts = sentences.iter().scan(0, |end, s| {
        let start = *end;
        *end += s.len() + separator.len();
        Some(start)
    });
    (text, starts.skip(1).collect())
}

/// Boundary precision, recall and F1 of `splitter` on `cases`: each sentence start but the
/// first, past whitespace.
fn scores(splitter: &SentenceSplitter, cases: &Scored) -> [f64; 3] {
    let (mut true_positive, mut predicted, mut gold_total) = (0, 0, 0);
    for (text, gold) in cases {
        let found: Vec<usize> = splitter
            .split(text)
            .iter()
            .map(|s| s.start + s.text(text).len() - s.text(text).trim_start().len())
            .filter(|&start| start > 0 && start < text.len())
            .collect();
        true_positive += found.iter().filter(|start| gold.contains(start)).count();
        predicted += found.len();
        gold_total += gold.len();
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (precision, recall) = (ratio(true_positive, predicted), ratio(true_positive, gold_total));
    let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    [precision, recall, f1]
}

fn reference(name: &str) -> serde_json::Value {
    let path = format!("{}/tests/reference/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect("the peers' figures")).expect("JSON")
}

/// The best peer's F1 on `what` ("document" or "paragraph") in `language`, and its name.
fn best_peer(language: &str, what: &str) -> (f64, String) {
    let (python, intl) = (reference("ud_sentence_peers.json"), reference("ud_intl_segmenter.json"));
    let mut best = (intl["languages"][language][what]["f1"].as_f64().expect("an F1"), "Intl.Segmenter".to_owned());
    for peer in ["pysbd", "sentencex"] {
        if let Some(f1) = python["languages"][language][peer][what]["f1"].as_f64() {
            if f1 > best.0 {
                best = (f1, peer.to_owned());
            }
        }
    }
    best
}

/// Splits every language with its tag given and with the language detected.
fn check(language: &str) {
    let (documents, paragraphs) = texts(language);
    let given = SentenceSplitter::new().lang(Lang::parse(language).expect("a known tag"));
    let detected = SentenceSplitter::new();
    for (how, splitter) in [("given", &given), ("detected", &detected)] {
        for (what, cases) in [("document", &documents), ("paragraph", &paragraphs)] {
            let [precision, recall, f1] = scores(splitter, cases);
            let (theirs, peer) = best_peer(language, what);
            println!("{language} {what} ({how}): textlens P {precision:.4} R {recall:.4} F1 {f1:.4}; best peer {peer} {theirs:.4}");
            // The peers' figures are stored to four places: compare to as many.
            assert!(
                (f1 * 1e4).round() >= (theirs * 1e4).round(),
                "{language} {what} ({how}): textlens F1 {f1:.4} < {peer} {theirs:.4}"
            );
        }
    }
}

#[test]
fn de() {
    check("de");
}

#[test]
fn en() {
    check("en");
}

#[test]
fn es() {
    check("es");
}

#[test]
fn fr() {
    check("fr");
}

#[test]
fn ja() {
    check("ja");
}

#[test]
fn ko() {
    check("ko");
}

#[test]
fn nl() {
    check("nl");
}

#[test]
fn pt() {
    check("pt");
}

#[test]
fn ru() {
    check("ru");
}

#[test]
fn th() {
    check("th");
}

#[test]
fn zh() {
    check("zh");
}
