/** The figure registry of the whole site, built once per build from data/ and the map layers. */
import {
  loadBoundariesSourceId,
  loadContextFacts,
  loadMigrantWorkerDeaths,
  loadPaperFigures,
  loadPaperSourceId,
  loadProvincePoverty,
  loadRegencyPoverty,
  loadSources,
} from "../../facts/index.ts";
import { distanceKm } from "../../lib/build/distance.ts";
import { buildFigureRegistry, type FigureRegistry } from "../../lib/build/figure-registry.ts";
import { civilRegistryLabel, studyVillageLabels } from "../map/village-label-points.ts";

let registry: FigureRegistry | undefined;

/** Where each stats table comes from, as data/sources.json names it. */
function datasetSource(id: string): string {
  const dataset = loadSources().datasets.find((d) => d.id === id);
  if (!dataset) throw new Error(`data/sources.json lists no dataset "${id}"`);
  return dataset.sources[0]!;
}

export function figureRegistry(): FigureRegistry {
  if (registry) return registry;
  const soe = civilRegistryLabel();
  registry = buildFigureRegistry({
    paperSourceId: loadPaperSourceId(),
    paperFigures: loadPaperFigures(),
    contextFacts: loadContextFacts(),
    deaths: loadMigrantWorkerDeaths(),
    deathsSource: datasetSource("ntt-migrant-worker-deaths"),
    regencyPoverty: loadRegencyPoverty(),
    regencyPovertySource: datasetSource("ntt-poverty-by-regency"),
    provincePoverty: loadProvincePoverty(),
    provincePovertySource: datasetSource("ntt-province-poverty"),
    distancesToSoe: new Map(studyVillageLabels().map((v) => [v.code, distanceKm(v.lngLat, soe.lngLat)])),
    boundariesSource: loadBoundariesSourceId(),
  });
  return registry;
}
