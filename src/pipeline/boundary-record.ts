/**
 * One administrative area read from a dump row, typed and checked: its code, name, centroid and
 * geometry. Every problem becomes a DataError naming the file, line and code.
 */
import { DataError } from "./data-error.ts";
import { GeometryProblem, insideIndonesia, parsePath, type AreaGeometry } from "./geometry.ts";
import type { SqlRow } from "./sql-dump.ts";

export type AdminLevel = "province" | "regency" | "district" | "village";

export interface BoundaryRecord {
  code: string;
  name: string;
  level: AdminLevel;
  /** the dump's own centroid, [lng, lat] */
  centroid: [number, number];
  geometry: AreaGeometry;
  file: string;
  line: number;
}

/** Kemendagri codes: PP, PP.RR, PP.RR.DD, PP.RR.DD.VVVV */
export const CODE_PATTERN: Record<AdminLevel, RegExp> = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
  village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};

export function parentCode(code: string): string | undefined {
  const cut = code.lastIndexOf(".");
  return cut < 0 ? undefined : code.slice(0, cut);
}

export function toBoundaryRecord(row: SqlRow, level: AdminLevel, file: string): BoundaryRecord {
  const { kode, nama, lat, lng, path } = row.values;
  const line = row.line;
  const codeForMessage = typeof kode === "string" ? kode : undefined;
  const fail = (problem: string): never => {
    throw new DataError({ file, line, ...(codeForMessage ? { code: codeForMessage } : {}) }, problem);
  };
  if (row.table !== "wilayah_boundaries") fail(`unexpected table '${row.table}'`);
  if (typeof kode !== "string") return fail(`kode must be a quoted string, found ${JSON.stringify(kode)}`);
  if (!CODE_PATTERN[level].test(kode)) fail(`malformed ${level} code '${kode}' (expected ${describePattern(level)})`);
  if (typeof nama !== "string" || nama.trim() === "") fail("nama (name) is missing");
  if (typeof lat !== "number" || typeof lng !== "number") {
    fail(`centroid lat/lng must be numbers, found ${JSON.stringify(lat)}, ${JSON.stringify(lng)}`);
  }
  if (!insideIndonesia(lng as number, lat as number)) {
    fail(`centroid [${lat}, ${lng}] lies outside Indonesia (swapped coordinates?)`);
  }
  if (typeof path !== "string") return fail("path (the geometry) is missing");
  let geometry: AreaGeometry;
  try {
    geometry = parsePath(path);
  } catch (err) {
    if (err instanceof GeometryProblem) return fail(err.message);
    throw err;
  }
  return {
    code: kode,
    name: (nama as string).trim(),
    level,
    centroid: [lng as number, lat as number],
    geometry,
    file,
    line,
  };
}

function describePattern(level: AdminLevel): string {
  return { province: "PP", regency: "PP.RR", district: "PP.RR.DD", village: "PP.RR.DD.VVVV" }[level];
}
