/**
 * Explore mode for a map element: a button turns the map's gestures on (the story or embed waits),
 * another button, or Escape, turns them off and hands control back.
 */
import type { LiveMap } from "./live-map.ts";

export function setupExplore(el: HTMLElement, live: () => LiveMap | undefined, onChange: (exploring: boolean) => void): (on: boolean) => void {
  const explore = el.querySelector<HTMLButtonElement>("[data-explore]")!;
  const back = el.querySelector<HTMLButtonElement>("[data-back-to-story]")!;
  let exploring = false;
  const set = (on: boolean): void => {
    const map = live();
    if (!map || on === exploring) return;
    exploring = on;
    el.classList.toggle("is-exploring", on);
    explore.hidden = on;
    back.hidden = !on;
    map.setExploring(on);
    onChange(on);
    if (on) map.map.getCanvas().focus();
    else explore.focus();
  };
  explore.addEventListener("click", () => set(true));
  back.addEventListener("click", () => set(false));
  el.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && exploring) set(false);
  });
  return set;
}
