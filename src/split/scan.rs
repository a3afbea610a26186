//! Scanning ASCII text eight bytes at a time: the byte scanners that lines, paragraphs and
//! article-mode sentences share.
//!
//! A block of eight bytes is read as a little-endian `u64`, one byte per *lane*. A mask function
//! sets the top bit of each lane whose byte it is looking for ([`marks_byte_or_non_ascii`] builds
//! the usual one), and [`find_marked`] finds the first marked byte of a text sixteen bytes a step. The
//! masks are built from subtractions, whose borrows run upwards from lane to lane, so they are
//! exact up to their first true mark, and that is all [`find_marked`] reads.

/// One byte in each of the eight lanes of a `u64`: multiplied by a byte, that byte in every lane.
pub(super) const EACH_BYTE: u64 = 0x0101_0101_0101_0101;

/// The top bit of each lane: the bit mask functions set to mark a byte.
pub(super) const TOP_BITS: u64 = EACH_BYTE * 0x80;

/// Position of the first byte at or after `from` that `marks` marks (sets the top bit of), or the
/// length of `bytes`.
///
/// `marks` gets eight bytes at a time, packed little-endian into a `u64`. It may mark bytes it
/// should not, but only above the lowest byte it rightly marks: borrows and carries between lanes
/// run upwards, so a mask built from subtractions (see [`marks_byte_or_non_ascii`]) is exact up to its first
/// true mark, and that is all this function reads.
pub(super) fn find_marked(bytes: &[u8], from: usize, marks: impl Fn(u64) -> u64) -> usize {
    let marked = |block: u64| marks(block) & TOP_BITS;
    let lane = |marked: u64| (marked.trailing_zeros() / 8) as usize;
    let mut i = from;
    // Sixteen bytes a step while there are, so the loop is paid for once per two words.
    while let Some(blocks) = bytes.get(i..).and_then(<[u8]>::first_chunk::<16>) {
        let blocks = u128::from_le_bytes(*blocks);
        let (low, high) = (marked(blocks as u64), marked((blocks >> 64) as u64));
        if low | high != 0 {
            return i + if low != 0 { lane(low) } else { 8 + lane(high) };
        }
        i += 16;
    }
    // The last few bytes, eight at a time, padded with spaces, which no mask marks.
    while i < bytes.len() {
        let rest = &bytes[i..bytes.len().min(i + 8)];
        let mut block = [b' '; 8];
        block[..rest.len()].copy_from_slice(rest);
        let found = marked(u64::from_le_bytes(block));
        if found != 0 {
            return (i + lane(found)).min(bytes.len());
        }
        i += 8;
    }
    bytes.len()
}

/// Marks the lanes of `block` that hold the ASCII byte `c`, and every non-ASCII byte, exactly up
/// to the first mark: an ASCII byte equal to `c` is the only one that `(byte ^ c) - 1` takes
/// below zero, the subtraction borrows from the lane above only there, and non-ASCII bytes,
/// marked by their own top bit, never borrow.
pub(super) fn marks_byte_or_non_ascii(block: u64, c: u8) -> u64 {
    (block ^ (EACH_BYTE * u64::from(c))).wrapping_sub(EACH_BYTE) | block
}

/// Marks the lanes of `block` that hold the ASCII byte `c`, exactly up to the first mark: as
/// [`marks_byte_or_non_ascii`], without the non-ASCII bytes.
pub(super) fn marks_byte(block: u64, c: u8) -> u64 {
    (block ^ (EACH_BYTE * u64::from(c))).wrapping_sub(EACH_BYTE) & !block
}

/// How many of the eight bytes packed little-endian in `block` are lower-case ASCII letters,
/// counting down from the last one.
pub(super) fn trailing_lowercase_len(block: u64) -> usize {
    let low_bits = block & !TOP_BITS;
    // Per byte: its top bit set when the byte's low seven bits are at least `a`, resp. above `z`;
    // no sum carries out of its byte.
    let from_a = low_bits.wrapping_add(EACH_BYTE * (0x80 - u64::from(b'a')));
    let past_z = low_bits.wrapping_add(EACH_BYTE * (0x80 - u64::from(b'z') - 1));
    let not_lowercase = !(from_a & !past_z & !block) & TOP_BITS;
    (not_lowercase.leading_zeros() / 8) as usize
}

/// Asserts that `marks` marks a byte exactly where `expected` says, in every lane of a block of
/// other bytes: at its lane and nowhere below it, or not at all.
#[cfg(test)]
pub(super) fn assert_marks_exactly(marks: impl Fn(u64) -> u64, expected: impl Fn(u8) -> bool) {
    for lane in 0..8 {
        for byte in 0..=u8::MAX {
            let mut block = [b'a'; 8];
            block[lane] = byte;
            let marked = marks(u64::from_le_bytes(block)) & TOP_BITS;
            let at_lane = marked != 0 && marked.trailing_zeros() / 8 == lane as u32;
            assert!(if expected(byte) { at_lane } else { marked == 0 }, "{byte:#04x} in lane {lane}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_byte_or_non_ascii_marks_exactly_those_in_every_lane() {
        for c in [b'.', b'?', b' ', 0x7F] {
            assert_marks_exactly(|block| marks_byte_or_non_ascii(block, c), |byte| byte == c || !byte.is_ascii());
        }
    }

    #[test]
    fn marks_byte_marks_exactly_that_byte_in_every_lane() {
        for c in [b'@', b':', b'.', 0x7F] {
            assert_marks_exactly(|block| marks_byte(block, c), |byte| byte == c);
        }
    }

    #[test]
    fn trailing_lowercase_len_counts_down_from_the_last_byte() {
        for (bytes, len) in [
            (b"abcdefgh", 8),
            (b"Abcdefgh", 7),
            (b"the end ", 0),
            (b"d harbou", 6),
            (b"xxxx`{az", 2),
            (b"\xe9t\xe9 a ok", 2),
            (b"@[`{AZaz", 2),
            (b"ab\xe1\xfa\xfbxyz", 3),
        ] {
            let block = u64::from_le_bytes(*bytes);
            assert_eq!(trailing_lowercase_len(block), len, "{}", bytes.escape_ascii());
        }
    }
}
