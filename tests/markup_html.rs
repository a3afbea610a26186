//! Counts of HTML prose (`Format::Html`, with the `markup` feature's tokenizer).
//!
//! The documents are written for these tests. Each expectation was worked out by hand from the
//! rules of `textlens-markup`'s `html` module (the rules of the page's `www/file-text.js`): the
//! prose a document should give is written out beside it, and its plain count must equal the
//! HTML count, besides the hand-counted numbers.
#![cfg(not(target_arch = "wasm32"))] // native: property tests, the markup parser linked in

use textlens::count::{count, CountOptions, Statistics};
use textlens::markup::Format;

fn html(text: &str) -> Statistics {
    count(text, &CountOptions { format: Format::Html, ..CountOptions::default() }).unwrap()
}

/// `text`'s HTML count has `words`, `sentences` and `paragraphs`, as the plain count of `prose`
/// (what the page's `htmlToText` gives) has too.
fn assert_counts(text: &str, prose: &str, words: usize, sentences: usize, paragraphs: usize) {
    let found = html(text);
    assert_eq!((found.words, found.sentences, found.paragraphs), (words, sentences, paragraphs), "{text}");
    let plain = count(prose, &CountOptions::default()).unwrap();
    assert_eq!((plain.words, plain.sentences, plain.paragraphs), (words, sentences, paragraphs), "{prose}");
}

/// The HTML of each sentence, by the offsets the count gives.
fn sentences(text: &str) -> Vec<&str> {
    html(text).per_sentence.iter().map(|s| &text[s.start..s.end]).collect()
}

const ARTICLE: &str = r#"<!doctype html>
<html lang="en"><head><title>Ignored title words</title>
<style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<article>
<h1>Rivers of the north</h1>
<p>The river runs fast in spring. It slows in summer.</p>
<p>Fishing is allowed from May &amp; June.<script>document.write("secret words here")</script>
</article>
<footer>Copyright notice here</footer>
</body></html>
"#;

#[test]
fn an_article_page_counts_its_article_alone() {
    let prose = "Rivers of the north\n\nThe river runs fast in spring. It slows in summer.\n\n\
                 Fishing is allowed from May & June.";
    // 4 + 10 + 6 words ("&" is not one), 1 + 2 + 1 sentences, 3 paragraphs.
    assert_counts(ARTICLE, prose, 20, 4, 3);
    assert_eq!(
        sentences(ARTICLE),
        [
            "Rivers of the north",
            "The river runs fast in spring.",
            "It slows in summer.",
            "Fishing is allowed from May &amp; June."
        ]
    );
}

#[test]
fn without_an_article_the_body_counts_without_its_chrome() {
    let text = "<div role=\"navigation\">Skip to menu</div>\n<div><p>First paragraph here.<p>Second one<br>continues \
                on.</div>\n<aside>Related stories</aside><footer>Footer text</footer>\
                <div role=contentinfo>Contact us</div><section>Last words.</section>";
    // The unclosed <p>s still separate paragraphs; <br> is a space ("one continues").
    let prose = "First paragraph here.\n\nSecond one continues on.\n\nLast words.";
    assert_counts(text, prose, 9, 3, 3);
    assert_eq!(sentences(text)[1], "Second one<br>continues on.");
}

#[test]
fn a_main_element_is_the_main_content_and_keeps_what_it_holds() {
    let text = "<header>Site name</header><div role=main><p>Inside main.</p><nav>Kept nav.</nav></div><p>Outside.</p>";
    assert_counts(text, "Inside main.\n\nKept nav.", 4, 2, 2);
    // Two articles: neither is the one article, so main (here none) or the body counts.
    let two = "<article><p>One here.</p></article><article><p>Two here.</p></article><footer>Gone.</footer>";
    assert_counts(two, "One here.\n\nTwo here.", 4, 2, 2);
}

#[test]
fn character_references_read_as_what_they_stand_for() {
    let text = "<p>Tom &amp; Jerry&nbsp;met at the caf&eacute; &#8212; twice&#x21;</p>";
    // Tom, Jerry, met, at, the, café, twice: 7 words; "&nbsp;" separates like a space.
    assert_counts(text, "Tom & Jerry\u{a0}met at the café \u{2014} twice!", 7, 1, 1);
    assert_eq!(sentences(text), ["Tom &amp; Jerry&nbsp;met at the caf&eacute; &#8212; twice&#x21;"]);
    // A sentence that starts or ends with a reference takes it whole.
    let quoted = "<p>&ldquo;Go now,&rdquo; she said. Then she left&hellip;</p>";
    assert_eq!(sentences(quoted), ["&ldquo;Go now,&rdquo; she said.", "Then she left&hellip;"]);
    // Without a semicolon, as browsers read it: "&copy" is ©; "&amp" too; "&bogus;" stays.
    let loose = "<p>&copy 2024 A&ampB &bogus;</p>";
    assert_counts(loose, "© 2024 A&B &bogus;", 4, 1, 1);
}

#[test]
fn scripts_styles_and_other_non_text_elements_do_not_count() {
    let text = "<title>Page title</title><p>Visible words.</p><script>let a = \"<p>not prose</p>\";</script>\
                <style>.x::after { content: \"styled words\" }</style><noscript>Enable scripts</noscript>\
                <template><p>Later words</p></template><svg><text>Chart label</text></svg>\
                <math><mi>x</mi></math><iframe>Frame words</iframe><object>Object words</object>\
                <!-- a comment with words --><p>More <a href=\"https://example.com/a-long-path\" \
                title=\"tooltip words\">linked</a> text.</p>";
    assert_counts(text, "Visible words.\n\nMore linked text.", 5, 2, 2);
}

#[test]
fn block_elements_end_sentences_and_inline_ones_do_not() {
    // No full stops: the headings and list items are sentences of their own all the same.
    let text = "<h2>A heading</h2><ul><li>first item<li>second item</ul><p>Some <em>emphasised</em> and \
                <b>bold</b> words.</p><table><tr><td>cell one</td><td>cell two</td></tr></table>";
    let prose = "A heading\n\nfirst item\n\nsecond item\n\nSome emphasised and bold words.\n\ncell onecell two";
    // 2 + 2 + 2 + 5 + 3 words. Table cells are not blocks in file-text.js: their text runs
    // together ("onecell").
    assert_counts(text, prose, 14, 5, 5);
}

#[test]
fn whitespace_inside_a_paragraph_is_one_space_and_pre_is_a_paragraph() {
    let text = "<p>one\r\n\r\ntwo\n\n\tthree</p><pre>code  line\n\nnext line</pre>";
    // The blank lines inside <p> and <pre> do not start paragraphs (htmlToText collapses them).
    assert_counts(text, "one two three\n\ncode line next line", 7, 2, 2);
}

#[test]
fn empty_and_prose_free_documents() {
    for text in ["", "   ", "<html><head></head><body></body></html>", "<script>words</script>", "<!-- x -->"] {
        let found = html(text);
        assert_eq!((found.words, found.sentences, found.paragraphs), (0, 0, 0), "{text:?}");
    }
}

#[test]
fn malformed_html_still_reads() {
    // A stray end tag, an unclosed element, a lone "<", an unclosed script swallowing the rest.
    let text = "</div><p>Alpha beta</span> gamma < delta.<div>Epsilon<script>never counted";
    assert_counts(text, "Alpha beta gamma < delta.\n\nEpsilon", 5, 2, 2);
    // Nesting as deep as the text is long does not exhaust the stack.
    let deep = format!("{}word{}", "<div><span>".repeat(50_000), "</span>".repeat(3));
    assert_eq!(html(&deep).words, 1);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Tag soup: tags, references (good, bad, two-character ones), comments, CDATA, words and
    /// characters of several byte lengths.
    fn tag_soup() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<article>",
                "</article>",
                "<main>",
                "<nav>",
                "</nav>",
                "<script>",
                "</script>",
                "<style>",
                "<br>",
                "<br/>",
                "</br>",
                "<svg>",
                "</svg>",
                "<svg/>",
                "<![CDATA[",
                "]]>",
                "<!--",
                "-->",
                "<!doctype html>",
                "<a href='x&amp;y' role=main>",
                "</",
                "<",
                ">",
                "&",
                "&amp;",
                "&amp",
                "&#x1F600;",
                "&#0;",
                "&#xD800;",
                "&notin",
                "&acE;",
                "&nbsp;",
                "word",
                "é",
                "🙂",
                ". ",
                "? ",
                "\r\n",
                "\r",
                " ",
                "\t",
                "\0",
                "<title>",
                "<plaintext>",
                "<textarea>",
            ]),
            0..80,
        )
        .prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn any_tag_soup_counts_with_sentences_inside_the_text(text in tag_soup()) {
            // Finite counts, and sentences in order, inside the text, on character boundaries,
            // holding every word.
            let stats = html(&text);
            let mut last = 0;
            for s in &stats.per_sentence {
                prop_assert!(s.words > 0 && s.start < s.end && s.end <= text.len(), "{s:?} of {text:?}");
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?} of {text:?}");
                prop_assert!(last <= s.start, "{s:?} after {last} in {text:?}");
                last = s.end;
            }
            let listed: usize = stats.per_sentence.iter().map(|s| s.words).sum();
            prop_assert_eq!(listed, stats.words, "{:?}", text);
            prop_assert!(stats.readability.flesch_reading_ease.value.is_none_or(f64::is_finite));
        }
    }
}
