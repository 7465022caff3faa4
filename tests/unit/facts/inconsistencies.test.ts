import { describe, expect, it } from "vitest";
import {
  loadContextFacts,
  loadDatasetTable,
  loadInconsistencies,
  loadPaperFigures,
  loadRegencyPoverty,
  statCell,
} from "../../../src/facts/load.ts";
import { inconsistencyProblems } from "../../../src/facts/references.ts";
import type { DatasetId, StatRef } from "../../../src/facts/schema.ts";

const inconsistencies = loadInconsistencies();
const figures = new Map(loadPaperFigures().map((f) => [f.key, f]));
const context = new Map(loadContextFacts().map((f) => [f.key, f]));
const byId = new Map(inconsistencies.map((c) => [c.id, c]));

function stat(ref: StatRef) {
  return statCell(loadDatasetTable(ref.dataset as DatasetId), ref);
}

describe("paper-inconsistencies.json", () => {
  it("every value equals the figure, table cell or context fact it names", () => {
    expect(inconsistencyProblems(inconsistencies, { figures, context, stat })).toEqual([]);
    for (const c of inconsistencies) {
      for (const v of c.values) {
        const f = v.figure === undefined ? undefined : figures.get(v.figure);
        if (f) expect([f.value, f.printed], `${c.id}: ${v.figure}`).toContain(v.value);
      }
    }
  });

  it("records the known inconsistencies with the values on each side", () => {
    const values = (id: string) => byId.get(id)?.values.map((v) => v.value);
    expect(values("docs.ktpAbstractVsFigure6")).toEqual([67, 66]);
    expect(values("docs.birthCertificateAbstractVsFigure6")).toEqual([42, 57, 43]);
    expect(values("income.perMonthVsPerWeek")).toEqual([100000, 100000, 100000]);
    expect(values("poverty.ntt2020")).toEqual([20.5, 20.9, 21.21]);
    expect(values("poverty.tts2020Unconfirmed")).toEqual([27.49, 27.87, 26.64]);
    expect(values("tts.area")).toEqual([3955.35, 3995.56, 3931.747]);
    expect(values("education.figure8Overlap")?.slice(0, 2)).toEqual([44.5, 25.6]);
    expect(values("background.year20014")).toEqual([20014, 2014]);
    expect(values("docs.elsewhere33vs55")).toEqual([33, 55]);
  });

  it("explains every figure kept with a misprint", () => {
    for (const f of figures.values()) {
      if (f.printed === undefined) continue;
      const explained = inconsistencies.some((c) => c.values.some((v) => v.figure === f.key && v.value === f.printed));
      expect(explained, `${f.key} printed as ${f.printed}`).toBe(true);
    }
  });

  it("derives its computed values correctly", () => {
    const fig = (key: string) => figures.get(key)?.value ?? NaN;
    const derived = (id: string) =>
      byId
        .get(id)
        ?.values.filter((v) => v.derived)
        .map((v) => v.value);
    expect(derived("docs.birthCertificateAbstractVsFigure6")).toEqual([100 - fig("docs.birthCertificate")]);
    const fig8 = [
      "education.elementaryOnly",
      "education.completedPrimary",
      "education.juniorHighNotCompleted",
      "education.elementaryNotCompleted",
    ];
    const round = (x: number) => Math.round(x * 10) / 10;
    expect(derived("education.figure8Overlap")).toEqual([
      round(fig(fig8[0] ?? "") + fig(fig8[1] ?? "")),
      round(fig8.reduce((sum, k) => sum + fig(k), 0)),
    ]);
  });

  it("is right that six regencies had a higher poverty rate than TTS in 2021", () => {
    const rows = loadRegencyPoverty();
    const tts = rows.find((r) => r.code === "53.02")?.p0[2021] ?? NaN;
    const higher = rows.filter((r) => r.p0[2021] > tts);
    expect(higher).toHaveLength(6);
    expect(Math.max(...rows.map((r) => r.p0[2021]))).toBe(rows.find((r) => r.name.endsWith("Sumba Tengah"))?.p0[2021]);
  });

  it("marks at least one value as used and explains it in both languages", () => {
    for (const c of inconsistencies) {
      expect(
        c.values.some((v) => v.used),
        c.id,
      ).toBe(true);
      expect(c.why.en.length, c.id).toBeGreaterThan(20);
      expect(c.why.id.length, c.id).toBeGreaterThan(20);
    }
  });
});
