/**
 * The files the "Data and sources" page offers, written at build time into dist/downloads/: one
 * CSV per chart (its rows, with unit, year, source and place in the source) and one RFC 7946
 * GeoJSON per map layer (converted from the pipeline's TopoJSON and rewound), each stating its
 * licence and attribution. The page and the endpoint share this module, so the sizes the page
 * prints are those of the files served.
 */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection } from "topojson-specification";
import { feature } from "topojson-client";
import rawBoundaries from "../../../data/raw-boundaries.json";
import { CHARTS, type ChartId } from "../../content/chapter-schema.ts";
import { CHART_DEFS } from "../../content/chart-definitions.ts";
import { loadBoundariesSourceId, loadPaperSourceId, loadSources } from "../../facts/index.ts";
import { writeCsv, type CsvValue } from "../../lib/build/csv-write.ts";
import { lookupFigure, type RegisteredFigure } from "../../lib/build/figure-registry.ts";
import { readLayer } from "../map/geo-artifacts.ts";
import { toRfc7946 } from "./rfc7946.ts";
import { LAYER_NAMES, type LayerName } from "../../pipeline/layers.ts";
import { buildChart } from "../story/chart-specs.ts";
import { figureRegistry } from "../story/figures.ts";
import { VILLAGE_CSV_FILE, villageDistances, villageDistancesCsv } from "../map/village-distances.ts";

export const CHART_CSV_HEADER = ["category", "value", "value_to", "unit", "year", "source", "where"] as const;

/** Decimals kept in the GeoJSON coordinates: 1e-6° is about 10 cm, far below the simplification. */
export const GEOJSON_DIGITS = 6;

const BOUNDARIES_SOURCE = loadBoundariesSourceId();
const PAPER_SOURCE = loadPaperSourceId();
const POVERTY_DATASET = "ntt-poverty-by-regency";

/** Sources the properties of a layer come from, beyond the boundaries themselves. */
export interface PropertySources {
  what: "poverty" | "studyVillages";
  sourceIds: string[];
}

interface DownloadBase {
  /** the file name under downloads/ */
  file: string;
  mediaType: string;
  /** the content's size in bytes, UTF-8 */
  bytes: number;
}

export interface ChartDownload extends DownloadBase {
  kind: "chart";
  chart: ChartId;
  rows: number;
  /** the figures behind the rows, for the licence and citation */
  figures: RegisteredFigure[];
}

export interface LayerDownload extends DownloadBase {
  kind: "layer";
  layer: LayerName;
  features: number;
  properties: string[];
  license: string;
  attribution: string;
  /** the id in data/sources.json of the boundaries */
  boundariesSource: string;
  extraSources: PropertySources[];
}

/** A table the build computes (each village's distance to Soe). */
export interface TableDownload extends DownloadBase {
  kind: "table";
  table: "villageDistances";
  rows: number;
  license: string;
  attribution: string;
  boundariesSource: string;
}

export type Download = ChartDownload | LayerDownload | TableDownload;

export const chartFile = (id: ChartId): string => `chart-${id}.csv`;
export const layerFile = (name: LayerName): string => `layer-${name}.geojson`;

/** A download's URL under the site's base path. */
export function downloadUrl(file: string, base: string): string {
  return `${base.replace(/\/?$/, "/")}downloads/${file}`;
}

// ── chart CSVs ────────────────────────────────────────────────────────────────────────────────

let sourcesFile: ReturnType<typeof loadSources> | undefined;
const sourcesData = (): ReturnType<typeof loadSources> => (sourcesFile ??= loadSources());

function sourceEntry(id: string) {
  const source = sourcesData().sources.find((s) => s.id === id);
  if (!source) throw new Error(`unknown source "${id}" (not in data/sources.json)`);
  return source;
}
const sourceShort = (id: string): string => sourceEntry(id).short;
const sourceLicense = (id: string): string => sourceEntry(id).license;

const joinDistinct = (values: (string | undefined)[]): string => [...new Set(values.filter((v): v is string => Boolean(v)))].join("; ");

/** The chart's rows as CSV records: English labels, plain numbers, the source's short name. */
export function chartCsvRecords(id: ChartId): CsvValue[][] {
  const registry = figureRegistry();
  const labels = buildChart(id, "en").rows.map((r) => r.label);
  return CHART_DEFS[id].rows.map((row, i) => {
    const from = lookupFigure(registry, row.key);
    const to = row.to ? lookupFigure(registry, row.to) : undefined;
    if (to && to.unit !== from.unit) throw new Error(`chart "${id}": a range from ${from.unit} to ${to.unit}`);
    return [
      labels[i]!,
      from.value,
      to?.value,
      from.unit,
      from.year ?? to?.year,
      joinDistinct([from.source, to?.source].map((s) => (s ? sourceShort(s) : undefined))),
      joinDistinct([from.where, to?.where]),
    ];
  });
}

export function chartCsv(id: ChartId): string {
  return writeCsv(CHART_CSV_HEADER, chartCsvRecords(id));
}

// ── layer GeoJSON ─────────────────────────────────────────────────────────────────────────────

export interface LayerGeoJson extends FeatureCollection<Geometry, Record<string, unknown>> {
  license: string;
  attribution: string;
  note?: string;
}

function layerExtraSources(name: LayerName): PropertySources[] {
  if (name === "regencies") {
    const dataset = sourcesData().datasets.find((d) => d.id === POVERTY_DATASET);
    if (!dataset) throw new Error(`data/sources.json lists no dataset "${POVERTY_DATASET}"`);
    return [{ what: "poverty", sourceIds: dataset.sources }];
  }
  if (name === "villages") return [{ what: "studyVillages", sourceIds: [PAPER_SOURCE] }];
  return [];
}

/** What the properties beyond code and name mean, for a reader who has only the file. */
function layerNote(name: LayerName): string | undefined {
  if (name === "regencies") {
    const dataset = sourcesData().datasets.find((d) => d.id === POVERTY_DATASET)!;
    return (
      `p0_<year>: share of people below the poverty line in March of that year, in percent; p0_<year>_confirm: how many ` +
      `independent sources showed the same value. ${dataset.title}. Sources: ${dataset.sources.map(sourceShort).join("; ")}. ` +
      `The licence above covers the boundaries only; the poverty rates are cited as facts from these sources ` +
      `(licences: ${[...new Set(dataset.sources.map(sourceLicense))].join(" / ")}).`
    );
  }
  if (name === "villages") {
    return (
      `study: one of the six villages surveyed by ${sourceShort(PAPER_SOURCE)}; paperName: the name the paper uses; ` +
      `civilRegistry: the village of Soe, where civil documents are issued; district: the sub-district's code.`
    );
  }
  return undefined;
}

export function layerGeoJson(name: LayerName): LayerGeoJson {
  const topo = readLayer(name);
  const object = topo.objects[name];
  if (object?.type !== "GeometryCollection") throw new Error(`the ${name} layer has no "${name}" geometry collection`);
  const collection = feature(topo, object as GeometryCollection) as FeatureCollection<Geometry, Record<string, unknown>>;
  const rewound = toRfc7946(collection, GEOJSON_DIGITS);
  const note = layerNote(name);
  return {
    type: "FeatureCollection",
    // Foreign members (RFC 7946 §6.1): what the file may be used under, and whom to credit.
    license: rawBoundaries.license,
    attribution: rawBoundaries.attribution,
    ...(note ? { note } : {}),
    features: rewound.features.map((f): Feature<Geometry, Record<string, unknown>> => ({
      type: "Feature",
      ...(f.id !== undefined ? { id: f.id } : {}),
      properties: f.properties,
      geometry: f.geometry,
    })),
  };
}

// ── the list ──────────────────────────────────────────────────────────────────────────────────

let cache: { list: Download[]; content: Map<string, string> } | undefined;

function build(): { list: Download[]; content: Map<string, string> } {
  if (cache) return cache;
  const list: Download[] = [];
  const content = new Map<string, string>();
  const add = (d: Download, text: string): void => {
    if (content.has(d.file)) throw new Error(`two downloads are named ${d.file}`);
    content.set(d.file, text);
    list.push(d);
  };
  const registry = figureRegistry();
  for (const id of CHARTS) {
    const text = chartCsv(id);
    const figures = CHART_DEFS[id].rows.flatMap((r) => [r.key, ...(r.to ? [r.to] : [])]).map((k) => lookupFigure(registry, k));
    const file = chartFile(id);
    add(
      {
        kind: "chart",
        file,
        mediaType: "text/csv; charset=utf-8",
        bytes: Buffer.byteLength(text),
        chart: id,
        rows: CHART_DEFS[id].rows.length,
        figures,
      },
      text,
    );
  }
  for (const name of LAYER_NAMES) {
    const geojson = layerGeoJson(name);
    const text = JSON.stringify(geojson);
    const properties = [...new Set(geojson.features.flatMap((f) => Object.keys(f.properties ?? {})))];
    add(
      {
        kind: "layer",
        file: layerFile(name),
        mediaType: "application/geo+json",
        bytes: Buffer.byteLength(text),
        layer: name,
        features: geojson.features.length,
        properties,
        license: geojson.license,
        attribution: geojson.attribution,
        boundariesSource: BOUNDARIES_SOURCE,
        extraSources: layerExtraSources(name),
      },
      text,
    );
  }
  const villageCsv = villageDistancesCsv();
  add(
    {
      kind: "table",
      table: "villageDistances",
      file: VILLAGE_CSV_FILE,
      mediaType: "text/csv; charset=utf-8",
      bytes: Buffer.byteLength(villageCsv),
      rows: villageDistances().length,
      license: rawBoundaries.license,
      attribution: rawBoundaries.attribution,
      boundariesSource: BOUNDARIES_SOURCE,
    },
    villageCsv,
  );
  cache = { list, content };
  return cache;
}

export function downloads(): readonly Download[] {
  return build().list;
}

export function downloadContent(file: string): string {
  const text = build().content.get(file);
  if (text === undefined) throw new Error(`no download named ${file}`);
  return text;
}
