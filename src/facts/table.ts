// Reads one of our CSV tables into checked rows: the header must be exactly the expected columns,
// numeric cells must be plain numbers, and each row must pass its schema. Every error names the
// file, the line and the column.
import type { z } from "zod";
import { parseCsv } from "./csv.ts";
import { FactsError } from "./errors.ts";

export interface TableSpec<S extends z.ZodType> {
  columns: readonly string[];
  numeric: readonly string[];
  row: S;
}

export interface TableRow<T> {
  line: number;
  row: T;
}

export function readTable<S extends z.ZodType>(text: string, file: string, spec: TableSpec<S>): TableRow<z.infer<S>>[] {
  const table = parseCsv(text, file);
  if (table.header.join(",") !== spec.columns.join(",")) {
    throw new FactsError(`${file} line 1: expected columns ${spec.columns.join(", ")} but found ${table.header.join(", ")}`);
  }
  return table.rows.map(({ line, cells }) => {
    const record: Record<string, string | number> = {};
    table.header.forEach((column, i) => {
      const cell = cells[i] ?? "";
      record[column] = spec.numeric.includes(column) ? readNumber(cell, file, line, column) : cell;
    });
    const result = spec.row.safeParse(record);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => {
        const column = String(issue.path[0] ?? "?");
        return `${file} line ${line}: column "${column}": ${issue.message} (got ${JSON.stringify(record[column])})`;
      });
      throw new FactsError(problems.join("\n"));
    }
    return { line, row: result.data };
  });
}

/** A plain decimal number such as "20.90" or "105"; anything else is an error. */
export function readNumber(cell: string, file: string, line: number, column: string): number {
  const text = cell.trim();
  if (text === "") throw new FactsError(`${file} line ${line}: column "${column}": empty, expected a number`);
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new FactsError(`${file} line ${line}: column "${column}": "${cell}" is not a number`);
  return Number(text);
}

/** Reports the second row that repeats a key column's value. */
export function assertUniqueColumn<T>(rows: readonly TableRow<T>[], file: string, column: string, key: (row: T) => string): void {
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    const k = key(row);
    const first = seen.get(k);
    if (first !== undefined)
      throw new FactsError(`${file} line ${line}: column "${column}": duplicate value "${k}" (first on line ${first})`);
    seen.set(k, line);
  }
}
