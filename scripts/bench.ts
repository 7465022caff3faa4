/**
 * `npm run bench`: builds the site, serves dist/ with gzip on localhost, and measures in Debian's
 * Chromium:
 *   - the map geometry's gzipped size per layer (deterministic);
 *   - Lighthouse (mobile and desktop presets) for the story, an embed and a share page: scores,
 *     FCP, LCP, TBT, CLS and bytes transferred of the median of BENCH_RUNS runs (default 3);
 *   - the time from the reader's first gesture to the live map shown, with Lighthouse's mobile CPU
 *     slowdown (4×), on the story and an embed: the median of BENCH_RUNS page loads (at least 9);
 *   - long main-thread tasks while stepping through every chapter once the live map has loaded,
 *     with camera flights and with reduced motion, BENCH_RUNS walks each.
 * It saves the figures to bench-results/bench-<time>.json and prints them beside the previous
 * run's (the newest earlier file there, or BENCH_BASELINE=<file>).
 * A benchmark, not a test: it prints figures and exits 0 unless something could not be measured.
 *
 *   BENCH_RUNS=1            runs per measurement (default 3; the gesture timing takes at least 9)
 *   BENCH_BASELINE=<file>   the results to print beside this run's ("none": none)
 *   BENCH_ONLY=gesture,…    only some of: lighthouse, gesture, stepping (default all)
 *   BENCH_PORT=4500         the local server's port
 *   BENCH_NO_BUILD=1        measure the dist/ already built
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { lighthouseRuns, ms } from "./bench/lighthouse.ts";
import { gestureToLiveMap, longTasksWhileStepping, MOBILE_CPU_SLOWDOWN, type GestureTiming } from "./bench/live-map.ts";
import { previousResults, saveResults, sideBySide, type BenchResults } from "./bench/results.ts";

const PORT = Number(process.env.BENCH_PORT ?? 4500);
const origin = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// A page load each, cheap beside Lighthouse, and noisy (a run varies by ±300 ms on a small machine
// with software WebGL): never fewer than nine.
const GESTURE_RUNS = Math.max(RUNS, 9);
const SECTIONS = ["lighthouse", "gesture", "stepping"] as const;
const only = new Set((process.env.BENCH_ONLY ?? SECTIONS.join(",")).split(",").map((s) => s.trim()));
for (const s of only)
  if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`BENCH_ONLY: unknown section "${s}" (known: ${SECTIONS.join(", ")})`);
const GESTURE_PAGES = [
  { name: "story", path: "/" },
  { name: "embed study-villages", path: "/embed/study-villages/" },
];

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? "");
    throw new Error(`${cmd} ${args.join(" ")} failed`);
  }
  return r.stdout;
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["scripts/serve-dist.ts", "--port", String(PORT), "--gzip"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.once("data", () => resolve());
    server.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return server;
}

function geometryKb(): Record<string, number> {
  const dir = path.join("dist", "geo");
  const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as { files: Record<string, { file: string }> };
  const sizes: Record<string, number> = {};
  for (const [name, f] of Object.entries(manifest.files))
    sizes[name] = gzipSync(readFileSync(path.join(dir, f.file)), { level: 9 }).length / 1024;
  sizes.all = Object.values(sizes).reduce((s, v) => s + v, 0);
  return sizes;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const baseline = previousResults();
// A build needs its public origin; the benchmark's pages never leave this machine.
process.env.SITE_URL ??= "https://tts-migration.example";
if (!process.env.BENCH_NO_BUILD) run("npm", ["run", "build"]);
process.stdout.write(run(process.execPath, ["scripts/check-budgets.ts"]));
const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).stdout.trim() !== "";
const results: BenchResults = {
  date: new Date().toISOString(),
  commit: `${commit}${dirty ? "+changes" : ""}`,
  runs: RUNS,
  geometryKb: geometryKb(),
};

const server = await startServer();
try {
  if (only.has("lighthouse")) {
    const { lines, figures } = await lighthouseRuns(origin, RUNS);
    results.lighthouse = figures;
    console.log(`\nLighthouse (${origin}, gzip, Debian Chromium headless):`);
    for (const l of lines) console.log(`  ${l}`);
  }
  if (only.has("gesture")) {
    console.log(
      `\nFirst gesture → live map shown (412×823, ${MOBILE_CPU_SLOWDOWN}× CPU slowdown, software WebGL, median of ${GESTURE_RUNS}):`,
    );
    results.gestureToMap = {};
    // The pages take turns, so that a slow spell of the machine does not fall on one page alone.
    const samplesOf = new Map<string, GestureTiming[]>(GESTURE_PAGES.map((page) => [page.name, []]));
    for (let k = 0; k < GESTURE_RUNS; k++)
      for (const page of GESTURE_PAGES) samplesOf.get(page.name)!.push(await gestureToLiveMap(`${origin}${page.path}`));
    for (const page of GESTURE_PAGES) {
      const samples = samplesOf.get(page.name)!;
      const shown = samples.map((s) => s.shownMs);
      results.gestureToMap[page.name] = { medianMs: median(shown), samplesMs: shown.map(Math.round) };
      console.log(
        `  ${page.name.padEnd(22)} ${ms(median(shown))} (runs: ${shown.map((v) => Math.round(v)).join(", ")}; ` +
          `map code starts loading after ${ms(median(samples.map((s) => s.loadingMs)))})`,
      );
      const stages = Object.keys(samples[0]!.stagesMs);
      console.log(`    ${stages.map((st) => `${st} ${ms(median(samples.map((s) => s.stagesMs[st] ?? Number.NaN)))}`).join(" → ")}`);
    }
  }
  if (only.has("stepping")) {
    console.log("\nStepping through every chapter with the live map (software WebGL, 1280×800):");
    results.stepping = {};
    for (const reduced of [false, true]) {
      const motion = reduced ? "camera jumps (reduced motion)" : "camera flights";
      const walks = [];
      for (let k = 0; k < RUNS; k++) walks.push(await longTasksWhileStepping(origin, reduced));
      for (const w of walks) console.log(`  ${motion}: ${w.longTasks} long tasks over 50 ms, worst ${ms(w.worstMs)}`);
      results.stepping[motion] = { longTasks: median(walks.map((w) => w.longTasks)), worstMs: median(walks.map((w) => w.worstMs)) };
    }
  }
} finally {
  server.kill();
}

const saved = saveResults(results);
console.log(`\nBefore and after (${saved}):`);
for (const l of sideBySide(baseline, results)) console.log(`  ${l}`);
