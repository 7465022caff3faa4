// Checks shared by the facts schemas: a value must make sense for its unit, and keys/ids must be
// unique within a file. Each reports at the exact path so the error names the field.
import type { RefinementCtx } from "zod";
import type { Unit } from "./units.ts";

type Ctx = RefinementCtx<unknown>;

const WHOLE_UNITS: readonly Unit[] = ["idr", "count", "people", "rank"];
const POSITIVE_UNITS: readonly Unit[] = ["km2", "years", "days", "hours"];

/** Reports a problem when `value` is impossible for `unit` (a percent of 120, a year 20014 …). */
export function checkUnitValue(unit: Unit, value: number, path: PropertyKey[], ctx: Ctx): void {
  const problem = unitProblem(unit, value);
  if (problem) ctx.addIssue({ code: "custom", path, message: `${value} is not a valid ${unit} value: ${problem}` });
}

export function unitProblem(unit: Unit, value: number): string | null {
  if (!Number.isFinite(value)) return "must be a finite number";
  if (unit === "percent") return value >= 0 && value <= 100 ? null : "a percentage must be between 0 and 100";
  if (unit === "year")
    return Number.isInteger(value) && value >= 1900 && value <= 2100 ? null : "a year must be a whole number from 1900 to 2100";
  if (unit === "rank") return Number.isInteger(value) && value >= 1 ? null : "a rank must be a whole number from 1";
  if (WHOLE_UNITS.includes(unit)) return Number.isInteger(value) && value >= 0 ? null : "must be a whole number of at least 0";
  if (POSITIVE_UNITS.includes(unit)) return value > 0 ? null : "must be greater than 0";
  return null;
}

/** Reports every item whose `field` repeats an earlier item's. */
export function uniqueBy<F extends string>(items: readonly Readonly<Record<F, string>>[], arrayName: string, field: F, ctx: Ctx): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const k = item[field];
    const j = first.get(k);
    if (j === undefined) first.set(k, i);
    else
      ctx.addIssue({
        code: "custom",
        path: [arrayName, i, field],
        message: `duplicate ${field} "${k}" (first used at ${arrayName}[${j}])`,
      });
  });
}
