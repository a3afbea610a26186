//! Counting: an error only for a bad rate (not a finite number of at least 1 per minute);
//! otherwise lengths that agree with the standard library and `unicode-segmentation`, sentences
//! that add up, and no number that is NaN or infinite anywhere in the result.

use super::Checked;
use serde_value::Value;
use textlens::count::{count, CountOptions, Statistics};
use unicode_segmentation::UnicodeSegmentation;

/// Counts `text` with `options` and checks the result.
pub fn check_count(text: &str, options: &CountOptions) -> Checked {
    let stats = match count(text, options) {
        Ok(stats) => stats,
        Err(error) => {
            let rates = [
                options.reading_words_per_minute,
                options.speaking_words_per_minute,
                options.reading_characters_per_minute,
                options.speaking_characters_per_minute,
            ];
            ensure!(
                rates.iter().flatten().any(|rate| !(rate.is_finite() && *rate >= 1.0)),
                "count failed with valid rates: {error}"
            );
            ensure!(error.message().contains("_per_minute must be"), "the error does not name the rate: {error}");
            return Ok(());
        }
    };
    check_lengths(text, &stats)?;
    check_sentences(text, &stats, options)?;
    check_finite(&stats)
}

/// The five lengths against independent counts.
fn check_lengths(text: &str, stats: &Statistics) -> Checked {
    let c = stats.characters;
    let expected = (text.len(), text.chars().count(), text.encode_utf16().count(), text.graphemes(true).count());
    ensure!(
        (c.bytes, c.code_points, c.utf16, c.graphemes) == expected,
        "lengths (bytes, code points, UTF-16, graphemes) {:?}, expected {expected:?} for {text:?}",
        (c.bytes, c.code_points, c.utf16, c.graphemes)
    );
    ensure!(c.non_space <= c.graphemes && c.letters <= c.graphemes, "more letters or non-spaces than graphemes");
    ensure!(stats.unique_words <= stats.words, "{} unique words of {}", stats.unique_words, stats.words);
    Ok(())
}

/// Per-sentence numbers: in order, inside the text, adding up to the totals; the longest is one of
/// them with the most words.
fn check_sentences(text: &str, stats: &Statistics, options: &CountOptions) -> Checked {
    ensure!(
        stats.longest_sentence.is_some() == (stats.sentences > 0),
        "longest sentence {:?} with {} sentences",
        stats.longest_sentence,
        stats.sentences
    );
    if !options.per_sentence {
        ensure!(stats.per_sentence.is_empty(), "per-sentence numbers although turned off");
        return Ok(());
    }
    ensure!(
        stats.per_sentence.len() == stats.sentences,
        "{} sentences listed of {}",
        stats.per_sentence.len(),
        stats.sentences
    );
    let mut previous_end = 0;
    for sentence in &stats.per_sentence {
        ensure!(sentence.words > 0, "a listed sentence without words");
        ensure!(
            previous_end <= sentence.start
                && sentence.start < sentence.end
                && text.get(sentence.span().range()).is_some(),
            "sentence {:?} is out of order or off the text",
            sentence.span()
        );
        previous_end = sentence.end;
    }
    let listed_words: usize = stats.per_sentence.iter().map(|s| s.words).sum();
    ensure!(listed_words == stats.words, "sentences hold {listed_words} words, the text {}", stats.words);
    if let Some(longest) = stats.longest_sentence {
        let most = stats.per_sentence.iter().map(|s| s.words).max().unwrap_or(0);
        ensure!(longest.words == most, "the longest sentence has {} words, another {most}", longest.words);
    }
    Ok(())
}

/// Every number in the result, as serialised for JavaScript, is finite.
fn check_finite(stats: &Statistics) -> Checked {
    let value = serde_value::to_value(stats).map_err(|error| format!("statistics do not serialise: {error}"))?;
    let mut path = Vec::new();
    walk_numbers(&value, &mut path)
}

/// Fails at the first non-finite float in `value`, naming its path.
fn walk_numbers(value: &Value, path: &mut Vec<String>) -> Checked {
    match value {
        Value::F32(number) => ensure!(number.is_finite(), "{} is {number}", path.join(".")),
        Value::F64(number) => ensure!(number.is_finite(), "{} is {number}", path.join(".")),
        Value::Option(Some(inner)) | Value::Newtype(inner) => walk_numbers(inner, path)?,
        Value::Seq(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(index.to_string());
                walk_numbers(item, path)?;
                path.pop();
            }
        }
        Value::Map(entries) => {
            for (key, item) in entries {
                path.push(match key {
                    Value::String(name) => name.clone(),
                    other => format!("{other:?}"),
                });
                walk_numbers(item, path)?;
                path.pop();
            }
        }
        _ => {}
    }
    Ok(())
}
