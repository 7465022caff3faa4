import { describe, expect, it } from "vitest";
import { t, UI } from "../../src/i18n/ui.ts";
import { CHART_DEFS } from "../../src/content/chart-definitions.ts";

describe("interface strings", () => {
  it("exist for every key in both languages, and differ where they are words", () => {
    expect(Object.keys(UI.id).sort()).toEqual(Object.keys(UI.en).sort());
    for (const key of Object.keys(UI.en) as (keyof typeof UI.en)[]) expect(UI.id[key].trim(), key).not.toBe("");
    expect(t("id", "map.explore")).not.toBe(t("en", "map.explore"));
  });

  it("fill placeholders and refuse a missing one", () => {
    expect(t("id", "legend.poverty", { year: 2024 })).toBe("Persentase penduduk miskin, Maret 2024");
    expect(() => t("en", "legend.poverty")).toThrow(/needs \{year\}/);
  });

  it("give every chart a title and row labels in both languages", () => {
    for (const [id, def] of Object.entries(CHART_DEFS)) {
      expect(def.title.en && def.title.id, id).toBeTruthy();
      for (const row of def.rows) expect(row.label.en && row.label.id, `${id} ${row.key}`).toBeTruthy();
    }
  });
});
