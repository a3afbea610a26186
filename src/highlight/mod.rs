//! Highlighting: terms, patterns and detectors resolved into pieces (issue 4).
