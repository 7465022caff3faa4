// Reads and validates each curated file in data/. Every loader takes the data folder (default: the
// repo's data/) so tests can point it at fixtures; every error names the file and the place.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { parseCsv, type CsvTable } from "./csv.ts";
import { FactsError } from "./errors.ts";
import { factsErrorFromIssues } from "./issues.ts";
import { dataDir as repoDataDir, displayPath } from "../paths.ts";
import { inconsistencyProblems } from "./references.ts";
import {
  DATASET_IDS,
  contextFactsFileSchema,
  inconsistenciesFileSchema,
  paperFiguresFileSchema,
  sourcesFileSchema,
  type ContextFact,
  type DatasetId,
  type Inconsistency,
  type PaperFigure,
  type SourcesFile,
  type StatRef,
} from "./schema.ts";
import {
  parseMigrantWorkerDeaths,
  parseProvincePoverty,
  parseRegencyPoverty,
  type MigrantWorkerDeaths,
  type ProvincePoverty,
  type RegencyPoverty,
} from "./stats.ts";
import { readNumber } from "./table.ts";
import { rawBoundariesSchema, studyAreaSchema, type StudyArea } from "../pipeline/manifests.ts";
import { interviewsFileSchema, placesFileSchema, type Interview, type Place } from "./map-names-schema.ts";

/** Paths of our files inside the data folder. */
export const DATA_FILES = {
  sources: "sources.json",
  paperFigures: "paper-figures.json",
  inconsistencies: "paper-inconsistencies.json",
  contextFacts: "context-facts.json",
} as const;

export const DATASET_FILES: Readonly<Record<DatasetId, string>> = {
  "ntt-poverty-by-regency": "stats/ntt-poverty-by-regency.csv",
  "ntt-province-poverty": "stats/ntt-province-poverty.csv",
  "ntt-migrant-worker-deaths": "stats/ntt-migrant-worker-deaths.csv",
};

export function loadSources(dir: string = repoDataDir): SourcesFile {
  const { file, json } = readJson(dir, DATA_FILES.sources);
  const sources = validate(sourcesFileSchema, json, file);
  for (const id of DATASET_IDS) {
    const i = sources.datasets.findIndex((d) => d.id === id);
    const expected = `data/${DATASET_FILES[id]}`;
    if (i < 0) throw new FactsError(`${file}: datasets: no entry for dataset "${id}"`);
    if (sources.datasets[i]?.file !== expected) {
      throw new FactsError(`${file}: datasets[${i}] (id "${id}").file: must be "${expected}"`);
    }
  }
  return sources;
}

export function loadPaperFigures(dir: string = repoDataDir): PaperFigure[] {
  const sourceIds = new Set(loadSources(dir).sources.map((s) => s.id));
  const { file, json } = readJson(dir, DATA_FILES.paperFigures);
  return validate(paperFiguresFileSchema({ sourceIds }), json, file).figures;
}

/** The id in data/sources.json of the paper the story tells: paper-figures.json's own source. */
export function loadPaperSourceId(dir: string = repoDataDir): string {
  const sourceIds = new Set(loadSources(dir).sources.map((s) => s.id));
  const { file, json } = readJson(dir, DATA_FILES.paperFigures);
  return validate(paperFiguresFileSchema({ sourceIds }), json, file).source;
}

/** The id in data/sources.json of the boundaries the maps are drawn from (data/raw-boundaries.json). */
export function loadBoundariesSourceId(dir: string = repoDataDir): string {
  const { file, json } = readJson(dir, "raw-boundaries.json");
  const id = validate(rawBoundariesSchema, json, file).source;
  if (!loadSources(dir).sources.some((s) => s.id === id)) throw new FactsError(`${file}: source: "${id}" is not an id in sources.json`);
  return id;
}

export function loadPlaces(dir: string = repoDataDir): Place[] {
  const { file, json } = readJson(dir, "places.json");
  return validate(placesFileSchema, json, file).places;
}

export function loadInterviews(dir: string = repoDataDir): Interview[] {
  const { file, json } = readJson(dir, "interviews.json");
  return validate(interviewsFileSchema, json, file).interviews;
}

export function loadStudyArea(dir: string = repoDataDir): StudyArea {
  const { file, json } = readJson(dir, "study-area.json");
  return validate(studyAreaSchema, json, file);
}

export function loadContextFacts(dir: string = repoDataDir): ContextFact[] {
  const sourceIds = new Set(loadSources(dir).sources.map((s) => s.id));
  const { file, json } = readJson(dir, DATA_FILES.contextFacts);
  return validate(contextFactsFileSchema({ sourceIds }), json, file).facts;
}

/** Validates references too: every value must equal its figure, table cell or context fact. */
export function loadInconsistencies(dir: string = repoDataDir): Inconsistency[] {
  const figures = new Map(loadPaperFigures(dir).map((f) => [f.key, f]));
  const context = new Map(loadContextFacts(dir).map((f) => [f.key, f]));
  const { file, json } = readJson(dir, DATA_FILES.inconsistencies);
  const refs = { figureKeys: new Set(figures.keys()), contextKeys: new Set(context.keys()) };
  const list = validate(inconsistenciesFileSchema(refs), json, file).inconsistencies;
  const tables = new Map<DatasetId, CsvTable>();
  const stat = (ref: StatRef) => {
    if (!tables.has(ref.dataset)) tables.set(ref.dataset, loadDatasetTable(ref.dataset, dir));
    return statCell(tables.get(ref.dataset) as CsvTable, ref);
  };
  const problems = inconsistencyProblems(list, { figures, context, stat });
  if (problems.length > 0) throw new FactsError(problems.map((p) => `${file}: ${p}`).join("\n"));
  return list;
}

export function loadRegencyPoverty(dir: string = repoDataDir): RegencyPoverty[] {
  const { file, text } = readText(dir, DATASET_FILES["ntt-poverty-by-regency"]);
  return parseRegencyPoverty(text, file);
}

export function loadProvincePoverty(dir: string = repoDataDir): ProvincePoverty[] {
  const { file, text } = readText(dir, DATASET_FILES["ntt-province-poverty"]);
  return parseProvincePoverty(text, file);
}

export function loadMigrantWorkerDeaths(dir: string = repoDataDir): MigrantWorkerDeaths[] {
  const { file, text } = readText(dir, DATASET_FILES["ntt-migrant-worker-deaths"]);
  return parseMigrantWorkerDeaths(text, file);
}

/** A table as raw cells (rows keyed by their first column), for looking up referenced values. */
export function loadDatasetTable(id: DatasetId, dir: string = repoDataDir): CsvTable {
  const { file, text } = readText(dir, DATASET_FILES[id]);
  return parseCsv(text, file);
}

export function statCell(table: CsvTable, ref: StatRef): { value: number } | { problem: string } {
  const col = table.header.indexOf(ref.column);
  if (col < 0) return { problem: `no column "${ref.column}" in ${table.file}` };
  const row = table.rows.find((r) => r.cells[0] === ref.row);
  if (!row) return { problem: `no row "${ref.row}" in ${table.file}` };
  try {
    return { value: readNumber(row.cells[col] ?? "", table.file, row.line, ref.column) };
  } catch (e) {
    return { problem: (e as Error).message };
  }
}

function readText(dir: string, rel: string): { file: string; text: string } {
  const abs = path.join(dir, rel);
  const file = displayPath(abs);
  try {
    return { file, text: readFileSync(abs, "utf8") };
  } catch (e) {
    throw new FactsError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function readJson(dir: string, rel: string): { file: string; json: unknown } {
  const { file, text } = readText(dir, rel);
  try {
    return { file, json: JSON.parse(text) };
  } catch (e) {
    throw new FactsError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

function validate<S extends z.ZodType>(schema: S, json: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(json);
  if (!result.success) throw factsErrorFromIssues(file, json, result.error.issues);
  return result.data;
}
