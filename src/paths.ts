/**
 * Where things live on disk: the one place that knows, for the pipeline, the facts, the build and
 * the tests alike. Our curated data/ is in the repo; the read-only raw inputs are in ../shared; the
 * map layers the pipeline writes go to public/geo. Each can be moved by an environment variable, so
 * tests and CI can point at a copy laid out the same way.
 *
 *   RAW_DATA_DIR   a folder laid out like ../shared/data
 *   PAPER_DIR      the folder holding the paper's text
 *   RAW_CACHE_DIR  where downloaded upstream boundary files are kept
 *   RAW_MANIFEST   a stand-in for data/raw-boundaries.json
 *   GEO_OUT_DIR    where the pipeline writes the map layers, and the build reads them
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

type Env = Record<string, string | undefined>;

/**
 * The repo root: the nearest folder above this module that holds package.json and data/. Found by
 * walking up, because the build bundles this module into dist/ where a fixed "../" is wrong.
 */
function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "data"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const repoRoot: string = findRepoRoot();

export const dataDir: string = path.join(repoRoot, "data");

/** The folder the site's static files are served from; the map layers' default home is inside. */
export const publicDir: string = path.join(repoRoot, "public");

export function sharedDir(): string {
  return path.resolve(repoRoot, "..", "shared");
}

const fromEnv = (value: string | undefined, fallback: string): string => (value ? path.resolve(repoRoot, value) : fallback);

export function rawDataDir(env: Env = process.env): string {
  return fromEnv(env.RAW_DATA_DIR, path.join(sharedDir(), "data"));
}

export function paperDir(env: Env = process.env): string {
  return fromEnv(env.PAPER_DIR, path.join(sharedDir(), "paper"));
}

export function rawCacheDir(env: Env = process.env): string {
  return fromEnv(env.RAW_CACHE_DIR, path.join(repoRoot, ".cache", "raw"));
}

export function rawManifestFile(env: Env = process.env): string {
  return fromEnv(env.RAW_MANIFEST, path.join(dataDir, "raw-boundaries.json"));
}

/** Where the map layers are: written by `npm run data`, read by the build, served as /geo/. */
export function geoDir(env: Env = process.env): string {
  return fromEnv(env.GEO_OUT_DIR, path.join(publicDir, "geo"));
}

export const PAPER_TEXT_FILE = "usbobo-sogen-irregular-migration-tts.txt";

/** A path relative to the repo root when inside it, for short error messages. */
export function displayPath(file: string): string {
  const rel = path.relative(repoRoot, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : file;
}
