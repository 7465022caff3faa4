/**
 * The live map fetches a layer only for the chapters that show it: each chapter must get every
 * layer its style layers draw from (or it would show a blank where villages should be), and the
 * first chapters must not wait for the villages.
 */
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { buildMapStyle, STORY_LAYER_STYLE_IDS, TOGGLED_STYLE_LAYERS, type MapLayerData } from "../../../../src/lib/shared/map-style.ts";
import {
  ALWAYS_DRAWN,
  STORY_LAYER_SOURCES,
  TOPO_LAYERS,
  topoLayersForStep,
  topoLayersNear,
} from "../../../../src/lib/shared/map-sources.ts";

const empty: FeatureCollection = { type: "FeatureCollection", features: [] };
const style = buildMapStyle(
  { countries: empty, provinces: empty, regencies: empty, districts: empty, villages: empty, toSoe: empty } as MapLayerData,
  2024,
);
const sourceOf = new Map(style.layers.map((l) => [l.id, "source" in l ? String(l.source) : undefined]));
const topo = (source: string | undefined): boolean => (TOPO_LAYERS as readonly string[]).includes(source ?? "");
const step = (slug: string, layers: string[], highlight: string[] = []) => ({ slug, layers, highlight });

describe("the layers a chapter fetches", () => {
  it("cover every TopoJSON layer each story layer's style layers draw from", () => {
    for (const [storyLayer, ids] of Object.entries(STORY_LAYER_STYLE_IDS)) {
      const drawn = new Set(ids.map((id) => sourceOf.get(id)).filter(topo));
      expect(new Set(STORY_LAYER_SOURCES[storyLayer]), storyLayer).toEqual(drawn);
    }
  });

  it("always include the layers of the style layers every chapter shows", () => {
    const always = style.layers.filter((l) => !TOGGLED_STYLE_LAYERS.includes(l.id) && !l.id.startsWith("highlight-"));
    for (const l of always) if (topo(sourceOf.get(l.id))) expect(ALWAYS_DRAWN, l.id).toContain(sourceOf.get(l.id));
  });

  it("leave the villages out of the opening chapter, and fetch them for the study villages and a village outlined", () => {
    expect(topoLayersForStep(step("where", ["provinces", "regencies"]))).toEqual(new Set(["countries", "provinces", "regencies"]));
    expect(topoLayersForStep(step("schooling", ["provinces", "studyVillages"])).has("villages")).toBe(true);
    expect(topoLayersForStep(step("soe", ["provinces"], ["53.02.01.1001"])).has("villages")).toBe(true);
    expect(() => topoLayersForStep(step("x", ["rainfall"]))).toThrow('unknown story layer "rainfall"');
  });

  it("fetch ahead what the chapters just before and after need", () => {
    const steps = [step("where", ["provinces"]), step("tts", ["districts"]), step("study", ["villages"]), step("income", ["poverty"])];
    expect(topoLayersNear(steps, "where").has("villages")).toBe(false);
    expect(topoLayersNear(steps, "tts").has("villages")).toBe(true);
    expect(topoLayersNear(steps, "income")).toEqual(new Set(["countries", "provinces", "villages", "regencies"]));
  });
});
