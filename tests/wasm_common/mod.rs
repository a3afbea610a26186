//! Test bodies shared by the two wasm suites (`wasm_node.rs` runs them in Node, `wasm_browser.rs`
//! in headless Chromium). They call the raw exports the JavaScript layer wraps (methods of a
//! `TextDocument`), with strings that went through JavaScript, and check offsets by slicing the
//! JavaScript string. How strings get into wasm memory is tested from JavaScript (tests/js).

#![allow(dead_code)]

mod count_cases;
mod highlight_cases;

pub use count_cases::*;
pub use highlight_cases::*;

use js_sys::{JsString, Object, Reflect, Uint32Array};
use textlens::wasm::document::TextDocument;
use wasm_bindgen::{JsCast, JsError, JsValue};

const GRAPHEME_TESTS: &str = include_str!("../../../shared/unicode/GraphemeBreakTest-17.0.0.json");
const WORD_TESTS: &str = include_str!("../../../shared/unicode/WordBreakTest-17.0.0.json");
const SENTENCE_TESTS: &str = include_str!("../../../shared/unicode/SentenceBreakTest-17.0.0.json");

/// `(input, expected segments)` of a JSON list of break-test cases.
fn cases(list: &serde_json::Value, key: &str) -> Vec<(String, Vec<String>)> {
    let strings =
        |v: &serde_json::Value| v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect();
    list.as_array().unwrap().iter().map(|c| (c["input"].as_str().unwrap().to_owned(), strings(&c[key]))).collect()
}

fn array(object: &Object, key: &str) -> Vec<u32> {
    let value = Reflect::get(object, &JsValue::from_str(key)).unwrap();
    value.dyn_into::<Uint32Array>().unwrap_or_else(|_| panic!("{key} is not a Uint32Array")).to_vec()
}

/// `TextDocument.split` of `text`.
fn split_text(text: &str, granularity: &str, options: JsValue) -> Result<Object, JsError> {
    TextDocument::from(text.to_owned()).split(granularity, options)
}

/// Splits `js_text` through the export and slices the JavaScript string at the returned offsets.
fn split_js(js_text: &JsString, granularity: &str, options: JsValue) -> Vec<String> {
    let text = String::from(js_text);
    let result = split_text(&text, granularity, options).unwrap_or_else(|_| panic!("split {granularity} failed"));
    let (starts, ends) = (array(&result, "starts"), array(&result, "ends"));
    starts.iter().zip(&ends).map(|(&s, &e)| String::from(js_text.slice(s, e))).collect()
}

fn check_conformance(
    name: &str,
    granularity: &str,
    cases: &[(String, Vec<String>)],
    expected_count: usize,
    options: JsValue,
) {
    assert_eq!(cases.len(), expected_count, "{name}: number of cases");
    for (input, expected) in cases {
        let got = split_js(&JsString::from(input.as_str()), granularity, options.clone());
        assert_eq!(&got, expected, "{name}: {input:?}");
    }
}

pub fn grapheme_conformance() {
    let json: serde_json::Value = serde_json::from_str(GRAPHEME_TESTS).unwrap();
    let mut all = cases(&json["same_extended_and_legacy"], "segments");
    all.extend(cases(&json["differ"], "extended"));
    check_conformance("grapheme", "grapheme", &all, 766, JsValue::UNDEFINED);
}

pub fn word_conformance() {
    let all = cases(&serde_json::from_str(WORD_TESTS).unwrap(), "segments");
    check_conformance("word", "word", &all, 1944, JsValue::UNDEFINED);
}

pub fn uax29_sentence_conformance() {
    let all = cases(&serde_json::from_str(SENTENCE_TESTS).unwrap(), "segments");
    let options = Object::new();
    Reflect::set(&options, &"mode".into(), &"uax29".into()).unwrap();
    check_conformance("sentence", "sentence", &all, 512, options.into());
}

/// A JavaScript string with an emoji ZWJ sequence, combining marks, CJK, RTL, an astral
/// ideograph and a lone surrogate.
fn hard_text() -> JsString {
    let head = JsString::from("Dr. Lee 👩‍👩‍👧 said “café” (cafe\u{301}). 日本語です。שלום עולם. 𠀋 ok");
    head.concat(&JsString::from_char_code1(0xD800)).concat(&JsString::from(" end.\nNext line"))
}

pub fn offsets_slice_exactly_for_hard_text() {
    let text = hard_text();
    // Words of its Japanese need the dictionary module, which only the JS layer loads (and
    // tests/js checks): without it, a clear error; without the Japanese, words tile too.
    let message = error_message(split_text(&String::from(&text), "word", JsValue::UNDEFINED));
    assert!(message.contains("dictionary"), "{message}");
    let without_japanese = JsString::from(String::from(&text).replace("日本語です。", "").replace('𠀋', ""));
    let words = split_js(&without_japanese, "word", JsValue::UNDEFINED);
    assert_eq!(words.concat(), String::from(&without_japanese), "word: pieces must re-make the text");
    for granularity in ["grapheme", "sentence", "paragraph", "line"] {
        let pieces = split_js(&text, granularity, JsValue::UNDEFINED);
        assert_eq!(pieces.concat(), String::from(&text), "{granularity}: pieces must re-make the text");
        assert!(pieces.iter().all(|p| !p.is_empty()), "{granularity}: empty piece");
    }
    let sentences = split_js(&text, "sentence", JsValue::UNDEFINED);
    let trimmed: Vec<&str> = sentences.iter().map(|s| s.trim()).collect();
    assert_eq!(trimmed[0], "Dr. Lee 👩‍👩‍👧 said “café” (cafe\u{301}).");
    assert_eq!(trimmed[1], "日本語です。");
    assert_eq!(trimmed.last(), Some(&"Next line"));
    let graphemes = split_js(&text, "grapheme", JsValue::UNDEFINED);
    assert!(graphemes.contains(&"👩‍👩‍👧".to_owned()) && graphemes.contains(&"e\u{301}".to_owned()));
    assert!(graphemes.contains(&"\u{FFFD}".to_owned()), "a lone surrogate is one U+FFFD grapheme");
}

/// The message of the JavaScript error a failed export returned.
fn error_message<T>(result: Result<T, wasm_bindgen::JsError>) -> String {
    let error = JsValue::from(result.err().expect("an error"));
    Reflect::get(&error, &"message".into()).unwrap().as_string().unwrap()
}

fn options(entries: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in entries {
        Reflect::set(&object, &(*key).into(), value).unwrap();
    }
    object.into()
}

pub fn bad_split_arguments_give_clear_errors() {
    let text = "Some text.";
    let cases: Vec<(&str, JsValue, &str)> = vec![
        ("sentences", JsValue::UNDEFINED, "unknown granularity \"sentences\""),
        ("chunk", JsValue::UNDEFINED, "needs the option maxSize"),
        ("chunk", options(&[("maxSize", 0.into())]), "maxSize must be at least 1"),
        ("chunk", options(&[("maxSize", 2.5.into())]), "maxSize must be a whole number"),
        ("chunk", options(&[("maxSize", 10.into()), ("unit", "bytes".into())]), "unknown chunk unit \"bytes\""),
        ("chunk", options(&[("maxsize", 10.into())]), "unknown field \"maxsize\""),
        ("word", options(&[("maxSize", 10.into())]), "option maxSize does not apply"),
        ("sentence", options(&[("mode", "strict".into())]), "unknown sentence mode \"strict\""),
        ("sentence", options(&[("abbreviations", js_sys::Array::of1(&"two words".into()).into())]), "single word"),
        ("word", JsValue::from(42), "split options"),
    ];
    for (granularity, opts, expected) in cases {
        let message = error_message(split_text(text, granularity, opts));
        assert!(message.contains(expected), "{granularity}: {message:?} should contain {expected:?}");
    }
    // The module still works after every error.
    assert_eq!(split_js(&JsString::from(text), "word", JsValue::UNDEFINED), ["Some", " ", "text", "."]);
}

pub fn empty_and_blank_texts() {
    for text in ["", "   \n\t  "] {
        for granularity in ["sentence", "paragraph"] {
            assert!(
                split_js(&JsString::from(text), granularity, JsValue::UNDEFINED).is_empty(),
                "{granularity} of {text:?}"
            );
        }
        // Chunks re-make every text, whitespace too (seven spaces and tabs: two chunks of five).
        let chunks = split_js(&JsString::from(text), "chunk", options(&[("maxSize", 5.into())]));
        assert_eq!(chunks.concat(), text, "chunks of {text:?}");
        assert_eq!(chunks.len(), if text.is_empty() { 0 } else { 2 }, "chunks of {text:?}");
        assert_eq!(split_js(&JsString::from(text), "grapheme", JsValue::UNDEFINED).concat(), text);
    }
}

pub fn chunks_through_wasm_hold_their_limit() {
    let text = JsString::from("Short one. A much longer second sentence follows here. Third! 🎉🎉🎉 Fourth sentence.");
    let chunk_options = options(&[("maxSize", 20.into()), ("unit", "utf16".into()), ("overlap", 1.into())]);
    let result = split_text(&String::from(&text), "chunk", chunk_options).unwrap();
    let (starts, ends, fresh) = (array(&result, "starts"), array(&result, "ends"), array(&result, "freshStarts"));
    let mut covered = 0;
    for i in 0..starts.len() {
        assert!(ends[i] - starts[i] <= 20, "chunk {i} is {} units", ends[i] - starts[i]);
        assert_eq!(fresh[i], covered, "chunk {i} must start its new text where the last one ended");
        covered = ends[i];
    }
    assert_eq!(covered, text.length());
    // An emoji of two UTF-16 units under a limit of one: a chunk of its own, never cut in half.
    let emoji = split_text("👍", "chunk", options(&[("maxSize", 1.into()), ("unit", "utf16".into())])).unwrap();
    assert_eq!((array(&emoji, "starts"), array(&emoji, "ends")), (vec![0], vec![2]));
}

pub fn documents_split_in_utf16_units() {
    let doc = TextDocument::from("Mr. Smith arrived. Go 😀\n\nNew paragraph.".to_owned());
    let sentences = doc.split("sentence", JsValue::UNDEFINED).unwrap();
    assert_eq!(array(&sentences, "ends"), [19, 26, 40], "each keeps the line breaks after it");
}

/// Writes `bytes` into the input buffer as the JavaScript layer does, and makes a document of the
/// first `length` of them.
fn document_from_input(bytes: &[u8], length: usize) -> Result<TextDocument, JsError> {
    let buffer = textlens::wasm::input::input_buffer(0, bytes.len()).expect("room for the bytes");
    // SAFETY: `input_buffer` made `bytes.len()` bytes of room at `buffer`.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), buffer, bytes.len()) };
    TextDocument::from_input(length)
}

pub fn input_buffer_takes_utf8_and_refuses_the_rest() {
    let doc = document_from_input("Één zin. 日本".as_bytes(), "Één zin. 日本".len()).expect("valid UTF-8");
    assert_eq!(array(&doc.split("sentence", JsValue::UNDEFINED).unwrap(), "ends"), [9, 11]);
    // A length within the buffer: only that much is the text.
    let doc = document_from_input(b"One. Two.", 4).expect("a prefix");
    assert_eq!(array(&doc.split("word", JsValue::UNDEFINED).unwrap(), "ends"), [3, 4]);
    assert!(error_message(document_from_input(&[b'a', 0xFF, b'b'], 3)).contains("not UTF-8"));
    assert!(error_message(document_from_input("é".as_bytes(), 1)).contains("not UTF-8"), "half a character");
    assert!(error_message(document_from_input(b"abc", 4)).contains("longer than its buffer"));
    // Nothing written since the last document: the buffer is empty.
    assert!(error_message(TextDocument::from_input(1)).contains("longer than its buffer"));
}

/// Declares every shared case as a `#[wasm_bindgen_test]` of the suite that invokes it.
macro_rules! wasm_suite {
    ($($case:ident),* $(,)?) => {
        $(
            #[wasm_bindgen_test::wasm_bindgen_test]
            fn $case() {
                wasm_common::$case();
            }
        )*
    };
}

/// Every shared case, for both suites.
macro_rules! all_wasm_cases {
    () => {
        wasm_suite!(
            grapheme_conformance,
            word_conformance,
            uax29_sentence_conformance,
            offsets_slice_exactly_for_hard_text,
            bad_split_arguments_give_clear_errors,
            empty_and_blank_texts,
            chunks_through_wasm_hold_their_limit,
            documents_split_in_utf16_units,
            input_buffer_takes_utf8_and_refuses_the_rest,
            count_returns_a_plain_object,
            sentence_offsets_are_utf16,
            bad_count_options_give_clear_errors,
            count_options_change_the_result,
            documents_count_words_of_every_script,
            degenerate_texts_count_without_trapping,
            highlight_ranges_slice_the_js_string_exactly,
            highlight_offsets_survive_lone_surrogates,
            highlight_documents_run_every_detector,
            highlight_bad_rules_throw_errors_naming_the_problem,
            highlight_catastrophic_pattern_finishes,
        );
    };
}

/// The cases that need a DOM, for the browser suite only (the Node suite includes this module too).
#[allow(unused_macros)]
macro_rules! browser_wasm_cases {
    () => {
        wasm_suite!(
            browser_highlight_html_parses_back_to_the_input,
            browser_highlight_marks_span_inline_elements_and_clear_restores_the_dom,
            browser_highlight_bad_exclude_selector_throws,
            browser_highlight_css_paints_without_touching_the_dom,
            browser_highlight_css_falls_back_to_marks_without_the_api,
            browser_highlight_clear_leaves_the_pages_own_marks,
            browser_highlight_skips_svg_and_mathml,
            browser_highlight_apply_keeps_lone_surrogates,
            browser_highlight_html_writes_replacement_characters_for_lone_surrogates,
            browser_highlight_apply_options_are_checked,
        );
    };
}
