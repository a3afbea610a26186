//! Markdown chunks and prose counts (`textlens::markup`, with the `markup` feature's parser).
//!
//! The samples are written for these tests; each expectation was worked out by hand from the
//! rules in the module docs.
#![cfg(not(target_arch = "wasm32"))] // native: property tests, the markup parser linked in

use textlens::count::{count, CountOptions};
use textlens::markup::{self, Format, MarkdownChunk};
use textlens::split::{ChunkOptions, SizeUnit};

fn chunks(text: &str, max_size: usize) -> Vec<MarkdownChunk> {
    markup::chunk(text, &ChunkOptions::new(max_size)).unwrap()
}

fn texts<'t>(text: &'t str, chunks: &[MarkdownChunk]) -> Vec<&'t str> {
    chunks.iter().map(|c| c.chunk.span.text(text)).collect()
}

/// The chunks, without overlap, joined give back the text.
fn assert_retiles(text: &str, chunks: &[MarkdownChunk]) {
    let joined: String = chunks.iter().map(|c| &text[c.chunk.fresh_start..c.chunk.span.end]).collect();
    assert_eq!(joined, text);
}

const GUIDE: &str = "\
# Intro

Textlens splits text. It counts words too.

## Setup

Install it:

```sh
npm install textlens
npm test
```

## Use

| call | gives |
|------|-------|
| split | spans |

- first item
- second item
";

#[test]
fn sections_give_the_heading_path_and_lines() {
    // The sections are 53, 65 and 80 graphemes long: with 90, two never fit together.
    let found = chunks(GUIDE, 90);
    assert_retiles(GUIDE, &found);
    let headings: Vec<Vec<String>> = found.iter().map(|c| c.headings.clone()).collect();
    assert_eq!(headings, [vec!["Intro"], vec!["Intro", "Setup"], vec!["Intro", "Use"]]);
    assert_eq!(texts(GUIDE, &found)[1], "## Setup\n\nInstall it:\n\n```sh\nnpm install textlens\nnpm test\n```\n\n");
    let lines: Vec<(usize, usize)> = found.iter().map(|c| c.lines).collect();
    assert_eq!(lines, [(1, 3), (5, 12), (14, 21)]);
}

#[test]
fn a_section_that_fits_is_one_chunk() {
    let text = "# A\n\nOne. Two.\n\n# B\n\nThree.\n";
    let found = chunks(text, 1000);
    assert_eq!(texts(text, &found), [text]);
    assert_eq!(found[0].headings, ["A"]);
}

#[test]
fn a_code_block_is_not_cut_when_it_fits_alone() {
    let text = "Some words come first here.\n\n```\nlet a = 1;\nlet b = 2;\n```\n";
    // 29 graphemes of paragraph, 30 of code: the code block does not fit beside the paragraph,
    // which is more than half of 50, and moves whole to the next chunk; with 40 it does so too.
    let found = chunks(text, 50);
    assert_eq!(found.len(), 2);
    let found = chunks(text, 40);
    assert_eq!(texts(text, &found), ["Some words come first here.\n\n", "```\nlet a = 1;\nlet b = 2;\n```\n"]);
    assert_eq!(found[1].lines, (3, 6));
}

#[test]
fn an_oversize_code_block_is_cut_at_its_lines() {
    let text = "```\naaaa\nbbbb\ncccc\n```\n";
    let found = chunks(text, 10);
    assert_retiles(text, &found);
    assert_eq!(texts(text, &found), ["```\naaaa\n", "bbbb\ncccc\n", "```\n"]);
}

#[test]
fn tables_and_list_items_stay_whole() {
    let text = "Intro text.\n\n| a | b |\n|---|---|\n| c | d |\n\n- one two three\n- four five six\n";
    // 13 graphemes of paragraph, 31 of table, 16 for each item.
    let found = chunks(text, 32);
    assert_retiles(text, &found);
    assert_eq!(
        texts(text, &found),
        ["Intro text.\n\n", "| a | b |\n|---|---|\n| c | d |\n\n", "- one two three\n- four five six\n"]
    );
    // In 20, the table is cut at its lines, and each item is a chunk.
    let found = chunks(text, 20);
    assert_retiles(text, &found);
    assert_eq!(
        texts(text, &found)[1..],
        ["| a | b |\n|---|---|\n", "| c | d |\n\n", "- one two three\n", "- four five six\n"]
    );
}

#[test]
fn prose_is_cut_at_sentences() {
    let text = "# T\n\nFirst sentence here. Second one there. Third at last.\n";
    // The heading goes with the paragraph's first sentence: 5 + 21 graphemes, then 18 and 15.
    let found = chunks(text, 30);
    assert_retiles(text, &found);
    assert_eq!(texts(text, &found), ["# T\n\nFirst sentence here. ", "Second one there. ", "Third at last.\n"]);
    assert!(found.iter().all(|c| c.headings == ["T"]));
    assert_eq!(found[1].lines, (3, 3));
}

#[test]
fn subsections_follow_their_levels() {
    let text = "# A\n\n## B\n\n### C\n\nc text\n\n## D\n\nd text\n\n# E\n\ne text\n";
    // Section A (40 graphemes) does not fit in 30: its heading and subsection B (5 + 21) fill the
    // first chunk; subsection D (14) and section E (13) the second.
    let found = chunks(text, 30);
    assert_retiles(text, &found);
    assert_eq!(texts(text, &found)[1], "## D\n\nd text\n\n# E\n\ne text\n");
    let paths: Vec<String> = found.iter().map(|c| c.headings.join("/")).collect();
    assert_eq!(paths, ["A", "A/D"]);
    // In 16, the first chunk has the headings A and B (a path is the one at the chunk's start);
    // C's section (15) is a chunk of its own.
    let paths: Vec<String> = chunks(text, 16).iter().map(|c| c.headings.join("/")).collect();
    assert_eq!(paths, ["A", "A/B/C", "A/D", "E"]);
}

#[test]
fn overlap_and_units_keep_their_rules() {
    let options = ChunkOptions { max_size: 8, unit: SizeUnit::Word, overlap: 1, ..ChunkOptions::new(1) };
    let found = markup::chunk(GUIDE, &options).unwrap();
    assert_retiles(GUIDE, &found);
    for c in &found {
        assert!(textlens::split::words(c.chunk.span.text(GUIDE)).filter(|w| w.word_like).count() <= 8, "{c:?}");
    }
}

#[test]
fn blank_and_empty_markdown() {
    assert!(chunks("", 10).is_empty());
    let found = chunks("\n\n  \n", 10);
    assert_eq!(texts("\n\n  \n", &found), ["\n\n  \n"]);
    assert!(found[0].headings.is_empty());
    assert_eq!(found[0].lines, (1, 1));
}

#[test]
fn a_zero_max_size_is_an_error() {
    let error = markup::chunk(GUIDE, &ChunkOptions::new(0)).unwrap_err();
    assert!(error.message().contains("max_size"), "{}", error.message());
}

#[test]
fn markdown_counts_only_the_prose() {
    let options = CountOptions { format: Format::Markdown, ..CountOptions::default() };
    let text = "# Getting *started*\n\nRead [the guide](https://example.com/guide) or run `npm test`.\n\n\
                ```js\nconst x = split(text);\n```\n\n<div>hidden words</div>\n\n\
                ![a chart](chart.png) <https://example.org>\n";
    // Prose: "Getting started" / "Read the guide or run ." : 2 + 5 words, 2 sentences.
    let stats = count(text, &options).unwrap();
    assert_eq!(stats.words, 7);
    assert_eq!(stats.sentences, 2);
    let plain = count(text, &CountOptions::default()).unwrap();
    assert!(plain.words > 15, "{}", plain.words);
    // Sentence offsets are offsets of the Markdown, from the first to the last prose character.
    let read = &stats.per_sentence[1];
    assert_eq!(&text[read.start..read.end], "Read [the guide](https://example.com/guide) or run `npm test`.");
    assert_eq!(&text[stats.per_sentence[0].span().range()], "Getting *started");
}

#[test]
fn markdown_counts_list_items_quotes_and_tables() {
    let options = CountOptions { format: Format::Markdown, ..CountOptions::default() };
    // Items, a quote and cells are prose: "one two", "three", "quoted words", "a b", "c d".
    let text = "- one two\n- three\n\n> quoted\n> words\n\n| a | b |\n|---|---|\n| c | d |\n";
    assert_eq!(count(text, &options).unwrap().words, 9);
    // A character reference reads as a space; a backslash escape as what it escapes.
    assert_eq!(count("Tom&amp;Jerry \\*not emphasis\\*", &options).unwrap().words, 4);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text made of Markdown's markup characters, letters, sentence ends and line breaks.
    fn markdownish() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "#", "## ", "*", "_", "`", "```\n", "~~~", "- ", "1. ", "> ", "|", "---", "\n", "\n\n", " ", "word",
                "é", "🙂", ". ", "[a](b)", "<div>", "&amp;", "\\", "\t", "\r\n",
            ]),
            0..60,
        )
        .prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn markdown_chunks_retile_and_hold_their_limit(text in markdownish(), max_size in 1usize..40, overlap in 0usize..3) {
            let options = ChunkOptions { max_size, unit: SizeUnit::Grapheme, overlap, ..ChunkOptions::new(1) };
            let found = markup::chunk(&text, &options).unwrap();
            assert_retiles(&text, &found);
            for c in &found {
                let size = textlens::split::graphemes(c.chunk.span.text(&text)).count();
                prop_assert!(size <= max_size || size == 1, "{c:?} of {text:?}");
                prop_assert!(c.lines.0 <= c.lines.1);
            }
            let stats = count(&text, &CountOptions { format: Format::Markdown, ..CountOptions::default() }).unwrap();
            for s in &stats.per_sentence {
                prop_assert!(s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
}
