import { describe, expect, it } from "vitest";
import { DataError } from "../../../src/pipeline/data-error.ts";
import { parseSqlDump } from "../../../src/pipeline/sql-dump.ts";

const parse = (sql: string) => parseSqlDump(sql, "test.sql");
const errorOf = (sql: string): DataError => {
  try {
    parse(sql);
  } catch (err) {
    if (err instanceof DataError) return err;
    throw err;
  }
  throw new Error("expected a DataError");
};

describe("parseSqlDump", () => {
  it("reads every row of a multi-row INSERT with its line", () => {
    const rows = parse(
      "/* header\n comment */\nDELETE FROM t WHERE kode BETWEEN '53.00' AND '53.99';\n" +
        "INSERT INTO t(kode,nama,lat) VALUES\n\t('53.01','A',-9.5),\n\t('53.02','B',NULL);\n",
    );
    expect(rows).toEqual([
      { line: 5, table: "t", values: { kode: "53.01", nama: "A", lat: -9.5 } },
      { line: 6, table: "t", values: { kode: "53.02", nama: "B", lat: null } },
    ]);
  });

  it("undoes doubled quotes and backslash escapes in names", () => {
    const rows = parse("INSERT INTO t(a,b,c) VALUES ('KI''E','O\\'besi','a\\\\b\\nc');");
    expect(rows[0]!.values).toEqual({ a: "KI'E", b: "O'besi", c: "a\\b\nc" });
  });

  it("skips comments of all three kinds and backquoted names", () => {
    const rows = parse("-- a comment\n# another\nINSERT INTO `t`(`a`) VALUES (1e3) /* trailing */;");
    expect(rows[0]!.values).toEqual({ a: 1000 });
  });

  it("keeps a semicolon or parenthesis inside a string as text", () => {
    const rows = parse("INSERT INTO t(a,b) VALUES ('x;y)','[[1,2]]');");
    expect(rows[0]!.values).toEqual({ a: "x;y)", b: "[[1,2]]" });
  });

  it("rejects a statement cut off before its semicolon, naming the line", () => {
    const e = errorOf("INSERT INTO t(a) VALUES\n(1),\n(2)");
    expect(e.message).toMatch(/^test\.sql:3: truncated statement/);
  });

  it("rejects an unbalanced quote, naming the line it opened on", () => {
    const e = errorOf("INSERT INTO t(a,b) VALUES\n('53.01,'x');\n");
    expect(e.message).toMatch(/test\.sql:2/);
    expect(e.message).toMatch(/quote/);
  });

  it("rejects a string that never closes", () => {
    const e = errorOf("INSERT INTO t(a) VALUES ('abc);");
    expect(e.message).toBe("test.sql:1: unbalanced quote: string opened here is never closed");
  });

  it("rejects a row whose value count differs from the columns, naming its code", () => {
    const e = errorOf("INSERT INTO t(kode,b,c) VALUES\n('53.01',1);");
    expect(e.message).toBe("test.sql:2 [53.01]: row has 2 values but the statement names 3 columns (kode, b, c)");
  });

  it("rejects an unquoted word where a value belongs", () => {
    const e = errorOf("INSERT INTO t(kode,b) VALUES ('53.01',abc);");
    expect(e.message).toBe("test.sql:1 [53.01]: expected a value but found 'abc'");
  });

  it("rejects an empty file", () => {
    expect(errorOf("  \n").message).toBe("test.sql: the file is empty");
  });
});
