//! Counting: words, characters, sentences, readability and more (issue 3).
