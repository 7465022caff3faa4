/**
 * `npm run bench`: builds the site, serves dist/ with gzip on localhost, and measures in Debian's
 * Chromium:
 *   - Lighthouse (mobile and desktop presets) for the story, an embed and a share page: scores,
 *     FCP, LCP, TBT, CLS and bytes transferred of the median of BENCH_RUNS runs (default 3);
 *   - long main-thread tasks while stepping through every chapter once the live map has loaded,
 *     with camera flights and with reduced motion, BENCH_RUNS walks each.
 * A benchmark, not a test: it prints figures and exits 0 unless something could not be measured.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result as LhResult } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { chromiumExecutable, chromiumLaunchOptions, QUIET_CHROMIUM_FLAGS } from "../tests/e2e/support/chromium.ts";

const PORT = 4500;
const origin = `http://127.0.0.1:${PORT}`;
const PAGES = [
  { name: "story", path: "/" },
  { name: "story (id)", path: "/id/" },
  { name: "embed", path: "/embed/study-villages/" },
  { name: "share", path: "/share/ktp/" },
];

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["scripts/serve-dist.ts", "--port", String(PORT), "--gzip"], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.once("data", () => resolve());
    server.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return server;
}

const ms = (v: number | undefined): string => (v === undefined ? "–" : `${Math.round(v)} ms`);

/** Lighthouse's own advice on a noisy machine: several runs, and report the median one. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function lighthouseRuns(): Promise<string[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ["--headless=new", "--no-sandbox", ...QUIET_CHROMIUM_FLAGS, "--enable-unsafe-swiftshader"],
  });
  const lines = [
    `median of ${RUNS} runs (LCP and TBT: lowest–highest of the runs)`,
    "page          preset   perf  a11y  best  seo   FCP      LCP                    TBT                 CLS    transferred",
  ];
  const reports: Record<string, unknown> = {};
  try {
    for (const page of PAGES) {
      for (const preset of ["mobile", "desktop"] as const) {
        const runs: LhResult[] = [];
        for (let k = 0; k < RUNS; k++) {
          const result = await lighthouse(
            `${origin}${page.path}`,
            { port: chrome.port, output: "json", logLevel: "error" },
            preset === "desktop" ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`no Lighthouse result for ${page.path}`);
          runs.push(result.lhr);
        }
        const { categories, audits } = computeMedianRun(runs) as LhResult;
        const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(4);
        const num = (id: string) => audits[id]?.numericValue;
        const spread = (id: string) => {
          const values = runs.map((r) => r.audits[id]?.numericValue ?? NaN);
          return `${ms(num(id))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
        };
        const kb = `${((num("total-byte-weight") ?? 0) / 1024).toFixed(0)} KB`;
        lines.push(
          `${page.name.padEnd(13)} ${preset.padEnd(8)} ${score("performance")}  ${score("accessibility")}  ${score("best-practices")}  ${score("seo")}  ` +
            `${ms(num("first-contentful-paint")).padEnd(8)} ${spread("largest-contentful-paint").padEnd(22)} ${spread("total-blocking-time").padEnd(19)} ` +
            `${(num("cumulative-layout-shift") ?? 0).toFixed(3).padEnd(6)} ${kb}`,
        );
        reports[`${page.name}-${preset}`] = {
          scores: Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, v.score])),
          // Any binary audit that failed in any run, not only in the median one.
          failing: [...new Set(runs.flatMap((r) => Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id)))],
        };
      }
    }
  } finally {
    chrome.kill();
  }
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(path.join("bench-results", "lighthouse-summary.json"), JSON.stringify(reports, null, 2));
  return lines;
}

/** Long main-thread tasks while stepping through every chapter once the live map has loaded. */
async function longTasksWhileStepping(reducedMotion: boolean): Promise<string> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: reducedMotion ? "reduce" : "no-preference" });
    await page.goto(`${origin}/`);
    await page.mouse.move(40, 60); // the live map starts at the first interaction
    await page.locator("[data-story-map][data-map-state='ready']").waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      (window as unknown as { longTasks: number[] }).longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(e.duration);
      }).observe({ type: "longtask" });
    });
    const slugs = await page.locator("section.chapter").evaluateAll((els) => els.map((e) => e.id));
    for (const slug of slugs) {
      await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ behavior: "instant" }), slug);
      await page.waitForTimeout(1800); // let the camera flight finish
    }
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const worst = tasks.length ? Math.max(...tasks) : 0;
    const motion = reducedMotion ? "camera jumps (reduced motion)" : "camera flights";
    return `${motion}: ${tasks.length} long tasks over 50 ms, worst ${ms(worst)}`;
  } finally {
    await browser.close();
  }
}

// A build needs its public origin; the benchmark's pages never leave this machine.
process.env.SITE_URL ??= "https://tts-migration.example";
run("npm", ["run", "build"]);
run(process.execPath, ["scripts/check-budgets.ts"]);
const server = await startServer();
try {
  const lines = await lighthouseRuns();
  console.log(`\nLighthouse (${origin}, gzip, Debian Chromium headless):`);
  for (const l of lines) console.log(`  ${l}`);
  console.log("\nStepping through every chapter with the live map (software WebGL, 1280×800):");
  for (const reduced of [false, true]) for (let k = 0; k < RUNS; k++) console.log(`  ${await longTasksWhileStepping(reduced)}`);
} finally {
  server.kill();
}
