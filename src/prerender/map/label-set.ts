/**
 * The map's names for one language, from the villages layer, data/study-area.json (the study
 * villages' names per language), data/places.json and data/interviews.json.
 */
import { loadInterviews, loadPlaces, loadStudyArea } from "../../facts/index.ts";
import type { Locale } from "../../i18n/locales.ts";
import { formatFigure } from "../../lib/shared/format.ts";
import { nameLines, textLines, type LabelSet } from "../../lib/shared/map-labels.ts";
import { civilRegistryLabel, studyVillageLabels, villageLabels } from "./village-label-points.ts";
import { figureRegistry } from "../story/figures.ts";
import { lookupFigure } from "../../lib/build/figure-registry.ts";

const labelSets = new Map<Locale, LabelSet>();

/** Built once per language per build: every frame, page and share card uses the same names. */
export function buildLabelSet(locale: Locale): LabelSet {
  let set = labelSets.get(locale);
  if (!set) {
    set = makeLabelSet(locale);
    labelSets.set(locale, set);
  }
  return set;
}

/** Each study village's name on the map, in one language: one reading of the file per language. */
function studyVillageNames(locale: Locale): (code: string) => string {
  const names = new Map(loadStudyArea().villages.map((v) => [v.code, v.label[locale]]));
  return (code) => {
    const name = names.get(code);
    if (!name) throw new Error(`data/study-area.json: the villages layer marks ${code} as a study village, but it is not listed here`);
    return name;
  };
}

function makeLabelSet(locale: Locale): LabelSet {
  const set = collectLabels(locale);
  // A label whose lines do not make up its text fails the build here, not a reader's map.
  for (const label of [...set.study, ...set.studyToSoe]) textLines(label);
  return set;
}

function collectLabels(locale: Locale): LabelSet {
  const soe = civilRegistryLabel();
  const byCode = new Map(villageLabels().map((v) => [v.code, v]));
  const registry = figureRegistry();
  const studyVillageName = studyVillageNames(locale);
  return {
    study: studyVillageLabels().map((v) => {
      const name = studyVillageName(v.code);
      const lines = nameLines(name);
      return { id: v.code, lngLat: v.lngLat, text: name, kind: "study", ...(lines.length > 1 && { lines }) };
    }),
    soe: { id: soe.code, lngLat: soe.lngLat, text: "Soe", kind: "town" },
    places: loadPlaces().map((p) => ({
      id: p.id,
      lngLat: p.lngLat,
      text: p.name[locale],
      kind: p.kind,
      minZoom: p.minZoom,
      maxZoom: p.maxZoom,
    })),
    voices: loadInterviews().map((i) => {
      const village = byCode.get(i.village);
      if (!village) throw new Error(`data/interviews.json: ${i.id} names an unknown village ${i.village}`);
      // Badges sit left of the village's name (see the renderers); two from one village are set apart.
      const nudge = i.badgeNudge ?? 0;
      return { id: i.id, lngLat: [village.lngLat[0], village.lngLat[1] + nudge] as [number, number], text: i.id, kind: "voice" };
    }),
    studyToSoe: studyVillageLabels().map((v) => {
      const km = lookupFigure(registry, `distanceToSoe.v${v.code.replaceAll(".", "")}`);
      const name = studyVillageName(v.code);
      const distance = formatFigure(km.value, km.unit, locale);
      return { id: `${v.code}-to-soe`, lngLat: v.lngLat, text: `${name} · ${distance}`, lines: [name, distance], kind: "study" };
    }),
  };
}

/** Straight lines from each study village to Soe. */
export function linesToSoe(): GeoJSON.FeatureCollection<GeoJSON.LineString> {
  const soe = civilRegistryLabel();
  return {
    type: "FeatureCollection",
    features: studyVillageLabels().map((v) => ({
      type: "Feature",
      properties: { code: v.code },
      geometry: { type: "LineString", coordinates: [v.lngLat, soe.lngLat] },
    })),
  };
}
