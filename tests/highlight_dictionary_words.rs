//! Whole-word terms in Chinese, Japanese and Thai end on the dictionary's word boundaries (the
//! tests build with the `dictionary` feature). Each segmentation was checked by hand and against
//! `dictionary::words`. Without a dictionary, UAX #29's boundaries stand (one per ideograph), so
//! a whole-word term of ideographs matches wherever its characters are.

#![cfg(not(target_arch = "wasm32"))]

mod highlight_support;

use highlight_support::{bracketed, build};
use textlens::dictionary;
use textlens::highlight::{Accuracy, Rules, Term};

fn dictionary_words(text: &str) -> Vec<&str> {
    dictionary::words(text).unwrap().iter().filter(|w| w.word_like).map(|w| w.span.text(text)).collect()
}

#[test]
fn a_whole_word_term_ends_where_a_dictionary_word_ends() {
    // The dictionary cuts 北京大学 (Peking University) as 北京 大学, as split(text, "word") does:
    // 北京 is a whole word there, and 京大 (across the cut) is not.
    let text = "我在北京大学学习。";
    assert_eq!(dictionary_words(text), ["我在", "北京", "大学", "学习"]);
    assert_eq!(bracketed(&build(Rules::new().term("北京")), text), "我在[北京]大学学习。");
    assert_eq!(bracketed(&build(Rules::new().term("京大")), text), text);
    assert_eq!(bracketed(&build(Rules::new().term("北京大学")), text), "我在[北京大学]学习。");
}

#[test]
fn a_term_across_a_dictionary_boundary_is_not_a_whole_word() {
    // 東京 都 に 住む: 京都 (Kyoto) spans the boundary inside 東京都.
    let text = "東京都に住む。";
    assert_eq!(dictionary_words(text), ["東京", "都", "に", "住む"]);
    assert_eq!(bracketed(&build(Rules::new().term("京都")), text), text);
    assert_eq!(bracketed(&build(Rules::new().term("東京")), text), "[東京]都に住む。");
}

#[test]
fn thai_whole_words() {
    // ภาษา ไทย เป็น ภาษา ที่ สวยงาม: สวย (beautiful) is only part of สวยงาม.
    let text = "ภาษาไทยเป็นภาษาที่สวยงาม";
    assert_eq!(dictionary_words(text), ["ภาษา", "ไทย", "เป็น", "ภาษา", "ที่", "สวยงาม"]);
    assert_eq!(bracketed(&build(Rules::new().term("ภาษา")), text), "[ภาษา]ไทยเป็น[ภาษา]ที่สวยงาม");
    assert_eq!(bracketed(&build(Rules::new().term("สวย")), text), text);
}

#[test]
fn partial_terms_ignore_the_dictionary() {
    let rules = Rules::new().term(Term::new("京都").accuracy(Accuracy::Partial));
    assert_eq!(bracketed(&build(rules), "東京都に住む。"), "東[京都]に住む。");
}
