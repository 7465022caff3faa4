import { describe, expect, it } from "vitest";
import { MAP_LAYERS } from "../../../../src/content/chapter-schema.ts";
import { legendFor, type LegendTexts } from "../../../../src/lib/build/legend.ts";
import { POVERTY_COLOURS } from "../../../../src/lib/shared/palette.ts";

// Texts named after their key, so a test can see which text went where.
const texts: LegendTexts = {
  studyVillage: "study village",
  village: "village",
  district: "district",
  regency: "regency",
  tts: "TTS",
  province: "province",
  toSoe: "to Soe",
  voices: "voices",
  soe: "Soe",
  ktp: { tts: "KTP TTS", ntt: "KTP NTT", indonesia: "KTP Indonesia", title: "KTP title", source: "KTP source" },
  poverty: { title: "poverty title", source: "poverty source" },
  percent: (v) => `${v}%`,
};

describe("a map's legend", () => {
  it("has a key for every layer the map can draw", () => {
    for (const layer of MAP_LAYERS) {
      const legend = legendFor([layer], texts);
      expect(legend.entries.length + (legend.scale ? 1 : 0), layer).toBeGreaterThan(0);
    }
  });

  it("keys the poverty shading with one class per colour, each starting where the last ends", () => {
    const scale = legendFor(["poverty"], texts).scale!;
    expect(scale.classes.map((c) => c.colour)).toEqual([...POVERTY_COLOURS]);
    const labels = scale.classes.map((c) => c.label);
    expect(labels[0]).toMatch(/^< \d/);
    expect(labels.at(-1)).toMatch(/^≥ \d/);
    for (let k = 1; k < labels.length - 1; k++) {
      const [from] = labels[k]!.split("–");
      const previousEnd = k === 1 ? labels[0]!.slice(2) : labels[k - 1]!.split("–")[1];
      expect(from, labels.join(" | ")).toBe(previousEnd);
    }
    expect(labels.at(-1)!.slice(2)).toBe(labels.at(-2)!.split("–")[1]);
    expect(scale.title).toBe("poverty title");
  });

  it("names the two KTP shades and gives the national share in words, with no swatch, and the map's title and source", () => {
    const legend = legendFor(["ktp"], texts);
    expect(legend.entries.slice(0, 3).map((e) => e.label)).toEqual(["KTP TTS", "KTP NTT", "KTP Indonesia"]);
    expect(legend.entries[2]!.swatch).toEqual({ kind: "none" });
    expect(legend).toMatchObject({ ktpTitle: "KTP title", ktpSource: "KTP source" });
  });

  it("lists only what the view draws when told, keeping the national KTP figure and the poverty scale", () => {
    const layers = ["provinces", "regencies", "ktp", "poverty", "studyVillages"];
    const legend = legendFor(layers, texts, new Set(["ktp-tts", "tts"]));
    expect(legend.entries.map((e) => e.id)).toEqual(["ktp-tts", "ktp-indonesia", "tts"]);
    expect(legend.scale).toBeDefined();
  });

  it("lists no entry twice when layers overlap (regencies and poverty both outline TTS)", () => {
    const ids = legendFor(["provinces", "regencies", "poverty", "studyVillages", "toSoe", "districts"], texts).entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
