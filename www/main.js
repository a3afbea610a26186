// Wiring only: text changes -> (debounced) worker request -> view.
import { View } from "./view.js";
import { WorkerClient, StaleResultError } from "./worker-client.js";

/** How long typing must pause before the text is analysed again. */
const DEBOUNCE_MS = 150;

const view = new View();
const analysis = new WorkerClient(new URL("./worker.js", import.meta.url));

async function analyze(text) {
  try {
    view.showAnalysis(await analysis.latest("analyze", { text }));
  } catch (error) {
    if (!(error instanceof StaleResultError)) view.showError(error.message);
  }
}

let timer;
view.onTextChange((text) => {
  // The text changed, so whatever is in flight answers for old text: drop it.
  analysis.cancel();
  view.showPending();
  clearTimeout(timer);
  timer = setTimeout(() => analyze(text), DEBOUNCE_MS);
});

// Text the browser restored into the textarea (back/forward navigation) is analysed right away.
if (view.text() !== "") analyze(view.text());
