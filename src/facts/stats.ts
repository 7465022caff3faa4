// The three context tables in data/stats, from CSV text to typed records.
import type { z } from "zod";
import { migrantWorkerDeathsRowSchema, provincePovertyRowSchema, regencyPovertyRowSchema } from "./schema.ts";
import { assertUniqueColumn, readTable } from "./table.ts";

export interface RegencyPoverty {
  /** Kemendagri code, the same as the boundary data's `kode`. */
  code: string;
  name: string;
  p0: { 2021: number; 2024: number };
  confirm: { 2021: number; 2024: number };
}

export interface ProvincePoverty {
  /** Survey round as "YYYY-MM" (March or September). */
  period: string;
  year: number;
  month: number;
  p0: number;
  confirm: number;
  note: string | null;
}

export interface MigrantWorkerDeaths {
  year: number;
  count: number;
  measure: z.infer<typeof migrantWorkerDeathsRowSchema>["measure"];
  confirm: number;
  sourceNote: string;
}

export const REGENCY_POVERTY_COLUMNS = ["code", "name", "p0_2021", "p0_2024", "confirm_2021", "confirm_2024"] as const;
export const PROVINCE_POVERTY_COLUMNS = ["period", "p0", "confirm", "note"] as const;
export const MIGRANT_WORKER_DEATHS_COLUMNS = ["year", "count", "measure", "confirm", "source_note"] as const;

export function parseRegencyPoverty(text: string, file: string): RegencyPoverty[] {
  const rows = readTable(text, file, {
    columns: REGENCY_POVERTY_COLUMNS,
    numeric: ["p0_2021", "p0_2024", "confirm_2021", "confirm_2024"],
    row: regencyPovertyRowSchema,
  });
  assertUniqueColumn(rows, file, "code", (r) => r.code);
  return rows.map(({ row: r }) => ({
    code: r.code,
    name: r.name,
    p0: { 2021: r.p0_2021, 2024: r.p0_2024 },
    confirm: { 2021: r.confirm_2021, 2024: r.confirm_2024 },
  }));
}

export function parseProvincePoverty(text: string, file: string): ProvincePoverty[] {
  const rows = readTable(text, file, {
    columns: PROVINCE_POVERTY_COLUMNS,
    numeric: ["p0", "confirm"],
    row: provincePovertyRowSchema,
  });
  assertUniqueColumn(rows, file, "period", (r) => r.period);
  return rows.map(({ row: r }) => ({
    period: r.period,
    year: Number(r.period.slice(0, 4)),
    month: Number(r.period.slice(5, 7)),
    p0: r.p0,
    confirm: r.confirm,
    note: r.note.trim() === "" ? null : r.note,
  }));
}

export function parseMigrantWorkerDeaths(text: string, file: string): MigrantWorkerDeaths[] {
  const rows = readTable(text, file, {
    columns: MIGRANT_WORKER_DEATHS_COLUMNS,
    numeric: ["year", "count", "confirm"],
    row: migrantWorkerDeathsRowSchema,
  });
  assertUniqueColumn(rows, file, "year", (r) => String(r.year));
  return rows.map(({ row: r }) => ({
    year: r.year,
    count: r.count,
    measure: r.measure,
    confirm: r.confirm,
    sourceNote: r.source_note,
  }));
}
