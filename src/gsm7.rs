//! The GSM 03.38 alphabet, in which an SMS is sent as 7-bit septets (3GPP TS 23.038, § 6.2.1):
//! its basic set takes one septet a character, its extension table (`€`, `[`, `{`, `^`, …) two,
//! an escape and the character. A text with any other character is sent as UCS-2 instead.

/// GSM 03.38 basic character set (without the escape code).
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                          ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// GSM 03.38 extension table: each of these takes an escape septet and its own.
const GSM7_EXTENSION: &str = "\u{c}^{}\\[~]|€";

/// Septets of `c` in GSM-7: 1 in the basic set, 2 in the extension table, `None` if neither.
pub(crate) fn septets(c: char) -> Option<usize> {
    /// Septets of each ASCII character (0: not in GSM-7), from the two sets' ASCII members.
    const ASCII: [u8; 128] = {
        let mut table = [0u8; 128];
        let sets = [(GSM7_BASIC.as_bytes(), 1), (GSM7_EXTENSION.as_bytes(), 2)];
        let mut s = 0;
        while s < sets.len() {
            let (bytes, septets) = sets[s];
            let mut i = 0;
            while i < bytes.len() {
                // Bytes below 0x80 are whole ASCII characters; a longer character's are all above.
                if bytes[i] < 0x80 {
                    table[bytes[i] as usize] = septets;
                }
                i += 1;
            }
            s += 1;
        }
        table
    };
    let septets = match c {
        c if c.is_ascii() => ASCII[c as usize],
        c if GSM7_BASIC.contains(c) => 1,
        c if GSM7_EXTENSION.contains(c) => 2,
        _ => 0,
    };
    (septets > 0).then_some(usize::from(septets))
}

/// The septets of `text` if it is all GSM-7, counting a character outside the alphabet as its
/// UTF-16 units (what it takes in a UCS-2 message), so that lengths of adjacent pieces add up.
pub(crate) fn units(text: &str) -> usize {
    text.chars().map(|c| septets(c).unwrap_or(c.len_utf16())).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn septets_of_the_two_sets_and_units_of_any_text() {
        assert_eq!(septets('a'), Some(1));
        assert_eq!(septets('é'), Some(1));
        assert_eq!(septets('Δ'), Some(1));
        assert_eq!(septets('€'), Some(2));
        assert_eq!(septets('['), Some(2));
        assert_eq!(septets('ç'), None, "only the capital Ç is in the alphabet");
        assert_eq!(septets('`'), None);
        assert_eq!(units("Seats [B] 12€"), 16);
        assert_eq!(units("ç👍"), 3, "outside the alphabet: UTF-16 units");
    }
}
