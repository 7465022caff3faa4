import { describe, expect, it } from "vitest";
import { buildLabelSet } from "../../../../src/prerender/map/label-set.ts";
import { CHART_DEFS } from "../../../../src/content/chart-definitions.ts";
import { LOCALES } from "../../../../src/i18n/locales.ts";

// The road-to-Soe chapter shows the distances both on the map and in a chart: a reader must find
// each village under the same name in both, in each language.
describe.each(LOCALES)("the map's study-village names (%s)", (locale) => {
  const set = buildLabelSet(locale);
  const chartName = new Map(CHART_DEFS.distances.rows.map((r) => [r.key.replace("distanceToSoe.v", ""), r.label[locale]]));

  it("are the distance chart's names for the same villages", () => {
    expect(set.study).toHaveLength(6);
    for (const label of set.study) expect(label.text, label.id).toBe(chartName.get(label.id.replaceAll(".", "")));
  });

  it("carry each village's distance to Soe where the lines are drawn", () => {
    for (const label of set.studyToSoe) {
      const name = set.study.find((s) => `${s.id}-to-soe` === label.id)!.text;
      expect(label.text).toMatch(new RegExp(`^${name.replace(/[()]/g, "\\$&")} · \\d+\\s?km$`));
    }
  });
});
