/**
 * Before the unit tests: the map layers several of them read (frames, labels, figures) are build
 * artifacts, never committed. On a fresh clone, make them once with the real pipeline, so that
 * `npx vitest run` needs no earlier step.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { geoDir, repoRoot } from "../../src/paths.ts";

export default function setup(): void {
  if (existsSync(path.join(geoDir(), "manifest.json"))) return;
  console.log(`unit tests: no map layers in ${geoDir()}: running \`npm run data\` first`);
  execFileSync(process.execPath, [path.join(repoRoot, "scripts/data.ts")], { cwd: repoRoot, stdio: "inherit" });
}
