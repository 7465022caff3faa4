// Where the facts live: our curated data/ in the repo, and the read-only raw inputs in ../shared
// (overridable, so tests and CI can point at a copy laid out the same way).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repo root: the nearest folder above this module that holds package.json and data/. Found by
 * walking up, because the build bundles this module into dist/ where a fixed "../../" is wrong.
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

export function sharedDir(): string {
  return path.resolve(repoRoot, "..", "shared");
}

/** A folder laid out like ../shared/data; RAW_DATA_DIR overrides it. */
export function rawDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RAW_DATA_DIR ? path.resolve(env.RAW_DATA_DIR) : path.join(sharedDir(), "data");
}

/** The folder holding the paper's text; PAPER_DIR overrides it. */
export function paperDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PAPER_DIR ? path.resolve(env.PAPER_DIR) : path.join(sharedDir(), "paper");
}

export const PAPER_TEXT_FILE = "usbobo-sogen-irregular-migration-tts.txt";

/** A path relative to the repo root when inside it, for short error messages. */
export function displayPath(file: string): string {
  const rel = path.relative(repoRoot, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : file;
}
