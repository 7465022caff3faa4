/**
 * The live map's MapLibre style, made only of the project's own layers: no remote tiles, glyphs
 * or sprites, so the map makes no request beyond this site. Names are drawn as HTML markers.
 * Each story layer (what a chapter names) maps to one or more style layers, shown or hidden as
 * the reader moves through the story.
 */
import type { FeatureCollection } from "geojson";
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import { KTP_COLOURS, MAP_COLOURS as C, POVERTY_BREAKS, POVERTY_COLOURS } from "./palette.ts";

/** Each boundary layer's features, or the address MapLibre loads them from (topo-url.ts). */
export interface MapLayerData {
  countries: FeatureCollection | string;
  provinces: FeatureCollection | string;
  regencies: FeatureCollection | string;
  districts: FeatureCollection | string;
  villages: FeatureCollection | string;
  toSoe: FeatureCollection;
}

export const NTT_CODE = "53";
export const TTS_CODE = "53.02";
export const POVERTY_YEARS = [2021, 2024] as const;
export type PovertyYear = (typeof POVERTY_YEARS)[number];

/** Style layers of each story layer; anything not listed here is always shown. */
export const STORY_LAYER_STYLE_IDS: Record<string, string[]> = {
  provinces: ["provinces-line"],
  regencies: ["regencies-fill", "regencies-line", "tts-line"],
  districts: ["districts-line"],
  villages: ["villages-fill", "villages-line"],
  studyVillages: ["study-villages-fill", "study-villages-line"],
  poverty: ["poverty-fill", "regencies-line", "tts-line"],
  ktp: ["ktp-ntt", "ktp-tts", "tts-line"],
  toSoe: ["to-soe-line"],
  voices: [],
};

export function povertyColourExpression(year: PovertyYear): ExpressionSpecification {
  const steps: (number | string)[] = [POVERTY_COLOURS[0]];
  POVERTY_BREAKS.forEach((b, k) => steps.push(b, POVERTY_COLOURS[k + 1]!));
  return ["step", ["to-number", ["get", `p0_${year}`]], ...steps] as unknown as ExpressionSpecification;
}

export function highlightFilter(codes: readonly string[]): ExpressionSpecification {
  return ["in", ["get", "code"], ["literal", [...codes]]];
}

/** The boundary layer an area code belongs to: "53" a province … "53.02.01.1001" a village. */
const LEVEL_SOURCES = ["provinces", "regencies", "districts", "villages"] as const;
export const HIGHLIGHT_STYLE_LAYERS: readonly string[] = LEVEL_SOURCES.map((src) => `highlight-${src}`);

/**
 * The highlight layers with something to outline. The others stay hidden, since every drawn layer
 * of a new source makes the GPU redraw that source's tile masks, on every frame of a flight.
 */
export function highlightLayers(codes: readonly string[]): Set<string> {
  const layers = new Set<string>();
  for (const code of codes) {
    const source = LEVEL_SOURCES[code.split(".").length - 1];
    if (!source) throw new Error(`area code "${code}" is not a province, regency, district or village code`);
    layers.add(`highlight-${source}`);
  }
  return layers;
}

export function buildMapStyle(data: MapLayerData, povertyYear: PovertyYear): StyleSpecification {
  // Tiles are simplified to 1 px, not MapLibre's 0.375: a quarter of the village vertices at the
  // study chapter's zoom, the same shapes to the eye, and so less work per frame of a flight.
  const source = (d: FeatureCollection | string) => ({ type: "geojson" as const, data: d, promoteId: "code", tolerance: 1 });
  const hidden = { visibility: "none" as const };
  const layers: LayerSpecification[] = [
    { id: "sea", type: "background", paint: { "background-color": C.sea } },
    { id: "countries-fill", type: "fill", source: "countries", paint: { "fill-color": C.land } },
    {
      id: "countries-line",
      type: "line",
      source: "countries",
      paint: { "line-color": C.provinceLine, "line-width": 0.8, "line-dasharray": [3, 2] },
    },
    { id: "land", type: "fill", source: "provinces", paint: { "fill-color": C.land } },
    { id: "regencies-fill", type: "fill", source: "regencies", layout: hidden, paint: { "fill-color": C.regencyFill } },
    {
      id: "poverty-fill",
      type: "fill",
      source: "regencies",
      layout: hidden,
      paint: { "fill-color": povertyColourExpression(povertyYear) },
    },
    {
      id: "ktp-ntt",
      type: "fill",
      source: "regencies",
      layout: hidden,
      filter: ["!=", ["get", "code"], TTS_CODE],
      paint: { "fill-color": KTP_COLOURS.ntt },
    },
    {
      id: "ktp-tts",
      type: "fill",
      source: "regencies",
      layout: hidden,
      filter: ["==", ["get", "code"], TTS_CODE],
      paint: { "fill-color": KTP_COLOURS.tts },
    },
    { id: "villages-fill", type: "fill", source: "villages", layout: hidden, paint: { "fill-color": C.villageFill } },
    {
      id: "villages-line",
      type: "line",
      source: "villages",
      layout: hidden,
      minzoom: 8.5,
      paint: { "line-color": C.villageLine, "line-width": 0.5 },
    },
    {
      id: "study-villages-fill",
      type: "fill",
      source: "villages",
      layout: hidden,
      filter: ["==", ["get", "study"], true],
      paint: { "fill-color": C.studyVillageFill },
    },
    {
      id: "study-villages-line",
      type: "line",
      source: "villages",
      layout: hidden,
      filter: ["==", ["get", "study"], true],
      paint: { "line-color": C.studyVillageLine, "line-width": 1.2 },
    },
    { id: "provinces-line", type: "line", source: "provinces", layout: hidden, paint: { "line-color": C.provinceLine, "line-width": 0.7 } },
    // The sub-district outlines are coarse upstream: above zoom 10.5 they cut across villages.
    {
      id: "districts-line",
      type: "line",
      source: "districts",
      layout: hidden,
      maxzoom: 10.5,
      paint: { "line-color": C.districtLine, "line-width": 0.8 },
    },
    { id: "regencies-line", type: "line", source: "regencies", layout: hidden, paint: { "line-color": C.regencyLine, "line-width": 0.9 } },
    {
      id: "tts-line",
      type: "line",
      source: "regencies",
      layout: hidden,
      filter: ["==", ["get", "code"], TTS_CODE],
      paint: { "line-color": C.ttsLine, "line-width": 2.2 },
    },
    {
      id: "to-soe-line",
      type: "line",
      source: "toSoe",
      layout: hidden,
      paint: { "line-color": C.toSoeLine, "line-width": 1.6, "line-dasharray": [2, 1.5] },
    },
  ];
  for (const src of LEVEL_SOURCES) {
    layers.push({
      id: `highlight-${src}`,
      type: "line",
      source: src,
      layout: hidden,
      filter: highlightFilter([]),
      paint: { "line-color": C.highlightLine, "line-width": 2.6 },
    });
  }
  return {
    version: 8,
    sources: {
      countries: source(data.countries),
      provinces: source(data.provinces),
      regencies: source(data.regencies),
      districts: source(data.districts),
      villages: source(data.villages),
      toSoe: { type: "geojson", data: data.toSoe },
    },
    layers,
  };
}

/** Which style layers are visible when these story layers are on. */
export function visibleStyleLayers(storyLayers: readonly string[]): Set<string> {
  const visible = new Set<string>();
  for (const layer of storyLayers) {
    const ids = STORY_LAYER_STYLE_IDS[layer];
    if (!ids) throw new Error(`unknown story layer "${layer}"`);
    ids.forEach((id) => visible.add(id));
  }
  return visible;
}

export const TOGGLED_STYLE_LAYERS: readonly string[] = [...new Set(Object.values(STORY_LAYER_STYLE_IDS).flat())];

/** What a style shows: a step's story layers and outlined areas. */
export interface StyleShown {
  layers: readonly string[];
  highlight: readonly string[];
}

/** Whether two steps show the same story layers and outline the same areas. */
export function sameShown(a: StyleShown, b: StyleShown): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, k) => v === y[k]);
  return same(a.layers, b.layers) && same(a.highlight, b.highlight);
}

/**
 * How far off the map, in pixels, a warm-up frame draws the layers a step hides: drawn, so that
 * their shaders compile in that frame and not during a later camera flight, yet clipped away
 * whole, so that the frame shows the step alone and the GPU fills no pixel for them.
 */
export const WARM_UP_SHIFT: [number, number] = [-100_000, -100_000];

/** The paint property that shifts a toggled style layer of this type. */
export function layerTranslateKey(type: string): "fill-translate" | "line-translate" {
  if (type === "fill" || type === "line") return `${type}-translate`;
  throw new Error(`a toggled style layer is a fill or a line, not a "${type}" layer`);
}

/** The toggled style layers a step hides. */
export function hiddenToggledLayers(storyLayers: readonly string[]): string[] {
  const visible = visibleStyleLayers(storyLayers);
  return TOGGLED_STYLE_LAYERS.filter((id) => !visible.has(id));
}

/**
 * The style with its toggled and highlight layers shown or hidden as `shown` says. With `warmUp`,
 * the toggled layers the step hides are drawn WARM_UP_SHIFT off the map instead of not at all.
 */
export function styleShowing(style: StyleSpecification, shown: StyleShown, options: { warmUp?: boolean } = {}): StyleSpecification {
  const visible = visibleStyleLayers(shown.layers);
  const outlined = highlightLayers(shown.highlight);
  const toggled = new Set(TOGGLED_STYLE_LAYERS);
  const highlights = new Set(HIGHLIGHT_STYLE_LAYERS);
  const layers = style.layers.map((layer): LayerSpecification => {
    if (highlights.has(layer.id)) {
      const visibility = outlined.has(layer.id) ? ("visible" as const) : ("none" as const);
      return { ...layer, layout: { ...layer.layout, visibility }, filter: highlightFilter(shown.highlight) } as LayerSpecification;
    }
    if (!toggled.has(layer.id)) return layer;
    if (visible.has(layer.id)) return { ...layer, layout: { ...layer.layout, visibility: "visible" } } as LayerSpecification;
    if (!options.warmUp) return { ...layer, layout: { ...layer.layout, visibility: "none" } } as LayerSpecification;
    const translate = layerTranslateKey(layer.type);
    // Put back at the first chapter change at once: eased over MapLibre's default 300 ms, the layers
    // would sweep in from off the map, the whole map redrawn at each frame of it.
    const paint = {
      ...("paint" in layer ? layer.paint : {}),
      [translate]: WARM_UP_SHIFT,
      [`${translate}-transition`]: { duration: 0, delay: 0 },
    };
    return { ...layer, layout: { ...layer.layout, visibility: "visible" }, paint } as LayerSpecification;
  });
  return { ...style, layers };
}
