//! Counting with dictionary words (`CountOptions::dictionary_words`, and the vocabulary that takes
//! dictionary words whenever a dictionary is there: the tests build with the `dictionary`
//! feature). The segmentations below were checked by hand: each is how a reader of the language
//! cuts the sentence into words. What happens without a dictionary is tested in JavaScript
//! (`tests/js/dictionary-loading.test.mjs`), where the dictionary is a module loaded on request.

#![cfg(not(target_arch = "wasm32"))]

use textlens::count::{count, CountOptions, Statistics};
use textlens::dictionary;

/// "We study Chinese at school. We like Chinese.": 我们 在 学校 学习 中文 / 我们 喜欢 中文.
const CHINESE: &str = "我们在学校学习中文。我们喜欢中文。";

/// "I live in the Tokyo metropolis.": 東京 都 に 住む.
const JAPANESE: &str = "東京都に住む。";

/// "Thai is a beautiful language.": ภาษา ไทย เป็น ภาษา ที่ สวยงาม (21 grapheme clusters).
const THAI: &str = "ภาษาไทยเป็นภาษาที่สวยงาม";

fn default_count(text: &str) -> Statistics {
    count(text, &CountOptions::default()).unwrap()
}

fn dictionary_count(text: &str) -> Statistics {
    count(text, &CountOptions { dictionary_words: true, ..CountOptions::default() }).unwrap()
}

/// How many word-like segments `split(text, "word")` gives with the dictionary.
fn split_words(text: &str) -> usize {
    dictionary::words(text).unwrap().iter().filter(|w| w.word_like).count()
}

#[test]
fn the_default_word_count_of_chinese_and_japanese_is_one_per_character() {
    // 9 Han characters in the first sentence, 6 in the second.
    let stats = default_count(CHINESE);
    assert_eq!(stats.words, 15);
    assert_eq!(stats.per_sentence.iter().map(|s| s.words).collect::<Vec<_>>(), [9, 6]);
    // 東 京 都 に 住 む.
    assert_eq!(default_count(JAPANESE).words, 6);
    // The Thai estimate: round(21 / 3.1) = 7.
    assert_eq!(default_count(THAI).words, 7);
}

#[test]
fn dictionary_words_count_what_a_word_split_gives() {
    for (text, words) in [(CHINESE, 8), (JAPANESE, 4), (THAI, 6)] {
        let stats = dictionary_count(text);
        assert_eq!(stats.words, words, "{text}");
        assert_eq!(stats.words, split_words(text), "{text}");
    }
    assert_eq!(dictionary_count(CHINESE).per_sentence.iter().map(|s| s.words).collect::<Vec<_>>(), [5, 3]);
}

#[test]
fn dictionary_words_mix_with_spaced_words() {
    // I, study, 中文, every, day: 5 words; one per character gives 6.
    let text = "I study 中文 every day.";
    assert_eq!(dictionary_count(text).words, 5);
    assert_eq!(default_count(text).words, 6);
    // "I bought 3 books.": 我 买 了 3 本 书, the number a word between Han characters.
    assert_eq!(dictionary_count("我买了3本书。").words, 6);
    assert_eq!(split_words("我买了3本书。"), 6);
}

#[test]
fn reading_time_of_thai_follows_the_dictionary_word_count() {
    let options = CountOptions { reading_words_per_minute: Some(60.0), ..CountOptions::default() };
    let estimated = count(THAI, &options).unwrap();
    let counted = count(THAI, &CountOptions { dictionary_words: true, ..options }).unwrap();
    // One word a second: 7 estimated words, 6 dictionary words.
    assert!((estimated.time.reading_seconds - 7.0).abs() < 1e-9, "{:?}", estimated.time);
    assert!((counted.time.reading_seconds - 6.0).abs() < 1e-9, "{:?}", counted.time);
}

#[test]
fn top_words_are_dictionary_words_when_a_dictionary_is_there() {
    for stats in [default_count(CHINESE), dictionary_count(CHINESE)] {
        let frequencies = stats.frequencies.unwrap();
        assert!(!frequencies.needs_dictionary);
        let words: Vec<(&str, usize)> = frequencies.words.iter().map(|t| (t.text.as_str(), t.count)).collect();
        // 我们 and 在 are Chinese stop words.
        assert_eq!(words, [("中文", 2), ("学校", 1), ("学习", 1), ("喜欢", 1)]);
        // 中文 is 2 of the 8 words, whichever word count is shown.
        assert!((frequencies.words[0].density - 25.0).abs() < 1e-9);
        let bigrams: Vec<&str> = frequencies.bigrams.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(bigrams, ["学校 学习", "学习 中文", "喜欢 中文"]);
        // 我们 在 学校 学习 中文 喜欢.
        assert_eq!(stats.unique_words, 6);
    }
    let japanese = default_count(JAPANESE).frequencies.unwrap();
    assert_eq!(japanese.words.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["東京", "都", "住む"]);
}

#[test]
fn a_text_without_those_scripts_never_needs_the_dictionary() {
    for text in ["", "The harbour was quiet.", "대한민국의 수도는 서울이다.", "Привет, мир! 3.14"]
    {
        let stats = default_count(text);
        assert!(!stats.frequencies.as_ref().unwrap().needs_dictionary, "{text}");
        assert_eq!(stats, dictionary_count(text), "{text}");
    }
}

#[test]
fn a_word_of_a_spaced_script_beside_ideographs_stays_one_word_in_top_words() {
    // "well-known" and "مرحبا" share a stretch (no space) with 北京: the dictionary cuts the
    // stretch, but they are counted as one word each and so listed.
    let text = "well-known北京 مرحبا北京";
    let stats = default_count(text);
    let top: Vec<&str> = stats.frequencies.as_ref().unwrap().words.iter().map(|w| w.text.as_str()).collect();
    assert!(top.contains(&"well-known") && top.contains(&"مرحبا"), "{top:?}");
    assert!(!top.contains(&"well"), "{top:?}");
    assert!(stats.unique_words <= stats.words, "{} unique of {}", stats.unique_words, stats.words);
}
