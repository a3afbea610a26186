//! Web addresses and e-mail addresses in running text, which word counts take as one word each
//! (as word processors and online word counters do) although UAX #29 cuts them into several
//! (`https` `:` `/` `/` `example.com` …).
//!
//! A link is a stretch between whitespace, without the quotes, brackets and punctuation around
//! it (`(see www.example.org/a.)` has the link `www.example.org/a`), that is one of:
//!
//! | kind | shape | examples |
//! |---|---|---|
//! | URL with a scheme | letters (then letters, digits, `+`, `-`, `.`), `://`, then a letter or digit | `https://example.org/a?b=1`, `ftp://files.example.net` |
//! | URL without one | `www.` (any case), then a letter or digit | `www.example.org`, `WWW.Example.com/news` |
//! | e-mail address | a local part of letters, digits and `.` `_` `%` `+` `-`, `@`, a domain of at least two dotted labels of letters, digits and `-` | `jane.doe@example.org` |
//!
//! A closing bracket at the end stays when the link opened one (`…/Mercury_(planet)`). Bare
//! domains (`example.org`) are not links: they cannot be told from abbreviations and numbers.
//!
//! Finding them costs one pass of [`find_marked`] over the text for `@`, `:` and `.`; only an
//! `@`, a `://` or a `www.` makes it read the stretch around, and each stretch is read at most
//! once, so it is linear in the text whatever it holds.

use super::scan::{find_marked, marks_byte};
use crate::Span;

/// The links of `text`, in order.
#[inline(never)]
pub(crate) fn links(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // Where the stretch holding the last candidate ended: stretches before it are done.
    let mut done = 0;
    let mut pos = 0;
    loop {
        pos = find_marked(bytes, pos, |block| {
            marks_byte(block, b'@') | marks_byte(block, b':') | marks_byte(block, b'.')
        });
        if pos >= bytes.len() {
            return found;
        }
        if !may_hold_link(bytes, pos) {
            pos += 1;
            continue;
        }
        let start = match text[done..pos].char_indices().rfind(|(_, c)| c.is_whitespace()) {
            Some((i, space)) => done + i + space.len_utf8(),
            None => done,
        };
        let end = text[pos..].find(char::is_whitespace).map_or(text.len(), |i| pos + i);
        if let Some(link) = link_in(text, Span::new(start, end)) {
            found.push(link);
        }
        done = end;
        pos = end;
    }
}

/// Whether the `@`, `:` or `.` at `pos` may be part of a link, told from the bytes beside it:
/// an `@`, a `://`, or the `.` of a `www.` that starts a word.
fn may_hold_link(bytes: &[u8], pos: usize) -> bool {
    match bytes[pos] {
        b'@' => true,
        b':' => bytes[pos + 1..].starts_with(b"//"),
        _ => {
            let www = pos >= 3 && bytes[pos - 3..pos].eq_ignore_ascii_case(b"www");
            www && (pos == 3 || !bytes[pos - 4].is_ascii_alphanumeric())
        }
    }
}

/// The link that the stretch `around` (between whitespace) holds, if it is one.
fn link_in(text: &str, around: Span) -> Option<Span> {
    let stretch = around.text(text);
    let inner = stretch.trim_start_matches(is_opener);
    let start = around.start + stretch.len() - inner.len();
    let inner = trim_end(inner);
    let link = Span::new(start, start + inner.len());
    (is_url(inner) || is_email(inner)).then_some(link)
}

/// Quotes and brackets that open before a link.
fn is_opener(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '<' | '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '‚')
}

/// `link` without the punctuation, quotes and unopened closing brackets after it.
fn trim_end(mut link: &str) -> &str {
    const PAIRS: [(u8, u8); 4] = [(b'(', b')'), (b'[', b']'), (b'{', b'}'), (b'<', b'>')];
    // Closing brackets not yet matched by an opening one, per pair.
    let mut unopened = [0isize; 4];
    for b in link.bytes() {
        for (pair, &(open, close)) in PAIRS.iter().enumerate() {
            unopened[pair] += isize::from(b == close) - isize::from(b == open);
        }
    }
    while let Some(last) = link.chars().next_back() {
        let strip = match PAIRS.iter().position(|&(_, close)| u32::from(close) == u32::from(last)) {
            Some(pair) if unopened[pair] > 0 => {
                unopened[pair] -= 1;
                true
            }
            Some(_) => false,
            None => matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | '»' | '›'),
        };
        if !strip {
            break;
        }
        link = &link[..link.len() - last.len_utf8()];
    }
    link
}

/// `scheme://…` or `www.…`.
fn is_url(link: &str) -> bool {
    let after = |prefix_len: usize| link[prefix_len..].starts_with(|c: char| c.is_alphanumeric());
    if let Some(scheme_len) = link.as_bytes().windows(3).position(|window| window == b"://") {
        let scheme = &link[..scheme_len];
        let scheme_ok = scheme.len() >= 2
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
        return scheme_ok && after(scheme_len + 3);
    }
    link.get(..4).is_some_and(|prefix| prefix.eq_ignore_ascii_case("www.")) && after(4)
}

/// `local@domain.tld`.
fn is_email(link: &str) -> bool {
    let Some((local, domain)) = link.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-'));
    let label_ok = |label: &str| !label.is_empty() && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let top_level_ok = |label: &str| label.len() >= 2 && label.bytes().all(|b| b.is_ascii_alphabetic());
    local_ok
        && domain.contains('.')
        && domain.split('.').all(label_ok)
        && domain.rsplit('.').next().is_some_and(top_level_ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        links(text).iter().map(|link| link.text(text)).collect()
    }

    #[test]
    fn urls_with_and_without_a_scheme() {
        assert_eq!(found("Read https://example.org/a?b=1 today."), ["https://example.org/a?b=1"]);
        assert_eq!(found("Mirror at ftp://files.example.net, or not."), ["ftp://files.example.net"]);
        assert_eq!(found("Go to WWW.Example.com/news."), ["WWW.Example.com/news"]);
    }

    #[test]
    fn punctuation_and_brackets_around_a_link_are_not_part_of_it() {
        assert_eq!(found("(see www.example.org/a.)"), ["www.example.org/a"]);
        assert_eq!(found("“mail me at ana@example.org!”"), ["ana@example.org"]);
        assert_eq!(
            found("at https://en.example.org/wiki/Mercury_(planet)."),
            ["https://en.example.org/wiki/Mercury_(planet)"]
        );
    }

    #[test]
    fn email_addresses_need_a_local_part_and_a_dotted_domain() {
        assert_eq!(found("Write to jane.doe+news@mail.example.co.uk now."), ["jane.doe+news@mail.example.co.uk"]);
        for not_email in ["@handle said", "me@localhost", "a@b.c", "x@.org", "@ home"] {
            assert!(found(not_email).is_empty(), "{not_email}");
        }
    }

    #[test]
    fn abbreviations_times_numbers_and_bare_domains_are_not_links() {
        assert!(found("At 11:28 a.m. the U.S. team, 3.14 ahead, left example.org: done.").is_empty());
        assert!(found("www. alone, or www.").is_empty());
        assert!(found("a://x and :// and 1http://x").is_empty());
    }

    #[test]
    fn links_among_non_ascii_text_and_other_whitespace() {
        assert_eq!(found("日本語\u{3000}https://例え.jp/パス\u{3000}です"), ["https://例え.jp/パス"]);
        assert_eq!(found("voir\u{a0}www.exemple.fr\u{a0}ici"), ["www.exemple.fr"]);
    }

    #[test]
    fn long_stretches_without_whitespace_and_unbalanced_closers() {
        let text = "a.".repeat(200_000);
        assert!(found(&text).is_empty());
        let text = format!("www.example.org/{}", ").".repeat(200_000));
        assert_eq!(found(&text), ["www.example.org/"]);
        let text = format!("{} https://example.org", "x@y".repeat(100_000));
        assert_eq!(found(&text), ["https://example.org"]);
    }
}
