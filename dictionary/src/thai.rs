//! Four corrections to the Thai LSTM's words, each seen throughout the UD Thai gold data (where
//! no word is a lone consonant, and `ๆ` stands alone 51 times in 52):
//!
//! - **A compound the dictionary knows is one word.** The gold data writes lexicalised compounds
//!   as one token (`ทำให้` "cause", `ภายใน` "inside", `เนื่องจาก` "because", `ไฟฟ้า`
//!   "electricity"), where the model often cuts them in two. ICU4X's Thai dictionary segmenter
//!   cuts the text too; where one of its words spans two or more of the model's words exactly
//!   (both of its ends are model boundaries), they become that one word. The dictionary never
//!   moves a boundary, it only removes the model's boundaries inside its longer words.
//! - **A lone consonant joins its neighbour.** The model often cuts the last consonant off the
//!   last word before a space or the end (`มา|ก` for มาก, "much"). A segment that is one Thai
//!   consonant and nothing else goes with the Thai segment before it, or else with the one after.
//! - **Abbreviations are one word.** Consonants each followed by a period (`พ.ศ.`, `ส.ส.`, `ก.ย.`)
//!   are one word, periods included: two or more such pairs anywhere, one (`จ.`) where it does not
//!   follow a Thai letter (`มาก.` ends a word).
//! - **`ๆ` is a word of its own.** The repetition mark (mai yamok) says "the word before, again";
//!   the model often leaves it on that word (`ต่างๆ`).

/// Whether `c` is a Thai consonant (ก to ฮ).
fn is_consonant(c: char) -> bool {
    matches!(c, '\u{0E01}'..='\u{0E2E}')
}

/// Whether `c` is a Thai letter, vowel or mark (the Thai block less digits and punctuation).
fn is_thai_letter(c: char) -> bool {
    matches!(c, '\u{0E01}'..='\u{0E4E}') && c != '\u{0E3F}'
}

/// Whether `segment` is one Thai consonant.
fn is_lone_consonant(segment: &str) -> bool {
    let mut chars = segment.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if is_consonant(c))
}

/// `breaks` (word boundaries strictly inside `text`, increasing) with the corrections applied.
/// `dictionary` is the dictionary segmenter's cut of `text`, in the same form.
pub(crate) fn correct(text: &str, dictionary: &[usize], breaks: Vec<usize>) -> Vec<usize> {
    let mut kept = join_dictionary_words(text, dictionary, breaks);
    drop_breaks_inside_abbreviations(text, &mut kept);
    let mut kept = join_lone_consonants(text, &kept);
    isolate_repetition_marks(text, &mut kept);
    kept
}

fn join_lone_consonants(text: &str, breaks: &[usize]) -> Vec<usize> {
    let bounds: Vec<usize> = std::iter::once(0).chain(breaks.iter().copied()).chain([text.len()]).collect();
    let segment = |i: usize| &text[bounds[i]..bounds[i + 1]];
    let is_thai_word = |i: usize| segment(i).chars().next().is_some_and(is_thai_letter);
    let segments = bounds.len() - 1;
    // Whether the boundary before segment i (bounds[i]) is dropped.
    let mut dropped = vec![false; bounds.len()];
    for i in 0..segments {
        if !is_lone_consonant(segment(i)) || text[bounds[i + 1]..].starts_with('.') {
            continue;
        }
        if i > 0 && is_thai_word(i - 1) {
            dropped[i] = true;
        } else if i + 1 < segments && is_thai_word(i + 1) {
            dropped[i + 1] = true;
        }
    }
    (1..segments).filter(|&i| !dropped[i]).map(|i| bounds[i]).collect()
}

/// Removes the boundaries inside each run of (consonant, period) pairs that starts a word.
fn drop_breaks_inside_abbreviations(text: &str, breaks: &mut Vec<usize>) {
    let mut inside = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !is_thai_letter(chars[i - 1].1);
        let mut end = i;
        while end + 1 < chars.len() && is_consonant(chars[end].1) && chars[end + 1].1 == '.' {
            end += 2;
        }
        if end - i >= 4 || (end > i && starts_word) {
            let stop = chars.get(end).map_or(text.len(), |&(b, _)| b);
            inside.push(chars[i].0 + 1..stop);
            i = end;
        } else if end > i {
            i = end;
        } else {
            i += 1;
        }
    }
    if !inside.is_empty() {
        let mut ranges = inside.iter().peekable();
        breaks.retain(|&b| {
            while ranges.next_if(|r| r.end <= b).is_some() {}
            !ranges.peek().is_some_and(|r| r.contains(&b))
        });
    }
}

/// Adds the boundaries on both sides of every `ๆ`.
fn isolate_repetition_marks(text: &str, breaks: &mut Vec<usize>) {
    let around = text.match_indices('\u{0E46}').flat_map(|(b, mark)| [b, b + mark.len()]);
    let mut added: Vec<usize> = around.filter(|&b| b > 0 && b < text.len()).collect();
    if added.is_empty() {
        return;
    }
    added.append(breaks);
    added.sort_unstable();
    added.dedup();
    *breaks = added;
}

/// `breaks` less those strictly inside a word of the `dictionary` cut (boundaries strictly inside
/// `text`, increasing) whose two ends are both boundaries of `breaks` or ends of the text.
///
/// One walk over both sorted lists: the words that join (both ends are model boundaries) come in
/// order, and every model boundary is tested against the next one that has not ended before it.
pub(crate) fn join_dictionary_words(text: &str, dictionary: &[usize], breaks: Vec<usize>) -> Vec<usize> {
    let is_end = |b: usize| b == 0 || b == text.len() || breaks.binary_search(&b).is_ok();
    let ends: Vec<usize> = std::iter::once(0).chain(dictionary.iter().copied()).chain([text.len()]).collect();
    let mut joined =
        ends.windows(2).map(|w| (w[0], w[1])).filter(|&(start, end)| is_end(start) && is_end(end)).peekable();
    let mut kept = Vec::with_capacity(breaks.len());
    for &b in &breaks {
        while joined.next_if(|&(_, end)| end <= b).is_some() {}
        if joined.peek().is_none_or(|&(start, _)| start >= b) {
            kept.push(b);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::join_dictionary_words;

    #[test]
    fn a_dictionary_word_joins_only_model_words_it_spans_exactly() {
        // Dictionary words 0..2, 2..5, 5..7, 7..10; the model cuts at 1, 2, 3, 5, 6, 8. The first
        // two words start and end on model boundaries and join; 5..7 and 7..10 end at 7, which the
        // model does not cut, so 6 and 8 stay.
        let joined = join_dictionary_words("abcdefghij", &[2, 5, 7], vec![1, 2, 3, 5, 6, 8]);
        assert_eq!(joined, [2, 5, 6, 8]);
        assert_eq!(join_dictionary_words("abcd", &[], vec![1, 3]), Vec::<usize>::new());
        assert_eq!(join_dictionary_words("abcd", &[1, 2, 3], vec![2]), [2]);
    }
}
