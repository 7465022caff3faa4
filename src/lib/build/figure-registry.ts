/**
 * Every number the story may print, by key: the paper's figures, the context facts, and values
 * derived from the statistics tables and the boundaries. Each carries its unit, year and source,
 * so that a figure is formatted and cited the same way wherever it appears. Pure: callers pass
 * in what the facts loaders and the map layers hold.
 */
import type { FigureUnit } from "../shared/format.ts";

export interface RegisteredFigure {
  key: string;
  value: number;
  unit: FigureUnit;
  year?: number;
  /** id in data/sources.json */
  source: string;
  /** where in the source, e.g. "Figure 5" or a section heading */
  where?: string;
  /** how many independent sources show the same value, where known */
  confirm?: number;
}

export interface RegistryInputs {
  paperSourceId: string;
  paperFigures: {
    key: string;
    value: number;
    unit: FigureUnit;
    year?: number | undefined;
    figure?: string | undefined;
    section: string;
    page?: number | undefined;
  }[];
  contextFacts: { key: string; value: number; unit: FigureUnit; year?: number | undefined; source: string; confirm: number }[];
  deaths: { year: number; count: number; confirm: number }[];
  deathsSource: string;
  regencyPoverty: { code: string; p0: Record<number, number>; confirm: Record<number, number> }[];
  regencyPovertySource: string;
  provincePoverty: { year: number; month: number; p0: number; confirm: number }[];
  provincePovertySource: string;
  /** straight-line km from each study village to Soe, by village code */
  distancesToSoe: Map<string, number>;
  boundariesSource: string;
}

export type FigureRegistry = ReadonlyMap<string, RegisteredFigure>;

export function buildFigureRegistry(input: RegistryInputs): FigureRegistry {
  const registry = new Map<string, RegisteredFigure>();
  const add = (f: RegisteredFigure): void => {
    if (registry.has(f.key)) throw new Error(`figure key "${f.key}" is defined twice`);
    registry.set(f.key, f);
  };
  for (const f of input.paperFigures) {
    const where = [f.figure ?? f.section, f.page ? `p. ${f.page}` : undefined].filter(Boolean).join(", ");
    add({ key: f.key, value: f.value, unit: f.unit, ...(f.year ? { year: f.year } : {}), source: input.paperSourceId, where });
  }
  for (const f of input.contextFacts) {
    add({ key: f.key, value: f.value, unit: f.unit, ...(f.year ? { year: f.year } : {}), source: f.source, confirm: f.confirm });
  }
  for (const d of input.deaths) {
    add({ key: `deaths.y${d.year}`, value: d.count, unit: "people", year: d.year, source: input.deathsSource, confirm: d.confirm });
  }
  for (const r of input.regencyPoverty) {
    for (const [year, value] of Object.entries(r.p0)) {
      add({
        key: `povertyRegency.r${r.code.replace(".", "")}.y${year}`,
        value,
        unit: "percent",
        year: Number(year),
        source: input.regencyPovertySource,
        confirm: r.confirm[Number(year)]!,
      });
    }
  }
  for (const p of input.provincePoverty) {
    add({
      key: `povertyProvince.p${p.year}m${String(p.month).padStart(2, "0")}`,
      value: p.p0,
      unit: "percent",
      year: p.year,
      source: input.provincePovertySource,
      confirm: p.confirm,
    });
  }
  const distances = [...input.distancesToSoe.values()];
  for (const [code, km] of input.distancesToSoe) {
    add({
      key: `distanceToSoe.v${code.replaceAll(".", "")}`,
      value: round1(km),
      unit: "km",
      source: input.boundariesSource,
      where: "computed from village centres",
    });
  }
  if (distances.length > 0) {
    add({ key: "distanceToSoe.min", value: round1(Math.min(...distances)), unit: "km", source: input.boundariesSource });
    add({ key: "distanceToSoe.max", value: round1(Math.max(...distances)), unit: "km", source: input.boundariesSource });
  }
  return registry;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

export function lookupFigure(registry: FigureRegistry, key: string): RegisteredFigure {
  const f = registry.get(key);
  if (!f) throw new Error(`unknown figure key "${key}"`);
  return f;
}
