/**
 * The map's colours, shared by the live map (MapLibre), the static SVG frames and the legends, so
 * that all three agree. Sequential scales are single-hue (ColorBrewer), readable for the common
 * forms of colour blindness because they differ in lightness, not only in hue.
 */
export const MAP_COLOURS = {
  sea: "#dbe7ee",
  land: "#f3efe6",
  provinceLine: "#b4ab98",
  regencyFill: "#ebe4d3",
  regencyLine: "#8a816d",
  ttsLine: "#3b362c",
  districtLine: "#a59c88",
  villageFill: "#f8f5ee",
  villageLine: "#cfc6b2",
  studyVillageFill: "#b8430c",
  studyVillageLine: "#5c2106",
  highlightLine: "#1f1c17",
  toSoeLine: "#1f1c17",
} as const;

/** Poverty rate (% poor), NTT regencies: class breaks and ColorBrewer Oranges. */
export const POVERTY_BREAKS = [15, 20, 25, 30] as const;
export const POVERTY_COLOURS = ["#feedde", "#fdbe85", "#fd8d3c", "#d94701", "#8c2d04"] as const;

/** ID-card (KTP) ownership, paper's Figure 5: Indonesia, the rest of NTT, TTS (ColorBrewer Blues). */
export const KTP_COLOURS = { indonesia: "#c6dbef", ntt: "#6baed6", tts: "#08519c" } as const;

export function povertyClass(value: number): number {
  let k = 0;
  while (k < POVERTY_BREAKS.length && value >= POVERTY_BREAKS[k]!) k++;
  return k;
}
