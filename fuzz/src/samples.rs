//! Text fragments and regular expressions that stress textlens, shared by the fuzz inputs
//! ([`crate::input`]) and the property tests of the main crate (which include this file by path).

/// Pieces of text that exercise the rules of splitting, counting and highlighting.
pub const FRAGMENTS: &[&str] = &[
    "Mr. ", "Dr. ", "U.S. ", "a.m. ", "p.m. Friday", "No. 5", "e.g. ", "J. R. R. ", "Inc. ", "3.14", "$20,000",
    "5%", "12 percent", "Nov. 12", "2024-11-12", "11:59pm", "1. ", "- ", "...", "…", "?! ", ". ", "“", "”", "\"",
    "'", "‘", "’", "«", "»", "„", "「", "」", "e\u{301}", "\u{301}", "👩\u{200D}👩\u{200D}👧", "👍🏽", "\u{200D}",
    "\u{1F1E6}\u{1F1E8}", "日本語です。", "한국어", "ภาษาไทย", "שלום. ", "مرحبا", "\u{202E}", "\u{2066}", "\u{2029}",
    "\u{2028}", "\r\n", "\n\n", "\r", "\n", " ", "\t", "\u{A0}", "\u{3000}", "\u{AD}", "\u{200C}", "\u{FEFF}", "\0",
    "\u{FFFD}", "<", ">", "&", "&amp;", "<mark>", "WeChat", "Laurel Beeler", "Béeler", "résumé", "resume", "straße",
    "STRASSE", "ΣΊΣΥΦΟΣ", "σς", "İstanbul", "ǅ", "ﬁ", "Ⅻ", "ø", "\u{0915}\u{094D}\u{0937}", "\u{0600}1", "was signed",
    "were taken", "quickly", "family", "the the", "Internationalization", "Bank of America", "Acme", "ACME", "x@y.com",
    "https://example.com/a.b", "don’t", "l'été",
];

/// Regular expressions worth trying: catastrophic for backtracking engines, empty-matching,
/// anchored, non-ASCII, case-insensitive, or large.
pub const PATTERNS: &[&str] = &[
    "(a+)+$", "(x+x+)+y", "(.*)*\\d", "\\b\\w+\\b", ".", "\\s*", "a|ab", "^", "$", "(?m)^.*$", "(?s).+", "(?i)wechat",
    "[^\\x00-\\x7F]+", "\\u{FFFD}", "é|e\\u{301}", "\\d{1,3}(,\\d{3})*", "\\p{L}", "(?P<name>[A-Z][a-z]+)", "[[:alpha:]]+",
    "a{1000}{1000}", "(", "[z-a]", "\\", "x{2,1}",
];
