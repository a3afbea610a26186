//! Highlighting: matches lie on grapheme boundaries in their sentence; pieces never overlap,
//! are cut at every match boundary and carry exactly the categories of the matches covering them.

use super::{Boundaries, Checked};
use std::collections::BTreeSet;
use textlens::highlight::{CategoryId, Highlighter, Match, Pieces};
use textlens::split::sentences;
use textlens::Span;

/// The matches of `highlighter` in `text`: sorted by start then longest first, non-empty, on
/// grapheme boundaries, with a category of the highlighter and the sentence they start in.
pub fn check_matches(text: &str, highlighter: &Highlighter, matches: &[Match]) -> Checked {
    let boundaries = Boundaries::of(text);
    let sentences = sentences(text);
    for pair in matches.windows(2) {
        let (a, b) = (pair[0].span, pair[1].span);
        ensure!((a.start, b.end) <= (b.start, a.end), "matches {a:?} and {b:?} are out of order");
    }
    for m in matches {
        let span = m.span;
        ensure!(
            span.start < span.end && text.get(span.range()).is_some(),
            "match {span:?} is empty or off the text of {} bytes",
            text.len()
        );
        ensure!(
            boundaries.contains(span.start) && boundaries.contains(span.end),
            "match {span:?} ({:?}) cuts a grapheme",
            span.text(text)
        );
        ensure!(m.category.index() < highlighter.categories().len(), "match {span:?} has an unknown category");
        let sentence_holds_it = match sentences.get(m.sentence) {
            Some(sentence) => sentence.start <= span.start && span.start < sentence.end,
            None => sentences.is_empty() && m.sentence == 0,
        };
        ensure!(sentence_holds_it, "match {span:?} is said to start in sentence {} of {sentences:?}", m.sentence);
    }
    Ok(())
}

/// `pieces` of `matches`: in order, non-empty, never overlapping, covering exactly what the
/// matches cover, and each with the sorted set of the categories of the matches covering it
/// (which also means no match starts or ends inside a piece).
pub fn check_pieces(matches: &[Match], pieces: &Pieces) -> Checked {
    let mut previous_end = 0;
    for piece in pieces.iter() {
        let span = piece.span;
        ensure!(span.start < span.end, "empty piece {span:?}");
        ensure!(span.start >= previous_end, "piece {span:?} overlaps the one ending at {previous_end}");
        previous_end = span.end;
        let mut covering = BTreeSet::new();
        for m in matches.iter().filter(|m| overlaps(m.span, span)) {
            ensure!(
                m.span.start <= span.start && span.end <= m.span.end,
                "match {:?} starts or ends inside piece {span:?}",
                m.span
            );
            covering.insert(m.category);
        }
        let expected: Vec<CategoryId> = covering.into_iter().collect();
        ensure!(
            piece.categories == expected.as_slice(),
            "piece {span:?} lists {:?}, the matches covering it {expected:?}",
            piece.categories
        );
    }
    let by_matches = union(matches.iter().map(|m| m.span));
    let by_pieces = union(pieces.iter().map(|p| p.span));
    ensure!(by_matches == by_pieces, "matches cover {by_matches:?}, pieces {by_pieces:?}");
    Ok(())
}

/// Whether two spans share a byte.
fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// The union of `spans` as sorted, disjoint, non-touching ranges.
fn union(spans: impl Iterator<Item = Span>) -> Vec<Span> {
    let mut sorted: Vec<Span> = spans.collect();
    sorted.sort_unstable();
    let mut merged: Vec<Span> = Vec::new();
    for span in sorted {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}
