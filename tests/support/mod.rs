//! Test data shared by the native test binaries: the Unicode break tests and the corpus, read from
//! `../shared` beside the repository.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A property test's config: `cases` cases, or more when `PROPTEST_CASES` asks for more (as
/// `make fuzz` does; `ProptestConfig::with_cases` alone would ignore it).
#[cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency
pub fn proptest_config(cases: u32) -> proptest::test_runner::Config {
    let from_env = proptest::test_runner::Config::default();
    proptest::test_runner::Config { cases: from_env.cases.max(cases), ..from_env }
}

/// `../shared`, beside the repository.
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// One Unicode break-test case: the input and its expected segments.
pub struct BreakCase {
    pub input: String,
    pub segments: Vec<String>,
}

fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn cases_of(list: &serde_json::Value, segments_key: &str) -> Vec<BreakCase> {
    let strings =
        |v: &serde_json::Value| v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect();
    list.as_array()
        .expect("a list of cases")
        .iter()
        .map(|case| BreakCase {
            input: case["input"].as_str().unwrap().to_owned(),
            segments: strings(&case[segments_key]),
        })
        .collect()
}

/// The extended grapheme cluster cases (766).
pub fn grapheme_cases() -> Vec<BreakCase> {
    let json = read_json(&shared().join("unicode/GraphemeBreakTest-17.0.0.json"));
    let mut cases = cases_of(&json["same_extended_and_legacy"], "segments");
    cases.extend(cases_of(&json["differ"], "extended"));
    cases
}

/// The word boundary cases (1944).
pub fn word_cases() -> Vec<BreakCase> {
    cases_of(&read_json(&shared().join("unicode/WordBreakTest-17.0.0.json")), "segments")
}

/// The sentence boundary cases (512).
pub fn sentence_cases() -> Vec<BreakCase> {
    cases_of(&read_json(&shared().join("unicode/SentenceBreakTest-17.0.0.json")), "segments")
}

/// Every text file of the corpus (English prose, seed articles, UDHR), with its path.
pub fn corpus_files() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    collect_txt(&shared().join("corpus"), &mut files);
    files.sort();
    assert!(files.len() > 150, "corpus not found under {}", shared().display());
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path, text)
        })
        .collect()
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_txt(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}
