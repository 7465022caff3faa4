/**
 * The poverty-year control in the page, for the story and the map embeds alike: any year button
 * in the page switches the year, and the view from lib/shared/poverty-year.ts is applied everywhere at
 * once (every button's pressed state, every legend title, the still frame, the live map); the
 * address (`?poverty=`) is asked of page-address.ts, its one writer.
 */
import type { PovertyYear } from "../lib/shared/map-style.ts";
import { parsePovertyYear, povertyYearView } from "../lib/shared/poverty-year.ts";
import type { LiveMap } from "./live-map.ts";
import { updateAddress } from "./page-address.ts";

export interface YearSwitchOptions {
  /** the map element (MapFigure): its still frame, its title template; it carries the year as data-poverty-year, so buttons are matched as buttons */
  mapEl: HTMLElement;
  initial: PovertyYear;
  /** the view on screen now; undefined while the story has not yet placed the reader in a chapter */
  view: () => { slug: string; layers: readonly string[] } | undefined;
  live: () => LiveMap | undefined;
  /**
   * after each change of year or view (a press, or refresh()), e.g. to carry the year into other
   * links; never while the control is being bound, so the caller's `const` for it exists by then
   */
  onChange?: (year: PovertyYear) => void;
}

export interface YearSwitch {
  year(): PovertyYear;
  /** applies the year again, after the view changed or new legend copies appeared */
  refresh(): void;
}

export function bindYearSwitch(options: YearSwitchOptions): YearSwitch {
  const { mapEl } = options;
  const still = mapEl.querySelector<HTMLImageElement>(".story-map__still");
  const frameBase = still?.dataset.frameBase;
  const titleTemplate = mapEl.dataset.povertyTitleTemplate;
  if (!still || frameBase === undefined) throw new Error("the map element lacks its still frame (.story-map__still[data-frame-base])");
  if (!titleTemplate) throw new Error("the map element lacks data-poverty-title-template");
  let year = options.initial;

  // Everything that shows the year, and the address; the caller hears of it after a press or a refresh.
  const applyYear = (): void => {
    const scene = options.view();
    const view = povertyYearView(year, { ...(scene ?? { slug: "", layers: [] }), frameBase, titleTemplate });
    mapEl.dataset.povertyYear = String(year);
    for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-poverty-year]")) {
      button.setAttribute("aria-pressed", String(view.pressed[parsePovertyYear(button.dataset.povertyYear, "a year button")]));
    }
    // A compact key carries its own, shorter title template.
    for (const title of document.querySelectorAll<HTMLElement>("[data-poverty-title]")) {
      const own = title.dataset.povertyTitle;
      title.textContent = own ? own.replaceAll("{year}", String(year)) : view.legendTitle;
    }
    // Once the live map draws, the still is hidden for good: no need to fetch another; and none
    // before the chapter is known (a share link's first frame is its chapter's, not the first one).
    if (scene && !mapEl.classList.contains("is-live") && !still.src.endsWith(view.stillFrame)) still.src = view.stillFrame;
    options.live()?.setPovertyYear(year);
    updateAddress({ povertyYear: year });
  };
  const apply = (): void => {
    applyYear();
    options.onChange?.(year);
  };

  // Delegated: the story clones legends into its map panel as chapters change.
  document.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-poverty-year]");
    if (!button) return;
    year = parsePovertyYear(button.dataset.povertyYear, "the year button");
    apply();
  });
  applyYear();
  return { year: () => year, refresh: apply };
}
