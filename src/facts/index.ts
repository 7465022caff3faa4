// Public API of the curated facts: re-exports only.
export { parseCsv, type CsvRow, type CsvTable } from "./csv.ts";
export { FactsError } from "./errors.ts";
export { figure } from "./figure.ts";
export {
  DATA_FILES,
  DATASET_FILES,
  loadContextFacts,
  loadDatasetTable,
  loadInconsistencies,
  loadMigrantWorkerDeaths,
  loadPaperFigures,
  loadBoundariesSourceId,
  loadInterviews,
  loadPlaces,
  loadStudyArea,
  loadPaperSourceId,
  loadProvincePoverty,
  loadRegencyPoverty,
  loadSources,
  statCell,
} from "./load.ts";
export { findPaperNumbers, parsePaperNumber, type PaperNumber } from "./paper-number.ts";
export { collapseWhitespace, quoteOccurs, readPaperText } from "./paper-text.ts";
export { dataDir, paperDir, rawDataDir, repoRoot, sharedDir, PAPER_TEXT_FILE } from "../paths.ts";
export { inconsistencyProblems, type ValueLookups } from "./references.ts";
export * from "./schema.ts";
export * from "./map-names-schema.ts";
export { parseMigrantWorkerDeaths, parseProvincePoverty, parseRegencyPoverty } from "./stats.ts";
export type { MigrantWorkerDeaths, ProvincePoverty, RegencyPoverty } from "./stats.ts";
