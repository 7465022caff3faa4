// Shared by the facts tests: a throw-away copy of data/ that a test may break on purpose.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { dataDir } from "../../../src/paths.ts";

export interface DataCopy {
  dir: string;
  /** Rewrites a JSON file of the copy through `edit`. */
  editJson: (rel: string, edit: (json: any) => void) => void;
  writeText: (rel: string, text: string) => void;
  readText: (rel: string) => string;
  remove: () => void;
}

export function copyDataDir(): DataCopy {
  const dir = mkdtempSync(path.join(tmpdir(), "facts-data-"));
  cpSync(dataDir, dir, { recursive: true });
  const abs = (rel: string) => path.join(dir, rel);
  return {
    dir,
    editJson(rel, edit) {
      const json = JSON.parse(readFileSync(abs(rel), "utf8"));
      edit(json);
      writeFileSync(abs(rel), JSON.stringify(json, null, 2));
    },
    writeText: (rel, text) => writeFileSync(abs(rel), text),
    readText: (rel) => readFileSync(abs(rel), "utf8"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The message of the error `fn` throws (fails the test when it does not throw). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error, but none was thrown");
}
