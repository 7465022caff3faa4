import { describe, expect, it } from "vitest";
import { UI } from "../../src/i18n/ui.ts";
import { t } from "../../src/i18n/translate.ts";
import { CHART_DEFS } from "../../src/content/chart-definitions.ts";

describe("interface strings", () => {
  // Both languages have every key (the type checks that); here, what a type cannot see.
  it("are never empty, take the same placeholders in both languages, and differ where they are words", () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    for (const key of Object.keys(UI.en) as (keyof typeof UI.en)[]) {
      expect(UI.id[key].trim(), key).not.toBe("");
      expect(placeholders(UI.id[key]), key).toEqual(placeholders(UI.en[key]));
    }
    expect(t(UI, "id", "map.explore")).not.toBe(t(UI, "en", "map.explore"));
  });

  it("fill placeholders and refuse a missing one", () => {
    expect(t(UI, "id", "legend.poverty", { year: 2024 })).toBe("Persentase penduduk miskin, Maret 2024");
    expect(() => t(UI, "en", "legend.poverty")).toThrow(/needs \{year\}/);
  });

  it("give every chart a title and row labels in both languages", () => {
    for (const [id, def] of Object.entries(CHART_DEFS)) {
      expect(def.title.en && def.title.id, id).toBeTruthy();
      for (const row of def.rows) expect(row.label.en && row.label.id, `${id} ${row.key}`).toBeTruthy();
    }
  });
});
