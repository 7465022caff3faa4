/**
 * The live map's MapLibre style, made only of the project's own layers: no remote tiles, glyphs
 * or sprites, so the map makes no request beyond this site. Names are drawn as HTML markers.
 */
import type { FeatureCollection } from "geojson";
import type { StyleSpecification } from "maplibre-gl";
import { MAP_COLOURS as C } from "./palette.ts";

export interface MapLayerData {
  provinces: FeatureCollection;
  regencies: FeatureCollection;
  districts: FeatureCollection;
  villages: FeatureCollection;
}

export const TTS_CODE = "53.02";

export function buildMapStyle(data: MapLayerData): StyleSpecification {
  const source = (d: FeatureCollection) => ({ type: "geojson" as const, data: d, promoteId: "code" });
  return {
    version: 8,
    sources: {
      provinces: source(data.provinces),
      regencies: source(data.regencies),
      districts: source(data.districts),
      villages: source(data.villages),
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": C.sea } },
      { id: "provinces-fill", type: "fill", source: "provinces", paint: { "fill-color": C.land } },
      { id: "provinces-line", type: "line", source: "provinces", paint: { "line-color": C.provinceLine, "line-width": 0.7 } },
      { id: "regencies-fill", type: "fill", source: "regencies", paint: { "fill-color": C.regencyFill } },
      {
        id: "villages-fill",
        type: "fill",
        source: "villages",
        minzoom: 8,
        paint: { "fill-color": ["case", ["get", "study"], C.studyVillageFill, C.villageFill] },
      },
      {
        id: "villages-line",
        type: "line",
        source: "villages",
        minzoom: 9,
        filter: ["!", ["get", "study"]],
        paint: { "line-color": C.villageLine, "line-width": 0.5 },
      },
      { id: "districts-line", type: "line", source: "districts", minzoom: 8, paint: { "line-color": C.districtLine, "line-width": 0.8 } },
      {
        id: "study-villages-line",
        type: "line",
        source: "villages",
        filter: ["get", "study"],
        paint: { "line-color": C.studyVillageLine, "line-width": 1.2 },
      },
      { id: "regencies-line", type: "line", source: "regencies", paint: { "line-color": C.regencyLine, "line-width": 1 } },
      {
        id: "tts-line",
        type: "line",
        source: "regencies",
        filter: ["==", ["get", "code"], TTS_CODE],
        paint: { "line-color": C.ttsLine, "line-width": 2 },
      },
    ],
  };
}
