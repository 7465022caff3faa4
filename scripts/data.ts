/**
 * `npm run data`: builds the map layers from the raw boundaries. Prints each artifact with its
 * size; on any error prints one line saying where and what, exits 1 and leaves the previous
 * artifacts as they were.
 *
 * Environment: RAW_DATA_DIR (a folder laid out like ../shared/data), RAW_DATA_BASE_URL (a mirror
 * of the upstream files, with {path}), RAW_CACHE_DIR (where downloads are kept), RAW_MANIFEST (a stand-in for data/raw-boundaries.json),
 * GEO_OUT_DIR (where the layers go; public/geo by default).
 */
import path from "node:path";
import { loadRegencyPoverty } from "../src/facts/load.ts";
import { dataDir, displayPath, geoDir, rawCacheDir, rawDataDir, rawManifestFile } from "../src/paths.ts";
import { DataError } from "../src/pipeline/data-error.ts";
import { runPipeline } from "../src/pipeline/run-pipeline.ts";

const env = process.env;

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

try {
  const started = performance.now();
  const written = await runPipeline({
    rawManifestFile: rawManifestFile(),
    studyAreaFile: path.join(dataDir, "study-area.json"),
    rawDataDir: rawDataDir(),
    cacheDir: rawCacheDir(),
    rawBaseUrl: env.RAW_DATA_BASE_URL,
    regencyPoverty: { file: "data/stats/ntt-poverty-by-regency.csv", rows: loadRegencyPoverty() },
    outDir: geoDir(),
    log: (line) => console.log(line),
  });
  const outDir = displayPath(geoDir());
  let total = 0;
  let totalGz = 0;
  for (const w of written) {
    total += w.bytes;
    totalGz += w.gzipBytes;
    console.log(`${path.join(outDir, w.file).padEnd(48)} ${kb(w.bytes).padStart(10)} raw ${kb(w.gzipBytes).padStart(9)} gzip`);
  }
  console.log(`${"all geometry".padEnd(48)} ${kb(total).padStart(10)} raw ${kb(totalGz).padStart(9)} gzip`);
  console.log(`data: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  if (err instanceof DataError) {
    console.error(`data: error: ${err.message}`);
  } else {
    console.error(`data: unexpected failure: ${(err as Error).stack ?? String(err)}`);
  }
  process.exitCode = 1;
}
