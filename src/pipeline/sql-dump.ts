/**
 * Reads the rows of a MySQL dump's `INSERT INTO table(cols) VALUES (…),(…);` statements.
 * Other statements (DROP, CREATE, DELETE, SET …) are skipped whole; a statement cut off before
 * its `;` is an error, since a dump that stops mid-way is a dump we must not trust.
 */
import { DataError } from "./data-error.ts";
import { tokenizeSql, type SqlToken } from "./sql-tokens.ts";

export type SqlValue = string | number | null;

export interface SqlRow {
  /** the line on which the row's tuple starts */
  line: number;
  table: string;
  values: Record<string, SqlValue>;
}

export function parseSqlDump(text: string, file: string): SqlRow[] {
  if (text.trim() === "") throw new DataError({ file }, "the file is empty");
  const tokens = [...tokenizeSql(text, file)];
  const rows: SqlRow[] = [];
  let i = 0;
  const eofLine = tokens.at(-1)?.line ?? 1;

  const peek = (): SqlToken | undefined => tokens[i];
  const next = (what: string): SqlToken => {
    const t = tokens[i++];
    if (!t) throw new DataError({ file, line: eofLine }, `truncated statement: the file ends where ${what} was expected`);
    return t;
  };
  const expectPunct = (p: string, what: string): SqlToken => {
    const t = next(what);
    if (t.kind !== "punct" || t.value !== p) {
      throw new DataError({ file, line: t.line }, `expected ${what} but found ${describe(t)}`);
    }
    return t;
  };
  const expectWord = (w: string): SqlToken => {
    const t = next(w);
    if (t.kind !== "word" || t.value.toUpperCase() !== w) {
      throw new DataError({ file, line: t.line }, `expected ${w} but found ${describe(t)}`);
    }
    return t;
  };

  while (i < tokens.length) {
    const first = next("a statement");
    if (first.kind === "punct" && first.value === ";") continue;
    if (first.kind === "word" && first.value.toUpperCase() === "INSERT") {
      const into = peek();
      if (into?.kind === "word" && into.value.toUpperCase() === "INTO") i++;
      const tableToken = next("a table name");
      if (tableToken.kind !== "word") {
        throw new DataError({ file, line: tableToken.line }, `expected a table name but found ${describe(tableToken)}`);
      }
      const columns = readColumnList();
      expectWord("VALUES");
      for (;;) {
        const open = expectPunct("(", "a row tuple");
        const values = readTuple(columns, open.line);
        rows.push({ line: open.line, table: tableToken.value, values });
        const sep = next("',' or ';' after a row");
        if (sep.kind === "punct" && sep.value === ",") continue;
        if (sep.kind === "punct" && sep.value === ";") break;
        throw new DataError({ file, line: sep.line }, `expected ',' or ';' after a row but found ${describe(sep)}`);
      }
      continue;
    }
    // Skip any other statement up to its terminating semicolon.
    for (;;) {
      const t = tokens[i++];
      if (!t) {
        throw new DataError({ file, line: first.line }, `truncated statement: ${describe(first)} is never ended with ';'`);
      }
      if (t.kind === "punct" && t.value === ";") break;
    }
  }
  return rows;

  function readColumnList(): string[] {
    expectPunct("(", "a column list");
    const columns: string[] = [];
    for (;;) {
      const t = next("a column name");
      if (t.kind !== "word") throw new DataError({ file, line: t.line }, `expected a column name but found ${describe(t)}`);
      columns.push(t.value);
      const sep = next("',' or ')'");
      if (sep.kind === "punct" && sep.value === ")") return columns;
      if (!(sep.kind === "punct" && sep.value === ",")) {
        throw new DataError({ file, line: sep.line }, `expected ',' or ')' in the column list but found ${describe(sep)}`);
      }
    }
  }

  function readTuple(columns: string[], line: number): Record<string, SqlValue> {
    const raw: SqlValue[] = [];
    for (;;) {
      const t = next("a value");
      if (t.kind === "string" || t.kind === "number") raw.push(t.value);
      else if (t.kind === "word" && t.value.toUpperCase() === "NULL") raw.push(null);
      else throw new DataError({ file, line: t.line, ...codeOf(raw) }, `expected a value but found ${describe(t)}`);
      const sep = next("',' or ')' in a row");
      if (sep.kind === "punct" && sep.value === ")") break;
      if (!(sep.kind === "punct" && sep.value === ",")) {
        throw new DataError({ file, line: sep.line, ...codeOf(raw) }, `expected ',' or ')' in a row but found ${describe(sep)}`);
      }
    }
    if (raw.length !== columns.length) {
      throw new DataError(
        { file, line, ...codeOf(raw) },
        `row has ${raw.length} values but the statement names ${columns.length} columns (${columns.join(", ")})`,
      );
    }
    return Object.fromEntries(columns.map((c, k) => [c, raw[k] ?? null]));
  }
}

/** The first value of a row is its key in these dumps: naming it helps find the row. */
function codeOf(raw: SqlValue[]): { code?: string } {
  return typeof raw[0] === "string" ? { code: raw[0] } : {};
}

function describe(t: SqlToken): string {
  switch (t.kind) {
    case "string":
      return `the string '${t.value.length > 24 ? `${t.value.slice(0, 24)}…` : t.value}'`;
    case "number":
      return `the number ${t.text}`;
    default:
      return `'${t.value}'`;
  }
}
