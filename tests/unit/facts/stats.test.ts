import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/facts/csv.ts";
import { DATASET_FILES, loadMigrantWorkerDeaths, loadProvincePoverty, loadRegencyPoverty, loadSources } from "../../../src/facts/load.ts";
import { dataDir, rawDataDir } from "../../../src/paths.ts";
import { parseRegencyPoverty } from "../../../src/facts/stats.ts";

const datasets = loadSources().datasets;

describe("data/stats transcribes ../shared/data/stats", () => {
  it.each(datasets.map((d) => [d.id, d] as const))("%s equals its original row for row", (_id, d) => {
    const ours = parseCsv(readFileSync(path.join(dataDir, DATASET_FILES[d.id]), "utf8"), d.file);
    const original = parseCsv(readFileSync(path.join(rawDataDir(), d.original), "utf8"), d.original);
    expect(ours.header).toEqual(original.header);
    expect(ours.rows.length).toBe(original.rows.length);
    ours.rows.forEach((row, i) => expect(row.cells, `${d.file} line ${row.line}`).toEqual(original.rows[i]?.cells));
  });

  it("names every confidence column that the table has", () => {
    for (const d of datasets) {
      const header = parseCsv(readFileSync(path.join(dataDir, DATASET_FILES[d.id]), "utf8"), d.file).header;
      for (const c of d.confidence.columns) expect(header, `${d.id}: ${c}`).toContain(c);
    }
  });
});

describe("stats loaders", () => {
  it("loads regency poverty keyed by year, for all 22 regencies and cities of NTT", () => {
    const rows = loadRegencyPoverty();
    expect(rows).toHaveLength(22);
    expect(rows.find((r) => r.code === "53.02")).toEqual({
      code: "53.02",
      name: "Kabupaten Timor Tengah Selatan",
      p0: { 2021: 26.64, 2024: 24.68 },
      confirm: { 2021: 1, 2024: 2 },
    });
  });

  it("loads province poverty by survey period", () => {
    const rows = loadProvincePoverty();
    expect(rows.find((r) => r.period === "2020-03")).toMatchObject({ year: 2020, month: 3, p0: 20.9, confirm: 2 });
    expect(rows.find((r) => r.period === "2019-03")?.note).toBeNull();
  });

  it("loads migrant worker deaths with their measure", () => {
    const rows = loadMigrantWorkerDeaths();
    expect(rows.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(rows[0]).toMatchObject({ count: 62, measure: "deaths abroad", confirm: 2 });
    expect(rows.slice(1).every((r) => r.measure === "bodies repatriated")).toBe(true);
  });

  it("rejects a repeated regency code, naming the line", () => {
    const text = "code,name,p0_2021,p0_2024,confirm_2021,confirm_2024\n53.02,A,1,1,1,1\n53.02,B,1,1,1,1\n";
    expect(() => parseRegencyPoverty(text, "r.csv")).toThrow('r.csv line 3: column "code": duplicate value "53.02" (first on line 2)');
  });

  it("rejects a header that is not the expected one", () => {
    expect(() => parseRegencyPoverty("code,name\n", "r.csv")).toThrow(
      "r.csv line 1: expected columns code, name, p0_2021, p0_2024, confirm_2021, confirm_2024 but found code, name",
    );
  });
});
