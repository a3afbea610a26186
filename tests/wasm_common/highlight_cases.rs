//! Highlighting through the wasm exports. The `highlight_*` cases run in Node and in Chromium; the
//! `browser_highlight_*` cases need a DOM and run in Chromium only. Rules go in as JavaScript
//! objects (parsed JSON), texts come back as slices of the JavaScript string.

#![allow(dead_code)]

use js_sys::{Array, JsString, Object, Reflect, Uint32Array, Uint8Array, JSON};
use textlens::wasm::document::TextDocument;
use textlens::wasm::highlight::RawHighlighter;
use wasm_bindgen::{JsCast, JsError, JsValue};
use web_sys::{CharacterData, Document, Element, StaticRange};

/// The document the JavaScript layer makes of `text` for one call.
fn document_of(text: &str) -> TextDocument {
    TextDocument::from(text.to_owned())
}

/// A highlighter from rules written as JSON.
fn highlighter(rules: &str) -> RawHighlighter {
    RawHighlighter::new(JSON::parse(rules).unwrap()).unwrap_or_else(|error| panic!("{rules}: {}", message(error)))
}

/// The message of a thrown error.
fn message(error: JsError) -> String {
    Reflect::get(&JsValue::from(error), &"message".into()).unwrap().as_string().unwrap()
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap()
}

fn u32s(object: &Object, key: &str) -> Vec<u32> {
    get(object, key).dyn_into::<Uint32Array>().unwrap_or_else(|_| panic!("{key} is not a Uint32Array")).to_vec()
}

/// The slices of `text` between each start and end of `object`'s `starts_key` / `ends_key`.
fn slices(text: &JsString, object: &Object, starts_key: &str, ends_key: &str) -> Vec<String> {
    let (starts, ends) = (u32s(object, starts_key), u32s(object, ends_key));
    starts.iter().zip(&ends).map(|(&s, &e)| String::from(text.slice(s, e))).collect()
}

pub fn highlight_ranges_slice_the_js_string_exactly() {
    let text = JsString::from("😀 Café “WeChat” e\u{301}te 日本 WeChat");
    let h =
        highlighter(r#"{"terms": [{"text": "cafe", "className": "c"}, "wechat", "日本"], "detectors": ["quotes"]}"#);
    let ranges = h.ranges(&document_of(&String::from(&text)));
    assert_eq!(slices(&text, &ranges, "starts", "ends"), ["Café", "“WeChat”", "WeChat", "日本", "WeChat"]);
    let names: Vec<String> = h.categories().iter().map(|c| get(&c, "name").as_string().unwrap()).collect();
    assert_eq!(names, ["c", "term", "quote"]);
    assert_eq!(u32s(&ranges, "categories"), [0, 2, 1, 1, 1]);
    let kinds = get(&ranges, "ruleKinds").dyn_into::<Uint8Array>().unwrap().to_vec();
    assert_eq!(kinds, [0, 2, 0, 0, 0], "term, detector, term, term, term");
    assert_eq!(u32s(&ranges, "ruleIndexes"), [0, 0, 1, 2, 1], "cafe, quotes, wechat, 日本, wechat");
    assert_eq!(u32s(&ranges, "sentences"), [0, 0, 0, 0, 0]);
    assert_eq!(slices(&text, &ranges, "pieceStarts", "pieceEnds"), ["Café", "“", "WeChat", "”", "日本", "WeChat"]);
    assert_eq!(u32s(&ranges, "pieceCategoryOffsets"), [0, 1, 2, 4, 5, 6, 7]);
    assert_eq!(u32s(&ranges, "pieceCategories"), [0, 2, 1, 2, 2, 1, 1]);
}

pub fn highlight_offsets_survive_lone_surrogates() {
    // JavaScript strings may hold unpaired surrogates; they reach Rust as U+FFFD, one unit too.
    let text = JsString::from_char_code(&[0xD800, 0x20, 0x78, 0x20, 0xDC00, 0x78]);
    let h = highlighter(r#"{"terms": [{"text": "x", "accuracy": "partial"}]}"#);
    let ranges = h.ranges(&document_of(&String::from(&text)));
    assert_eq!(u32s(&ranges, "starts"), [2, 5]);
    assert_eq!(slices(&text, &ranges, "starts", "ends"), ["x", "x"]);
}

pub fn highlight_documents_run_every_detector() {
    let js_text = JsString::from("Mr. Smith said “the the plan was approved quickly.” It cost $3.5bn.");
    let h = highlighter(r#"{"terms": ["plan"], "detectors": ["quotes", "numbers", "repeated", "passive", "adverbs"]}"#);
    let document = document_of(&String::from(&js_text));
    let ranges = h.ranges(&document);
    assert_eq!(
        slices(&js_text, &ranges, "starts", "ends"),
        ["“the the plan was approved quickly.”", "the the", "plan", "was approved", "quickly", "$3.5bn"]
    );
    assert_eq!(u32s(&ranges, "sentences"), [0, 0, 0, 0, 0, 1], "the detectors split the sentences");
    let marks = h.html(&document).matches("<mark").count();
    assert_eq!(marks, 6);
}

pub fn highlight_bad_rules_throw_errors_naming_the_problem() {
    let cases = [
        (r#"{"terms": [{"text": "x", "clasName": "y"}]}"#, "clasName"),
        (r#"{"detectors": ["quote"]}"#, "quote"),
        (r#"{"accuracy": "exact"}"#, "exact"),
        (r#"{"patterns": ["a("]}"#, "\"a(\""),
        (r#"{"patterns": ["(a{1000}){1000}"]}"#, "size limit"),
        (r#"{"terms": [{"text": "x", "className": "a\" onclick=\"x"}]}"#, "class name"),
        (r#"{"terms": ["  "]}"#, "empty"),
        (r#"{"longWordLetters": -1}"#, "longWordLetters"),
    ];
    for (rules, needle) in cases {
        let error =
            RawHighlighter::new(JSON::parse(rules).unwrap()).err().unwrap_or_else(|| panic!("{rules} accepted"));
        let error = message(error);
        assert!(error.contains(needle), "{rules}: {error:?} should contain {needle:?}");
    }
}

pub fn highlight_catastrophic_pattern_finishes() {
    let h = highlighter(r#"{"patterns": ["(a+)+$"]}"#);
    let text = format!("{}b", "a".repeat(100_000));
    assert!(u32s(&h.ranges(&document_of(&text)), "starts").is_empty());
    assert_eq!(u32s(&h.ranges(&document_of(&text[..100_000])), "ends"), [100_000]);
}

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A `<div>` with `html` inside, attached to the page's body.
fn container(html: &str) -> Element {
    let div = document().create_element("div").unwrap();
    div.set_inner_html(html);
    document().body().unwrap().append_child(&div).unwrap();
    div
}

/// `(tag, text, class, data-match)` of every element under `root`, in document order.
fn elements(root: &Element) -> Vec<(String, String, String, String)> {
    let all = root.query_selector_all("*").unwrap();
    (0..all.length())
        .map(|i| {
            let element: Element = all.get(i).unwrap().dyn_into().unwrap();
            let attribute = |name: &str| element.get_attribute(name).unwrap_or_default();
            (
                element.tag_name(),
                element.text_content().unwrap_or_default(),
                element.class_name(),
                attribute("data-match"),
            )
        })
        .collect()
}

/// The options of `apply` with the selectors `exclude`.
fn apply_options(exclude: &[&str]) -> JsValue {
    let options = Object::new();
    let selectors: Array = exclude.iter().map(|&selector| JsValue::from(selector)).collect();
    Reflect::set(&options, &"exclude".into(), &selectors).unwrap();
    options.into()
}

pub fn browser_highlight_html_parses_back_to_the_input() {
    let h = highlighter(
        r#"{"terms": ["script", "mark", "img", "onerror"], "patterns": ["[<>&\"']+"], "detectors": ["quotes", "names"]}"#,
    );
    let texts = [
        "<script>alert('x')</script>",
        "<img src=x onerror=\"alert(1)\">",
        "\"><mark class=\"x\" onclick=alert(1)>hi</mark></mark>",
        "&lt;script&gt; &#60; &amp;amp; &",
        "“a <b> ‘c’ d”</mark> Laurel Beeler",
        "<!-- comment --> <![CDATA[ x ]]> <?php ?> <svg><style>*{}</style></svg>",
        "line\r\nbreaks\rand\u{2028}separators",
    ];
    let div = container("");
    let mut marks = 0;
    for text in texts {
        div.set_inner_html(&h.html(&document_of(text)));
        assert_eq!(div.text_content().unwrap(), text, "text content of {text:?}");
        for (tag, ..) in elements(&div) {
            assert_eq!(tag, "MARK", "{text:?} made a <{tag}>");
            marks += 1;
        }
    }
    assert!(marks >= 10, "the hostile texts are highlighted too ({marks} marks)");
    div.remove();
}

pub fn browser_highlight_marks_span_inline_elements_and_clear_restores_the_dom() {
    let original = concat!(
        "<p>The <b>New</b> York <i>Times</i> said “WeChat”.</p>",
        "<script>var s = \"New York\";</script><p class=\"skip\">New York</p><textarea>New York</textarea>",
        "<p>Old New</p><p>York road</p><!-- New York -->"
    );
    let div = container(original);
    let h =
        highlighter(r#"{"terms": ["New York", {"text": "WeChat", "className": "brand"}], "detectors": ["quotes"]}"#);
    let exclude = apply_options(&[".skip"]);
    let marks = h.apply(&div, exclude.clone()).unwrap();
    assert_eq!(marks, 4, "{}", div.inner_html());
    let first = div.query_selector("p").unwrap().unwrap();
    assert_eq!(
        first.inner_html(),
        concat!(
            "The <b><mark class=\"tl-term\" data-category=\"term\" data-match=\"0\">New</mark></b>",
            "<mark class=\"tl-term\" data-category=\"term\" data-match=\"0\"> York</mark> <i>Times</i> said ",
            "<mark class=\"tl-quote\" data-category=\"quote\" data-match=\"1\">“",
            "<mark class=\"brand\" data-category=\"brand\" data-match=\"2\">WeChat</mark>”</mark>."
        )
    );
    assert_eq!(
        div.query_selector_all("mark").unwrap().length(),
        4,
        "nothing in script, .skip, textarea or across paragraphs"
    );
    assert_eq!(h.apply(&div, exclude).unwrap(), 4, "applying again replaces the marks");
    assert_eq!(div.query_selector_all("mark").unwrap().length(), 4);
    RawHighlighter::clear(&div).unwrap();
    assert_eq!(div.inner_html(), original, "clear restores innerHTML byte for byte");
    assert_eq!(first.child_nodes().length(), 5, "text nodes merged back: text, b, text, i, text");
    div.remove();
}

pub fn browser_highlight_bad_exclude_selector_throws() {
    let div = container("<p>New York</p>");
    let h = highlighter(r#"{"terms": ["New York"]}"#);
    let error = message(h.apply(&div, apply_options(&["p["])).unwrap_err());
    assert!(error.contains("\"p[\"") && error.contains("selector"), "{error}");
    assert_eq!(div.inner_html(), "<p>New York</p>", "nothing changed");
    div.remove();
}

/// The registered `Highlight` named `name`, if any.
fn registered(name: &str) -> Option<JsValue> {
    let registry = get(&get(&js_sys::global(), "CSS"), "highlights");
    let get_fn: js_sys::Function = get(&registry, "get").dyn_into().unwrap();
    Some(get_fn.call1(&registry, &name.into()).unwrap()).filter(|h| !h.is_undefined())
}

/// The text each range of a `Highlight` covers (ranges within one text node).
fn range_texts(highlight: &JsValue) -> Vec<String> {
    let mut texts: Vec<String> = js_sys::try_iter(highlight)
        .unwrap()
        .unwrap()
        .map(|range| {
            let range: StaticRange = range.unwrap().unchecked_into();
            let node: CharacterData = range.start_container().unchecked_into();
            assert!(range.start_container() == range.end_container(), "one text node per range");
            let data = JsString::from(node.data());
            String::from(data.slice(range.start_offset(), range.end_offset()))
        })
        .collect();
    texts.sort();
    texts
}

pub fn browser_highlight_css_paints_without_touching_the_dom() {
    let html = "<p>New <b>York</b> and New York, 😀 New\nYork</p>";
    let div = container(html);
    let h = highlighter(r#"{"terms": [{"text": "New York", "className": "hl-city"}], "detectors": ["quotes"]}"#);
    assert_eq!(h.apply_css(&div, JsValue::UNDEFINED).unwrap(), "css");
    assert_eq!(div.inner_html(), html, "no DOM change");
    let highlight = registered("hl-city").expect("a highlight named after the class");
    assert_eq!(range_texts(&highlight), ["New\nYork", "New ", "New York", "York"], "sorted by code point");
    h.clear_css();
    assert!(registered("hl-city").is_none(), "clearCss unregisters it");
    div.remove();
}

pub fn browser_highlight_css_falls_back_to_marks_without_the_api() {
    let global = js_sys::global();
    let saved = get(&global, "Highlight");
    Reflect::delete_property(&global, &"Highlight".into()).unwrap();
    let div = container("<p>New York</p>");
    let h = highlighter(r#"{"terms": ["New York"]}"#);
    let used = h.apply_css(&div, JsValue::UNDEFINED);
    Reflect::set(&global, &"Highlight".into(), &saved).unwrap();
    assert_eq!(used.unwrap(), "dom");
    assert_eq!(elements(&div)[1..], [("MARK".into(), "New York".into(), "tl-term".into(), "0".into())]);
    RawHighlighter::clear(&div).unwrap();
    assert_eq!(div.inner_html(), "<p>New York</p>");
    div.remove();
}

/// `element.innerHTML`, as the JavaScript string it is (lone surrogates included).
fn inner_html(element: &Element) -> JsValue {
    get(element, "innerHTML")
}

pub fn browser_highlight_clear_leaves_the_pages_own_marks() {
    // Marks the page wrote itself, some just like the applier's: apply and clear leave them be.
    let original = concat!(
        "<p><mark data-category=\"term\" data-match=\"0\">New York</mark> and New York</p>",
        "<p><mark class=\"tl-term\" data-category=\"term\" data-match=\"7\">Old</mark> <mark>York</mark></p>"
    );
    let div = container(original);
    let before = inner_html(&div);
    let h = highlighter(r#"{"terms": ["New York", "Old"]}"#);
    assert_eq!(h.apply(&div, JsValue::UNDEFINED).unwrap(), 3, "{}", div.inner_html());
    assert_eq!(div.query_selector_all("mark").unwrap().length(), 6, "three of the page's, three made");
    assert_eq!(h.apply(&div, JsValue::UNDEFINED).unwrap(), 3, "applying again replaces only its own marks");
    assert_eq!(div.query_selector_all("mark").unwrap().length(), 6);
    RawHighlighter::clear(&div).unwrap();
    assert_eq!(inner_html(&div), before, "clear restores innerHTML: {}", div.inner_html());
    // A copy of an applied mark is the page's own too: clear does not unwrap it.
    h.apply(&div, JsValue::UNDEFINED).unwrap();
    let copy = div.query_selector("mark[data-match=\"1\"]").unwrap().unwrap().clone_node_with_deep(true).unwrap();
    RawHighlighter::clear(&div).unwrap();
    div.append_child(&copy).unwrap();
    let with_copy = inner_html(&div);
    RawHighlighter::clear(&div).unwrap();
    assert_eq!(inner_html(&div), with_copy);
    div.remove();
}

pub fn browser_highlight_skips_svg_and_mathml() {
    let original = concat!(
        "<p>New York</p>",
        "<svg width=\"100\" height=\"20\"><text x=\"0\" y=\"15\">New York</text>",
        "<foreignObject><p>New York</p></foreignObject></svg>",
        "<math><mi>New York</mi></math>"
    );
    let div = container(original);
    let before = inner_html(&div);
    let h = highlighter(r#"{"terms": ["New York"]}"#);
    assert_eq!(h.apply(&div, JsValue::UNDEFINED).unwrap(), 1, "{}", div.inner_html());
    let svg = div.query_selector("svg").unwrap().unwrap();
    assert_eq!(svg.query_selector_all("mark").unwrap().length(), 0, "no HTML mark inside SVG");
    assert_eq!(div.query_selector("math mark").unwrap(), None, "no HTML mark inside MathML");
    RawHighlighter::clear(&div).unwrap();
    assert_eq!(inner_html(&div), before);
    assert_eq!(h.apply(&svg, JsValue::UNDEFINED).unwrap(), 0, "an SVG element itself has no text to mark");
    assert_eq!(h.apply_css(&svg, JsValue::UNDEFINED).unwrap(), "css");
    assert!(registered("tl-term").is_none_or(|highlight| range_texts(&highlight).is_empty()), "nor to paint");
    h.clear_css();
    assert_eq!(inner_html(&div), before);
    div.remove();
}

pub fn browser_highlight_apply_keeps_lone_surrogates() {
    // The text node's data holds lone surrogates, which a Rust string cannot: set from JavaScript.
    let div = container("<p>x</p>");
    let paragraph = div.first_child().unwrap();
    let data = JsString::from_char_code(&[0xD800, 0x20, 0x4E, 0x65, 0x77, 0x20, 0xDC00, 0x4E, 0x65, 0x77, 0xD83D]);
    Reflect::set(&paragraph.first_child().unwrap(), &"data".into(), &data).unwrap();
    let before = inner_html(&div);
    let h = highlighter(r#"{"terms": [{"text": "New", "accuracy": "partial"}]}"#);
    assert_eq!(h.apply(&div, JsValue::UNDEFINED).unwrap(), 2);
    assert_eq!(get(&div, "textContent"), JsValue::from(data), "the text is unchanged, unit for unit");
    let marks: Vec<String> = (0..2).map(|i| elements(&div)[i + 1].1.clone()).collect();
    assert_eq!(marks, ["New", "New"]);
    RawHighlighter::clear(&div).unwrap();
    assert_eq!(inner_html(&div), before);
    assert_eq!(paragraph.child_nodes().length(), 1, "merged back into one text node");
    div.remove();
}

pub fn browser_highlight_html_writes_replacement_characters_for_lone_surrogates() {
    // What a parser makes of HTML is the text with U+FFFD for each lone surrogate: a lone
    // surrogate cannot be written in HTML (a parser reads "&#xD800;" as U+FFFD too).
    let text = JsString::from_char_code(&[0xD800, 0x20, 0x4E, 0x65, 0x77, 0x20, 0xDC00]);
    let h = highlighter(r#"{"terms": ["New"]}"#);
    let html = h.html(&document_of(&String::from(&text)));
    assert_eq!(html, "\u{FFFD} <mark class=\"tl-term\" data-category=\"term\" data-match=\"0\">New</mark> \u{FFFD}");
    let div = container(&html);
    assert_eq!(get(&div, "textContent"), JsValue::from(text.to_well_formed()));
    div.set_inner_html("&#xD800;");
    assert_eq!(div.text_content().unwrap(), "\u{FFFD}", "no HTML holds a lone surrogate");
    div.remove();
}

pub fn browser_highlight_apply_options_are_checked() {
    let div = container("<p>New York</p>");
    let h = highlighter(r#"{"terms": ["New York"]}"#);
    let unknown = Object::new();
    Reflect::set(&unknown, &"exclud".into(), &Array::new()).unwrap();
    let error = message(h.apply(&div, unknown.into()).unwrap_err());
    assert!(error.contains("Highlighter.apply options: unknown field \"exclud\", expected \"exclude\""), "{error}");
    let long = format!("{}!", "a".repeat(1_000_000));
    let error = message(h.apply_css(&div, apply_options(&[&long])).unwrap_err());
    assert!(error.starts_with("Highlighter.applyCss: exclude selector \"aaa"), "{}", &error[..100]);
    assert!(error.contains("…\" (1000001 characters) is not a valid CSS selector"), "{}", &error[..300]);
    assert!(error.len() < 400, "a {}-byte message", error.len());
    assert_eq!(div.inner_html(), "<p>New York</p>", "nothing changed");
    div.remove();
}
