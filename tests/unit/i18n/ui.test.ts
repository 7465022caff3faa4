import { describe, expect, it } from "vitest";
import { UI } from "../../../src/i18n/ui.ts";
import { t } from "../../../src/i18n/translate.ts";
import { CHART_DEFS } from "../../../src/content/chart-definitions.ts";

describe("interface strings", () => {
  // Both languages have every key (the type checks that); no string is empty and both languages
  // take the same placeholders (translate.test.ts, for every table); here, what is the UI's own.
  it("differ where they are words, and fill the year into the poverty legend", () => {
    expect(t(UI, "id", "map.explore")).not.toBe(t(UI, "en", "map.explore"));
    expect(t(UI, "id", "legend.poverty", { year: 2024 })).toBe("Persentase penduduk miskin, Maret 2024");
  });

  it("give every chart a title and row labels in both languages", () => {
    for (const [id, def] of Object.entries(CHART_DEFS)) {
      expect(def.title.en && def.title.id, id).toBeTruthy();
      for (const row of def.rows) expect(row.label.en && row.label.id, `${id} ${row.key}`).toBeTruthy();
    }
  });
});
