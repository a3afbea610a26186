//! Growth: every public entry point on adversarial families of text, timed at two sizes, fails
//! when the time grows faster than the text.
//!
//! Each family is a long run of one character class (spaces, NBSP, periods, `A.`, quotes,
//! combining marks, ZWJ chains, flags, CJK, Thai, newlines, CR LF, digits, `was `, …), the shapes
//! on which a rule that looks back or ahead over "the run so far" costs the run's length at every
//! character. Each cell (entry point × family) is timed at `n` and at `K·n` UTF-16 units, each as
//! the fastest of several runs, in CPU time of the thread (not wall time), so that a busy machine
//! only makes single runs slower. Linear work
//! grows by about `K`, quadratic work by `K²`; a cell fails when its ratio passes `LIMIT`.
//!
//! With `K` = 16 a linear cell measures about 16 (a little more when the larger text leaves the
//! cache, a little less when the smaller one is dominated by fixed costs), `n log n` about 22,
//! and quadratic about 256. `LIMIT` = 4·`K` = 64 sits a factor of four clear of both: a linear
//! cell would need every one of its runs at the larger size slowed fourfold against the fastest
//! at the smaller one to fail, and a quadratic cell whose quadratic part is a quarter of its time
//! at `n` already passes it. A failing cell is measured again from scratch, up to [`ATTEMPTS`]
//! times, and fails only when every attempt does: a machine loaded by other work (a test run
//! beside this one, a build) slows stretches of runs, while super-linear work is slow in every
//! attempt.
//!
//! The larger size is timed only until one run comes in under the limit (the fastest run can only
//! be faster still), so linear cells cost one run there and only super-linear ones pay for all.
//!
//! Sizes: `n` is 2,048 units times `GROWTH_SCALE` (default 1: the whole table in a few seconds
//! in a release build, as `make test` runs it); `make fuzz` runs it with `GROWTH_SCALE=16`.
//! `GROWTH_FILTER=words` keeps the cells whose name contains `words`; `GROWTH_VERBOSE=1` prints
//! every ratio. This is the only test in the crate that measures time, and it compares times of
//! the same code on one machine, never a time with a constant.

#![cfg(all(unix, not(target_arch = "wasm32")))]

use std::hint::black_box;
use std::time::Duration;
use textlens::count::{count, sentence_grades, word_count, CountOptions};
use textlens::highlight::{pieces, Accuracy, Detector, Highlighter, Rules, Term};
use textlens::split::{
    chunk, grapheme_boundaries, graphemes, lines, paragraphs, sentences, word_boundaries, words, ChunkOptions,
    SentenceMode, SentenceSplitter, SizeUnit,
};

/// How much larger the second size is.
const K: usize = 16;
/// The ratio above which a cell counts as super-linear (see the module docs).
const LIMIT: f64 = 4.0 * K as f64;
/// How many times a cell over the limit is measured before it counts as super-linear.
const ATTEMPTS: usize = 3;
/// Runs at the smaller size; at most as many at the larger one.
const RUNS: usize = 5;
/// Base size in UTF-16 units, before `GROWTH_SCALE`.
const BASE_UNITS: usize = 2048;

/// A family of texts: a head, then `unit` repeated to the size asked for, then a tail.
struct Family {
    name: &'static str,
    head: &'static str,
    unit: &'static str,
    tail: &'static str,
}

const fn family(name: &'static str, head: &'static str, unit: &'static str, tail: &'static str) -> Family {
    Family { name, head, unit, tail }
}

/// Long runs of each character class, alone and after what makes them special (a period before
/// spaces, a letter before marks), and a few shapes of prose that stress one rule each.
const FAMILIES: &[Family] = &[
    family("spaces", "A.", " ", "b"),
    family("nbsp", "A.", "\u{A0}", "b"),
    family("ideographic spaces", "A.", "\u{3000}", "B"),
    family("tabs and spaces", "x", "\t ", "y"),
    family("periods", "", ".", ""),
    family("A.", "", "A.", ""),
    family("A.B.", "", "A.B.", ""),
    family("aa.Bb", "", "aa.Bb", ""),
    family("Go. ", "", "Go. ", ""),
    family("closing quotes", "A.", "”", "b"),
    family("straight quotes", "A.", "\"", "b"),
    family("brackets", "A.", ")", " b"),
    family("quote then space", "A.", "” ", "b"),
    family("exclamations", "Wow", "!", " b"),
    family("ellipses", "wait", "…", " b"),
    family("combining marks", "a", "\u{301}", " b"),
    family("marks after space", "A. ", "\u{301}", "b"),
    family("format characters", "A. ", "\u{200B}\u{AD}", "b"),
    family("zwj chain", "", "👩\u{200D}", "👩"),
    family("zwj alone", "a", "\u{200D}", "b"),
    family("flags", "", "🇫🇷", ""),
    family("lone regional indicator", "", "\u{1F1EB}", "x"),
    family("flags in words", "", "a🇫🇷", ""),
    family("indic conjuncts", "", "क्", "क"),
    family("khmer", "", "ក្ម", ""),
    family("cjk", "", "日本語", ""),
    family("cjk punctuation", "", "。", ""),
    family("thai", "", "ภาษาไทย", ""),
    family("newlines", "a", "\n", "b"),
    family("blank lines", "a", "\n \n", "b"),
    family("crlf", "a", "\r\n", "b"),
    family("carriage returns", "a", "\r", "b"),
    family("line separators", "a", "\u{2028}", "b"),
    family("digits", "", "1", ""),
    family("digits and periods", "", "1.", ""),
    family("one long word", "", "x", ""),
    family("hyphens", "a", "-a", ""),
    family("colons", "1", ":1", ""),
    family("was ", "", "was ", "signed."),
    family("capitalised words", "", "Bank Of ", "America"),
    family("long words", "", "internationalization ", ""),
    family("the the", "", "the ", ""),
    family("urls", "see ", "example.com/a.b.", " ok"),
    family("one long url", "https://", "a.b/", " ok"),
    family("at signs", "", "x@y", " ok"),
    family("closers after a link", "www.example.org/", ").", " ok"),
    family("many links", "", "www.a.org ", ""),
    family("list numbers", "", "1. ", "x"),
    family("abbreviations", "", "Dr. ", "Who"),
    family("opening quotes", "", "“", "a"),
    family("dollars", "", "$1 ", ""),
    family("emoji modifiers", "", "👍🏽", ""),
    family("variation selectors", "a", "\u{FE0F}", "b"),
    family("bidi marks", "a", "\u{200F}", "b"),
    family("hangul", "", "한국어 ", ""),
    family("arabic", "", "مرحبا ", ""),
    family("accented letters", "", "é", ""),
    family("apostrophes", "a", "'", "b"),
    family("dashes", "a", "—", "b"),
];

/// One entry point: a name and what to run on a text.
struct Entry {
    name: String,
    run: Box<dyn Fn(&str)>,
}

fn entry(name: impl Into<String>, run: impl Fn(&str) + 'static) -> Entry {
    Entry { name: name.into(), run: Box::new(run) }
}

fn chunk_entry(name: &str, max_size: usize, unit: SizeUnit, overlap: usize) -> Entry {
    let options = ChunkOptions { max_size, unit, overlap, ..ChunkOptions::new(1) };
    entry(name, move |text| {
        black_box(chunk(text, &options).ok());
    })
}

/// Every splitting and counting entry point.
fn split_and_count_entries() -> Vec<Entry> {
    let uax29 = SentenceSplitter::new().mode(SentenceMode::Uax29);
    vec![
        entry("graphemes", |text| {
            black_box(graphemes(text).count());
        }),
        entry("grapheme_boundaries", |text| {
            black_box(grapheme_boundaries(text).ok());
        }),
        entry("words", |text| {
            black_box(words(text).count());
        }),
        entry("word_boundaries", |text| {
            black_box(word_boundaries(text).ok());
        }),
        entry("sentences", |text| {
            black_box(sentences(text));
        }),
        entry("sentences uax29", move |text| {
            black_box(uax29.split(text));
        }),
        entry("paragraphs", |text| {
            black_box(paragraphs(text));
        }),
        entry("lines", |text| {
            black_box(lines(text).count());
        }),
        chunk_entry("chunk", 10, SizeUnit::Grapheme, 0),
        chunk_entry("chunk overlap", 10, SizeUnit::Grapheme, 1),
        chunk_entry("chunk utf16 overlap", 40, SizeUnit::Utf16, 2),
        chunk_entry("chunk words overlap", 5, SizeUnit::Word, 1),
        entry("count", |text| {
            black_box(count(text, &CountOptions::default()).ok());
        }),
        entry("word_count", |text| {
            black_box(word_count(text));
        }),
        entry("sentence_grades", |text| {
            black_box(sentence_grades(text));
        }),
    ]
}

/// The highlighter's two outputs (ranges: the matches resolved into pieces; HTML) for a term, a
/// whole-word term, a pattern and each detector alone.
fn highlight_entries() -> Vec<Entry> {
    let mut rules: Vec<(String, Rules)> = vec![
        ("term".into(), Rules::new().term(Term::new("a").accuracy(Accuracy::Partial))),
        ("whole-word term".into(), Rules::new().term(Term::new("was"))),
        ("pattern".into(), Rules::new().pattern("[0-9]+")),
    ];
    rules.extend(Detector::ALL.into_iter().map(|d| (format!("{d:?}"), Rules::new().detector(d))));
    let mut entries = Vec::new();
    for (name, rules) in rules {
        let highlighter: std::rc::Rc<Highlighter> = rules.build().expect("valid rules").into();
        let h = highlighter.clone();
        entries.push(entry(format!("ranges {name}"), move |text| {
            black_box(pieces(&h.find(text)));
        }));
        entries.push(entry(format!("html {name}"), move |text| {
            black_box(highlighter.html(text));
        }));
    }
    entries
}

/// The family's text of at least `units` UTF-16 units.
fn text_of(family: &Family, units: usize) -> String {
    let unit_len = family.unit.encode_utf16().count();
    let mut text = String::from(family.head);
    text.push_str(&family.unit.repeat(units.div_ceil(unit_len)));
    text.push_str(family.tail);
    text
}

/// The CPU time `run` takes on this thread: time the thread spends waiting for a core while
/// other processes run is not counted, so a loaded machine slows a measurement far less than a
/// wall clock would.
fn time(run: &dyn Fn(&str), text: &str) -> Duration {
    let start = thread_cpu_time();
    run(text);
    thread_cpu_time().saturating_sub(start)
}

fn thread_cpu_time() -> Duration {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `now` is a valid, writable timespec, and the clock id is a constant the platform has.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// The growth ratio of one cell, or `None` when it stays under [`LIMIT`]: the fastest of
/// [`RUNS`] at the smaller size against runs at the larger one until one is under the limit.
fn super_linear_ratio(run: &dyn Fn(&str), small: &str, large: &str) -> Option<f64> {
    let fastest_small = (0..RUNS).map(|_| time(run, small)).min().unwrap_or_default().max(Duration::from_nanos(1));
    let mut fastest_large = Duration::MAX;
    for _ in 0..RUNS {
        fastest_large = fastest_large.min(time(run, large));
        if fastest_large.as_secs_f64() / fastest_small.as_secs_f64() <= LIMIT {
            return None;
        }
    }
    Some(fastest_large.as_secs_f64() / fastest_small.as_secs_f64())
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Times every cell of `entries` × [`FAMILIES`] and fails with the list of super-linear ones.
fn assert_linear(entries: &[Entry]) {
    // The tests of this file take turns: timing two at once would time each against the other.
    static TURNS: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = TURNS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let units = BASE_UNITS * env_usize("GROWTH_SCALE", 1);
    let filter = std::env::var("GROWTH_FILTER").unwrap_or_default();
    let verbose = std::env::var_os("GROWTH_VERBOSE").is_some();
    let mut failures = Vec::new();
    for family in FAMILIES {
        let (small, large) = (text_of(family, units), text_of(family, K * units));
        for entry in entries {
            let cell = format!("{} on {:?} ({} and {} units)", entry.name, family.name, units, K * units);
            if !cell.contains(&filter) {
                continue;
            }
            // A failing cell is measured again before it counts: one slow stretch of the machine
            // could have hit all of its larger runs.
            let mut ratio = None;
            for _ in 0..ATTEMPTS {
                ratio = super_linear_ratio(&*entry.run, &small, &large);
                if ratio.is_none() {
                    break;
                }
            }
            if verbose || ratio.is_some() {
                eprintln!("{cell}: {}", ratio.map_or("linear".into(), |r| format!("ratio {r:.0}, super-linear")));
            }
            if let Some(ratio) = ratio {
                failures.push(format!("{cell}: time grew {ratio:.0}-fold for {K}-fold text"));
            }
        }
    }
    assert!(failures.is_empty(), "{} super-linear cells (limit {LIMIT}):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn splitting_and_counting_grow_linearly() {
    assert_linear(&split_and_count_entries());
}

#[test]
fn highlighting_grows_linearly() {
    assert_linear(&highlight_entries());
}
