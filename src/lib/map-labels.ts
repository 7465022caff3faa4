/**
 * Which names the map shows for a chapter: the study villages, Soe, towns and islands at the
 * zooms they suit, interviewees and distances. Shared by the live map (HTML markers) and the
 * static frames, so both name the same places. Pure.
 */
export type LabelKind = "study" | "town" | "island" | "country" | "voice" | "distance";

export interface MapLabel {
  id: string;
  lngLat: [number, number];
  text: string;
  kind: LabelKind;
  /** shown only between these zooms (places); others follow the layers */
  minZoom?: number;
  maxZoom?: number;
}

export interface LabelSet {
  study: MapLabel[];
  soe: MapLabel;
  places: MapLabel[];
  voices: MapLabel[];
  distances: MapLabel[];
}

export function labelsForStep(layers: readonly string[], zoom: number, set: LabelSet): MapLabel[] {
  const on = new Set(layers);
  const out: MapLabel[] = [];
  if (on.has("studyVillages")) out.push(...set.study);
  if (on.has("studyVillages") || on.has("toSoe") || on.has("districts")) out.push(set.soe);
  if (on.has("voices")) out.push(...set.voices);
  if (on.has("toSoe")) out.push(...set.distances);
  for (const p of set.places) {
    if (zoom >= (p.minZoom ?? 0) && zoom <= (p.maxZoom ?? 24)) out.push(p);
  }
  return out;
}
