/**
 * The whole data pipeline, from raw dumps to written artifacts:
 * fetch/verify → parse → check rows → check the set → build layers → write atomically.
 */
import { toBoundaryRecord, type BoundaryRecord } from "./boundary-record.ts";
import { writeArtifactsAtomically, type Artifact, type WrittenArtifact } from "./artifacts.ts";
import { displayPath } from "../paths.ts";
import { DataError } from "./data-error.ts";
import { buildLayers, LAYER_NAMES } from "./layers.ts";
import { buildNeighbourCountries } from "./neighbour-countries.ts";
import { rawBoundariesSchema, readJsonFile, studyAreaSchema, type StudyArea } from "./manifests.ts";
import { loadRawFiles } from "./raw-sources.ts";
import { joinRegencyPoverty, type RegencyPovertyRow } from "./regency-poverty.ts";
import { parseSqlDump } from "./sql-dump.ts";
import { validateBoundaries } from "./validate-boundaries.ts";

export interface PipelineOptions {
  /** data/raw-boundaries.json, or a stand-in */
  rawManifestFile: string;
  /** data/study-area.json */
  studyAreaFile: string;
  /** a folder laid out like ../shared/data */
  rawDataDir: string;
  cacheDir: string;
  rawBaseUrl?: string | undefined;
  /** the regency poverty table, already read and checked by src/facts */
  regencyPoverty: { file: string; rows: RegencyPovertyRow[] };
  outDir: string;
  log: (line: string) => void;
}

export type BoundarySourceOptions = Pick<
  PipelineOptions,
  "rawManifestFile" | "studyAreaFile" | "rawDataDir" | "cacheDir" | "rawBaseUrl" | "log"
>;

/** Reads, verifies, parses and checks every boundary record. */
export async function loadBoundaries(options: BoundarySourceOptions): Promise<{ records: BoundaryRecord[]; studyArea: StudyArea }> {
  const manifest = readJsonFile(options.rawManifestFile, rawBoundariesSchema);
  const studyArea = readJsonFile(options.studyAreaFile, studyAreaSchema);
  const raw = await loadRawFiles(manifest, {
    rawDataDir: options.rawDataDir,
    cacheDir: options.cacheDir,
    baseUrl: options.rawBaseUrl,
    log: options.log,
  });
  const records: BoundaryRecord[] = [];
  for (const file of raw) {
    if (!file.level) continue; // LICENSE and the DDL are pinned for provenance, not parsed
    const shown = displayPath(file.location);
    const rows = parseSqlDump(file.text, shown);
    if (rows.length === 0) throw new DataError({ file: shown }, "the dump holds no INSERT rows");
    for (const row of rows) records.push(toBoundaryRecord(row, file.level, shown));
  }
  validateBoundaries(records, manifest.expectedCounts, studyArea);
  return { records, studyArea };
}

export async function runPipeline(options: PipelineOptions): Promise<WrittenArtifact[]> {
  const { records, studyArea } = await loadBoundaries(options);
  const regencyCodes = records.filter((r) => r.level === "regency" && r.code.startsWith(`${studyArea.province.code}.`)).map((r) => r.code);
  const poverty = joinRegencyPoverty(regencyCodes, options.regencyPoverty.rows, options.regencyPoverty.file);
  const layers = buildLayers({ records, studyArea, poverty });

  const artifacts: Artifact[] = LAYER_NAMES.map((name) => ({
    name,
    extension: ".topo.json",
    content: JSON.stringify(layers[name]),
  }));
  artifacts.push({ name: "countries", extension: ".topo.json", content: JSON.stringify(buildNeighbourCountries()) });
  return writeArtifactsAtomically(options.outDir, artifacts);
}
