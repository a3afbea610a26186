// The languages the page offers and their names. Pure.

/**
 * The languages the reader can choose: those textlens has rules of their own for (its
 * `src/lang/data/` files; tests/e2e/page.test.mjs checks the two lists agree).
 */
export const LANGUAGES = ["ar", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "hi", "hu", "it", "ja", "ko",
  "mr", "nb", "ne", "nl", "pl", "pt", "ru", "sv", "th", "tr", "uk", "ur", "vi", "zh"];

const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** "German" for "de". */
export const languageName = (tag) => names.of(tag);
