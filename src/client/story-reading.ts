/**
 * The story's reading rules, without the DOM: where the line is that makes a chapter the active
 * one, and what the language links carry (the chapter and the poverty year) so the other
 * language opens where the reader is.
 */
import type { PovertyYear } from "../lib/shared/map-style.ts";
import { withPovertyYear } from "../lib/shared/url-state.ts";

/** The active chapter is the last whose top is above this line: half-way down, lower where the map sits on top (stacked). */
export function triggerLine(viewportHeight: number, stacked: boolean): number {
  return viewportHeight * (stacked ? 0.72 : 0.5);
}

/** The header's language switch: the other edition's address with the year and the chapter. */
export function languageSwitchHref(base: string, year: PovertyYear, chapter: string): string {
  return `${base}${withPovertyYear("", year)}#${chapter}`;
}

/** A chapter's own language link keeps its hash (the chapter) and carries the year in its query. */
export const chapterLanguageSearch = (year: PovertyYear): string => withPovertyYear("", year);
