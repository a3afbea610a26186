//! Sentences that end at a space, with no punctuation: in Thai, Lao, Khmer and Burmese, which
//! separate sentences so, and after the final endings of Korean chat. **A heuristic**, measured on UD Thai-TUD (docs/sentence-accuracy.md: boundary F1 about
//! 0.58, where every other splitter tested finds almost none).
//!
//! In these scripts a space separates phrases and clauses as well as sentences, so every space is a
//! candidate. After the article-mode rules have run (punctuation and paragraphs still end
//! sentences), a space between two letters of the script ends a sentence when
//! - the run after it does not open with a word that continues a clause (Thai `และ` "and", `ซึ่ง`
//!   "which", `ที่` "that", `หรือ` "or", the repetition mark `ๆ` …), and
//! - either it opens with a word that opens sentences (`เมื่อ` "when", `หาก` "if", `แม้`
//!   "although", `นอกจาก` "besides" …), or the sentence so far has at least [`MIN_SENTENCE`]
//!   characters and the run after the space at least [`MIN_NEXT_RUN`].
//!
//! The two lengths are round numbers; on the development data F1 stays between 0.55 and 0.59 for
//! any pair from 0–30 and 5–20 characters, so the rule does not hinge on them. The word lists are
//! Thai; in Lao, Khmer and Burmese only the lengths decide.

use crate::lang::Script;
use crate::Span;

/// Characters a sentence has before a space may end it (without an opening word after it).
const MIN_SENTENCE: usize = 20;
/// Characters of the run after such a space.
const MIN_NEXT_RUN: usize = 10;

/// Thai words that continue a clause after a space, so never open a sentence.
const CONTINUING: &[&str] =
    &["และ", "ซึ่ง", "เป็น", "หรือ", "เนื่อง", "ที่", "เช่น", "ได้", "จึง", "ก็", "ๆ", "ปี", "ของ", "กับ", "ให้", "จะ"];
/// Thai words that open a sentence after a space.
const OPENING: &[&str] = &["เมื่อ", "นอกจาก", "แม้", "หาก", "ถ้า", "ส่วน", "อย่างไรก็ตาม", "ทั้งนี้", "ดังนั้น"];

/// Korean endings that close a sentence written without a final period (chat, reviews): the
/// polite `-요` (`맛있어요`) and the requests `-줘`, `-봐`; nouns that end in `요` are left out.
const KOREAN_ENDINGS: &[char] = &['요', '줘', '봐'];
const KOREAN_NOUNS_IN_YO: &[&str] = &["필요", "중요", "주요", "수요", "소요", "요요", "개요", "비요"];

/// Korean sentences that end without punctuation, at the spaces after a final ending (see
/// [`KOREAN_ENDINGS`]) before another Hangul word; inside `sentences`, which tile `text`.
pub(super) fn split_after_korean_endings(text: &str, sentences: &[Span]) -> Vec<Span> {
    let ends_sentence = |word: &str, next: &str| {
        word.ends_with(KOREAN_ENDINGS)
            && !KOREAN_NOUNS_IN_YO.iter().any(|noun| word.ends_with(noun))
            && next.chars().next().and_then(Script::of) == Some(Script::Hangul)
    };
    split_where(text, sentences, |sentence| {
        let (mut ends, mut pos) = (Vec::new(), 0);
        let mut words = sentence.split(' ').peekable();
        while let Some(word) = words.next() {
            pos += word.len() + 1;
            if words.peek().is_some_and(|next| ends_sentence(word, next)) {
                ends.push(pos);
            }
        }
        ends
    })
}

/// `sentences` (which tile `text`), each split further at the spaces that end a sentence of
/// `script`.
pub(super) fn split_at_spaces(text: &str, sentences: &[Span], script: Script) -> Vec<Span> {
    split_where(text, sentences, |sentence| ends_at_spaces(sentence, script))
}

/// `sentences` (which tile `text`), each split further where `ends` says (byte offsets into the
/// sentence, in order).
fn split_where(text: &str, sentences: &[Span], ends: impl Fn(&str) -> Vec<usize>) -> Vec<Span> {
    let mut result = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let mut start = sentence.start;
        for end in ends(&text[sentence.start..sentence.end]) {
            result.push(Span::new(start, sentence.start + end));
            start = sentence.start + end;
        }
        result.push(Span::new(start, sentence.end));
    }
    result
}

/// Where sentences start after spaces inside `sentence` (byte offsets into it, in order).
fn ends_at_spaces(sentence: &str, script: Script) -> Vec<usize> {
    let in_script = |c: Option<char>| c.is_some_and(|c| c != 'ๆ' && !c.is_numeric() && Script::of(c) == Some(script));
    let (mut ends, mut since_end) = (Vec::new(), 0);
    let mut runs = sentence.split(' ').peekable();
    let mut pos = 0;
    while let Some(run) = runs.next() {
        pos += run.len() + 1;
        since_end += run.chars().count();
        let Some(&next) = runs.peek() else { break };
        if !in_script(run.chars().next_back()) || !in_script(next.chars().next()) {
            continue;
        }
        let thai = script == Script::Thai;
        if thai && CONTINUING.iter().any(|word| next.starts_with(word)) {
            continue;
        }
        let opens = thai && OPENING.iter().any(|word| next.starts_with(word));
        if opens || (since_end >= MIN_SENTENCE && next.chars().count() >= MIN_NEXT_RUN) {
            ends.push(pos);
            since_end = 0;
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        let whole = [Span::new(0, text.len())];
        split_at_spaces(text, &whole, Script::Thai).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn a_long_run_after_a_long_sentence_starts_a_new_one() {
        // "We went to the market this morning" / "The weather was very good all day".
        let text = "พวกเราไปตลาดกันแต่เช้าวันนี้ อากาศดีมากตลอดทั้งวัน";
        assert_eq!(pieces(text), ["พวกเราไปตลาดกันแต่เช้าวันนี้ ", "อากาศดีมากตลอดทั้งวัน"]);
    }

    #[test]
    fn a_word_that_continues_a_clause_keeps_the_sentence() {
        // "... bought fruit and vegetables for the whole family".
        let text = "พวกเราไปตลาดกันแต่เช้าวันนี้ และซื้อผลไม้ให้ทุกคนในบ้าน";
        assert_eq!(pieces(text), [text]);
    }

    #[test]
    fn an_opening_word_starts_a_sentence_even_after_a_short_one() {
        // "It rained." / "When the rain stopped, we went out."
        let text = "ฝนตกหนัก เมื่อฝนหยุดเราก็ออกไป";
        assert_eq!(pieces(text), ["ฝนตกหนัก ", "เมื่อฝนหยุดเราก็ออกไป"]);
    }

    #[test]
    fn korean_final_endings_end_a_sentence_but_nouns_in_yo_do_not() {
        let text = "정말 맛있어요 다음에 또 올게요 주요 메뉴는 국수입니다.";
        let whole = [Span::new(0, text.len())];
        let pieces: Vec<&str> = split_after_korean_endings(text, &whole).iter().map(|s| s.text(text)).collect();
        assert_eq!(pieces, ["정말 맛있어요 ", "다음에 또 올게요 ", "주요 메뉴는 국수입니다."]);
    }

    #[test]
    fn spaces_next_to_digits_or_latin_letters_end_nothing() {
        let text = "พวกเราไปตลาดกันแต่เช้าวันนี้ 25 กิโลเมตรจากบ้านของเราเลย";
        assert_eq!(pieces(text), [text]);
    }
}
