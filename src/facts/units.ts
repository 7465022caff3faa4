/** The units a fact may be in: each has its own checks (schema-checks.ts) and formatting (lib/shared/format.ts). */
export const UNITS = ["percent", "idr", "count", "people", "rank", "km2", "year", "years", "days", "hours"] as const;
export type Unit = (typeof UNITS)[number];
