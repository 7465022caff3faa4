// Cross-file check: every value an inconsistency records must equal what its origin says (the paper
// figure, printed or read; the table cell; the context fact), in the same unit.
import type { ContextFact, Inconsistency, InconsistencyValue, PaperFigure, StatRef } from "./schema.ts";

export interface ValueLookups {
  figures: ReadonlyMap<string, PaperFigure>;
  context: ReadonlyMap<string, ContextFact>;
  /** The number in a table cell, or a sentence saying why there is none. */
  stat: (ref: StatRef) => { value: number } | { problem: string };
}

/** Problems as "inconsistencies[i] (id "x").values[j]: …"; empty when all values match. */
export function inconsistencyProblems(list: readonly Inconsistency[], lookups: ValueLookups): string[] {
  const problems: string[] = [];
  list.forEach((c, i) =>
    c.values.forEach((v, j) => {
      const problem = valueProblem(v, lookups);
      if (problem) problems.push(`inconsistencies[${i}] (id "${c.id}").values[${j}]: ${problem}`);
    }),
  );
  return problems;
}

function valueProblem(v: InconsistencyValue, lookups: ValueLookups): string | null {
  if (v.figure !== undefined) {
    const f = lookups.figures.get(v.figure);
    if (!f) return `unknown figure key "${v.figure}"`;
    if (f.unit !== v.unit) return `unit ${v.unit} differs from figure "${f.key}" (${f.unit})`;
    const allowed = f.printed === undefined ? [f.value] : [f.value, f.printed];
    if (!allowed.includes(v.value)) return `value ${v.value} does not match figure "${f.key}" (${allowed.join(" or printed ")})`;
  } else if (v.context !== undefined) {
    const f = lookups.context.get(v.context);
    if (!f) return `unknown context fact key "${v.context}"`;
    if (f.unit !== v.unit) return `unit ${v.unit} differs from context fact "${f.key}" (${f.unit})`;
    if (f.value !== v.value) return `value ${v.value} does not match context fact "${f.key}" (${f.value})`;
  } else if (v.stat !== undefined) {
    const cell = lookups.stat(v.stat);
    const where = `${v.stat.dataset} row "${v.stat.row}" column "${v.stat.column}"`;
    if ("problem" in cell) return `${where}: ${cell.problem}`;
    if (cell.value !== v.value) return `value ${v.value} does not match ${where} (${cell.value})`;
  }
  return null;
}
