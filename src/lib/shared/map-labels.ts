/**
 * Which names the map shows for a chapter: the study villages, Soe, towns and islands at the
 * zooms they suit, interviewees, and each village's distance to Soe. Shared by the live map (HTML markers) and the
 * static frames, so both name the same places. Pure.
 */
import type { LabelMetrics } from "./label-placement.ts";

export type LabelKind = "study" | "town" | "island" | "country" | "voice";

export interface MapLabel {
  id: string;
  lngLat: [number, number];
  text: string;
  kind: LabelKind;
  /**
   * The text's parts, in order, each on its own line where a map is too narrow to write the text
   * on one (a name, the official name in brackets, a distance).
   */
  lines?: string[];
  /** shown only between these zooms (places); others follow the layers */
  minZoom?: number;
  maxZoom?: number;
}

export interface LabelSet {
  study: MapLabel[];
  soe: MapLabel;
  places: MapLabel[];
  voices: MapLabel[];
  /**
   * The study villages named with their straight-line distance to Soe, for maps with the lines to
   * Soe: three of the lines run almost together, so a length written on each line would be
   * ambiguous, where a name cannot be.
   */
  studyToSoe: MapLabel[];
}

export function labelsForStep(layers: readonly string[], zoom: number, set: LabelSet): MapLabel[] {
  const on = new Set(layers);
  const out: MapLabel[] = [];
  if (on.has("toSoe")) out.push(...set.studyToSoe);
  else if (on.has("studyVillages")) out.push(...set.study);
  if (on.has("studyVillages") || on.has("toSoe") || on.has("districts")) out.push(set.soe);
  if (on.has("voices")) out.push(...set.voices);
  for (const p of set.places) {
    if (zoom >= (p.minZoom ?? 0) && zoom <= (p.maxZoom ?? 24)) out.push(p);
  }
  return out;
}

/**
 * The live map's name sizes in CSS px, as story.css draws them: 13 px text starting 9 px from its
 * point's centre, a dot of 5 px radius, interviewee badges 8 px left of their point.
 */
export const LIVE_LABEL_METRICS: LabelMetrics = { font: 13, dot: 5, gap: 9, badge: { left: 34, right: 8, half: 9 } };

/**
 * A label's text cut into its lines, with what joins each to the next on one line (" · ", " "):
 * `lines` must appear in `text` in order.
 */
export function textLines(label: Pick<MapLabel, "text" | "lines">): { line: string; joint: string }[] {
  const lines = label.lines ?? [label.text];
  const out: { line: string; joint: string }[] = [];
  let at = 0;
  for (const [k, line] of lines.entries()) {
    const start = label.text.indexOf(line, at);
    if (start !== at) throw new Error(`the label "${label.text}" does not read "${line}" at ${at}`);
    at = start + line.length;
    const next = k + 1 < lines.length ? label.text.indexOf(lines[k + 1]!, at) : at;
    if (next < 0) throw new Error(`the label "${label.text}" lacks "${lines[k + 1]}" after "${line}"`);
    out.push({ line, joint: label.text.slice(at, next) });
    at = next;
  }
  if (at !== label.text.length) throw new Error(`the label "${label.text}" has more than its lines`);
  return out;
}

/** A place's name as lines: "Pene (North Pene)" as "Pene" and "(North Pene)". */
export function nameLines(name: string): string[] {
  const bracketed = /^(.+?) (\(.+\))$/.exec(name);
  return bracketed ? [bracketed[1]!, bracketed[2]!] : [name];
}
