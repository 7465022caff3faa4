/**
 * Every village of TTS with its straight-line distance to the civil registry in Soe, measured the
 * way the six study villages' distances are (src/prerender/story/figures.ts): from the village's label
 * point to Soe's, great-circle. For the village search's list, its table and the data page's CSV.
 */
import type { FeatureCollection, Point } from "geojson";
import { feature } from "topojson-client";
import type { ChapterData } from "../../content/chapter-schema.ts";
import { distanceKm } from "../../lib/build/distance.ts";
import { writeCsv } from "../../lib/build/csv-write.ts";
import { compareNames, type VillageEntry, type VillageListJson } from "../../lib/shared/village-search.ts";
import { readLayer } from "./geo-artifacts.ts";
import { SQUARE_FRAME } from "./views.ts";
import { framePointFraction } from "./frames.ts";
import { civilRegistryLabel, villageLabels } from "./village-label-points.ts";

/** The chapter the search belongs to. */
export const SOE_CHAPTER = "soe";
export const VILLAGE_LIST_PATH = "village-distances.json";
export const VILLAGE_CSV_FILE = "village-distances-to-soe.csv";
export const VILLAGE_CSV_HEADER = ["code", "name", "sub_district_code", "sub_district", "distance_km"] as const;

const round1 = (v: number): number => Math.round(v * 10) / 10;

function districtNames(): Map<string, string> {
  const topo = readLayer("districts");
  const labels = feature(topo, topo.objects.districtsLabels!) as FeatureCollection<Point, Record<string, unknown>>;
  return new Map(labels.features.map((f) => [String(f.id), String(f.properties.name)]));
}

let rows: Omit<VillageEntry, "frame">[] | undefined;

/** All villages, by sub-district and name; Soe itself (0 km) included. */
export function villageDistances(): Omit<VillageEntry, "frame">[] {
  if (rows) return rows;
  const soe = civilRegistryLabel();
  const districts = districtNames();
  rows = villageLabels().map((v) => {
    const district = v.code.slice(0, 8);
    const districtName = districts.get(district);
    if (districtName === undefined) throw new Error(`village ${v.code} (${v.name}): the districts layer has no sub-district ${district}`);
    return {
      code: v.code,
      name: v.name,
      district,
      districtName,
      km: round1(distanceKm(v.lngLat, soe.lngLat)),
      lngLat: v.lngLat,
      study: v.study,
    };
  });
  rows.sort((a, b) => compareNames({ name: a.districtName, districtName: a.name }, { name: b.districtName, districtName: b.name }));
  return rows;
}

/** The search's list: short codes, names, one distance each, where each falls on the chapter's still frame (the story's square one). */
export function villageListJson(view: ChapterData["map"]["view"]): VillageListJson {
  const all = villageDistances();
  const prefix = all[0]!.code.slice(0, 6);
  if (!all.every((v) => v.code.startsWith(prefix))) throw new Error(`the villages do not all start with ${prefix}`);
  const short = (code: string): string => code.slice(prefix.length);
  const r = (v: number, digits: number): number => Number(v.toFixed(digits));
  return {
    prefix,
    frame: { width: SQUARE_FRAME.width, height: SQUARE_FRAME.height },
    districts: Object.fromEntries(all.map((v) => [short(v.district), v.districtName])),
    villages: all.map((v) => {
      const f = framePointFraction(view, v.lngLat, SQUARE_FRAME);
      return [short(v.code), v.name, v.km, r(v.lngLat[0], 4), r(v.lngLat[1], 4), f && r(f[0], 4), f && r(f[1], 4), v.study ? 1 : 0];
    }),
  };
}

/** The data page's CSV: one row per village. */
export function villageDistancesCsv(): string {
  return writeCsv(
    VILLAGE_CSV_HEADER,
    villageDistances().map((v) => [v.code, v.name, v.district, v.districtName, v.km]),
  );
}
