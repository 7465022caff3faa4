/**
 * The countries around Indonesia, as land for context: without them half of Timor (Timor-Leste)
 * would be drawn as sea. From Natural Earth 1:10m (public domain) as packaged by the npm package
 * world-atlas; Timor-Leste, the story's neighbour, keeps finer detail than the far countries.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { DataError } from "./data-error.ts";
import { buildLayerTopology, type AreaFeature } from "./layer-topology.ts";
import { rewindForD3 } from "./rewind.ts";

/** ISO 3166-1 numeric codes, as world-atlas ids them. */
export const NEIGHBOURS: Record<string, string> = {
  "626": "Timor-Leste",
  "036": "Australia",
  "458": "Malaysia",
  "598": "Papua New Guinea",
  "096": "Brunei",
  "608": "Philippines",
  "702": "Singapore",
};
const TIMOR_LESTE = "626";

export const NEIGHBOURS_SOURCE = "world-atlas/countries-10m.json";

export function buildNeighbourCountries(): Topology {
  const require = createRequire(import.meta.url);
  const file = require.resolve(NEIGHBOURS_SOURCE);
  const world = JSON.parse(readFileSync(file, "utf8")) as Topology;
  const countries = feature(world, world.objects.countries!) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const areas: AreaFeature[] = [];
  for (const [id, name] of Object.entries(NEIGHBOURS)) {
    const f = countries.features.find((c) => String(c.id) === id);
    if (!f?.geometry) throw new DataError({ file: NEIGHBOURS_SOURCE, code: id }, `no country ${name} in the file`);
    areas.push({ type: "Feature", id, properties: { code: id, name }, geometry: rewindForD3(f.geometry) });
  }
  return buildLayerTopology(areas, [], {
    name: "countries",
    toleranceMetres: 6000,
    quantization: 2e4,
    minRingAreaKm2: 30,
    detail: { codes: [TIMOR_LESTE], toleranceMetres: 400 },
  });
}
