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
