/**
 * A map layer's TopoJSON as GeoJSON features, for MapLibre. Run in MapLibre's worker
 * (topo-protocol-worker.ts), off the page's thread.
 */
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";

export function topoFeatures(name: string, topo: Topology, from: string): FeatureCollection {
  const object = topo.objects?.[name];
  if (!object) throw new Error(`${from} has no "${name}" object (it has: ${Object.keys(topo.objects ?? {}).join(", ") || "none"})`);
  return feature(topo, object) as FeatureCollection;
}
