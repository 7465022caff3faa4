import { describe, expect, it } from "vitest";
import { formatFigure, formatMonthYear, formatPercent, formatRupiah } from "../../../../src/lib/shared/format.ts";

describe("formatting figures for each language", () => {
  it("writes percentages with the locale's decimal mark and the source's precision", () => {
    expect(formatPercent(27.49, "en")).toBe("27.49%");
    expect(formatPercent(27.49, "id")).toBe("27,49%");
    expect(formatPercent(76, "en")).toBe("76%");
    expect(formatPercent(20.5, "id")).toBe("20,5%");
  });

  it("writes rupiah as IDR 200,000 in English and Rp200.000 in Indonesian", () => {
    expect(formatRupiah(200000, "en")).toBe("IDR\u00a0200,000");
    expect(formatRupiah(200000, "id")).toBe("Rp200.000");
    expect(formatRupiah(5000000, "id")).toBe("Rp5.000.000");
  });

  it("groups counts by locale but never years", () => {
    expect(formatFigure(490642, "people", "en")).toBe("490,642");
    expect(formatFigure(490642, "people", "id")).toBe("490.642");
    expect(formatFigure(2018, "year", "id")).toBe("2018");
    expect(formatFigure(3955.35, "km2", "id")).toBe("3.955,35\u00a0km²");
  });

  it("names months in each language", () => {
    expect(formatMonthYear(2018, 5, "en")).toBe("May 2018");
    expect(formatMonthYear(2018, 5, "id")).toBe("Mei 2018");
  });
});
