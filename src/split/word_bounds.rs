//! Every word segment of a text at once, as byte boundaries and word-like flags: the form in
//! which `split(text, "word")` hands words to JavaScript (whose edge converts the boundaries to
//! UTF-16 in one pass).
//!
//! English averages under three bytes a segment (half of them are single spaces), so what a
//! segment costs beyond reading its bytes decides the speed. Over ASCII text the engine's
//! automaton ([`word_engine`](super::word_engine)) does the work: one table lookup per byte gives
//! the next state and which boundaries the byte settles. The boundary before the byte is written
//! without branching: every step stores it and moves the output on by one only if it is real, so
//! the unpredictable pattern of segment ends costs no mispredicted branches. The boundary before
//! the previous byte, which waits for this one when the previous one is a `.` `'` `:` `,` or `;`
//! that may stay inside a word, is rarely settled this way and takes a branch.
//!
//! Each step waits for the previous one's table lookup, so the processor would mostly wait on one
//! chain of loads. A long run is therefore cut in two before a space, and two lanes of the
//! automaton read the halves side by side in one loop: their chains overlap, which is what keeps
//! `split(text, "word")` near its benchmark target. A space leaves the automaton in the same state
//! whatever it read before (spaces join only spaces), and read from the start it settles nothing.
//! So the first lane reads the space after its half too, settling what it left open as one pass
//! would, the second lane starts at the space as at the start of a run, and their findings put
//! end to end are those of one pass.
//!
//! Stretches of non-ASCII text go through the engine's general path, [`NonAscii`], handing over at
//! word boundaries as in [`words`](super::words). The result is the same as that of
//! [`words`](super::words): tests hold the two to each other on the corpus, on mixed text and on
//! the Unicode word break tests.

use super::word_engine::{NonAscii, Step};
use crate::span::{ascii_prefix_len, check_u32_offsets};
use crate::Result;

/// The word segments of a text as byte offsets: segment `i` is `bounds[i]..bounds[i + 1]`
/// (segments tile the text, so the end of one is the start of the next).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordBoundaries {
    /// 0, then the end of every segment, in bytes: one more than there are segments.
    pub bounds: Vec<u32>,
    /// 1 where segment `i` is word-like (see [`Word::word_like`](super::Word::word_like)), else 0.
    pub word_like: Vec<u8>,
}

/// The word segments of `text` (the same as [`words`](super::words)) as byte boundaries and
/// word-like flags, several times faster than collecting the segments one by one.
///
/// Offsets are `u32`, which halves the memory of a large text's boundaries: a text of 4 GiB or
/// more is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
///
/// ```
/// use textlens::split::word_boundaries;
/// let words = word_boundaries("Déjà vu!").unwrap();
/// assert_eq!(words.bounds, [0, 6, 7, 9, 10]);
/// assert_eq!(words.word_like, [1, 0, 1, 0]);
/// ```
pub fn word_boundaries(text: &str) -> Result<WordBoundaries> {
    check_u32_offsets("word_boundaries", text)?;
    // Room for English (about 2.5 bytes a segment) without growing; denser text grows it.
    let capacity = text.len() / 2 + 1;
    let mut words = WordBoundaries { bounds: Vec::with_capacity(capacity), word_like: Vec::with_capacity(capacity) };
    words.bounds.push(0);
    let bytes = text.as_bytes();
    // The last boundary found, in bytes.
    let mut pos = 0;
    let mut scratch = Scratch::new();
    while pos < bytes.len() {
        if bytes[pos].is_ascii() {
            pos = words.ascii_run(&mut scratch, bytes, pos, pos + ascii_prefix_len(&bytes[pos..]));
            if pos == bytes.len() {
                break;
            }
        }
        pos = words.general(text, pos);
    }
    Ok(words)
}

/// Bytes a lane of the automaton reads between two copies of its findings into the output.
const BLOCK: usize = 256;
/// Room for the boundaries of one block (at most one per byte, one before the block and one that
/// the byte settling a lane's end adds), as a power of two so that indexing with a mask needs no
/// bounds check.
const BLOCK_ROOM: usize = 512;
/// Runs shorter than this are read by one lane: cutting them would save less than it costs.
const TWO_LANES_MIN: usize = 2 * BLOCK;

/// What the ASCII runs of a text reuse: a buffer for each lane, and where the second lane's
/// boundaries wait until the first lane's are written.
struct Scratch {
    buffers: [Buffer; 2],
    later: WordBoundaries,
}

/// Where a lane writes the boundaries of a block (and their flags) before they are copied into
/// the output: a fixed-size buffer that it can write to unconditionally.
struct Buffer {
    found: [u32; BLOCK_ROOM],
    flags: [u8; BLOCK_ROOM],
}

impl Scratch {
    fn new() -> Scratch {
        let buffer = || Buffer { found: [0; BLOCK_ROOM], flags: [0; BLOCK_ROOM] };
        Scratch { buffers: [buffer(), buffer()], later: WordBoundaries::default() }
    }
}

/// Where a long run is cut for two lanes: before its first space from the middle on (see the
/// module docs), or at its end when it is short or has no space there.
///
/// The part after the cut is never the longer one.
fn lane_cut(run: &[u8]) -> usize {
    if run.len() < TWO_LANES_MIN {
        return run.len();
    }
    let middle = run.len().div_ceil(2);
    run[middle..].iter().position(|&byte| byte == b' ').map_or(run.len(), |i| middle + i)
}

impl WordBoundaries {
    /// Segments the ASCII bytes `start..end` (`start` is a boundary) and returns the last boundary
    /// found; at the end of the text that is the end of the text.
    ///
    /// A long run is read by two lanes side by side (see the module docs); the second lane's
    /// findings wait in `scratch.later` until the first's are written. A short run, or one with
    /// nowhere to cut, is read by the first lane alone.
    fn ascii_run(&mut self, scratch: &mut Scratch, bytes: &[u8], start: usize, end: usize) -> usize {
        let run = &bytes[start..end];
        let cut = lane_cut(run);
        let (first, second) = run.split_at(cut);
        // The first part is the longer one: the lanes read the second's length together, then the
        // first lane the rest of its part alone.
        let (together, alone) = first.split_at(second.len());
        let Scratch { buffers: [a, b], later } = scratch;
        // The offsets fit in a u32: the text is under 4 GiB.
        let (mut a, mut b) = (Lane::new(a, start as u32), Lane::new(b, (start + cut) as u32));
        for (x, y) in together.chunks(BLOCK).zip(second.chunks(BLOCK)) {
            for (&x, &y) in x.iter().zip(y) {
                a.read(x);
                b.read(y);
            }
            a.drain_into(self);
            b.drain_into(later);
        }
        for block in alone.chunks(BLOCK) {
            block.iter().for_each(|&x| a.read(x));
            a.drain_into(self);
        }
        let last = if second.is_empty() {
            &mut a
        } else {
            // The space at the cut settles what the first lane left open.
            a.settle(b' ');
            &mut b
        };
        if end == bytes.len() {
            // The end of the text settles what is still open, as any byte that joins nothing would.
            last.settle(0);
        }
        a.drain_into(self);
        b.drain_into(later);
        self.extend(&later.bounds, &later.word_like);
        later.bounds.clear();
        later.word_like.clear();
        self.last_bound()
    }

    /// Segments the text from the boundary `start` by the general path, up to the first boundary
    /// followed by ASCII (or the end of the text), and returns that boundary.
    fn general(&mut self, text: &str, start: usize) -> usize {
        // The offsets fit in a u32: the text is under 4 GiB.
        NonAscii::new(text, start).for_each(|word| self.push(word.span.end as u32, word.word_like));
        self.last_bound()
    }

    /// Appends boundaries and their flags; out of line, as it runs once a block from several places.
    #[inline(never)]
    fn extend(&mut self, bounds: &[u32], word_like: &[u8]) {
        self.bounds.extend_from_slice(bounds);
        self.word_like.extend_from_slice(word_like);
    }

    fn push(&mut self, bound: u32, word_like: bool) {
        self.bounds.push(bound);
        self.word_like.push(u8::from(word_like));
    }

    fn last_bound(&self) -> usize {
        self.bounds[self.bounds.len() - 1] as usize
    }
}

/// One pass of the automaton over part of a run: its step, the offset of the next byte,
/// and the boundaries found since they were last copied out.
struct Lane<'a> {
    step: Step,
    at: u32,
    buffer: &'a mut Buffer,
    pending: usize,
}

impl<'a> Lane<'a> {
    /// A lane starting at a boundary, whose first byte is at offset `at`.
    fn new(buffer: &'a mut Buffer, at: u32) -> Self {
        Lane { step: Step::START, at, buffer, pending: 0 }
    }

    /// Reads the next byte, which is ASCII.
    #[inline(always)]
    fn read(&mut self, byte: u8) {
        let step = self.step.then(byte);
        let Buffer { found, flags } = &mut *self.buffer;
        let (n, at) = (self.pending, self.at);
        // Rare (a word then `.` or `'` and no letter), so a branch costs less than writing.
        let n = if step.ends_before_previous() {
            (found[n % BLOCK_ROOM], flags[n % BLOCK_ROOM]) = (at - 1, 1);
            n + 1
        } else {
            n
        };
        (found[n % BLOCK_ROOM], flags[n % BLOCK_ROOM]) = (at, step.ended_word_like());
        (self.step, self.at, self.pending) = (step, at + 1, n + step.ends_before());
    }

    /// Reads the byte that settles the end of the lane's part: [`read`](Self::read) out of line,
    /// as it runs once a part.
    #[inline(never)]
    fn settle(&mut self, byte: u8) {
        self.read(byte);
    }

    /// Moves the boundaries found so far to the end of `out`.
    fn drain_into(&mut self, out: &mut WordBoundaries) {
        out.extend(&self.buffer.found[..self.pending], &self.buffer.flags[..self.pending]);
        self.pending = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::word_engine::SEAMS;
    use crate::split::words_unicode;

    /// The word segments of `text` by unicode-segmentation alone, in the same form.
    fn expected(text: &str) -> WordBoundaries {
        let mut words = WordBoundaries { bounds: vec![0], word_like: Vec::new() };
        for word in words_unicode(text) {
            words.push(word.span.end as u32, word.word_like);
        }
        words
    }

    #[test]
    fn agrees_at_ascii_and_unicode_seams() {
        for text in SEAMS {
            assert_eq!(word_boundaries(text).unwrap(), expected(text), "{text:?}");
        }
    }

    #[test]
    fn blocks_join_up_in_long_runs() {
        // Segments that straddle the automaton's blocks, in runs with and without non-ASCII text,
        // read by one lane or by two.
        for unit in ["ab.c 1,2 ", "x", " ", "a. ", "é a.b ", "a.b'c 1,2\r\n"] {
            for len in [BLOCK - 1, BLOCK, BLOCK + 1, TWO_LANES_MIN - 1, TWO_LANES_MIN, 3 * BLOCK + 7, 9 * BLOCK + 3] {
                let text = unit.repeat(len.div_ceil(unit.len()));
                assert_eq!(word_boundaries(&text).unwrap(), expected(&text), "{unit:?} × {len}");
            }
        }
    }

    #[test]
    fn lanes_are_cut_before_a_space_near_the_middle() {
        let unit = "It's 3.5 a.m.  x_y 1,000;2 U.S. \r\n \tend: e.g. ";
        let text = unit.repeat(TWO_LANES_MIN / unit.len() + 3);
        let longest_without_space = unit.split(' ').map(str::len).max().unwrap();
        // Every length of run from the shortest that two lanes read: the middle moves across every
        // position of the unit, and the run ends after each of its bytes.
        for len in TWO_LANES_MIN..text.len() {
            let cut = lane_cut(&text.as_bytes()[..len]);
            assert!(len - cut <= cut && cut <= len.div_ceil(2) + longest_without_space, "cut at {cut} of {len}");
            assert_eq!(text.as_bytes()[cut], b' ', "cut at {cut} of {len}");
        }
        // Short runs, and long ones with no space in their second half, are read by one lane.
        let no_space = "a.b'c".repeat(200);
        let spaces_only_in_the_first_half = "a b ".repeat(100) + &"x".repeat(500);
        for run in [&text[..TWO_LANES_MIN - 1], &no_space, &spaces_only_in_the_first_half] {
            assert_eq!(lane_cut(run.as_bytes()), run.len(), "{run:?}");
        }
    }

    // proptest is a native-only dev-dependency; the wasm test build compiles these tests too.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn agrees_on_mixed_text(text in "([a-zA-Z0-9_ .,:;'\"\r\n\t]|é|’|“|\u{301}|\u{200D}|日|😀|\u{3000}|\u{5D0}){0,60}") {
            proptest::prop_assert_eq!(word_boundaries(&text).unwrap(), expected(&text));
        }
    }
}
