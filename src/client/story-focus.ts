/**
 * Keyboard readers in the story: the map follows the focus (the chapter holding a focused control
 * on screen is the active one, whichever way the reader tabs), and the map's panel, where its
 * legend overflows, is a Tab stop so it can be scrolled without a mouse.
 */

/** The index of the chapter holding the keyboard focus, where that focus is on screen; else null. */
export function focusedChapter(sections: readonly HTMLElement[]): number | null {
  const focused = document.activeElement;
  // Keyboard focus only: a button clicked and scrolled away from must not hold the map.
  if (!(focused instanceof HTMLElement) || !focused.matches(":focus-visible")) return null;
  const section = focused.closest<HTMLElement>("section.chapter");
  if (!section) return null;
  const r = focused.getBoundingClientRect();
  if (r.bottom <= 0 || r.top >= window.innerHeight) return null;
  const index = sections.indexOf(section);
  return index >= 0 ? index : null;
}

/** Makes the panel a Tab stop while (and only while) its content overflows it. */
export function markPanelScrollable(panel: HTMLElement | null): void {
  if (!panel) return;
  if (panel.scrollHeight > panel.clientHeight + 1) panel.tabIndex = 0;
  else panel.removeAttribute("tabindex");
}
