// Look up one of the paper's figures by key, as prose and charts do; an unknown key is an error,
// never a blank.
import { FactsError } from "./errors.ts";
import { loadPaperFigures } from "./load.ts";
import type { PaperFigure } from "./schema.ts";

let byKey: ReadonlyMap<string, PaperFigure> | undefined;

export function figure(key: string): PaperFigure {
  byKey ??= new Map(loadPaperFigures().map((f) => [f.key, f]));
  const found = byKey.get(key);
  if (!found) throw new FactsError(`Unknown figure key "${key}"`);
  return found;
}
