//! Passive voice: a form of "be" followed by a past participle.
//!
//! Rule: a word of [`BE`] (`is`, `was`, `been`, `isn't`, …), then any number of words that are
//! `not`, `-ly` adverbs or other forms of "be" (`is being`, `has been`, `was not widely`), then a
//! past participle: a word of [`IRREGULAR_PARTICIPLES`] or a word of at least four letters ending in
//! `ed` that is not in [`NOT_PARTICIPLES`] (`need`, `bed`, `hundred`). The words are separated by
//! whitespace only; the span runs from the form of "be" to the participle. Case is ignored.

use super::words::is_adverb;
use super::{normalized, Context};
use crate::Span;

/// Forms of "be", with straight apostrophes.
pub(crate) const BE: &[&str] =
    &["am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't"];

/// The longest form of "be" in bytes (`weren’t`), to skip other words without lower-casing them.
const MAX_BE_BYTES: usize = 9;

/// Irregular past participles (and the regular-looking ones that do not end in `ed`).
pub(crate) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "arisen",
    "awoken",
    "beaten",
    "become",
    "begun",
    "bent",
    "bet",
    "bid",
    "bitten",
    "bled",
    "blown",
    "born",
    "borne",
    "bought",
    "bound",
    "broken",
    "brought",
    "built",
    "burnt",
    "burst",
    "caught",
    "chosen",
    "clung",
    "come",
    "cost",
    "crept",
    "cut",
    "dealt",
    "dug",
    "done",
    "drawn",
    "dreamt",
    "driven",
    "drunk",
    "eaten",
    "fallen",
    "fed",
    "felt",
    "fought",
    "found",
    "fled",
    "flung",
    "flown",
    "forbidden",
    "forecast",
    "forgiven",
    "forgotten",
    "forsaken",
    "frozen",
    "given",
    "gone",
    "ground",
    "grown",
    "hung",
    "heard",
    "hidden",
    "hit",
    "held",
    "hurt",
    "kept",
    "knelt",
    "known",
    "laid",
    "led",
    "leant",
    "learnt",
    "left",
    "lent",
    "let",
    "lain",
    "lit",
    "lost",
    "made",
    "meant",
    "met",
    "mistaken",
    "misunderstood",
    "overcome",
    "overseen",
    "overtaken",
    "overthrown",
    "paid",
    "proven",
    "put",
    "quit",
    "read",
    "rid",
    "ridden",
    "risen",
    "run",
    "rung",
    "said",
    "sawn",
    "seen",
    "sought",
    "sold",
    "sent",
    "set",
    "sewn",
    "shaken",
    "shed",
    "shorn",
    "shot",
    "shown",
    "shrunk",
    "shut",
    "sung",
    "sunk",
    "slain",
    "slept",
    "slid",
    "slung",
    "slit",
    "smelt",
    "sown",
    "spoken",
    "sped",
    "spent",
    "spilt",
    "spun",
    "spat",
    "split",
    "spoilt",
    "spread",
    "sprung",
    "stood",
    "stolen",
    "stuck",
    "stung",
    "stunk",
    "strewn",
    "stridden",
    "struck",
    "strung",
    "striven",
    "sworn",
    "swept",
    "swollen",
    "swum",
    "swung",
    "taken",
    "taught",
    "torn",
    "told",
    "thought",
    "thrown",
    "thrust",
    "trodden",
    "understood",
    "undertaken",
    "undone",
    "upheld",
    "upset",
    "woken",
    "worn",
    "woven",
    "wed",
    "wept",
    "wound",
    "won",
    "withdrawn",
    "withheld",
    "withstood",
    "written",
    "wrung",
];

/// Words ending in `ed` that are not past participles.
pub(crate) const NOT_PARTICIPLES: &[&str] = &[
    "bed", "bleed", "breed", "creed", "deed", "embed", "exceed", "feed", "freed", "greed", "heed", "hundred", "indeed",
    "need", "proceed", "red", "reed", "seed", "sled", "speed", "steed", "succeed", "tweed", "weed", "naked", "sacred",
    "wicked", "kindred", "rugged", "crooked", "ragged", "wretched",
];

/// Reports every passive construction (category 0).
pub(crate) fn detect(cx: &Context, emit: &mut dyn FnMut(Span, usize)) {
    let words = cx.words();
    let mut index = 0;
    while index < words.len() {
        let word = words[index];
        if word.word_like && word.span.len() <= MAX_BE_BYTES && BE.contains(&normalized(cx.slice(word.span)).as_str()) {
            match participle_after(cx, index) {
                Ok(end) => {
                    emit(Span::new(word.span.start, words[end].span.end), 0);
                    index = end + 1;
                }
                // Every form of "be" up to there leads to the same dead end: go on from it.
                Err(stop) => index = stop.max(index + 1),
            }
            continue;
        }
        index += 1;
    }
}

/// The index of the participle that completes a passive started by the form of "be" at `be`;
/// else the index of the word where the chain of `not`, adverbs and forms of "be" broke off.
fn participle_after(cx: &Context, be: usize) -> Result<usize, usize> {
    let words = cx.words();
    let mut index = be + 1;
    loop {
        let (Some(gap), Some(next)) = (words.get(index), words.get(index + 1)) else {
            return Err(index);
        };
        if gap.word_like || !cx.slice(gap.span).chars().all(char::is_whitespace) || !next.word_like {
            return Err(index);
        }
        let text = normalized(cx.slice(next.span));
        if is_participle(&text) {
            return Ok(index + 1);
        }
        if !(text == "not" || BE.contains(&text.as_str()) || is_adverb(&text)) {
            return Err(index + 1);
        }
        index += 2;
    }
}

/// Whether a lower-cased word is a past participle.
fn is_participle(word: &str) -> bool {
    IRREGULAR_PARTICIPLES.contains(&word)
        || (word.ends_with("ed") && word.chars().count() >= 4 && !NOT_PARTICIPLES.contains(&word))
}
