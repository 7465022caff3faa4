import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/facts/csv.ts";

describe("parseCsv", () => {
  it("reads a header and rows with their line numbers", () => {
    const t = parseCsv("a,b\n1,2\n\n3,4\n", "x.csv");
    expect(t.header).toEqual(["a", "b"]);
    expect(t.rows).toEqual([
      { line: 2, cells: ["1", "2"] },
      { line: 4, cells: ["3", "4"] },
    ]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    const t = parseCsv('id,note\r\n1,"a, b"\r\n2,"say ""hi"""\r\n3,"two\nlines"\r\n4,\r\n', "x.csv");
    expect(t.rows.map((r) => r.cells)).toEqual([
      ["1", "a, b"],
      ["2", 'say "hi"'],
      ["3", "two\nlines"],
      ["4", ""],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 4, 6]);
  });

  it("reads a file without a final newline and strips a byte-order mark", () => {
    expect(parseCsv("\uFEFFa,b\n1,2", "x.csv").rows).toEqual([{ line: 2, cells: ["1", "2"] }]);
  });

  it("names the file, line and missing column of a short row", () => {
    expect(() => parseCsv("code,name,p0\n53.01,Kupang,1\n53.02,TTS\n", "t.csv")).toThrow(
      't.csv line 3: expected 3 columns but found 2; missing column "p0"',
    );
  });

  it("names the file, line and column of a long row", () => {
    expect(() => parseCsv("a,b\n1,2,3\n", "t.csv")).toThrow('t.csv line 2: expected 2 columns but found 3; extra column 3 after "b"');
  });

  it("rejects broken quoting and bad headers with their place", () => {
    expect(() => parseCsv('a,b\n1,"open\n', "t.csv")).toThrow("t.csv line 2: column 2: quoted field is never closed");
    expect(() => parseCsv('a,b\n1,"x"y\n', "t.csv")).toThrow("t.csv line 2: column 2: unexpected text after a closing quote");
    expect(() => parseCsv("a,a\n", "t.csv")).toThrow('t.csv line 1: column "a" appears twice in the header');
    expect(() => parseCsv("", "t.csv")).toThrow("t.csv: empty file");
  });
});
