import { describe, expect, it } from "vitest";
import { findPaperNumbers, parsePaperNumber } from "../../../src/facts/paper-number.ts";

describe("parsePaperNumber", () => {
  it.each([
    ["28.3", 28.3],
    ["28.3%", 28.3],
    ["20.50 percent", 20.5],
    ["76.0 percent", 76],
    ["IDR 100,000", 100000],
    ["Rp 100.000", 100000],
    ["Rp. 5,000,000", 5000000],
    ["Rp. 200,000", 200000],
    ["RP 100,000 in a week", 100000],
    ["1,000,000 rupiahs", 1000000],
    ["3,955.35 km2", 3955.35],
    ["27,49 persen", 27.49],
    ["Rp 1.000,50", 1000.5],
    ["n = 360", 360],
    ["since 20014", 20014],
    ["enam desa", 6],
    ["six villages", 6],
    ["thirteen districts", 13],
    ["for one day of service", 1],
  ])("reads %j as %d", (quote, value) => {
    expect(parsePaperNumber(quote)).toBe(value);
  });

  it("reads a lone dot as a decimal point unless a currency sign comes first", () => {
    expect(parsePaperNumber("28.300")).toBe(28.3);
    expect(parsePaperNumber("IDR 250.000")).toBe(250000);
  });

  it("ignores digits that belong to a name or unit", () => {
    expect(findPaperNumbers("N4 said 3 km2").map((n) => n.value)).toEqual([3]);
  });

  it("rejects a quote with no number or with several", () => {
    expect(() => parsePaperNumber("percent")).toThrow('quote "percent" contains no number');
    expect(() => parsePaperNumber("IDR 250,000 to 500,000")).toThrow("contains 2 numbers (250,000, 500,000)");
  });

  it("rejects malformed digit groups", () => {
    expect(() => parsePaperNumber("1,00.5")).toThrow('cannot read "1,00.5"');
  });

  it("reports each number's position in the text", () => {
    expect(findPaperNumbers("from 15 to 65 years")).toEqual([
      { text: "15", value: 15, index: 5 },
      { text: "65", value: 65, index: 11 },
    ]);
  });
});
