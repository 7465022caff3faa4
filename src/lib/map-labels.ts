/**
 * Which names the map shows for a chapter: the study villages, Soe, towns and islands at the
 * zooms they suit, interviewees, and each village's distance to Soe. Shared by the live map (HTML markers) and the
 * static frames, so both name the same places. Pure.
 */
export type LabelKind = "study" | "town" | "island" | "country" | "voice";

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

/** How far a name's text starts from its dot's centre, in px: a 10 px marker, text 14 px from its edge (see .map-label__text). */
export const LABEL_GAP = 9;

/**
 * Which side of its dot a name goes: the right, unless it would run past the map's right edge
 * there and fits on the left (a name cut off at the edge of a phone's map is no name).
 */
export function labelSide(x: number, textWidth: number, mapWidth: number, margin = 4): "right" | "left" {
  const fitsRight = x + LABEL_GAP + textWidth <= mapWidth - margin;
  const fitsLeft = x - LABEL_GAP - textWidth >= margin;
  return !fitsRight && fitsLeft ? "left" : "right";
}
