/**
 * Lighthouse (mobile and desktop presets) over the served site: scores, FCP, LCP, TBT, CLS and
 * bytes transferred of the median of `runs` runs, Lighthouse's own advice on a noisy machine.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result as LhResult } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { chromiumExecutable, QUIET_CHROMIUM_FLAGS } from "../../tests/e2e/support/chromium.ts";
import { RESULTS_DIR, type LighthouseFigures } from "./results.ts";

export const PAGES = [
  { name: "story", path: "/" },
  { name: "story (id)", path: "/id/" },
  { name: "embed", path: "/embed/study-villages/" },
  { name: "share", path: "/share/ktp/" },
];

export const ms = (v: number | undefined): string => (v === undefined ? "–" : `${Math.round(v)} ms`);

export async function lighthouseRuns(
  origin: string,
  runs: number,
): Promise<{ lines: string[]; figures: Record<string, LighthouseFigures> }> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ["--headless=new", "--no-sandbox", ...QUIET_CHROMIUM_FLAGS, "--enable-unsafe-swiftshader"],
  });
  const lines = [
    `median of ${runs} runs (LCP and TBT: lowest–highest of the runs)`,
    "page          preset   perf  a11y  best  seo   FCP      LCP                    TBT                 CLS    transferred",
  ];
  const reports: Record<string, unknown> = {};
  const figures: Record<string, LighthouseFigures> = {};
  try {
    for (const page of PAGES) {
      for (const preset of ["mobile", "desktop"] as const) {
        const results: LhResult[] = [];
        for (let k = 0; k < runs; k++) {
          const result = await lighthouse(
            `${origin}${page.path}`,
            { port: chrome.port, output: "json", logLevel: "error" },
            preset === "desktop" ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`no Lighthouse result for ${page.path}`);
          results.push(result.lhr);
        }
        const { categories, audits } = computeMedianRun(results) as LhResult;
        const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(4);
        const num = (id: string) => audits[id]?.numericValue;
        const spread = (id: string) => {
          const values = results.map((r) => r.audits[id]?.numericValue ?? NaN);
          return `${ms(num(id))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
        };
        const kb = (num("total-byte-weight") ?? 0) / 1024;
        lines.push(
          `${page.name.padEnd(13)} ${preset.padEnd(8)} ${score("performance")}  ${score("accessibility")}  ${score("best-practices")}  ${score("seo")}  ` +
            `${ms(num("first-contentful-paint")).padEnd(8)} ${spread("largest-contentful-paint").padEnd(22)} ${spread("total-blocking-time").padEnd(19)} ` +
            `${(num("cumulative-layout-shift") ?? 0).toFixed(3).padEnd(6)} ${kb.toFixed(0)} KB`,
        );
        const key = `${page.name}-${preset}`;
        figures[key] = {
          performance: Math.round((categories.performance?.score ?? 0) * 100),
          fcpMs: num("first-contentful-paint") ?? NaN,
          lcpMs: num("largest-contentful-paint") ?? NaN,
          tbtMs: num("total-blocking-time") ?? NaN,
          cls: num("cumulative-layout-shift") ?? NaN,
          transferredKb: kb,
        };
        reports[key] = {
          scores: Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, v.score])),
          // Any binary audit that failed in any run, not only in the median one.
          failing: [
            ...new Set(
              results.flatMap((r) =>
                Object.values(r.audits)
                  .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
                  .map((a) => a.id),
              ),
            ),
          ],
        };
      }
    }
  } finally {
    chrome.kill();
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, "lighthouse-summary.json"), JSON.stringify(reports, null, 2));
  return { lines, figures };
}
