/**
 * The poverty-year control, shared by the story and every map embed, without the DOM: from the
 * year and the view on screen it says everything that must agree (which year button is pressed,
 * the legend's title, the still frame), so no copy of it can drift from another. The address is
 * client/page-address.ts's alone.
 */
import { POVERTY_YEARS, type PovertyYear } from "./map-style.ts";
import { DEFAULT_POVERTY_YEAR } from "./url-state.ts";

/** What is on screen: the view's slug and layers, and where its still frames live. */
export interface YearScene {
  slug: string;
  layers: readonly string[];
  /** the still frames' folder, e.g. "/frames/en/" */
  frameBase: string;
  /** the legend's title with a {year} placeholder, in the reader's language */
  titleTemplate: string;
}

export interface YearView {
  year: PovertyYear;
  /** aria-pressed for each year's button */
  pressed: Record<PovertyYear, boolean>;
  legendTitle: string;
  /** the still frame of the view in that year (frames of other years exist only for poverty views) */
  stillFrame: string;
}

/** A year from a button's or the URL's text; anything else is an error naming it. */
export function parsePovertyYear(text: string | undefined, where: string): PovertyYear {
  const year = Number(text);
  if (!/^\d{4}$/.test(text ?? "") || !(POVERTY_YEARS as readonly number[]).includes(year)) {
    throw new Error(`${where}: "${text}" is not a poverty year (${POVERTY_YEARS.join(", ")})`);
  }
  return year as PovertyYear;
}

/** The still frame's address for a view: the default year's frame, or the year's own for a poverty view. */
export function stillFrameUrl(scene: Pick<YearScene, "slug" | "layers" | "frameBase">, year: PovertyYear): string {
  const ownYear = scene.layers.includes("poverty") && year !== DEFAULT_POVERTY_YEAR;
  return `${scene.frameBase}${ownYear ? `${year}/` : ""}${scene.slug}.svg`;
}

export function povertyYearView(year: PovertyYear, scene: YearScene): YearView {
  if (!scene.titleTemplate.includes("{year}")) throw new Error(`the poverty legend's title "${scene.titleTemplate}" has no {year}`);
  const pressed = Object.fromEntries(POVERTY_YEARS.map((y) => [y, y === year])) as Record<PovertyYear, boolean>;
  return {
    year,
    pressed,
    legendTitle: scene.titleTemplate.replaceAll("{year}", String(year)),
    stillFrame: stillFrameUrl(scene, year),
  };
}
