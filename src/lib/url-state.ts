/**
 * Story state that lives in the URL besides the chapter (which is the hash): for now the poverty
 * year. Every value is checked; a bad one is reported in words and replaced by the default, never
 * echoed into the page as HTML.
 */
import { POVERTY_YEARS, type PovertyYear } from "./map-style.ts";

export interface UrlState {
  povertyYear: PovertyYear;
  problems: string[];
}

export const DEFAULT_POVERTY_YEAR: PovertyYear = 2024;

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  let povertyYear = DEFAULT_POVERTY_YEAR;
  const raw = params.get("poverty");
  if (raw !== null) {
    const year = Number(raw);
    if ((POVERTY_YEARS as readonly number[]).includes(year) && /^\d{4}$/.test(raw)) povertyYear = year as PovertyYear;
    else problems.push(`poverty=${JSON.stringify(raw.slice(0, 40))} is not one of ${POVERTY_YEARS.join(", ")}; showing ${DEFAULT_POVERTY_YEAR}`);
  }
  return { povertyYear, problems };
}

export function writeUrlState(state: Pick<UrlState, "povertyYear">): string {
  return state.povertyYear === DEFAULT_POVERTY_YEAR ? "" : `?poverty=${state.povertyYear}`;
}
