import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../../src/facts/csv.ts";
import { csvField, csvNumber, csvRecord, writeCsv } from "../../../../src/lib/build/csv-write.ts";

describe("CSV writer (RFC 4180)", () => {
  it("leaves plain fields alone", () => {
    expect(csvField("Kelle")).toBe("Kelle");
    expect(csvField("Pene (North Pene)")).toBe("Pene (North Pene)");
    expect(csvField("Main Findings — Uang Oko Mama")).toBe("Main Findings — Uang Oko Mama");
  });

  it("quotes fields holding a comma, a quote or a line break, doubling quotes", () => {
    expect(csvField("IDR 100,000 to IDR 250,000")).toBe('"IDR 100,000 to IDR 250,000"');
    expect(csvField('the "Oko Mama" money')).toBe('"the ""Oko Mama"" money"');
    expect(csvField('"')).toBe('""""');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("Figure 4, p. 93")).toBe('"Figure 4, p. 93"');
  });

  it("quotes leading or trailing spaces so that readers do not trim them", () => {
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField("padded ")).toBe('"padded "');
    expect(csvField("in between")).toBe("in between");
  });

  it("writes empty fields for missing values", () => {
    expect(csvField(undefined)).toBe("");
    expect(csvField(null)).toBe("");
    expect(csvField("")).toBe("");
    expect(csvRecord(["a", undefined, 3, null])).toBe("a,,3,");
  });

  it("writes numbers plainly: no grouping, no locale, no exponent", () => {
    expect(csvNumber(27.49)).toBe("27.49");
    expect(csvNumber(5000000)).toBe("5000000");
    expect(csvNumber(-1.5)).toBe("-1.5");
    expect(csvNumber(0)).toBe("0");
    expect(csvNumber(1e21)).toBe("1000000000000000000000");
    expect(csvNumber(1.5e-7)).toBe("0.00000015");
    expect(() => csvNumber(Number.NaN)).toThrow(/finite/);
    expect(() => csvNumber(Infinity)).toThrow(/finite/);
  });

  it("ends every record, the last one too, with CRLF", () => {
    const text = writeCsv(
      ["category", "value"],
      [
        ["TTS", 76],
        ["NTT", 88.1],
      ],
    );
    expect(text).toBe("category,value\r\nTTS,76\r\nNTT,88.1\r\n");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps CRLF inside a quoted field distinct from record ends", () => {
    const text = writeCsv(["a", "b"], [["x\r\ny", "z"]]);
    expect(text).toBe('a,b\r\n"x\r\ny",z\r\n');
  });

  it("round-trips awkward text through the site's CSV reader", () => {
    const rows = [
      ["About IDR 100,000", "28.3", 'say "no"', ""],
      ["multi\nline", "-2", ",", '""'],
    ];
    const table = parseCsv(writeCsv(["w", "x", "y", "z"], rows), "test.csv");
    expect(table.header).toEqual(["w", "x", "y", "z"]);
    expect(table.rows.map((r) => r.cells)).toEqual(rows);
  });

  it("refuses rows that do not match the header", () => {
    expect(() => writeCsv(["a", "b"], [["only one"]])).toThrow(/row 1 has 1 fields, the header 2/);
    expect(() => writeCsv([], [])).toThrow(/no columns/);
  });
});
