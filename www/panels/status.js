// The status line under the text: messages (with an Undo button when the last change can be
// undone), the progress bar of long work, and the page's ready state. DOM only.

import { BusyIndicator } from "../busy.js";

/** How long work may take before the progress bar appears. */
const PROGRESS_DELAY_MS = 300;

const $ = (id) => document.getElementById(id);

export class Status {
  #workPeriods = 0;
  #undo = null;

  constructor() {
    this.line = $("status");
    this.progress = $("progress");
    this.undoButton = $("undo");
    this.busy = new BusyIndicator({
      delay: PROGRESS_DELAY_MS,
      show: (label) => {
        this.progress.hidden = false;
        this.progress.textContent = label;
        this.progress.setAttribute("aria-label", label);
        $("progress-label").textContent = label;
      },
      hide: () => {
        this.progress.hidden = true;
        $("progress-label").textContent = "";
      },
    });
    this.undoButton.addEventListener("click", () => {
      const undo = this.#undo;
      this.#setUndo(null);
      undo?.();
    });
  }

  /** A message; `kind` "error" shows it as an error. `undo`, if given, is offered as a button. */
  show(message, kind = "info", undo = null) {
    this.line.textContent = message;
    this.line.dataset.kind = kind;
    this.#setUndo(undo);
  }

  #setUndo(undo) {
    this.#undo = undo;
    this.undoButton.hidden = undo === null;
  }

  /**
   * Shows the progress bar once work has lasted a moment; hides it when idle. `body[data-busy]`
   * says whether work is going on and `body[data-work-periods]` counts the times work began, so
   * tests can wait for work they started to begin and end, however fast it is.
   */
  showBusy(channels) {
    const busy = channels.length > 0;
    if (busy && document.body.dataset.busy !== "true") document.body.dataset.workPeriods = String(++this.#workPeriods);
    document.body.dataset.busy = String(busy);
    this.busy.update(channels);
  }

  /** Marks the page ready for use (textlens loaded, offline copy in place). */
  showReady(offlineNote) {
    $("offline-state").textContent = offlineNote;
    document.documentElement.dataset.ready = "true";
  }
}
