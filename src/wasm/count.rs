//! The JavaScript edge of counting (issue 3).
