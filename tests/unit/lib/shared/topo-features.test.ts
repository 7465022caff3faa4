/**
 * The live map's layers arrive as TopoJSON and are drawn from GeoJSON: the conversion keeps every
 * feature and its properties, and a file without the layer's object says so by name.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { topoFeatures } from "../../../../src/lib/shared/topo-features.ts";
import { geoDir } from "../../../../src/paths.ts";

const manifest = JSON.parse(readFileSync(path.join(geoDir(), "manifest.json"), "utf8")) as { files: Record<string, { file: string }> };
const topology = (name: string) => JSON.parse(readFileSync(path.join(geoDir(), manifest.files[name]!.file), "utf8")) as Topology;

describe("topoFeatures", () => {
  it("turns the built regencies layer into one polygon feature per regency, codes kept", () => {
    const topo = topology("regencies");
    const features = topoFeatures("regencies", topo, "regencies.topo.json").features;
    expect(features).toHaveLength((topo.objects.regencies as { geometries: unknown[] }).geometries.length);
    expect(features.map((f) => f.properties?.code)).toContain("53.02");
    for (const f of features) expect(["Polygon", "MultiPolygon"]).toContain(f.geometry.type);
  });

  it("names the file and the objects it has when the layer's object is missing", () => {
    expect(() => topoFeatures("villages", topology("regencies"), "/geo/regencies.x.topo.json")).toThrow(
      '/geo/regencies.x.topo.json has no "villages" object (it has: regencies, regenciesLabels)',
    );
  });
});
