/**
 * The geographic box around chosen areas of a TopoJSON layer: what a map view fits to when a
 * chapter says "show these villages". Throws on a code the layer does not have.
 */
import { geoBounds } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { Bounds } from "./static-map.ts";

export function boundsOfCodes(topology: Topology, object: string, codes: readonly string[]): Bounds {
  const collection = feature(topology, topology.objects[object]!) as FeatureCollection;
  const wanted = new Set(codes);
  const chosen = collection.features.filter((f) => wanted.has(String(f.id)));
  if (chosen.length !== wanted.size) {
    const found = new Set(chosen.map((f) => String(f.id)));
    const missing = codes.filter((c) => !found.has(c));
    throw new Error(`layer "${object}" has no area with code ${missing.join(", ")}`);
  }
  const [[w, s], [e, n]] = geoBounds({ type: "FeatureCollection", features: chosen });
  const r = (v: number): number => Math.round(v * 1e4) / 1e4;
  return [[r(w), r(s)], [r(e), r(n)]];
}
