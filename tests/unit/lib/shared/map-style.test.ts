import { describe, expect, it } from "vitest";
import type { FeatureCollection } from "geojson";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import {
  buildMapStyle,
  hiddenToggledLayers,
  layerTranslateKey,
  sameShown,
  STORY_LAYER_STYLE_IDS,
  highlightLayers,
  styleShowing,
  TOGGLED_STYLE_LAYERS,
  visibleStyleLayers,
  WARM_UP_SHIFT,
  type MapLayerData,
} from "../../../../src/lib/shared/map-style.ts";

describe("highlightLayers", () => {
  it("outlines each code on the layer of its level, and nothing else", () => {
    expect(highlightLayers(["53.02"])).toEqual(new Set(["highlight-regencies"]));
    expect(highlightLayers(["53.02.11", "53.02.05"])).toEqual(new Set(["highlight-districts"]));
    expect(highlightLayers(["53", "53.02.01.1001"])).toEqual(new Set(["highlight-provinces", "highlight-villages"]));
    expect(highlightLayers([])).toEqual(new Set());
  });

  it("names a code that fits no level", () => {
    expect(() => highlightLayers(["53.02.01.1001.7"])).toThrow('area code "53.02.01.1001.7"');
  });
});

describe("visibleStyleLayers", () => {
  it("shows the poverty fill with the regency outlines it is read against", () => {
    const visible = visibleStyleLayers(["poverty"]);
    expect(visible.has("poverty-fill")).toBe(true);
    expect(visible.has("regencies-line")).toBe(true);
    expect(visible.has("villages-fill")).toBe(false);
  });

  it("refuses a story layer it does not know", () => {
    expect(() => visibleStyleLayers(["rainfall"])).toThrow('unknown story layer "rainfall"');
  });
});

describe("styleShowing", () => {
  const empty: FeatureCollection = { type: "FeatureCollection", features: [] };
  const data = { countries: empty, provinces: empty, regencies: empty, districts: empty, villages: empty, toSoe: empty } as MapLayerData;
  const visibility = (style: ReturnType<typeof buildMapStyle>, id: string) =>
    (style.layers.find((l) => l.id === id) as { layout?: { visibility?: string } }).layout?.visibility ?? "visible";

  const paint = (style: ReturnType<typeof buildMapStyle>, id: string) =>
    ((style.layers.find((l) => l.id === id) as { paint?: Record<string, unknown> }).paint ?? {}) as Record<string, unknown>;

  it("for the warm-up, draws the layers a step hides off the map, and the step's own as built", () => {
    const step = { layers: ["provinces", "regencies"], highlight: ["53.02"] };
    const style = styleShowing(buildMapStyle(data, 2024), step, { warmUp: true });
    const hidden = hiddenToggledLayers(step.layers);
    expect(hidden).toContain("ktp-tts");
    expect(hidden).not.toContain("regencies-line");
    for (const id of TOGGLED_STYLE_LAYERS) {
      expect(visibility(style, id), id).toBe("visible");
      const translate = layerTranslateKey(style.layers.find((l) => l.id === id)!.type);
      const own = paint(style, id);
      expect(own[translate], id).toEqual(hidden.includes(id) ? WARM_UP_SHIFT : undefined);
      // Drawn at their own opacity, so with the shaders (and render passes) they are drawn with later.
      const opacity = translate.replace("translate", "opacity");
      expect(own[opacity], id).toEqual(paint(buildMapStyle(data, 2024), id)[opacity]);
      // Put back at the first chapter change at once: eased over MapLibre's default 300 ms, the
      // layers would sweep in from off the map, and every frame of it redraws the whole map.
      if (hidden.includes(id)) expect(own[`${translate}-transition`], id).toEqual({ duration: 0, delay: 0 });
    }
    // Farther off than any screen is wide, in CSS pixels at any zoom.
    expect(Math.min(...WARM_UP_SHIFT.map(Math.abs))).toBeGreaterThan(20_000);
    // The outlines are the step's: a highlight layer draws with the line shader the others warm up.
    expect(visibility(style, "highlight-regencies")).toBe("visible");
    expect(visibility(style, "highlight-villages")).toBe("none");
  });

  it("shows a step's layers and outlines only, as the live map does after the warm-up", () => {
    const built = buildMapStyle(data, 2024);
    const style = styleShowing(built, { layers: ["poverty"], highlight: ["53.02"] });
    expect(visibility(style, "poverty-fill")).toBe("visible");
    expect(visibility(style, "regencies-line")).toBe("visible");
    expect(visibility(style, "villages-fill")).toBe("none");
    expect(visibility(style, "highlight-regencies")).toBe("visible");
    expect(visibility(style, "highlight-villages")).toBe("none");
    expect(style.layers.find((l) => l.id === "highlight-regencies")).toMatchObject({
      filter: ["in", ["get", "code"], ["literal", ["53.02"]]],
    });
    // The built style is left as it was: the story builds it once.
    expect(visibility(built, "poverty-fill")).toBe("none");
  });

  it("refuses a step that names a layer the style lacks", () => {
    expect(() => styleShowing(buildMapStyle(data, 2024), { layers: ["rainfall"], highlight: [] })).toThrow(
      'unknown story layer "rainfall"',
    );
  });
});

// The live map skips MapLibre's style validation (about 50 ms of a phone's main thread before the
// first frame), so the style is validated here, as built for the first frame and for a chapter.
describe("the live map's style, against MapLibre's style specification", () => {
  const empty: FeatureCollection = { type: "FeatureCollection", features: [] };
  const data = { countries: empty, provinces: empty, regencies: empty, districts: empty, villages: empty, toSoe: empty } as MapLayerData;
  const problems = (style: ReturnType<typeof buildMapStyle>) => validateStyleMin(style).map((e) => e.message);

  it("is valid for both poverty years, drawn whole or as one chapter shows it", () => {
    for (const year of [2021, 2024] as const) {
      const built = buildMapStyle(data, year);
      const opening = { layers: ["provinces", "regencies"], highlight: ["53.02"] };
      expect(problems(styleShowing(built, opening, { warmUp: true })), `${year}, warm-up`).toEqual([]);
      const chapter = { layers: Object.keys(STORY_LAYER_STYLE_IDS), highlight: ["53", "53.02", "53.02.11", "53.02.01.1001"] };
      expect(problems(styleShowing(built, chapter)), `${year}, a chapter`).toEqual([]);
    }
  });

  it("would be caught with a paint property MapLibre does not know", () => {
    const built = buildMapStyle(data, 2024);
    const broken = { ...built, layers: built.layers.map((l) => (l.id === "sea" ? { ...l, paint: { "background-colour": "#fff" } } : l)) };
    expect(problems(broken as typeof built).join(" ")).toContain("background-colour");
  });
});

describe("sameShown", () => {
  it("is true only for the same layers and the same outlined areas, in the same order", () => {
    const step = { layers: ["provinces", "ktp"], highlight: ["53.02"] };
    expect(sameShown(step, { layers: ["provinces", "ktp"], highlight: ["53.02"] })).toBe(true);
    expect(sameShown(step, { layers: ["provinces"], highlight: ["53.02"] })).toBe(false);
    expect(sameShown(step, { layers: ["provinces", "poverty"], highlight: ["53.02"] })).toBe(false);
    expect(sameShown(step, { layers: ["provinces", "ktp"], highlight: [] })).toBe(false);
    expect(sameShown(step, { layers: ["provinces", "ktp"], highlight: ["53.02", "53.03"] })).toBe(false);
  });
});
