//! Abbreviations (stub).
/// How an abbreviation behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbbreviationKind {
    /// Title.
    Title,
}
/// An abbreviation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Abbreviation {
    /// Text without the final period.
    pub text: String,
    /// Kind.
    pub kind: AbbreviationKind,
}
/// Built-in list.
pub const ABBREVIATIONS: &[(&str, AbbreviationKind)] = &[];
