/**
 * The built site's files, for the checks that read dist/ (budgets, links, origin, the HTML checker):
 * one walk, one order, one message when nothing has been built yet.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** Every file under `dist` whose path (relative to it) passes `keep`, as absolute paths, sorted. */
export function distFiles(dist: string, keep: (relative: string) => boolean): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: run \`npm run build\` first`);
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => keep(path.relative(dist, file)))
    .sort();
}

/** The built site's HTML pages; a check named `tool` stops in one line when there are none. */
export function builtPages(dist: string, tool: string): string[] {
  const pages = distFiles(dist, (f) => f.endsWith(".html"));
  if (pages.length === 0) {
    console.error(`${tool}: no .html files in ${dist}: run \`npm run build\` first`);
    process.exit(1);
  }
  return pages;
}
