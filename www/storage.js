// What the page keeps in this browser (localStorage): the text and the highlight settings.
// Nothing is stored anywhere else. Texts too large for the browser's quota are not kept; the
// caller is told so.

const TEXT_KEY = "textlens.text";
const SETTINGS_KEY = "textlens.settings";

/** Texts longer than this (UTF-16 units) are not stored: localStorage holds about 5 M units in all. */
export const MAX_STORED_LENGTH = 2_000_000;

/** The stored text, or "" when there is none (or storage is unavailable). */
export function loadText() {
  try {
    return localStorage.getItem(TEXT_KEY) ?? "";
  } catch {
    return "";
  }
}

/** Stores `text`; returns false when it is too large to keep (any older copy is removed then). */
export function saveText(text) {
  try {
    if (text === "" || text.length > MAX_STORED_LENGTH) {
      localStorage.removeItem(TEXT_KEY);
      return text === "";
    }
    localStorage.setItem(TEXT_KEY, text);
    return true;
  } catch {
    try {
      localStorage.removeItem(TEXT_KEY);
    } catch {
      // storage is unavailable altogether: nothing was kept
    }
    return false;
  }
}

/** Removes the stored text. */
export function clearText() {
  try {
    localStorage.removeItem(TEXT_KEY);
  } catch {
    // nothing stored
  }
}

/** The stored highlight settings merged over `defaults`. */
export function loadSettings(defaults) {
  try {
    return { ...defaults, ...JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}") };
  } catch {
    return { ...defaults };
  }
}

export function saveSettings(settings) {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // not kept; the page works the same
  }
}
