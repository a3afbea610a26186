//! Word boundaries for the scripts that write words without spaces.
//!
//! Chinese, Japanese, Thai, Lao, Khmer and Burmese need a dictionary or a model to find where words
//! end: UAX #29 alone gives one segment per ideograph or kana and one per run of Thai letters.
//! [`word_breaks`] finds them with ICU4X's word segmenter and its compiled data (LSTM models for
//! the South-East Asian scripts), except in runs of Han and kana, where it chooses the words
//! itself from the same dictionary ([`cjk`]): ICU4X takes the longest dictionary word at each
//! step, which the gold data shows to be much worse than the cheapest path through the dictionary's
//! word costs that ICU4C (and so `Intl.Segmenter`) takes.
//!
//! It is a crate of its own because the data is large: textlens links it directly in Rust (its
//! `dictionary` feature), while the npm package ships it as a second wasm module that is only
//! fetched for text that needs it.

mod cjk;
mod thai;
#[cfg(target_arch = "wasm32")]
mod wasm;

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{GraphemeClusterSegmenter, WordSegmenter, WordSegmenterBorrowed};
use std::ops::Range;

/// The word boundaries strictly inside `text` (byte offsets, increasing, each a grapheme cluster
/// boundary): UAX #29 as ICU implements it, with dictionary and model boundaries in runs of
/// Chinese, Japanese, Thai, Lao, Khmer and Burmese.
///
/// ```
/// let text = "東京都に住む";
/// let breaks = textlens_dictionary::word_breaks(text);
/// let words: Vec<&str> = [0].into_iter().chain(breaks.iter().copied()).zip(breaks.iter().copied().chain([text.len()]))
///     .map(|(start, end)| &text[start..end]).collect();
/// assert_eq!(words, ["東京", "都", "に", "住む"]);
/// ```
pub fn word_breaks(text: &str) -> Vec<usize> {
    let with_models = text.chars().any(needs_model);
    let segmenter = segmenter(with_models);
    let mut breaks = Vec::new();
    // Whether a break may lie inside a grapheme cluster: ICU4X's dictionary and model paths can
    // end a word before a combining mark that follows a run of their script (`京` + U+0301).
    // Breaks between two plain characters never do, and in most Chinese and Japanese text every
    // break is one: such text is not segmented into clusters at all.
    let mut unsure = false;
    // ICU4X's boundaries outside the Han and kana runs and at their ends; the dictionary's inside.
    let mut outside = 0;
    // A run of marks alone joins what is before it, so it is read with the text around it (any
    // break inside it would be inside a grapheme cluster).
    for run in cjk::runs(text).into_iter().filter(|run| run.marks < run.chars) {
        let bytes = run.bytes;
        unsure |= rule_breaks(segmenter, text, outside..bytes.start, &mut breaks);
        // Inside a run every character is plain but the marks.
        unsure |= run.marks > 0;
        breaks.extend(cjk::breaks(&text[bytes.clone()]).into_iter().map(|b| bytes.start + b));
        outside = bytes.end;
    }
    unsure |= rule_breaks(segmenter, text, outside..text.len(), &mut breaks);
    if with_models && text.chars().any(|c| matches!(c, '\u{0E00}'..='\u{0E7F}')) {
        let inside = |&b: &usize| b > 0 && b < text.len();
        let dictionary: Vec<usize> = dictionary_segmenter().segment_str(text).filter(inside).collect();
        breaks = thai::correct(text, &dictionary, breaks);
        unsure = true;
    }
    if unsure {
        keep_cluster_boundaries(text, breaks)
    } else {
        breaks
    }
}

/// Appends ICU4X's boundaries in `between`, a stretch of `text` between runs of Han and kana
/// (its ends included, the text's excluded); true if one of them is not between two
/// [plain](is_plain) characters. They are found on the stretch with a character of the run on
/// each side as context: the word-break rules look at most two characters beyond a boundary,
/// not counting the marks that join the one before, so these are the boundaries ICU4X finds in
/// the whole text, and the runs, most of a Chinese or Japanese text, are not read by its rules
/// at all.
fn rule_breaks(
    segmenter: WordSegmenterBorrowed<'static>,
    text: &str,
    between: Range<usize>,
    breaks: &mut Vec<usize>,
) -> bool {
    let before = text[..between.start].trim_end_matches(cjk::joins_previous);
    let from = before.char_indices().next_back().map_or(0, |(i, _)| i);
    let after = text[between.end..].trim_start_matches(cjk::joins_previous);
    let to = text.len() - after.len() + after.chars().next().map_or(0, char::len_utf8);
    let inside = |&b: &usize| b >= between.start && b <= between.end && b > 0 && b < text.len();
    let first = breaks.len();
    breaks.extend(segmenter.segment_str(&text[from..to]).map(|b| from + b).filter(inside));
    !breaks[first..].iter().all(|&b| between_plain(text, b))
}

/// Whether the characters on both sides of `b` are [plain](is_plain): then `b` is a grapheme
/// cluster boundary.
fn between_plain(text: &str, b: usize) -> bool {
    text[..b].chars().next_back().is_some_and(is_plain) && text[b..].chars().next().is_some_and(is_plain)
}

/// Whether `c` is a character the grapheme cluster rules never join to its neighbour when that
/// neighbour is plain too (Grapheme_Cluster_Break = Other or Control, and not CR): ASCII but CR,
/// Han and kana but the voiced sound marks that join the character before, and the punctuation
/// of Chinese and Japanese text (CJK symbols and punctuation, full-width forms, general
/// punctuation such as `“` `”` `—` `…`). A test checks each against ICU4X's rules.
fn is_plain(c: char) -> bool {
    (c.is_ascii() && c != '\r')
        || (cjk::is_cjk(c) && !cjk::joins_previous(c))
        || matches!(c, '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{FF01}'..='\u{FF5E}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{203B}')
}

/// `breaks` less those the grapheme cluster rules put inside a cluster, the text segmented whole.
fn keep_cluster_boundaries(text: &str, mut breaks: Vec<usize>) -> Vec<usize> {
    let mut graphemes = GraphemeClusterSegmenter::new().segment_str(text).peekable();
    breaks.retain(|&b| {
        while graphemes.next_if(|&g| g < b).is_some() {}
        graphemes.peek() == Some(&b)
    });
    breaks
}

/// ICU4X's dictionary segmenter (dictionaries for Thai, Lao, Khmer and Burmese): [`thai`] uses its
/// Thai words to join the model's.
fn dictionary_segmenter() -> WordSegmenterBorrowed<'static> {
    WordSegmenter::new_dictionary(WordBreakInvariantOptions::default())
}

/// ICU4X's segmenter: with its models only `with_models`, for text with a script that needs one.
/// Runs of Han and kana are cut by [`cjk`], so there ICU4X's own dictionary would be wasted work
/// (a third of the time on Chinese text); without it, ICU4X applies the UAX #29 rules alone,
/// which give the same boundaries outside the runs and at their ends.
fn segmenter(with_models: bool) -> WordSegmenterBorrowed<'static> {
    if with_models {
        WordSegmenter::new_auto(WordBreakInvariantOptions::default())
    } else {
        WordSegmenter::new_for_non_complex_scripts(WordBreakInvariantOptions::default())
    }
}

/// Whether `c` is of a script ICU4X cuts with a model: Thai, Lao, Khmer or Burmese.
fn needs_model(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' | '\u{A9E0}'..='\u{A9FF}' | '\u{AA60}'..='\u{AA7F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}') // Khmer, Khmer symbols
}

#[cfg(test)]
mod tests {
    use super::{cjk, keep_cluster_boundaries, needs_model, segmenter, word_breaks};

    /// The segments of `text` joined with `|`.
    fn cut(text: &str) -> String {
        let breaks = word_breaks(text);
        let starts = std::iter::once(0).chain(breaks.iter().copied());
        let ends = breaks.iter().copied().chain([text.len()]);
        starts.zip(ends).map(|(start, end)| &text[start..end]).collect::<Vec<_>>().join("|")
    }

    #[test]
    fn han_and_kana_take_the_cheapest_path_through_the_dictionary() {
        // ICU4X's longest-first gives 了三|百|五十|万 and 勉強|し|てい|る here.
        assert_eq!(cut("他买了三百五十万元的房子"), "他|买|了|三百五十万|元|的|房子");
        assert_eq!(cut("彼は東京の大学で勉強している"), "彼|は|東京|の|大学|で|勉強|し|て|いる");
    }

    #[test]
    fn remembered_first_steps_give_the_same_words_after_the_memory_starts_again() {
        let text = "他买了三百五十万元的房子";
        let first = cut(text);
        assert_eq!(cut(text), first);
        // More distinct ideographs than the cursors kept after a first character: the memory
        // is cleared on the way, and the words are the same after it.
        let many: String =
            ('\u{3400}'..='\u{4DBF}').chain('\u{4E00}'..='\u{9FFF}').chain('\u{20000}'..='\u{2A6DF}').collect();
        assert!(many.chars().count() > 1 << 16);
        word_breaks(&many);
        assert_eq!(cut(text), first);
    }

    #[test]
    fn japanese_endings_particles_and_small_kana() {
        assert_eq!(cut("昨日は雨だったので家にいました"), "昨日|は|雨|だっ|た|ので|家|に|いま|し|た");
        assert_eq!(cut("大阪ではコンピュータを使った"), "大阪|で|は|コンピュータ|を|使っ|た");
    }

    #[test]
    fn chinese_particles_stand_alone() {
        assert_eq!(cut("我们在北京大学读书。"), "我们|在|北京|大学|读书|。");
        assert_eq!(cut("这是理论性的问题"), "这|是|理论|性|的|问题");
    }

    #[test]
    fn thai_corrections() {
        assert_eq!(cut("ศึกษาภาษาไทยยากมาก"), "ศึกษา|ภาษา|ไทย|ยาก|มาก");
        assert_eq!(cut("ต่างๆ มากมาย"), "ต่าง|ๆ| |มากมาย");
        assert_eq!(cut("ในปี พ.ศ. 2500"), "ใน|ปี| |พ.ศ.| |2500");
    }

    #[test]
    fn thai_compounds_the_dictionary_knows_are_one_word() {
        assert_eq!(cut("ฝนตกหนักทำให้น้ำท่วมภายในเมือง"), "ฝน|ตกหนัก|ทำให้|น้ำ|ท่วม|ภายใน|เมือง");
    }

    #[test]
    fn lao_khmer_and_burmese_get_model_words() {
        assert_eq!(cut("ທ່ານສະບາຍດີບໍ່"), "ທ່ານ|ສະບາຍ|ດີ|ບໍ່");
        assert_eq!(cut("ខ្ញុំស្រលាញ់ភាសាខ្មែរ"), "ខ្ញុំ|ស្រលាញ់|ភាសាខ្មែរ");
        assert_eq!(cut("မြန်မာစာသင်ယူသည်"), "မြန်မာစာ|သင်ယူ|သည်");
    }

    #[test]
    fn words_end_at_grapheme_boundaries() {
        assert_eq!(cut("東京\u{301}"), "東京\u{301}");
        assert_eq!(cut("日本語\u{301}"), "日本語\u{301}");
        assert_eq!(cut("ไทย\u{301}"), "ไทย\u{301}");
    }

    /// [`word_breaks`] as it was before the rules read only the stretches between runs: ICU4X's
    /// rules over the whole text, their boundaries inside the runs replaced by the dictionary's.
    fn breaks_with_rules_over_the_whole_text(text: &str) -> Vec<usize> {
        let mut icu =
            segmenter(text.chars().any(needs_model)).segment_str(text).filter(|&b| b > 0 && b < text.len()).peekable();
        let mut breaks = Vec::new();
        for run in cjk::runs(text).into_iter().map(|run| run.bytes) {
            while let Some(b) = icu.next_if(|&b| b <= run.start) {
                breaks.push(b);
            }
            while icu.next_if(|&b| b < run.end).is_some() {}
            breaks.extend(cjk::breaks(&text[run.clone()]).into_iter().map(|b| run.start + b));
        }
        breaks.extend(icu);
        keep_cluster_boundaries(text, breaks)
    }

    #[test]
    fn plain_characters_always_have_a_cluster_boundary_between_them() {
        // Class rules: if `c` joined a plain neighbour (Extend, SpacingMark, ZWJ after it;
        // Prepend before it; Hangul or regional indicators with their like), one of these three
        // would have no boundary in the middle.
        let middle_is_boundary = |text: &str, middle: usize| {
            icu_segmenter::GraphemeClusterSegmenter::new().segment_str(text).any(|b| b == middle)
        };
        let mut plain = 0;
        for c in (0..=0x3FFFF).filter_map(char::from_u32).filter(|&c| super::is_plain(c)) {
            plain += 1;
            for (pair, middle) in
                [(format!("a{c}"), 1), (format!("{c}a"), c.len_utf8()), (format!("{c}{c}"), c.len_utf8())]
            {
                assert!(middle_is_boundary(&pair, middle), "{c:?} joins in {pair:?}");
            }
        }
        assert!(plain > 90_000, "{plain} plain characters");
    }

    #[test]
    fn rules_read_between_runs_give_the_boundaries_they_give_over_the_whole_text() {
        // Every string of five of the characters whose word-break rules reach across a seam:
        // letters and digits around `.` `:` `,` (WB6, WB7, WB11, WB12), `_` (ExtendNumLet),
        // katakana (WB13), `々` (a Han letter that is ALetter), the voiced sound marks that join
        // the character before (Extend, inside runs), a combining accent and a space.
        let alphabet = ['a', '1', '.', ':', ',', '_', ' ', '\u{301}', 'ア', 'ー', '々', '\u{3099}', 'ﾞ', '漢', 'か'];
        let mut text = String::new();
        for n in 0..alphabet.len().pow(5) {
            text.clear();
            (0..5).for_each(|place| text.push(alphabet[n / alphabet.len().pow(place) % alphabet.len()]));
            assert_eq!(word_breaks(&text), breaks_with_rules_over_the_whole_text(&text), "{text:?}");
        }
    }

    #[test]
    fn other_text_keeps_its_uax29_words() {
        assert_eq!(cut("Hello, world 3.14"), "Hello|,| |world| |3.14");
        assert_eq!(cut(""), "");
    }
}
