/**
 * The map layers built from the real boundaries: the right areas, the study villages flagged,
 * outlines still recognisable after simplification, borders stored once, and all of it within the
 * size budget.
 */
import { geoArea, geoContains } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import path from "node:path";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import { describeArtifacts } from "../../../src/pipeline/artifacts.ts";
import type { BoundaryRecord } from "../../../src/pipeline/boundary-record.ts";
import { buildLayers, LAYER_NAMES, type LayerName } from "../../../src/pipeline/layers.ts";
import type { StudyArea } from "../../../src/pipeline/manifests.ts";
import { buildNeighbourCountries } from "../../../src/pipeline/neighbour-countries.ts";
import { joinRegencyPoverty } from "../../../src/pipeline/regency-poverty.ts";
import { loadBoundaries } from "../../../src/pipeline/run-pipeline.ts";
import { loadRegencyPoverty } from "../../../src/facts/load.ts";

const root = path.resolve(import.meta.dirname, "../../..");
type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

let records: BoundaryRecord[];
let studyArea: StudyArea;
let layers: Record<LayerName, Topology>;
const areas = (layer: LayerName): Area[] =>
  (feature(layers[layer], layers[layer].objects[layer]!) as FeatureCollection<Polygon | MultiPolygon>).features as Area[];
const labels = (layer: LayerName): Feature<Point, Record<string, unknown>>[] =>
  (feature(layers[layer], layers[layer].objects[`${layer}Labels`]!) as FeatureCollection<Point>).features as Feature<
    Point,
    Record<string, unknown>
  >[];

beforeAll(async () => {
  ({ records, studyArea } = await loadBoundaries({
    rawManifestFile: path.join(root, "data/raw-boundaries.json"),
    studyAreaFile: path.join(root, "data/study-area.json"),
    rawDataDir: process.env.RAW_DATA_DIR ?? path.resolve(root, "../shared/data"),
    cacheDir: path.join(root, ".cache/raw"),
    log: () => {},
  }));
  const regencies = records.filter((r) => r.level === "regency").map((r) => r.code);
  const poverty = joinRegencyPoverty(regencies, loadRegencyPoverty(), "ntt-poverty-by-regency.csv");
  layers = buildLayers({ records, studyArea, poverty });
});

describe("map layers", () => {
  it("hold Indonesia's 38 provinces, NTT's 22 regencies, TTS's 32 sub-districts and 278 villages", () => {
    expect(areas("provinces")).toHaveLength(38);
    expect(areas("regencies")).toHaveLength(22);
    expect(areas("districts")).toHaveLength(32);
    expect(areas("villages")).toHaveLength(278);
    for (const layer of LAYER_NAMES) expect(labels(layer)).toHaveLength(areas(layer).length);
  });

  it("flag exactly the six study villages, with the names the paper uses", () => {
    const study = areas("villages").filter((f) => f.properties.study === true);
    expect(study.map((f) => [f.id, f.properties.paperName]).sort()).toEqual(studyArea.villages.map((v) => [v.code, v.paperName]).sort());
    expect(study.find((f) => f.id === "53.02.18.2002")?.properties.paperName).toMatch(/Pene/);
  });

  it("mark Soe, where civil documents are issued", () => {
    const soe = labels("villages").filter((f) => f.properties.civilRegistry === true);
    expect(soe.map((f) => f.properties.name)).toEqual(["SoE"]);
  });

  it("carry each regency's BPS poverty rate from the stats table", () => {
    const rows = new Map(loadRegencyPoverty().map((r) => [r.code, r]));
    for (const f of areas("regencies")) {
      const row = rows.get(String(f.id))!;
      expect(f.properties.p0_2021).toBe(row.p0[2021]);
      expect(f.properties.p0_2024).toBe(row.p0[2024]);
    }
    const tts = areas("regencies").find((f) => f.id === "53.02")!;
    expect(tts.properties.p0_2024).toBe(24.68);
  });

  it("keep every village outline within 5% of its surveyed area, wound the way d3-geo draws it", () => {
    const raw = new Map(records.filter((r) => r.level === "village").map((r) => [r.code, r]));
    const worst = { code: "", deviation: 0 };
    for (const f of areas("villages")) {
      const before = geoArea(raw.get(String(f.id))!.geometry);
      const after = geoArea(f);
      expect(after, `${f.id} is inside out`).toBeLessThan(2 * Math.PI);
      const deviation = Math.abs(after - Math.min(before, 4 * Math.PI - before)) / Math.min(before, 4 * Math.PI - before);
      if (deviation > worst.deviation) Object.assign(worst, { code: String(f.id), deviation });
    }
    expect(worst.deviation, `worst: ${worst.code}`).toBeLessThan(0.05);
  });

  it("place every label inside its area", () => {
    for (const layer of ["regencies", "districts", "villages"] as const) {
      const byId = new Map(areas(layer).map((f) => [f.id, f]));
      for (const l of labels(layer)) {
        expect(geoContains(byId.get(l.id)!, l.geometry.coordinates as [number, number]), `${layer} ${l.id}`).toBe(true);
      }
    }
  });

  it("store each border between two villages once, not drawn twice with different points", () => {
    const topo = layers.villages;
    const uses = new Map<number, number>();
    const collect = (a: unknown): void => {
      if (typeof a === "number") uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
      else if (Array.isArray(a)) a.forEach(collect);
    };
    const villages = topo.objects.villages as unknown as { geometries: { arcs: unknown }[] };
    villages.geometries.forEach((g) => collect(g.arcs));
    const once = [...uses.values()].filter((n) => n === 1).length;
    // Arcs used once are the regency's outer border and the coast; upstream's doubled borders made 3,881.
    expect(once).toBeLessThan(200);
    expect(topo.arcs.length).toBeLessThan(1200);
  });

  it("fit all geometry, the neighbouring countries too, in 100 KB gzipped", () => {
    const sizes = describeArtifacts([
      ...LAYER_NAMES.map((name) => ({ name, extension: ".topo.json", content: JSON.stringify(layers[name]) })),
      { name: "countries", extension: ".topo.json", content: JSON.stringify(buildNeighbourCountries()) },
    ]);
    const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
    expect(total).toBeLessThanOrEqual(100 * 1024);
  });
});
