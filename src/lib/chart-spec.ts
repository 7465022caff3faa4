/**
 * A chart ready to draw: rows with resolved labels, values, formatted values and bar geometry
 * (as shares of the track, 0–100), computed with d3-scale at build time. Pure.
 */
import { scaleLinear, scaleLog } from "d3-scale";

export interface ChartRowInput {
  label: string;
  value: number;
  to?: number | undefined;
  display: string;
  emphasis: boolean;
  key: string;
}

export interface ChartRow extends ChartRowInput {
  /** where the bar starts and ends along its track, in percent of the track */
  x0: number;
  x1: number;
}

export interface ChartSpec {
  id: string;
  title: string;
  note: string | undefined;
  rows: ChartRow[];
  /** axis ticks along the track, in percent of the track, with their labels */
  ticks: { x: number; label: string }[];
}

export function layoutChart(
  id: string,
  title: string,
  note: string | undefined,
  scale: "percent" | "linear" | "log",
  rows: ChartRowInput[],
  formatTick: (value: number) => string,
): ChartSpec {
  const max = Math.max(...rows.map((r) => r.to ?? r.value));
  const x =
    scale === "percent"
      ? scaleLinear().domain([0, 100]).range([0, 100])
      : scale === "linear"
        ? scaleLinear().domain([0, max]).nice().range([0, 100])
        : scaleLog().domain([Math.min(...rows.map((r) => r.value)) / 2, max * 2]).range([0, 100]);
  const origin = scale === "log" ? 0 : x(0);
  const laidOut = rows.map((r) => {
    const start = r.to === undefined ? origin : x(r.value);
    const end = x(r.to ?? r.value);
    return { ...r, x0: round(start), x1: round(Math.max(end, start + 0.6)) };
  });
  const tickValues = scale === "log" ? x.ticks(3).filter((v, _k, all) => all.length <= 4 || Math.log10(v) % 1 === 0) : x.ticks(4);
  return { id, title, note, rows: laidOut, ticks: tickValues.map((v) => ({ x: round(x(v)), label: formatTick(v) })) };
}

const round = (v: number): number => Math.round(v * 100) / 100;
