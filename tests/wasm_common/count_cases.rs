//! Counting through the wasm exports, for both wasm suites: `TextDocument.count` with strings that
//! went through JavaScript. Include with `mod count_cases;` in
//! `wasm_common/mod.rs` and list the functions below in `all_wasm_cases!`.

use js_sys::{JsString, Object, Reflect, JSON};
use textlens::wasm::document::TextDocument;
use wasm_bindgen::{JsCast, JsError, JsValue};

/// `TextDocument.count` of `text`.
fn count_text(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    TextDocument::from(text.to_owned()).count(options)
}

/// `object.a.b.c` for a dotted `path`.
fn get(object: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(object.clone(), |value, key| {
        Reflect::get(&value, &JsValue::from_str(key)).unwrap_or_else(|_| panic!("no {key} in {path}"))
    })
}

fn number(object: &JsValue, path: &str) -> f64 {
    get(object, path).as_f64().unwrap_or_else(|| panic!("{path} is not a number"))
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).expect("options JSON")
}

/// The message of a thrown error.
fn message(error: wasm_bindgen::JsError) -> String {
    let value: JsValue = error.into();
    get(&value, "message").as_string().expect("an Error with a message")
}

pub fn count_returns_a_plain_object() {
    let stats = count_text("The cat sat. It was happy.", JsValue::UNDEFINED).expect("count");
    assert!(stats.is_instance_of::<Object>());
    assert_eq!(number(&stats, "words"), 6.0);
    assert_eq!(number(&stats, "sentences"), 2.0);
    assert_eq!(number(&stats, "characters.utf16"), 26.0);
    assert_eq!(number(&stats, "syllables"), 7.0);
    // 206.835 − 1.015 × 3 − 84.6 × 7/6
    let fre = number(&stats, "readability.fleschReadingEase.value");
    assert!((fre - (206.835 - 3.045 - 84.6 * 7.0 / 6.0)).abs() < 1e-9, "{fre}");
    assert!(get(&stats, "readability.smog.value").is_null(), "SMOG needs 3 sentences");
    assert!(get(&stats, "readability.smog.reason").as_string().unwrap().contains("3 sentences"));
    assert_eq!(get(&stats, "perSentence.1.difficulty").as_string().as_deref(), Some("ok"));
    assert!(get(&stats, "frequencies.words").is_instance_of::<js_sys::Array>());
}

pub fn sentence_offsets_are_utf16() {
    let js_text = JsString::from("😀 𠀋 ok. Then another one.");
    let text = String::from(&js_text);
    let stats = count_text(&text, JsValue::UNDEFINED).expect("count");
    let (start, end) = (number(&stats, "perSentence.1.start"), number(&stats, "perSentence.1.end"));
    assert_eq!(String::from(js_text.slice(start as u32, end as u32)), "Then another one.");
    assert_eq!(number(&stats, "longestSentence.start"), start);
    assert_eq!(number(&stats, "longestSentence.end"), end);
    // Without the list, the longest sentence is converted on its own.
    let alone = count_text(&text, options(r#"{"perSentence": false}"#)).expect("count");
    assert_eq!((number(&alone, "longestSentence.start"), number(&alone, "longestSentence.end")), (start, end));
    assert_eq!(number(&stats, "characters.graphemes"), 25.0);
    assert_eq!(number(&stats, "characters.utf16"), js_text.length() as f64);
}

pub fn bad_count_options_give_clear_errors() {
    let cases = [
        (r#"{"tpo": 3}"#, "tpo"),
        (r#"{"readingWordsPerMinute": 0}"#, "readingWordsPerMinute"),
        (r#"{"top": -1}"#, "count options"),
        (r#"{"top": 2.5}"#, "count options"),
        (r#"{"extraStopWords": "the"}"#, "count options"),
    ];
    for (json, expected) in cases {
        let error = count_text("Some text.", options(json)).expect_err(json);
        let message = message(error);
        assert!(message.contains(expected), "{json}: {message}");
    }
}

pub fn count_options_change_the_result() {
    let text = "An all-in-one guide. The guide, the guide!";
    let parts = count_text(text, options(r#"{"countHyphenatedParts": true, "frequencies": false}"#)).unwrap();
    assert_eq!(number(&parts, "words"), 9.0);
    assert!(get(&parts, "frequencies").is_null());
    let whole = count_text(text, options(r#"{"top": 1, "perSentence": false}"#)).unwrap();
    assert_eq!(number(&whole, "words"), 7.0);
    assert_eq!(get(&whole, "frequencies.words.0.text").as_string().as_deref(), Some("guide"));
    assert_eq!(number(&whole, "frequencies.words.0.count"), 3.0);
    assert_eq!(number(&whole, "perSentence.length"), 0.0);
    assert_eq!(number(&whole, "longestSentence.words"), 4.0);
}

pub fn documents_count_words_of_every_script() {
    let document =
        TextDocument::from("Nishimura’s team shipped 20,000 units at 11:28am. 日本語のテキスト。".to_owned());
    let stats = document.count(JsValue::UNDEFINED).expect("document count");
    // Nishimura’s team shipped 20,000 units at 11:28am = 7, 日本語のテキスト = 3 + 1 + 4.
    assert_eq!(number(&stats, "words"), 15.0);
    assert_eq!(document.word_count(JsValue::UNDEFINED).expect("document word count"), 15);
}

pub fn degenerate_texts_count_without_trapping() {
    for text in ["", "   \n ", "?!…", &"a".repeat(1 << 20)] {
        let stats = count_text(text, JsValue::NULL).unwrap_or_else(|_| panic!("count of {} bytes", text.len()));
        let words = if text.starts_with('a') { 1.0 } else { 0.0 };
        assert_eq!(number(&stats, "words"), words);
        // Every score is a finite number or null with a reason: never NaN or Infinity.
        let readability = get(&stats, "readability");
        for key in Object::keys(readability.unchecked_ref::<Object>()).iter() {
            let score = Reflect::get(&readability, &key).unwrap();
            let value = get(&score, "value");
            let defined =
                value.as_f64().is_some_and(f64::is_finite) || (value.is_null() && get(&score, "reason").is_string());
            assert!(defined, "{key:?} of a {}-byte text", text.len());
        }
    }
}
