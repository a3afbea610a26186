// The analysis worker: loads textlens once and answers the page's requests (see
// worker-client.js), in the order scheduler.js chooses, with the handlers of analysis.js.
//
// Messages in:  { type: "setText", text, lang, format, version }
//               { id, channel, type, version, ...payload }   (type: see analysis.js `handlers`)
// Messages out: { ready: true } once textlens is loaded (or { ready: false, error })
//               { id, channel, result } | { id, channel, error: message } | { id, channel, stale: true }
import init, { loadDictionaries, loadMarkup } from "../pkg/textlens.js";
import { handlers, needsDictionary, recount, useText } from "./analysis.js";
import { Scheduler } from "./scheduler.js";

/** Channels in the order a batch serves them: the numbers first, exports last. */
const CHANNEL_ORDER = ["analyze", "selection", "pieces", "pieceCounts", "highlight", "export"];

let version = 0; // of the text the worker holds

const ready = init().then(
  () => self.postMessage({ ready: true }),
  (error) => self.postMessage({ ready: false, error: String(error?.message ?? error) }),
);

const scheduler = new Scheduler({
  order: CHANNEL_ORDER,
  ready,
  useText: async ({ text, lang, format, version: textVersion }) => {
    // The Markdown parser is a module of its own, fetched the first time a text needs it.
    const unreadable = format === "markdown" ? await loadMarkup().then(() => null, (error) => error) : null;
    useText(text, { lang, format, unreadable });
    // So is the dictionary module (2.5 MB gzip), by a text with Chinese, Japanese, Thai, … words;
    // if it cannot load, those words stay counted one character or run at a time.
    if (needsDictionary() && (await loadDictionaries().then(() => true, () => false))) recount();
    version = textVersion;
  },
  serve,
});

self.addEventListener("message", ({ data }) => scheduler.receive(data));

/** Answers one request; one about an older text is answered as stale, without work. */
function serve({ id, channel, type, version: asked, ...payload }) {
  if (asked !== version) {
    self.postMessage({ id, channel, stale: true });
    return;
  }
  try {
    const handler = handlers[type];
    if (!handler) throw new Error(`unknown request type ${JSON.stringify(type)}`);
    const { result, transfer = [] } = handler(payload);
    self.postMessage({ id, channel, result }, transfer);
  } catch (error) {
    self.postMessage({ id, channel, error: error instanceof Error ? error.message : String(error) });
  }
}
