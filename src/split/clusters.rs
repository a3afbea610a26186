//! Grapheme clusters around offsets asked in text order: the one place that answers "is this a
//! grapheme boundary, and if not, which cluster is it inside" for many offsets in linear time
//! (chunk cuts, word counting, the ends of highlight matches).
//!
//! Deciding whether an offset is a grapheme boundary, or finding the cluster around it, can take
//! a scan over a whole run: regional indicators pair up from the start of their run, an emoji
//! ZWJ sequence looks back over its marks, and a letter with 10,000 combining marks is one
//! cluster. Asked once per match, that is quadratic. [`Clusters`] answers from the ASCII bytes
//! around the offset where it can (only CR LF holds two ASCII characters together), and otherwise
//! segments forward from the last cluster it found, or from a boundary the ASCII rules are sure
//! of shortly before the offset, so that offsets asked in increasing order cost one pass over
//! the text in all.

use crate::Span;
use unicode_segmentation::{GraphemeIndices, UnicodeSegmentation};

/// How far before an offset [`Clusters`] looks for a certain boundary to segment from.
const RESTART_WINDOW: usize = 64;

/// The grapheme clusters of a text, asked about one offset at a time.
pub(crate) struct Clusters<'t> {
    text: &'t str,
    /// Clusters from a certain boundary (`base`) on.
    graphemes: GraphemeIndices<'t>,
    base: usize,
    /// The last cluster `graphemes` gave; its end is where `graphemes` goes on.
    last: Span,
}

impl<'t> Clusters<'t> {
    /// The clusters of `text`.
    pub fn new(text: &'t str) -> Clusters<'t> {
        Clusters { text, graphemes: text.grapheme_indices(true), base: 0, last: Span::new(0, 0) }
    }

    /// The cluster that `offset` lies inside, or the empty span at `offset` if it is a boundary.
    /// Linear in all when offsets come in increasing order.
    pub fn around(&mut self, offset: usize) -> Span {
        let bytes = self.text.as_bytes();
        let (Some(&before), Some(&after)) = (bytes.get(offset.wrapping_sub(1)), bytes.get(offset)) else {
            return Span::new(offset, offset);
        };
        if before.is_ascii() && after.is_ascii() {
            return if before == b'\r' && after == b'\n' {
                Span::new(offset - 1, offset + 1)
            } else {
                Span::new(offset, offset)
            };
        }
        if !(self.last.start <= offset && offset <= self.last.end) {
            let from = if offset < self.last.start { 0 } else { self.last.end };
            let restart = (from.max(offset.saturating_sub(RESTART_WINDOW)) + 1..offset)
                .rev()
                .find(|&at| bytes[at - 1].is_ascii() && bytes[at].is_ascii() && bytes[at - 1..=at] != *b"\r\n");
            if let Some(restart) = restart.or((offset < self.last.start).then_some(0)) {
                self.base = restart;
                self.graphemes = self.text[restart..].grapheme_indices(true);
                self.last = Span::new(restart, restart);
            }
            while self.last.end <= offset {
                // Never runs out: the offset is inside the text.
                let Some((start, cluster)) = self.graphemes.next() else {
                    return Span::new(offset, offset);
                };
                self.last = Span::new(self.base + start, self.base + start + cluster.len());
            }
        }
        if offset == self.last.start || offset == self.last.end {
            Span::new(offset, offset)
        } else {
            self.last
        }
    }

    /// Whether a cluster boundary lies at `offset` (see [`Clusters::around`]).
    pub fn is_boundary(&mut self, offset: usize) -> bool {
        self.around(offset).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every offset's answer, asked in increasing order, against the clusters of the whole text.
    fn check(text: &str) {
        let clusters: Vec<Span> = crate::split::graphemes(text).collect();
        let mut asked = Clusters::new(text);
        for offset in 0..=text.len() {
            let expected = clusters
                .iter()
                .find(|c| c.start < offset && offset < c.end)
                .copied()
                .unwrap_or(Span::new(offset, offset));
            assert_eq!(asked.around(offset), expected, "{text:?} at {offset}");
        }
        // Out of order too.
        let mut asked = Clusters::new(text);
        for offset in (0..=text.len()).rev() {
            let expected = clusters
                .iter()
                .find(|c| c.start < offset && offset < c.end)
                .copied()
                .unwrap_or(Span::new(offset, offset));
            assert_eq!(asked.around(offset), expected, "{text:?} at {offset}, backwards");
        }
    }

    #[test]
    fn agrees_with_segmenting_the_whole_text() {
        check("ab\r\ncd");
        check("🇺🇸🇺🇸🇺x🇸🇺");
        check("e\u{301}\u{301}a\u{301} \u{600}1x");
        check("👩\u{200D}👩\u{200D}👧 👩\u{200D}💻.");
        check(&"a\u{301}".repeat(100));
        check(&format!("{}{}", "x".repeat(100), "🇫🇷".repeat(50)));
    }
}
