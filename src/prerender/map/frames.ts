/**
 * A chapter's static map frame: the same view, layers, highlight and names as the live map, drawn
 * at build time with d3-geo. What readers see before MapLibre loads, and for good without
 * JavaScript or WebGL, and in print.
 */
import type { ChapterData } from "../../content/chapter-schema.ts";
import type { Locale } from "../../i18n/locales.ts";
import { cameraForBounds } from "../../lib/shared/camera.ts";
import { readLayer } from "./geo-artifacts.ts";
import { labelsForStep } from "../../lib/shared/map-labels.ts";
import { KTP_COLOURS, MAP_COLOURS as C, POVERTY_COLOURS, povertyClass } from "../../lib/shared/palette.ts";
import { frameProjection, projectLabels, renderStaticMap, type StaticLayer } from "../../lib/shared/static-map.ts";
import { LABEL_METRICS, placeLabels } from "../../lib/shared/label-placement.ts";
import { staticMapSvg, type PathStyle } from "../../lib/shared/static-map-svg.ts";
import { TTS_CODE } from "../../lib/shared/map-style.ts";
import { DEFAULT_POVERTY_YEAR } from "../../lib/shared/url-state.ts";
import { buildLabelSet, linesToSoe } from "./label-set.ts";
import { FRAME, SQUARE_FRAME, resolveView } from "./views.ts";

export const FRAME_PADDING = 32;
export const DISTRICT_MAX_ZOOM = 10.5;
/** The smallest size of a name on screen, in CSS px, wherever a frame is shown (11 px is the floor we promise). */
export const MIN_LABEL_PX = 12;
/** On-screen widths (CSS px) from which each set of names shows, widest first; each set reads at MIN_LABEL_PX from its lower bound. */
export const FRAME_LABEL_WIDTHS = [640, 520, 420, 340, 260, 0] as const;
/** On-screen width (CSS px) from which a frame writes each name on one line, as the live map does from 480 px. */
const NAMES_ON_ONE_LINE_FROM = 480;
/** The narrowest a frame is drawn: the story's square map on a 320 × 568 phone (217 px). */
export const SMALLEST_FRAME_WIDTH = 208;

const STYLES: Record<string, PathStyle> = {
  land: { fill: C.land, stroke: "none", strokeWidth: 0 },
  "ktp-ntt": { fill: KTP_COLOURS.ntt, stroke: "none", strokeWidth: 0 },
  "ktp-tts": { fill: KTP_COLOURS.tts, stroke: "none", strokeWidth: 0 },
  "regency-fill": { fill: C.regencyFill, stroke: "none", strokeWidth: 0 },
  ...Object.fromEntries(POVERTY_COLOURS.map((c, k) => [`poverty-${k}`, { fill: c, stroke: "none", strokeWidth: 0 }])),
  village: { fill: C.villageFill, stroke: C.villageLine, strokeWidth: 0.5 },
  "study-village": { fill: C.studyVillageFill, stroke: C.studyVillageLine, strokeWidth: 1.2 },
  "province-line": { fill: "none", stroke: C.provinceLine, strokeWidth: 0.7 },
  "country-line": { fill: "none", stroke: C.provinceLine, strokeWidth: 0.8, dash: "4 3" },
  "district-line": { fill: "none", stroke: C.districtLine, strokeWidth: 0.8 },
  "regency-line": { fill: "none", stroke: C.regencyLine, strokeWidth: 0.9 },
  "tts-line": { fill: "none", stroke: C.ttsLine, strokeWidth: 2.2 },
  "to-soe": { fill: "none", stroke: C.toSoeLine, strokeWidth: 1.6, dash: "6 4" },
  highlight: { fill: "none", stroke: C.highlightLine, strokeWidth: 2.6 },
};

const frames = new Map<string, string>();

export interface FrameSize {
  width: number;
  height: number;
}

/**
 * A chapter's frame, drawn once per build and size: the frame files at FRAME's size, the share
 * cards at the size of their map panel (cropping a frame to the card's shape cut names off).
 */
export function chapterFrameSvg(
  chapter: Pick<ChapterData, "map" | "title">,
  locale: Locale,
  size: FrameSize = FRAME,
  povertyYear: number = DEFAULT_POVERTY_YEAR,
): string {
  const key = `${locale}\u0000${size.width}x${size.height}\u0000${povertyYear}\u0000${chapter.title}\u0000${JSON.stringify(chapter.map)}`;
  let svg = frames.get(key);
  if (!svg) {
    svg = drawChapterFrame(chapter, locale, size, povertyYear);
    frames.set(key, svg);
  }
  return svg;
}

/**
 * Where a point falls on a chapter's still frame of a given size, as fractions of its width and
 * height (the frame's own projection); null where the frame does not show it. For marks laid over
 * a frame image at whatever size it is shown.
 */
export function framePointFraction(
  view: ChapterData["map"]["view"],
  lngLat: [number, number],
  size: FrameSize = FRAME,
): [number, number] | null {
  const projection = frameProjection({ width: size.width, height: size.height, padding: FRAME_PADDING, bounds: resolveView(view) });
  const p = projection(lngLat);
  if (!p || p[0] < 0 || p[0] > size.width || p[1] < 0 || p[1] > size.height) return null;
  return [p[0] / size.width, p[1] / size.height];
}

function drawChapterFrame(chapter: Pick<ChapterData, "map" | "title">, locale: Locale, size: FrameSize, povertyYear: number): string {
  const bounds = resolveView(chapter.map.view);
  const on = new Set(chapter.map.layers);
  const provinces = readLayer("provinces");
  const regencies = readLayer("regencies");
  const districts = readLayer("districts");
  const villages = readLayer("villages");
  const highlight = new Set(chapter.map.highlight);
  const isHighlighted = (p: Record<string, unknown>) => highlight.has(String(p.code));

  const layers: StaticLayer[] = [
    { topology: readLayer("countries"), object: "countries", className: "land" },
    { topology: readLayer("countries"), object: "countries", className: "country-line" },
    { topology: provinces, object: "provinces", className: "land" },
  ];
  // Fills in the live map's order: the KTP classes above the plain regency fill, never under it.
  // Indonesia's national share describes no province on the map: the key gives it as a figure.
  if (on.has("regencies")) layers.push({ topology: regencies, object: "regencies", className: "regency-fill" });
  if (on.has("poverty")) {
    layers.push({ topology: regencies, object: "regencies", className: (p) => `poverty-${povertyClass(Number(p[`p0_${povertyYear}`]))}` });
  }
  if (on.has("ktp"))
    layers.push({ topology: regencies, object: "regencies", className: (p) => (p.code === TTS_CODE ? "ktp-tts" : "ktp-ntt") });
  if (on.has("villages")) layers.push({ topology: villages, object: "villages", className: "village" });
  if (on.has("studyVillages"))
    layers.push({ topology: villages, object: "villages", className: "study-village", filter: (p) => p.study === true });
  if (on.has("provinces")) layers.push({ topology: provinces, object: "provinces", className: "province-line" });
  const zoom = cameraForBounds(bounds, size.width, size.height, FRAME_PADDING).zoom;
  // As on the live map: the coarse sub-district outlines only where they do not cut across villages.
  if (on.has("districts") && zoom <= DISTRICT_MAX_ZOOM)
    layers.push({ topology: districts, object: "districts", className: "district-line" });
  if (on.has("regencies") || on.has("poverty") || on.has("ktp")) {
    layers.push({
      topology: regencies,
      object: "regencies",
      className: "regency-line",
      filter: () => on.has("regencies") || on.has("poverty"),
    });
    layers.push({ topology: regencies, object: "regencies", className: "tts-line", filter: (p) => p.code === TTS_CODE });
  }
  if (on.has("toSoe")) layers.push({ features: linesToSoe().features, className: "to-soe" });
  if (highlight.size > 0) {
    for (const [topology, object] of [
      [provinces, "provinces"],
      [regencies, "regencies"],
      [districts, "districts"],
      [villages, "villages"],
    ] as const) {
      layers.push({ topology, object, className: "highlight", filter: isHighlighted });
    }
  }

  const set = buildLabelSet(locale);
  // Narrow frames write a long name on its lines ("Pene (North Pene)" / "20 km"), as the live map does.
  const labelsAt = (z: number, onLines = false) =>
    labelsForStep(chapter.map.layers, z, set).map((l) => ({
      lngLat: l.lngLat,
      text: l.text,
      className: `label-${l.kind}`,
      keep: !set.places.includes(l),
      ...(onLines && l.lines && { lines: l.lines }),
    }));
  const input = { width: size.width, height: size.height, bounds, padding: FRAME_PADDING, layers };
  const map = renderStaticMap({ ...input, labels: labelsAt(zoom) });
  // A share card or a graphic has one size: its names placed once, inside it and apart.
  const isFrameFile = size === FRAME || size === SQUARE_FRAME;
  if (!isFrameFile)
    map.labels = placeLabels(projectLabels(frameProjection(input), labelsAt(zoom), size.width, size.height), { ...size, scale: 1 });
  // A frame file is shown at any width, from a phone's column to a wide screen: its names come
  // in sets per width, each at a size that reads there, chosen and placed for that width.
  if (isFrameFile) {
    const projection = frameProjection(input);
    map.labelTiers = FRAME_LABEL_WIDTHS.map((minWidth, k) => {
      const shownAt = Math.max(minWidth, SMALLEST_FRAME_WIDTH);
      const scale = (MIN_LABEL_PX / LABEL_METRICS.font) * (size.width / shownAt);
      // The same names as the wide frame (the frame shows the same area); those that no longer fit are left out.
      const atWidth = projectLabels(projection, labelsAt(zoom, minWidth < NAMES_ON_ONE_LINE_FROM), size.width, size.height);
      // Below the widest set the frame may be cropped at its sides (the story's phone map): keep names clear of them.
      const marginX = k === 0 ? 2 : size.width * 0.06;
      return {
        minWidth,
        maxWidth: FRAME_LABEL_WIDTHS[k - 1],
        scale,
        labels: placeLabels(atWidth, { width: size.width, height: size.height, scale, marginX }),
      };
    });
  }
  return staticMapSvg(map, STYLES, C.sea, chapter.title);
}
