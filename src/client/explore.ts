/**
 * Explore mode for a map element: a button turns the map's gestures on (the story or embed waits),
 * another button, or Escape, turns them off and hands control back, with the focus where the
 * reader came from (in the story: the chapter they were reading).
 */
import type { LiveMap } from "./live-map.ts";

export interface ExploreOptions {
  el: HTMLElement;
  live: () => LiveMap | undefined;
  onChange: (exploring: boolean) => void;
  /** where the focus goes back to; default: the map's own Explore button */
  returnFocus?: () => HTMLElement | null;
}

export function setupExplore(options: ExploreOptions): (on: boolean) => void {
  const { el, live, onChange } = options;
  const explore = el.querySelector<HTMLButtonElement>("[data-explore]")!;
  const back = el.querySelector<HTMLButtonElement>("[data-back-to-story]")!;
  let exploring = false;
  const set = (on: boolean): void => {
    const map = live();
    if (!map || on === exploring) return;
    exploring = on;
    el.classList.toggle("is-exploring", on);
    map.setExploring(on);
    onChange(on);
    // Move focus before hiding the focused button, or it falls back to the page.
    if (on) {
      back.hidden = false;
      focusSoon(map.map.getCanvas());
      explore.hidden = true;
    } else {
      explore.hidden = false;
      (options.returnFocus?.() ?? explore).focus({ preventScroll: true });
      back.hidden = true;
    }
  };
  explore.addEventListener("click", () => set(true));
  back.addEventListener("click", () => set(false));
  el.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && exploring) set(false);
  });
  return set;
}

/**
 * Focuses an element, trying again for a few frames: Chromium sometimes ignores focus() on the
 * map's canvas while MapLibre is re-laying out after its controls change (seen about one time in four).
 */
function focusSoon(target: HTMLElement, tries = 5): void {
  target.focus({ preventScroll: true });
  if (document.activeElement !== target && tries > 1) requestAnimationFrame(() => focusSoon(target, tries - 1));
}
