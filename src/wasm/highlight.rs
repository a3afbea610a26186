//! The JavaScript edge of highlighting (issue 4).
