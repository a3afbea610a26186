//! Hostile input for splitting and counting: each case was slow (time quadratic in the text) or
//! wrong before its fix, and checks a result worked out by hand. The sizes are those at which the
//! slow version takes minutes: with the bug back, these tests do not finish.
//!
//! `tests/growth.rs` times every entry point on families like these at two sizes; the cases here
//! keep the ones found so far as named regressions with their exact answers.

#![cfg(not(target_arch = "wasm32"))]

use textlens::count::{count, sentence_grades, word_count, CountOptions};
use textlens::split::{chunk, sentences, Chunk, ChunkOptions, SentenceMode, SentenceSplitter, SizeUnit};
use textlens::Span;

fn uax29(text: &str) -> Vec<Span> {
    SentenceSplitter::new().mode(SentenceMode::Uax29).split(text)
}

fn texts(text: &str, spans: impl IntoIterator<Item = Span>) -> Vec<&str> {
    spans.into_iter().map(|span| span.text(text)).collect()
}

fn chunk_texts<'t>(text: &'t str, chunks: &[Chunk]) -> Vec<&'t str> {
    texts(text, chunks.iter().map(|c| c.span))
}

/// Regression: SB8 (a period, closers, spaces, then a lower-case letter: no break) looked ahead
/// from every space again, so `"A."` and 100,000 spaces took 55 s; here 1,000,000.
#[test]
fn uax29_a_period_then_a_million_spaces() {
    let spaces = " ".repeat(1_000_000);
    // A lower-case letter after the spaces: SB8, no break at all.
    let lower = format!("A.{spaces}b");
    assert_eq!(uax29(&lower), [Span::new(0, lower.len())]);
    // A capital: SB11 breaks before it, the spaces staying with the period (SB9, SB10).
    let upper = format!("A.{spaces}B");
    assert_eq!(texts(&upper, uax29(&upper)), [format!("A.{spaces}").as_str(), "B"]);
}

/// Regression: the same look-ahead from each closing quote (`”` is Close, SB9).
#[test]
fn uax29_a_period_then_a_million_closing_quotes() {
    let quotes = "”".repeat(1_000_000);
    let text = format!("A.{quotes} B");
    assert_eq!(texts(&text, uax29(&text)), [format!("A.{quotes} ").as_str(), "B"]);
    let lower = format!("A.{quotes} b");
    assert_eq!(uax29(&lower).len(), 1);
}

/// Regression: word counting asked whether each segment starts a grapheme with a fresh cursor,
/// which counts every regional indicator before it, so 100,000 flags (400,000 UTF-16 units) took
/// 27 s in `wordCount`, `count` and the hard-sentence grades; here 250,000 flags.
#[test]
fn a_quarter_million_flags_count_in_linear_time() {
    let flags = "🇫🇷".repeat(250_000);
    // Flags are no words (no letter, no number); each pair of indicators is one grapheme.
    assert_eq!(word_count(&flags), 0);
    let stats = count(&flags, &CountOptions::default()).unwrap();
    assert_eq!((stats.words, stats.sentences), (0, 0));
    assert_eq!(
        (stats.characters.graphemes, stats.characters.code_points, stats.characters.utf16),
        (250_000, 500_000, 1_000_000)
    );
    assert!(sentence_grades(&flags).is_empty());
}

/// The same with a word before each flag: 250,000 words, one sentence of them.
#[test]
fn a_quarter_million_words_each_with_a_flag() {
    let text = "a🇫🇷".repeat(250_000);
    assert_eq!(word_count(&text), 250_000);
    let stats = count(&text, &CountOptions::default()).unwrap();
    assert_eq!((stats.words, stats.characters.graphemes), (250_000, 500_000));
    let grades = sentence_grades(&text);
    assert_eq!(grades.len(), 1);
    assert_eq!(grades[0].words, 250_000);
}

/// An odd run of regional indicators: they pair up from the start, the last one alone.
#[test]
fn a_long_odd_run_of_regional_indicators() {
    let text = format!("{}x", "\u{1F1EB}".repeat(300_001));
    let stats = count(&text, &CountOptions::default()).unwrap();
    assert_eq!(stats.characters.graphemes, 150_001 + 1);
    assert_eq!((word_count(&text), stats.words), (1, 1));
}

/// Regression: found by tests/growth.rs. Syllables of a hyphenated compound recursed once per
/// hyphen, so in a debug build (`cargo test`, as `make test` runs it) one word of a few thousand
/// hyphens overflowed the stack; a release build happened to compile the recursion into a loop.
/// Each part is one syllable here.
#[test]
fn a_compound_of_a_million_hyphens() {
    let text = format!("a{}", "-a".repeat(1_000_000));
    let stats = count(&text, &CountOptions::default()).unwrap();
    assert_eq!((stats.words, stats.syllables), (1, 1_000_001));
}

/// Regression: with overlap, each chunk searched the sentence starts from the first one, so
/// `"Go. "` 200,000 times (800,000 UTF-16 units) took 17.6 s (50 ms without overlap).
///
/// Each sentence is 4 graphemes, so two fill a chunk of 10: after the first chunk, each repeats
/// the sentence before and adds one new one.
#[test]
fn chunks_with_overlap_of_two_hundred_thousand_sentences() {
    let text = "Go. ".repeat(200_000);
    let options = ChunkOptions { max_size: 10, unit: SizeUnit::Grapheme, overlap: 1, ..ChunkOptions::new(1) };
    let chunks = chunk(&text, &options).unwrap();
    assert_eq!(chunks.len(), 199_999);
    assert_eq!(chunks[0], Chunk { span: Span::new(0, 8), fresh_start: 0 });
    for (i, c) in chunks.iter().enumerate().skip(1) {
        assert_eq!((c.span, c.fresh_start), (Span::new(4 * i, 4 * i + 8), 4 * i + 4), "chunk {i}");
    }
}

/// The overlap is kept where it leaves room for new text: with room for three sentences, each
/// chunk after the first repeats one and adds two, and the last, which the end of the text closes
/// early, adds one.
#[test]
fn chunks_with_overlap_keep_it_where_room_is_left() {
    let text = "Go. ".repeat(100_000);
    let options = ChunkOptions { max_size: 12, unit: SizeUnit::Grapheme, overlap: 1, ..ChunkOptions::new(1) };
    let chunks = chunk(&text, &options).unwrap();
    assert_eq!(chunks.len(), 50_000);
    assert_eq!(chunks[0], Chunk { span: Span::new(0, 12), fresh_start: 0 });
    for (i, c) in chunks[..49_999].iter().enumerate().skip(1) {
        assert_eq!((c.span, c.fresh_start), (Span::new(8 * i, 8 * i + 12), 8 * i + 4), "chunk {i}");
    }
    assert_eq!(chunks[49_999], Chunk { span: Span::new(399_992, 400_000), fresh_start: 399_996 });
}

/// The overlap gives way to a sentence that would not fit beside it, rather than the sentence
/// being cut; a paragraph that would not fit beside it is packed sentence by sentence instead.
#[test]
fn chunk_overlap_gives_way_only_to_a_whole_sentence() {
    let options = ChunkOptions { max_size: 24, unit: SizeUnit::Grapheme, overlap: 1, ..ChunkOptions::new(1) };
    let pieces = |text: &'static str| -> Vec<(&'static str, &'static str)> {
        let chunks = chunk(text, &options).unwrap();
        chunks.iter().map(|c| (&text[c.span.start..c.fresh_start], &text[c.fresh_start..c.span.end])).collect()
    };
    // Room beside the overlap: the second paragraph goes in sentence by sentence, after it.
    assert_eq!(
        pieces("Rain fell. Wind rose.\n\nRoads shut. Trains ran."),
        [("", "Rain fell. Wind rose.\n\n"), ("Wind rose.\n\n", "Roads shut. "), ("Roads shut. ", "Trains ran.")]
    );
    // A 22-grapheme sentence does not fit beside a 10-grapheme overlap: it has the chunk alone.
    assert_eq!(
        pieces("Rain fell. Wind rose. Roads shut at dawn."),
        [("", "Rain fell. Wind rose. "), ("", "Roads shut at dawn.")]
    );
}

/// Regression: a word boundary inside a grapheme (Khmer `ក្ម` is one grapheme but two UAX #29
/// words) was a chunk boundary: `ក្` + `ម`.
#[test]
fn chunks_never_cut_a_khmer_cluster() {
    let text = "xក្មx";
    let chunks = chunk(text, &ChunkOptions::new(1)).unwrap();
    assert_eq!(chunk_texts(text, &chunks), ["x", "ក្ម", "x"]);
}

/// Regression: a prepended mark (U+0600, an Arabic number sign) is one grapheme with what follows
/// it, but a word of its own: chunks cut after it.
#[test]
fn chunks_keep_a_prepended_mark_with_its_cluster() {
    for (text, expected) in [("\u{600}🇫a", ["\u{600}🇫", "a"]), ("\u{600}.a", ["\u{600}.", "a"])] {
        let chunks = chunk(text, &ChunkOptions::new(1)).unwrap();
        assert_eq!(chunk_texts(text, &chunks), expected, "{text:?}");
    }
    // Four UTF-16 units hold the mark and one indicator, the grapheme; the next flag is apart.
    let text = "\u{600}🇫🇫🇷";
    let options = ChunkOptions { max_size: 4, unit: SizeUnit::Utf16, overlap: 0, ..ChunkOptions::new(1) };
    assert_eq!(chunk_texts(text, &chunk(text, &options).unwrap()), ["\u{600}🇫🇫", "🇷"]);
}

/// A grapheme larger than `max_size` used to be an error; it is now a chunk of its own, and
/// flags are never cut in two.
#[test]
fn a_grapheme_larger_than_max_size_is_its_own_chunk() {
    let text = "ab🇫🇷🇩🇪c";
    let options = ChunkOptions { max_size: 2, unit: SizeUnit::Utf16, overlap: 0, ..ChunkOptions::new(1) };
    assert_eq!(chunk_texts(text, &chunk(text, &options).unwrap()), ["ab", "🇫🇷", "🇩🇪", "c"]);
    let marks = format!("a{}", "\u{301}".repeat(10_000));
    let options = ChunkOptions { max_size: 100, unit: SizeUnit::Utf16, overlap: 1, ..ChunkOptions::new(1) };
    let chunks = chunk(&marks, &options).unwrap();
    assert_eq!(chunks, [Chunk { span: Span::new(0, marks.len()), fresh_start: 0 }]);
}

/// Regression: a text of whitespace only gave no chunk, so the chunks did not re-make it. It is
/// one piece, cut at graphemes when larger than `max_size`.
#[test]
fn whitespace_only_text_is_chunked_too() {
    assert_eq!(chunk_texts(" ", &chunk(" ", &ChunkOptions::new(10)).unwrap()), [" "]);
    let text = " \n\t\n ";
    assert_eq!(chunk_texts(text, &chunk(text, &ChunkOptions::new(10)).unwrap()), [text]);
    assert_eq!(chunk_texts(text, &chunk(text, &ChunkOptions::new(2)).unwrap()), [" \n", "\t\n", " "]);
    // In words, whitespace measures nothing: one chunk, however long.
    let long = " ".repeat(10_000);
    let options = ChunkOptions { max_size: 1, unit: SizeUnit::Word, overlap: 1, ..ChunkOptions::new(1) };
    assert_eq!(chunk(&long, &options).unwrap(), [Chunk { span: Span::new(0, 10_000), fresh_start: 0 }]);
    assert!(chunk("", &ChunkOptions::new(1)).unwrap().is_empty());
}

/// Issue 17: article-mode sentences on periods without spaces, each followed by a capital. The
/// README said this was still quadratic; it is linear (4 MB in well under a second in a release
/// build; quadratic, it would take hours).
#[test]
fn article_sentences_of_four_megabytes_of_periods_between_capitals() {
    // Rule 6: no space after the periods, and no lower-case word before any of them.
    let text = "A.B.".repeat(1 << 20);
    assert_eq!(sentences(&text), [Span::new(0, text.len())]);
    // Only the first period follows a lower-case word (`aa`) and precedes a capitalised one
    // (`Bbaa`); before every later one the word reaches back over periods, so it is no word.
    let text = "aa.Bb".repeat(800_000);
    assert_eq!(texts(&text, sentences(&text)), ["aa.", &text[3..]]);
}
