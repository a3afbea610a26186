//! Chunks (stub).
use crate::{Result, Span};
/// Unit of size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SizeUnit {
    /// Graphemes.
    #[default]
    Grapheme,
    /// Word-like words.
    Word,
    /// UTF-16 code units.
    Utf16,
}
/// Chunk options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChunkOptions {
    /// Max size.
    pub max_size: usize,
    /// Unit.
    pub unit: SizeUnit,
    /// Overlap in sentences.
    pub overlap: usize,
}
/// A chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// Whole chunk.
    pub span: Span,
    /// Where new content starts.
    pub fresh_start: usize,
}
/// Chunks.
pub fn chunk(text: &str, options: &ChunkOptions) -> Result<Vec<Chunk>> {
    let _ = options;
    Ok(vec![Chunk { span: Span::new(0, text.len()), fresh_start: 0 }])
}
