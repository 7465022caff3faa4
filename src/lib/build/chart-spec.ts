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

/** Where a tick's label sits against its tick: centred on it, or starting or ending there at the track's edges. */
export type TickAlign = "start" | "middle" | "end";

export interface ChartTick {
  /** along the track, in percent of the track */
  x: number;
  label: string;
  align: TickAlign;
}

export interface ChartSpec {
  id: string;
  title: string;
  note: string | undefined;
  rows: ChartRow[];
  /** axis ticks, spaced so that no two labels touch on the narrowest track (AXIS.minTrackPx) */
  ticks: ChartTick[];
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
        : scaleLog()
            .domain([Math.min(...rows.map((r) => r.value)) / 2, max * 2])
            .range([0, 100]);
  const origin = scale === "log" ? 0 : x(0);
  const laidOut = rows.map((r) => {
    const start = r.to === undefined ? origin : x(r.value);
    const end = x(r.to ?? r.value);
    return { ...r, x0: round(start), x1: round(Math.max(end, start + 0.6)) };
  });
  const candidates =
    scale === "log"
      ? [x.ticks(3).filter((v, _k, all) => all.length <= 4 || Math.log10(v) % 1 === 0), x.ticks(3).filter((v) => Math.log10(v) % 2 === 0)]
      : [x.ticks(4), x.ticks(3), x.ticks(2), x.domain(), x.domain().slice(1)];
  const tickSets = candidates.map((values) => placeTicks(values.map((v) => ({ x: round(x(v)), label: formatTick(v) }))));
  const ticks = tickSets.find((set) => !ticksCollide(set)) ?? tickSets.at(-1)!;
  return { id, title, note, rows: laidOut, ticks };
}

/**
 * The axis as drawn (chart.css): labels of `fontPx`, on a track no narrower than `minTrackPx`
 * (a 320 px screen less the page's padding), at least `gapPx` apart.
 */
export const AXIS = { fontPx: 12, minTrackPx: 256, gapPx: 8 } as const;

/** A generous estimate of a label's width in px: digits and letters of a sans-serif at 0.62 em, spaces at 0.3 em. */
export function tickLabelWidth(label: string, fontPx: number = AXIS.fontPx): number {
  let em = 0;
  for (const ch of label) em += /\s/.test(ch) ? 0.3 : 0.62;
  return em * fontPx;
}

/** Each label centred on its tick, unless that would push it past an end of the narrowest track. */
function placeTicks(ticks: { x: number; label: string }[]): ChartTick[] {
  return ticks.map((tick) => {
    const at = (tick.x / 100) * AXIS.minTrackPx;
    const half = tickLabelWidth(tick.label) / 2;
    const align: TickAlign = at - half < 0 ? "start" : at + half > AXIS.minTrackPx ? "end" : "middle";
    return { ...tick, align };
  });
}

/** The span a tick's label covers on a track `trackPx` wide. */
export function tickLabelBox(tick: ChartTick, trackPx: number): [left: number, right: number] {
  const at = (tick.x / 100) * trackPx;
  const width = tickLabelWidth(tick.label);
  const left = tick.align === "start" ? at : tick.align === "end" ? at - width : at - width / 2;
  return [left, left + width];
}

/** Whether two neighbouring labels come closer than AXIS.gapPx on the narrowest track. */
export function ticksCollide(ticks: ChartTick[], trackPx: number = AXIS.minTrackPx): boolean {
  const boxes = ticks.map((t) => tickLabelBox(t, trackPx)).sort((a, b) => a[0] - b[0]);
  return boxes.some((box, i) => i > 0 && box[0] - boxes[i - 1]![1] < AXIS.gapPx);
}

const round = (v: number): number => Math.round(v * 100) / 100;
