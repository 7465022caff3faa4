/**
 * Story state that lives in the URL besides the chapter (which is the hash): for now the poverty
 * year. Every value is checked; a bad one is reported in words and replaced by the default, never
 * echoed into the page as HTML.
 */
import { POVERTY_YEARS, type PovertyYear } from "./map-style.ts";
import type { ParamProblem } from "./param-problem.ts";

export interface UrlState {
  povertyYear: PovertyYear;
  problems: ParamProblem[];
}

export const DEFAULT_POVERTY_YEAR: PovertyYear = 2024;

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  let povertyYear = DEFAULT_POVERTY_YEAR;
  const raw = params.get("poverty");
  if (raw !== null) {
    const year = Number(raw);
    if ((POVERTY_YEARS as readonly number[]).includes(year) && /^\d{4}$/.test(raw)) povertyYear = year as PovertyYear;
    else problems.push({ param: "poverty", value: raw, expected: { oneOf: POVERTY_YEARS }, fallback: String(DEFAULT_POVERTY_YEAR) });
  }
  return { povertyYear, problems };
}

export function writeUrlState(state: Pick<UrlState, "povertyYear">): string {
  return state.povertyYear === DEFAULT_POVERTY_YEAR ? "" : `?poverty=${state.povertyYear}`;
}

/** `search` with the poverty year set (or dropped for the default), every other option kept. */
export function withPovertyYear(search: string, year: PovertyYear): string {
  const params = new URLSearchParams(search);
  if (year === DEFAULT_POVERTY_YEAR) params.delete("poverty");
  else params.set("poverty", String(year));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The hash holds the chapter and, after a "?", that chapter's own options: `#soe?village=53.02.21.2001`
 * opens the road-to-Soe chapter on one village. The village is returned as written (decoded); the
 * village search checks it against its list.
 */
export interface HashState {
  chapter: string;
  village: string | null;
}

export function readHash(hash: string): HashState {
  const text = hash.replace(/^#/, "");
  const cut = text.indexOf("?");
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  if (cut < 0) return { chapter: decode(text), village: null };
  return { chapter: decode(text.slice(0, cut)), village: new URLSearchParams(text.slice(cut + 1)).get("village") };
}

/** The hash for a chapter: its options kept while the chapter stays the one they belong to, dropped when it changes. */
export function hashForChapter(hash: string, chapter: string): string {
  const text = hash.replace(/^#/, "");
  const cut = text.indexOf("?");
  if (cut >= 0 && readHash(hash).chapter === chapter) return `#${chapter}${text.slice(cut)}`;
  return `#${chapter}`;
}

/** The hash with the village set (or removed, for null), on the given chapter. */
export function hashWithVillage(chapter: string, village: string | null): string {
  return village === null ? `#${chapter}` : `#${chapter}?${new URLSearchParams({ village }).toString()}`;
}
