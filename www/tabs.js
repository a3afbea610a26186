// ARIA tabs: a tablist of buttons where one is selected. Click or Enter/Space selects; the arrow
// keys, Home and End move between tabs (only the selected tab is in the Tab order).

/**
 * Wires the tabs of `tablist` and calls `onSelect(tab)` when the selection changes. Returns
 * `select(tab)` for selecting from code.
 */
export function setUpTabs(tablist, onSelect) {
  const tabs = [...tablist.querySelectorAll('[role="tab"]')];
  const select = (tab, { focus = false } = {}) => {
    const changed = tab.getAttribute("aria-selected") !== "true";
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
    }
    if (focus) tab.focus();
    if (changed) onSelect(tab);
  };
  tablist.addEventListener("click", (event) => {
    const tab = event.target.closest('[role="tab"]');
    if (tab) select(tab);
  });
  tablist.addEventListener("keydown", (event) => {
    const index = tabs.indexOf(document.activeElement);
    if (index === -1) return;
    const next = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(tabs[next], { focus: true });
  });
  return select;
}
