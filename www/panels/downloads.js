// The Export panel, and saving any file the page makes. DOM only.

const $ = (id) => document.getElementById(id);

/** Calls `handler(what, format)` for an export button. */
export function onExport(handler) {
  $("export").addEventListener("click", (event) => {
    const button = event.target.closest("[data-export]");
    if (button) handler(button.dataset.export, button.dataset.format);
  });
}

/** Saves `{ filename, mime, content }` through a temporary object URL. */
export function download({ filename, mime, content }) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
