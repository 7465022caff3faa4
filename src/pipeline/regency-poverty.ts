/**
 * Joins the BPS poverty rates (data/stats/ntt-poverty-by-regency.csv) to the regency areas by
 * Kemendagri code. Both sides must match exactly: a regency without a figure, or a figure for an
 * unknown code, stops the pipeline.
 */
import { DataError } from "./data-error.ts";

export interface RegencyPovertyRow {
  code: string;
  p0: Record<string, number>;
  confirm: Record<string, number>;
}

export type PovertyProperties = Record<string, number>;

export function joinRegencyPoverty(
  regencyCodes: readonly string[],
  rows: readonly RegencyPovertyRow[],
  csvFile: string,
): Map<string, PovertyProperties> {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const known = new Set(regencyCodes);
  for (const r of rows) {
    if (!known.has(r.code))
      throw new DataError({ file: csvFile, code: r.code }, "poverty figure for a code with no regency in the boundaries");
  }
  const joined = new Map<string, PovertyProperties>();
  for (const code of regencyCodes) {
    const row = byCode.get(code);
    if (!row) throw new DataError({ file: csvFile, code }, "no poverty figure for this regency");
    const props: PovertyProperties = {};
    for (const [year, value] of Object.entries(row.p0)) props[`p0_${year}`] = value;
    for (const [year, value] of Object.entries(row.confirm)) props[`p0_${year}_confirm`] = value;
    joined.set(code, props);
  }
  return joined;
}
