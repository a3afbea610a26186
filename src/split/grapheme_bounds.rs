//! Every grapheme cluster of a text at once, as byte boundaries: the form in which
//! `split(text, "grapheme")` hands clusters to JavaScript (whose edge converts them to UTF-16 in
//! one pass).
//!
//! Mostly-ASCII text has about one cluster a byte, so a megabyte of English is a million
//! clusters, and anything done per cluster beyond writing its end decides the speed. Between two
//! ASCII characters UAX #29 puts a boundary everywhere except inside CR LF (GB3), so over ASCII the
//! boundaries are the byte offsets themselves, with CR LF left out.
//!
//! Where other characters are, `unicode-segmentation` finds the clusters. The two paths hand over
//! at boundaries that are certain: the general path stops at the first boundary it finds before an
//! ASCII byte, and an ASCII run stops at the start of its last cluster, because a combining mark,
//! a joiner or a spacing mark after the run may still join that cluster (GB9, GB9a).
//!
//! The result is the same as the ends of [`graphemes`](super::graphemes): tests
//! hold the two to each other on the Unicode grapheme break tests, the corpus and random text.

use crate::span::{ascii_prefix_len, check_u32_offsets};
use crate::Result;
use unicode_segmentation::UnicodeSegmentation;

/// The grapheme clusters of `text` (the same as [`graphemes`](super::graphemes)) as byte
/// boundaries: 0, then the end of every cluster, so cluster `i` is `bounds[i]..bounds[i + 1]`.
///
/// Offsets are `u32`, which halves the memory of a large text's boundaries: a text of 4 GiB or
/// more is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
///
/// ```
/// use textlens::split::grapheme_boundaries;
/// // "e" + combining acute, CR LF, an emoji (four bytes)
/// assert_eq!(grapheme_boundaries("e\u{301}\r\n😀!").unwrap(), [0, 3, 5, 9, 10]);
/// ```
pub fn grapheme_boundaries(text: &str) -> Result<Vec<u32>> {
    check_u32_offsets("grapheme_boundaries", text)?;
    // Room for one cluster a byte, as ASCII has; other text needs less.
    let mut bounds = Vec::with_capacity(text.len() + 1);
    bounds.push(0);
    let bytes = text.as_bytes();
    // A certain boundary.
    let mut pos = 0;
    while pos < bytes.len() {
        let run = ascii_prefix_len(&bytes[pos..]);
        if run > 0 {
            pos = ascii_clusters(bytes, pos, pos + run, &mut bounds);
            if pos == bytes.len() {
                break;
            }
        }
        pos = general_clusters(text, pos, &mut bounds);
    }
    Ok(bounds)
}

/// Writes the cluster ends of the ASCII bytes `start..end` (`start` a boundary) and returns
/// where the last cluster starts, which is the next certain boundary; at the end of the text, the
/// end of the text.
fn ascii_clusters(bytes: &[u8], start: usize, end: usize, bounds: &mut Vec<u32>) -> usize {
    let at_text_end = end == bytes.len();
    let last_start = match bytes[start..end] {
        _ if at_text_end => end,
        [.., b'\r', b'\n'] => end - 2,
        _ => end - 1,
    };
    // The offsets fit: the text is under 4 GiB.
    let crlf = |i: usize| bytes[i - 1] == b'\r' && bytes[i] == b'\n';
    bounds.extend((start + 1..last_start).filter(|&i| !crlf(i)).map(|i| i as u32));
    if last_start > start {
        bounds.push(last_start as u32);
    }
    last_start
}

/// Writes the cluster ends of `text` from the boundary `start` up to the first boundary followed
/// by an ASCII byte, or the end of the text; returns that boundary.
fn general_clusters(text: &str, start: usize, bounds: &mut Vec<u32>) -> usize {
    let mut end = start;
    for cluster in text[start..].graphemes(true) {
        end += cluster.len();
        bounds.push(end as u32);
        if text.as_bytes().get(end).is_none_or(u8::is_ascii) {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clusters by unicode-segmentation, as boundaries.
    fn expected(text: &str) -> Vec<u32> {
        std::iter::once(0).chain(text.grapheme_indices(true).map(|(start, g)| (start + g.len()) as u32)).collect()
    }

    #[test]
    fn hand_checked_cases() {
        assert_eq!(grapheme_boundaries("").unwrap(), [0]);
        assert_eq!(grapheme_boundaries("ab").unwrap(), [0, 1, 2]);
        assert_eq!(grapheme_boundaries("a\r\nb\r").unwrap(), [0, 1, 3, 4, 5]);
        // A mark after an ASCII run joins its last letter; after CR LF it stands alone (GB4).
        assert_eq!(grapheme_boundaries("ae\u{301}").unwrap(), [0, 1, 4]);
        assert_eq!(grapheme_boundaries("a\r\n\u{301}b").unwrap(), [0, 1, 3, 5, 6]);
        // A prepended mark joins the ASCII letter after it (GB9b).
        assert_eq!(grapheme_boundaries("\u{600}1x").unwrap(), [0, 3, 4]);
        // Regional indicators pair up across the hand-over; a ZWJ sequence stays whole.
        assert_eq!(grapheme_boundaries("a🇫🇷🇩🇪b").unwrap(), [0, 1, 9, 17, 18]);
        assert_eq!(grapheme_boundaries("x👩\u{200D}💻y").unwrap(), [0, 1, 12, 13]);
    }

    #[test]
    fn every_split_of_mixed_text_agrees_with_unicode_segmentation() {
        let pieces =
            ["a", "\r", "\n", "\r\n", "e\u{301}", "\u{301}", "\u{200D}", "\u{600}", "🇫", "😀", "日", " ", "\u{E33}"];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}x{c}{a}");
                    assert_eq!(grapheme_boundaries(&text).unwrap(), expected(&text), "{text:?}");
                }
            }
        }
    }
}
