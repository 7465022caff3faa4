/**
 * The map's colours, shared by the live map (MapLibre) and the static SVG frames so that the two
 * look alike. Study villages use a dark orange that keeps 3:1 contrast against the land and stays
 * distinct for the common forms of colour blindness (it differs from its surroundings in lightness).
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
} as const;
