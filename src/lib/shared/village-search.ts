/**
 * The "how far is your village from Soe?" search, as pure logic: the village list's shape (made at
 * build time, fetched by the search on first focus), names compared without regard to case,
 * accents or apostrophes, the options a query offers, and where a village stands against the six
 * study villages and the rest of TTS.
 */

/** The event the search sends on the document when a village is chosen; the live map, if running, flies there. */
export const VILLAGE_EVENT = "village-search:choose";
export interface VillageEventDetail {
  lngLat: [number, number];
  name: string;
  /** where the civil registry is: the map shows both */
  soeLngLat: [number, number];
}

/** One village as the list carries it. */
export interface VillageEntry {
  /** the full code, e.g. "53.02.21.2001" */
  code: string;
  /** the name as the boundary data gives it, e.g. "Oe'ekam" */
  name: string;
  /** the sub-district's code and name, e.g. "53.02.21", "Kualin" */
  district: string;
  districtName: string;
  /** straight-line distance to the civil registry in Soe, km, one decimal */
  km: number;
  /** the village's label point, [lng, lat] */
  lngLat: [number, number];
  /** where it falls on the chapter's still frame, as fractions of its width and height; null when outside it */
  frame: [number, number] | null;
  study: boolean;
}

/** The list as the build writes it (short keys: it travels over thin networks). */
export interface VillageListJson {
  /** the regency's code prefix the villages' short codes leave out, e.g. "53.02." */
  prefix: string;
  /** the still frame the `f` fractions were projected onto */
  frame: { width: number; height: number };
  /** sub-district short code → name */
  districts: Record<string, string>;
  /** [short code, name, km, lng, lat, frame x or null, frame y or null, 1 when a study village] */
  villages: [string, string, number, number, number, number | null, number | null, 0 | 1][];
}

export interface VillageList {
  frame: { width: number; height: number };
  villages: VillageEntry[];
  /** the civil registry's village (0 km) */
  soe: VillageEntry;
}

/** The list from its JSON; anything malformed is reported with the place it was found. */
export function readVillageList(json: unknown, where: string): VillageList {
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  const data = json as Partial<VillageListJson> | null;
  if (
    !data ||
    typeof data !== "object" ||
    !Array.isArray(data.villages) ||
    typeof data.prefix !== "string" ||
    !data.districts ||
    !data.frame
  )
    return fail("not a village list (prefix, frame, districts, villages)");
  const { prefix, districts } = data;
  const villages = data.villages.map((row, k): VillageEntry => {
    if (!Array.isArray(row) || row.length !== 8) return fail(`village ${k} is not an 8-item row`);
    const [short, name, km, lng, lat, fx, fy, study] = row;
    const districtShort = short.split(".")[0]!;
    const districtName = districts[districtShort];
    if (districtName === undefined) return fail(`village ${k} (${short}) names an unknown sub-district ${districtShort}`);
    if (typeof name !== "string" || !Number.isFinite(km)) return fail(`village ${k} (${short}) has no name or distance`);
    return {
      code: `${prefix}${short}`,
      name,
      district: `${prefix}${districtShort}`,
      districtName,
      km,
      lngLat: [lng, lat],
      frame: fx === null || fy === null ? null : [fx, fy],
      study: study === 1,
    };
  });
  const soe = villages.find((v) => v.km === 0);
  if (!soe) return fail("no village at 0 km (Soe, where the civil registry is)");
  return { frame: data.frame, villages, soe };
}

/** A name as it is compared: lower case, accents and apostrophes, spaces and hyphens dropped. */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The words of a name, each as a key ("Pene Utara" → ["pene", "utara"]; "Oe'ekam" → ["oeekam"]). */
function wordKeys(name: string): string[] {
  return name
    .split(/[\s\-/()]+/)
    .map(nameKey)
    .filter(Boolean);
}

export interface Matches {
  /** the villages offered, best first */
  shown: VillageEntry[];
  /** how many villages match in all */
  total: number;
}

/**
 * The villages whose name matches a query: names that begin with it first, then names with a word
 * that begins with it, then names that hold it anywhere; within each, by name, then sub-district.
 */
export function matchVillages(villages: readonly VillageEntry[], query: string, limit = 12): Matches {
  const q = nameKey(query);
  if (!q) return { shown: [], total: 0 };
  const scored: { v: VillageEntry; rank: number }[] = [];
  for (const v of villages) {
    const key = nameKey(v.name);
    const rank = key.startsWith(q) ? 0 : wordKeys(v.name).some((w) => w.startsWith(q)) ? 1 : key.includes(q) ? 2 : -1;
    if (rank >= 0) scored.push({ v, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || compareNames(a.v, b.v));
  return { shown: scored.slice(0, limit).map((s) => s.v), total: scored.length };
}

let collatorMade: Intl.Collator | undefined;
const collator = (): Intl.Collator => (collatorMade ??= new Intl.Collator("id", { sensitivity: "base", ignorePunctuation: true }));
export function compareNames(a: Pick<VillageEntry, "name" | "districtName">, b: Pick<VillageEntry, "name" | "districtName">): number {
  return collator().compare(a.name, b.name) || collator().compare(a.districtName, b.districtName);
}

/** Where a village stands: against the study villages, how many lie farther, the farthest of all. */
export interface VillagePlace {
  village: VillageEntry;
  /** the study villages' nearest and farthest distance, km */
  studyMin: number;
  studyMax: number;
  /** how many of the study villages lie nearer to Soe than this one */
  studyNearer: number;
  studyCount: number;
  /** how many villages of the list lie farther from Soe, and how many there are */
  farther: number;
  total: number;
  /** the farthest villages (all those within 1 km of the farthest), farthest first */
  farthest: VillageEntry[];
}

export function placeVillage(list: readonly VillageEntry[], village: VillageEntry): VillagePlace {
  const study = list.filter((v) => v.study).map((v) => v.km);
  if (study.length === 0) throw new Error("the village list marks no study village");
  const max = Math.max(...list.map((v) => v.km));
  return {
    village,
    studyMin: Math.min(...study),
    studyMax: Math.max(...study),
    studyNearer: study.filter((km) => km < village.km).length,
    studyCount: study.length,
    farther: list.filter((v) => v.km > village.km).length,
    total: list.length,
    farthest: list.filter((v) => v.km >= max - 1).sort((a, b) => b.km - a.km),
  };
}

/** The villages grouped by sub-district (by name), each group's villages by name. */
export function villagesByDistrict<V extends Pick<VillageEntry, "name" | "district" | "districtName">>(
  villages: readonly V[],
): { district: string; districtName: string; villages: V[] }[] {
  const groups = new Map<string, { district: string; districtName: string; villages: V[] }>();
  for (const v of villages) {
    const g = groups.get(v.district) ?? { district: v.district, districtName: v.districtName, villages: [] };
    g.villages.push(v);
    groups.set(v.district, g);
  }
  const sorted = [...groups.values()].sort((a, b) => collator().compare(a.districtName, b.districtName));
  for (const g of sorted) g.villages.sort((a, b) => collator().compare(a.name, b.name));
  return sorted;
}

/** A village code as the boundary data writes it: province, regency, sub-district, village. */
const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export type CodeLookup = { village: VillageEntry } | { problem: "format" | "unknown"; code: string };

/** The village an address names: a code not shaped like one, or one not in the list, is a problem to report. */
export function lookupVillageCode(villages: readonly VillageEntry[], code: string): CodeLookup {
  const trimmed = code.trim();
  if (!VILLAGE_CODE.test(trimmed)) return { problem: "format", code };
  const village = villages.find((v) => v.code === trimmed);
  return village ? { village } : { problem: "unknown", code };
}
