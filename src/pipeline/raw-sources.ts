/**
 * Finds the raw boundary files, from a local folder laid out like ../shared/data or, where that
 * folder is missing, from the pinned upstream commit (downloaded once into a cache), and checks
 * each against the sha256 recorded in data/raw-boundaries.json before anything reads it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DataError } from "./data-error.ts";
import type { RawBoundariesManifest } from "./manifests.ts";

export interface RawFile {
  /** path inside the dataset, e.g. db/kab/wilayah_boundaries_kab_53.sql */
  path: string;
  /** where it was read from, for messages */
  location: string;
  level: RawBoundariesManifest["files"][number]["level"];
  text: string;
}

export interface RawSourceOptions {
  /** a folder laid out like ../shared/data (holding wilayah_boundaries/) */
  rawDataDir: string;
  /** where downloaded files are kept */
  cacheDir: string;
  /** replaces the upstream address pattern (a mirror); must contain {path} */
  baseUrl?: string | undefined;
  log?: (line: string) => void;
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function loadRawFiles(manifest: RawBoundariesManifest, options: RawSourceOptions): Promise<RawFile[]> {
  const localRoot = path.join(options.rawDataDir, manifest.dataset);
  const useLocal = existsSync(localRoot);
  if (!useLocal) {
    options.log?.(`raw data: ${localRoot} not found, using the pinned upstream files (cache: ${options.cacheDir})`);
  }
  const files: RawFile[] = [];
  for (const entry of manifest.files) {
    const bytes = useLocal
      ? readLocal(path.join(localRoot, entry.path))
      : await readCachedOrDownload(manifest, entry.path, entry.sha256, options);
    const location = useLocal ? path.join(localRoot, entry.path) : urlFor(manifest, entry.path, options.baseUrl);
    const actual = sha256(bytes);
    if (actual !== entry.sha256) {
      throw new DataError(
        { file: location },
        `sha256 is ${actual} but data/raw-boundaries.json pins ${entry.sha256}: the file is not the one of upstream commit ${manifest.upstream.commit.slice(0, 12)}`,
      );
    }
    files.push({ path: entry.path, location, level: entry.level, text: bytes.toString("utf8") });
  }
  return files;
}

function readLocal(file: string): Buffer {
  if (!existsSync(file)) {
    throw new DataError({ file }, "raw file is missing (the folder exists but lacks this file; restore it from ../shared/data)");
  }
  return readFileSync(file);
}

function urlFor(manifest: RawBoundariesManifest, filePath: string, baseUrl: string | undefined): string {
  return (baseUrl ?? manifest.upstream.rawUrl).replace("{path}", filePath);
}

async function readCachedOrDownload(
  manifest: RawBoundariesManifest,
  filePath: string,
  expected: string,
  options: RawSourceOptions,
): Promise<Buffer> {
  const cached = path.join(options.cacheDir, manifest.dataset, filePath);
  if (existsSync(cached)) {
    const bytes = readFileSync(cached);
    if (sha256(bytes) === expected) return bytes;
  }
  const url = urlFor(manifest, filePath, options.baseUrl);
  let bytes: Buffer;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (err) {
    throw new DataError(
      { file: url },
      `download failed (${(err as Error).message}). The raw boundaries were not found at ${path.join(options.rawDataDir, manifest.dataset)} either: ` +
        "put the shared data folder beside the project (../shared/data) or set RAW_DATA_DIR to a folder laid out like it, then run `npm run data` again",
    );
  }
  // Cache only what matches the pin, so a bad download is never reused.
  if (sha256(bytes) === expected) {
    mkdirSync(path.dirname(cached), { recursive: true });
    writeFileSync(`${cached}.part`, bytes);
    renameSync(`${cached}.part`, cached);
  }
  options.log?.(`raw data: downloaded ${url} (${bytes.length} bytes)`);
  return bytes;
}
