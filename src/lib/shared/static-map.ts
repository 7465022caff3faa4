/**
 * Draws a map view as SVG path data at build time, with d3-geo, from the same TopoJSON layers the
 * live map uses. Lines are simplified to the frame's own scale (under a pixel) and clipped to it,
 * so a frame costs only what it shows. Pure: no DOM, no file access.
 */
import { compactPathData } from "./svg-path-data.ts";
import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { Objects, Topology } from "topojson-specification";
import type { DrawnLabel } from "./label-placement.ts";

export type Bounds = [[west: number, south: number], [east: number, north: number]];
type Props = Record<string, unknown>;

export interface StaticLayer {
  /** a TopoJSON layer and the name of its object, e.g. "villages" … */
  topology?: Topology;
  object?: string;
  /** … or plain GeoJSON features (lines to Soe) */
  features?: Feature[];
  className: string | ((props: Props) => string);
  filter?: (props: Props) => boolean;
}

export interface StaticLabel {
  lngLat: [number, number];
  text: string;
  className: string;
}

export interface StaticMapInput {
  width: number;
  height: number;
  bounds: Bounds;
  /** space kept free around the bounds, in pixels */
  padding: number;
  layers: StaticLayer[];
  labels: StaticLabel[];
}

export interface StaticMapOutput {
  width: number;
  height: number;
  paths: { id: string; d: string; className: string }[];
  /** names at their points; where placed (label-placement.ts), with the side and spot chosen */
  labels: (Omit<DrawnLabel, "side"> & { side?: DrawnLabel["side"] })[];
  /**
   * Names per range of on-screen widths (CSS px), each set sized to read there; where given, they
   * replace `labels` (a frame file shown at any width; a share card has one size and uses `labels`).
   */
  labelTiers?: LabelTier[];
}

export interface LabelTier {
  minWidth: number;
  maxWidth?: number;
  /** the names' size as a multiple of the wide frame's */
  scale: number;
  labels: DrawnLabel[];
}

/** Tolerance of the frame's simplification, in pixels. */
const TOLERANCE_PX = 0.8;

/** The frame's projection: the view's bounds fitted inside the padding, clipped to the frame. */
export function frameProjection(input: Pick<StaticMapInput, "width" | "height" | "padding" | "bounds">): GeoProjection {
  const { width, height, padding } = input;
  const [[w, s], [e, n]] = input.bounds;
  const outline: Feature = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "MultiPoint",
      coordinates: [
        [w, s],
        [e, n],
      ],
    },
  };
  return geoMercator()
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      outline,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

export function renderStaticMap(input: StaticMapInput): StaticMapOutput {
  const { width, height } = input;
  const projection = frameProjection(input);
  // Whole pixels: at 800×600 a half-pixel error is invisible and the file a third smaller.
  const path = geoPath(projection).digits(0);
  // Degrees per pixel at the frame's scale (Mercator, near the equator): fine for a tolerance.
  const degreesPerPx = 360 / (2 * Math.PI * projection.scale());
  const minWeight = (TOLERANCE_PX * degreesPerPx) ** 2;

  const paths: StaticMapOutput["paths"] = [];
  const simplifiedCache = new Map<Topology, Topology>();
  for (const layer of input.layers) {
    let features: Feature[];
    if (layer.features) features = layer.features;
    else if (layer.topology && layer.object) {
      let simplified = simplifiedCache.get(layer.topology);
      if (!simplified) {
        // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- topojson-simplify's types want plain properties
        simplified = simplify(presimplify(layer.topology as Topology<Objects<{}>>), minWeight) as Topology;
        simplifiedCache.set(layer.topology, simplified);
      }
      features = (feature(simplified, simplified.objects[layer.object]!) as FeatureCollection<Geometry, Props>).features;
    } else throw new Error("a static layer needs a topology and object, or features");
    for (const f of features) {
      const props = f.properties ?? {};
      if (layer.filter && !layer.filter(props)) continue;
      const raw = path(f as GeoPermissibleObjects);
      if (!raw) continue;
      const d = compactPathData(raw);
      const className = typeof layer.className === "function" ? layer.className(props) : layer.className;
      paths.push({ id: String(f.id ?? ""), d, className });
    }
  }
  return { width, height, paths, labels: projectLabels(projection, input.labels, width, height) };
}

/** Labels at their points on the frame; those outside it are left out. */
export function projectLabels<L extends StaticLabel>(
  projection: GeoProjection,
  labels: readonly L[],
  width: number,
  height: number,
): (Omit<L, "lngLat"> & { x: number; y: number })[] {
  const out: (Omit<L, "lngLat"> & { x: number; y: number })[] = [];
  for (const { lngLat, ...rest } of labels) {
    const p = projection(lngLat);
    if (!p || p[0] < 0 || p[0] > width || p[1] < 0 || p[1] > height) continue;
    out.push({ ...rest, x: Math.round(p[0] * 10) / 10, y: Math.round(p[1] * 10) / 10 });
  }
  return out;
}
