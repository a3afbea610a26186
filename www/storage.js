// What the page keeps in this browser: the text and the settings. Nothing is stored anywhere
// else. Texts up to MAX_STORED_LENGTH go to localStorage (quick, about 5 M units in all); larger
// ones are kept only when the reader asks, in IndexedDB, which holds far more. Every function
// says what was kept, so the page can tell the reader what survives a reload.

const TEXT_KEY = "textlens.text";
const SETTINGS_KEY = "textlens.settings";
const DATABASE = "textlens";
const STORE = "texts";

/** Texts longer than this (UTF-16 units) are not put in localStorage. */
export const MAX_STORED_LENGTH = 2_000_000;

/** Runs `work(store)` in a transaction of the text store; resolves to the request's result. */
function database(mode, work) {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const db = opening.result;
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.transaction.oncomplete = () => db.close();
    };
  });
}

const local = {
  get: () => localStorage.getItem(TEXT_KEY),
  set: (text) => localStorage.setItem(TEXT_KEY, text),
  remove: () => localStorage.removeItem(TEXT_KEY),
};

/** Runs `action`, ignoring a storage that is unavailable or full. */
async function tryTo(action) {
  try {
    await action();
    return true;
  } catch {
    return false;
  }
}

/** The stored text, or "" when there is none (or storage is unavailable). */
export async function loadText() {
  try {
    const kept = local.get();
    if (kept !== null) return kept;
  } catch {
    // no localStorage: the database may still hold one
  }
  try {
    return (await database("readonly", (store) => store.get(TEXT_KEY))) ?? "";
  } catch {
    return "";
  }
}

/**
 * Stores `text`; with `anyway`, a text too large for localStorage goes to IndexedDB. Resolves to
 * what is kept now: "none" (empty text), "local", "database" or "too-large" (not kept).
 */
export async function saveText(text, { anyway = false } = {}) {
  if (text === "") {
    await clearText();
    return "none";
  }
  if (text.length <= MAX_STORED_LENGTH && (await tryTo(() => local.set(text)))) {
    await tryTo(() => database("readwrite", (store) => store.delete(TEXT_KEY)));
    return "local";
  }
  await tryTo(local.remove);
  if (anyway && (await tryTo(() => database("readwrite", (store) => store.put(text, TEXT_KEY))))) return "database";
  await tryTo(() => database("readwrite", (store) => store.delete(TEXT_KEY)));
  return "too-large";
}

/** Removes the stored text, wherever it is. */
export async function clearText() {
  await tryTo(local.remove);
  await tryTo(() => database("readwrite", (store) => store.delete(TEXT_KEY)));
}

/** The stored settings merged over `defaults`. */
export function loadSettings(defaults) {
  try {
    return { ...defaults, ...JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}") };
  } catch {
    return { ...defaults };
  }
}

export function saveSettings(settings) {
  tryTo(() => localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings)));
}
