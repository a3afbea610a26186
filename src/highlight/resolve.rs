//! Overlap resolution: matches → non-overlapping pieces, and matches → a tree for rendering.

use super::{order_by_key, CategoryId, Match};
use crate::Span;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Non-overlapping pieces of a text, each with every category covering it.
///
/// Pieces are cut at every match start and end, in text order; text no match covers has no
/// piece. The categories of each piece are sorted and listed once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pieces {
    spans: Vec<Span>,
    /// `categories[offsets[i]..offsets[i + 1]]` are the categories of piece `i`.
    offsets: Vec<usize>,
    categories: Vec<CategoryId>,
}

/// One piece: a span and the categories covering it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    /// Where the piece lies.
    pub span: Span,
    /// Every category covering it, sorted.
    pub categories: &'a [CategoryId],
}

impl Pieces {
    /// The number of pieces.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there is no piece.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The piece at `index`, if any.
    pub fn get(&self, index: usize) -> Option<Piece<'_>> {
        let span = *self.spans.get(index)?;
        Some(Piece { span, categories: &self.categories[self.offsets[index]..self.offsets[index + 1]] })
    }

    /// The pieces in text order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Piece<'_>> + '_ {
        self.spans
            .iter()
            .zip(self.offsets.windows(2))
            .map(|(&span, bounds)| Piece { span, categories: &self.categories[bounds[0]..bounds[1]] })
    }

    /// The flat form: spans, then for each piece the offset of its categories in the third list
    /// (one more offset than pieces), then all categories one piece after another.
    pub fn as_parts(&self) -> (&[Span], &[usize], &[CategoryId]) {
        (&self.spans, &self.offsets, &self.categories)
    }
}

/// Cuts `matches` into non-overlapping pieces (a sweep over their sorted ends).
///
/// ```
/// use textlens::highlight::{pieces, Detector, Rules};
/// let highlighter = Rules::new().term("New York").detector(Detector::Quotes).build()?;
/// let text = "“New York” is big.";
/// let resolved = pieces(&highlighter.find(text));
/// let described: Vec<(&str, usize)> = resolved.iter().map(|p| (p.span.text(text), p.categories.len())).collect();
/// assert_eq!(described, [("“", 1), ("New York", 2), ("”", 1)]);
/// # Ok::<(), textlens::Error>(())
/// ```
pub fn pieces(matches: &[Match]) -> Pieces {
    let mut events: Vec<(usize, bool, CategoryId)> = Vec::with_capacity(matches.len() * 2);
    for m in matches {
        events.push((m.span.start, true, m.category));
        events.push((m.span.end, false, m.category));
    }
    events.sort_unstable_by_key(|&(offset, ..)| offset);
    let category_count = matches.iter().map(|m| m.category.index() + 1).max().unwrap_or(0);
    let mut covering = vec![0u32; category_count];
    let mut active: Vec<CategoryId> = Vec::new();
    let mut result = Pieces { offsets: vec![0], ..Pieces::default() };
    let mut index = 0;
    while index < events.len() {
        let offset = events[index].0;
        while index < events.len() && events[index].0 == offset {
            let (_, starts, category) = events[index];
            update(&mut covering, &mut active, category, starts);
            index += 1;
        }
        if let (false, Some(&(next, ..))) = (active.is_empty(), events.get(index)) {
            result.spans.push(Span::new(offset, next));
            result.categories.extend_from_slice(&active);
            result.offsets.push(result.categories.len());
        }
    }
    result
}

/// Counts one match of `category` in (`starts`) or out, keeping `active` the sorted set of
/// categories with a count above zero.
fn update(covering: &mut [u32], active: &mut Vec<CategoryId>, category: CategoryId, starts: bool) {
    let count = &mut covering[category.index()];
    if starts {
        *count += 1;
        if *count == 1 {
            let at = active.partition_point(|&c| c < category);
            active.insert(at, category);
        }
    } else {
        *count -= 1;
        if *count == 0 {
            let at = active.partition_point(|&c| c < category);
            active.remove(at);
        }
    }
}

/// One node of the nested form: a match (or crossing matches of one category), or the part
/// of one that fits inside its parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Node {
    /// Where the node lies; it lies inside its parent's span.
    pub span: Span,
    /// The index of its match in the slice given to [`nest`] (of the first, if it merges
    /// several); the parts of a split match share it.
    pub match_index: usize,
    /// How many nodes contain it (0 at the top level, less than [`MAX_NESTING`]).
    pub depth: usize,
}

/// How deep nodes nest: at most this many marks are open at any point of the HTML.
pub const MAX_NESTING: usize = 8;

/// The nested form of `matches`: their nodes in document order (each parent before its
/// children), every node inside its parent.
///
/// - Matches of one category that cross (one starts inside the other and ends after it) are
///   merged into one node over both, which names the first; identical ones are one node. One
///   inside another of its category (a quotation inside a quotation) is a node inside it.
/// - A node that starts inside another and ends after it is split at the other's end; its second
///   part continues at the outer level.
/// - Nodes nest at most [`MAX_NESTING`] deep: a node that would lie deeper is left out, and so
///   is its part inside its parent (its other part may still show).
///
/// Each node therefore starts where a match starts or where another node ends, and at most
/// [`MAX_NESTING`] contain any offset, so there are at most [`MAX_NESTING`] times as many nodes
/// as the text has bytes, however many rules there are, and in practice about one per match.
///
/// ```
/// use textlens::highlight::{nest, Rules};
/// let highlighter = Rules::new().terms(["big apple", "apple pie"]).build()?;
/// let text = "big apple pie";
/// let matches = highlighter.find(text);
/// let nodes: Vec<(&str, usize, usize)> =
///     nest(&matches).iter().map(|n| (n.span.text(text), n.match_index, n.depth)).collect();
/// assert_eq!(nodes, [("big apple pie", 0, 0)]);
/// let highlighter = Rules::new().term("big apple").term(textlens::highlight::Term::new("apple pie").category("food")).build()?;
/// let matches = highlighter.find(text);
/// let nodes: Vec<(&str, usize, usize)> =
///     nest(&matches).iter().map(|n| (n.span.text(text), n.match_index, n.depth)).collect();
/// assert_eq!(nodes, [("big apple", 0, 0), ("apple", 1, 1), (" pie", 1, 0)]);
/// # Ok::<(), textlens::Error>(())
/// ```
pub fn nest(matches: &[Match]) -> Vec<Node> {
    let mut queue: BinaryHeap<Reverse<(usize, Reverse<usize>, usize)>> = merge_by_category(matches)
        .into_iter()
        .map(|(span, index)| Reverse((span.start, Reverse(span.end), index)))
        .collect();
    let mut open: Vec<usize> = Vec::new();
    let mut nodes = Vec::with_capacity(queue.len());
    while let Some(Reverse((start, Reverse(end), match_index))) = queue.pop() {
        while open.last().is_some_and(|&parent_end| parent_end <= start) {
            open.pop();
        }
        let fitted_end = match open.last() {
            Some(&parent_end) if parent_end < end => {
                queue.push(Reverse((parent_end, Reverse(end), match_index)));
                parent_end
            }
            _ => end,
        };
        if open.len() < MAX_NESTING {
            nodes.push(Node { span: Span::new(start, fitted_end), match_index, depth: open.len() });
            open.push(fitted_end);
        }
    }
    nodes
}

/// The nodes of `matches` before nesting, each with the index of its first match: matches of
/// one category that cross are merged, identical ones are one node.
fn merge_by_category(matches: &[Match]) -> Vec<(Span, usize)> {
    // By start, then the longest first, then in the order given.
    let order = order_by_key(matches.len(), |index| {
        let span = matches[index].span;
        (span.start as u128) << 64 | (u64::MAX - span.end as u64) as u128
    });
    let category_count = matches.iter().map(|m| m.category.index() + 1).max().unwrap_or(0);
    // For each category, its outermost node so far (an index into `merged`) and its last match.
    let mut outermost: Vec<Option<usize>> = vec![None; category_count];
    let mut last: Vec<Option<Span>> = vec![None; category_count];
    let mut merged: Vec<(Span, usize)> = Vec::new();
    for index in order {
        let (span, category) = (matches[index].span, matches[index].category.index());
        if last[category].replace(span) == Some(span) {
            continue;
        }
        match outermost[category] {
            Some(at) if span.start < merged[at].0.end && merged[at].0.end < span.end => merged[at].0.end = span.end,
            Some(at) if span.start < merged[at].0.end => merged.push((span, index)),
            _ => {
                outermost[category] = Some(merged.len());
                merged.push((span, index));
            }
        }
    }
    merged
}

/// One step of drawing nested marks over text, as produced by [`Walker`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Event {
    /// Open a mark for the node at this index of the nodes.
    Open(usize),
    /// Write this text.
    Text(Span),
    /// Close the innermost open mark.
    Close,
}

/// Turns nodes into [`Event`]s, one window of the text at a time.
///
/// HTML is one window over the whole text. The DOM applier walks one window per text node:
/// marks still open at the end of a window are closed there and opened again at the start of the
/// next, so a match that spans several text nodes gets one mark in each.
#[derive(Debug)]
pub(crate) struct Walker<'n> {
    nodes: &'n [Node],
    next: usize,
    /// Indices of the nodes open at the current position, outermost first.
    open: Vec<usize>,
}

impl<'n> Walker<'n> {
    /// A walker over `nodes` (from [`nest`]), at the start of the text.
    pub fn new(nodes: &'n [Node]) -> Self {
        Walker { nodes, next: 0, open: Vec::new() }
    }

    /// Emits the events of `window`; windows must come in text order without overlapping.
    pub fn window(&mut self, window: Span, emit: &mut impl FnMut(Event)) {
        while self.nodes.get(self.next).is_some_and(|n| n.span.start < window.start) {
            self.close_before(self.nodes[self.next].span.start);
            self.open.push(self.next);
            self.next += 1;
        }
        self.close_before(window.start);
        for &index in &self.open {
            emit(Event::Open(index));
        }
        let mut written = window.start;
        while let Some(node) = self.nodes.get(self.next).filter(|n| n.span.start < window.end) {
            self.close_writing(node.span.start, &mut written, emit);
            text(written, node.span.start, emit);
            written = node.span.start;
            emit(Event::Open(self.next));
            self.open.push(self.next);
            self.next += 1;
        }
        self.close_writing(window.end, &mut written, emit);
        text(written, window.end, emit);
        for _ in &self.open {
            emit(Event::Close);
        }
    }

    /// Forgets the open nodes that end at or before `offset`, emitting nothing.
    fn close_before(&mut self, offset: usize) {
        while self.open.last().is_some_and(|&i| self.nodes[i].span.end <= offset) {
            self.open.pop();
        }
    }

    /// Closes the open nodes that end at or before `offset`, writing the text before each end.
    fn close_writing(&mut self, offset: usize, written: &mut usize, emit: &mut impl FnMut(Event)) {
        while let Some(end) = self.open.last().map(|&i| self.nodes[i].span.end).filter(|&end| end <= offset) {
            text(*written, end, emit);
            *written = end;
            emit(Event::Close);
            self.open.pop();
        }
    }
}

/// Emits the text `start..end` unless it is empty.
fn text(start: usize, end: usize, emit: &mut impl FnMut(Event)) {
    if start < end {
        emit(Event::Text(Span::new(start, end)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::highlight::{Detector, Rule};

    /// A match of `category` over `start..end`.
    fn at(category: u32, start: usize, end: usize) -> Match {
        Match {
            span: Span::new(start, end),
            category: CategoryId(category),
            rule: Rule::Detector(Detector::Quotes),
            sentence: 0,
        }
    }

    /// The events of each window, written as brackets around text.
    fn windows(text: &str, matches: &[Match], windows: &[(usize, usize)]) -> Vec<String> {
        let nodes = nest(matches);
        let mut walker = Walker::new(&nodes);
        windows
            .iter()
            .map(|&(start, end)| {
                let mut out = String::new();
                walker.window(Span::new(start, end), &mut |event| match event {
                    Event::Open(_) => out.push('['),
                    Event::Close => out.push(']'),
                    Event::Text(span) => out.push_str(span.text(text)),
                });
                out
            })
            .collect()
    }

    #[test]
    fn marks_spanning_windows_are_reopened_in_each() {
        let text = "abcdefgh";
        let matches = [at(0, 1, 7), at(1, 2, 4)];
        assert_eq!(windows(text, &matches, &[(0, 3), (3, 5), (6, 8)]), ["a[b[c]]", "[[d]e]", "[g]h"]);
    }

    #[test]
    fn marks_starting_in_a_gap_open_in_the_next_window() {
        let text = "abcdef";
        let matches = [at(0, 2, 5), at(1, 2, 3)];
        assert_eq!(windows(text, &matches, &[(0, 2), (3, 6)]), ["ab", "[de]f"]);
    }

    #[test]
    fn one_window_is_the_whole_nesting() {
        let text = "abcdef";
        let matches = [at(0, 0, 4), at(1, 2, 6)];
        assert_eq!(windows(text, &matches, &[(0, 6)]), ["[ab[cd]][ef]"]);
    }

    #[test]
    fn overlapping_matches_of_one_category_share_a_node() {
        let matches = [at(0, 0, 4), at(0, 2, 6), at(1, 3, 5), at(0, 3, 5), at(0, 3, 5), at(0, 6, 7)];
        let nodes: Vec<(usize, usize, usize, usize)> =
            nest(&matches).iter().map(|n| (n.span.start, n.span.end, n.match_index, n.depth)).collect();
        // 0..6 (matches 0 and 1, which cross), 3..5 of category 1 inside it, 3..5 of category 0
        // once inside that, and 6..7, which only touches the first.
        assert_eq!(nodes, [(0, 6, 0, 0), (3, 5, 2, 1), (3, 5, 3, 2), (6, 7, 5, 0)]);
    }

    #[test]
    fn nodes_nest_at_most_max_nesting_deep() {
        // Categories 0..10 over 0..10, 1..9, 2..8, …: the innermost two are left out.
        let matches: Vec<Match> = (0..10).map(|i| at(i as u32, i, 20 - i)).collect();
        let nodes = nest(&matches);
        assert_eq!(nodes.len(), MAX_NESTING);
        assert!(nodes.iter().enumerate().all(|(i, n)| n.match_index == i && n.depth == i));
        // A node left out inside its parent still shows its parts after the parent's end: 9..15
        // starts 8 deep, its part 13..14 ends the innermost parent, 14..15 the next one.
        let mut crossing = matches[..MAX_NESTING].to_vec();
        crossing.push(at(20, 9, 15));
        let parts: Vec<(usize, usize, usize)> = nest(&crossing)
            .iter()
            .filter(|n| n.match_index == MAX_NESTING)
            .map(|n| (n.span.start, n.span.end, n.depth))
            .collect();
        assert_eq!(parts, [(13, 14, 7), (14, 15, 6)]);
    }
}
