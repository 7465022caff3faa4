/**
 * The benchmark's figures as JSON in bench-results/, and the previous run's beside the new one:
 * `npm run bench` saves bench-<time>.json and prints it side by side with the latest earlier file
 * (or the one BENCH_BASELINE names), so a change shows its before and after in one table.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const RESULTS_DIR = "bench-results";

export interface LighthouseFigures {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferredKb: number;
}

export interface BenchResults {
  /** ISO time of the run */
  date: string;
  /** git commit (and "+changes" when the worktree had uncommitted changes) */
  commit: string;
  runs: number;
  /** gzipped KB of each map layer in dist/geo, and their sum */
  geometryKb?: Record<string, number>;
  /** "story-mobile" → the median run's figures */
  lighthouse?: Record<string, LighthouseFigures>;
  /** long main-thread tasks while stepping through the chapters */
  stepping?: Record<string, { longTasks: number; worstMs: number }>;
  /** the reader's first gesture → the live map shown, 4× CPU slowdown: the median and every run */
  gestureToMap?: Record<string, { medianMs: number; samplesMs: number[] }>;
}

export function saveResults(results: BenchResults): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `bench-${results.date.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

/** The baseline: BENCH_BASELINE if set, else the newest bench-*.json in bench-results/. */
export function previousResults(baseline = process.env.BENCH_BASELINE): { file: string; results: BenchResults } | undefined {
  if (baseline === "none") return undefined;
  let file = baseline;
  if (!file) {
    if (!existsSync(RESULTS_DIR)) return undefined;
    const names = readdirSync(RESULTS_DIR)
      .filter((n) => /^bench-.*\.json$/.test(n))
      .sort();
    if (names.length === 0) return undefined;
    file = path.join(RESULTS_DIR, names[names.length - 1]!);
  }
  if (!existsSync(file)) throw new Error(`BENCH_BASELINE ${file} does not exist`);
  return { file, results: JSON.parse(readFileSync(file, "utf8")) as BenchResults };
}

type Row = [label: string, before: number | undefined, after: number | undefined, unit: string];

function rows(before: BenchResults | undefined, after: BenchResults): Row[] {
  const out: Row[] = [];
  const keys = <T>(a?: Record<string, T>, b?: Record<string, T>): string[] => [
    ...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]),
  ];
  for (const k of keys(before?.geometryKb, after.geometryKb))
    out.push([`geometry ${k}`, before?.geometryKb?.[k], after.geometryKb?.[k], "KB"]);
  for (const k of keys(before?.lighthouse, after.lighthouse)) {
    const b = before?.lighthouse?.[k];
    const a = after.lighthouse?.[k];
    out.push([`${k} performance`, b?.performance, a?.performance, ""]);
    out.push([`${k} FCP`, b?.fcpMs, a?.fcpMs, "ms"]);
    out.push([`${k} LCP`, b?.lcpMs, a?.lcpMs, "ms"]);
    out.push([`${k} TBT`, b?.tbtMs, a?.tbtMs, "ms"]);
    out.push([`${k} CLS`, b?.cls, a?.cls, ""]);
    out.push([`${k} transferred`, b?.transferredKb, a?.transferredKb, "KB"]);
  }
  for (const k of keys(before?.stepping, after.stepping)) {
    out.push([`${k}: long tasks`, before?.stepping?.[k]?.longTasks, after.stepping?.[k]?.longTasks, ""]);
    out.push([`${k}: worst task`, before?.stepping?.[k]?.worstMs, after.stepping?.[k]?.worstMs, "ms"]);
  }
  for (const k of keys(before?.gestureToMap, after.gestureToMap)) {
    out.push([`gesture → live map, ${k}`, before?.gestureToMap?.[k]?.medianMs, after.gestureToMap?.[k]?.medianMs, "ms"]);
  }
  return out;
}

const show = (v: number | undefined, unit: string): string => {
  if (v === undefined) return "–";
  const n = unit === "" && v < 1 ? v.toFixed(3) : unit === "KB" ? v.toFixed(1) : String(Math.round(v));
  return unit ? `${n} ${unit}` : n;
};

/** The table: one line a figure, before | after | change. */
export function sideBySide(before: { file: string; results: BenchResults } | undefined, after: BenchResults): string[] {
  const head = `${"".padEnd(44)} ${"before".padStart(12)} ${"after".padStart(12)} ${"change".padStart(9)}`;
  const lines = [
    `before: ${before ? `${before.file} (${before.results.commit}, ${before.results.date}, ${before.results.runs} runs)` : "no earlier results in bench-results/"}`,
    `after:  this run (${after.commit}, ${after.date}, ${after.runs} runs)`,
    head,
  ];
  for (const [label, b, a, unit] of rows(before?.results, after)) {
    const change = b !== undefined && a !== undefined && b !== 0 ? `${a >= b ? "+" : ""}${Math.round(((a - b) / b) * 100)}%` : "";
    lines.push(`${label.padEnd(44)} ${show(b, unit).padStart(12)} ${show(a, unit).padStart(12)} ${change.padStart(9)}`);
  }
  return lines;
}
