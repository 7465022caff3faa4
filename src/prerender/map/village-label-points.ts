/**
 * Label points of the villages (from the pipeline's TopoJSON): where names go, where distances
 * are measured from, and where interview markers stand.
 */
import type { FeatureCollection, Point } from "geojson";
import { feature } from "topojson-client";
import { readLayer } from "./geo-artifacts.ts";

export interface VillageLabel {
  code: string;
  name: string;
  lngLat: [number, number];
  study: boolean;
  paperName: string | null;
  civilRegistry: boolean;
}

let cached: VillageLabel[] | undefined;

export function villageLabels(): VillageLabel[] {
  if (cached) return cached;
  const topo = readLayer("villages");
  const labels = feature(topo, topo.objects.villagesLabels!) as FeatureCollection<Point, Record<string, unknown>>;
  cached = labels.features.map((f) => ({
    code: String(f.id),
    name: String(f.properties.name),
    lngLat: f.geometry.coordinates as [number, number],
    study: f.properties.study === true,
    paperName: (f.properties.paperName as string | null) ?? null,
    civilRegistry: f.properties.civilRegistry === true,
  }));
  return cached;
}

export function studyVillageLabels(): VillageLabel[] {
  return villageLabels().filter((v) => v.study);
}

export function civilRegistryLabel(): VillageLabel {
  const soe = villageLabels().find((v) => v.civilRegistry);
  if (!soe) throw new Error("the villages layer marks no civil registry (Soe)");
  return soe;
}
