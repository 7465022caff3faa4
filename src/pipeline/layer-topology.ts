/**
 * Builds one map layer as TopoJSON: neighbouring areas share their borders (arcs), lines are
 * simplified (Visvalingam, topojson-simplify) to a tolerance chosen for the zooms the layer is
 * seen at, tiny islands may be dropped, and coordinates are quantized to keep the file small.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterWeight, planarRingArea, presimplify, simplify } from "topojson-simplify";
import type { GeometryObject, Objects, Topology } from "topojson-specification";
import type { AreaGeometry } from "./geometry.ts";
import { snapSharedBorders } from "./snap-borders.ts";

const METRES_PER_DEGREE = 111_320;

export interface LayerSpec {
  /** name of the TopoJSON object, e.g. "villages" */
  name: string;
  /** largest allowed deviation of a simplified line, in metres (roughly) */
  toleranceMetres: number;
  /** the grid the coordinates are snapped to at the end, per axis */
  quantization: number;
  /** rings (islands) smaller than this are dropped; 0 keeps all */
  minRingAreaKm2: number;
  /**
   * vertices of one area this close (metres) to another's edge are added to that edge, so that
   * borders drawn twice upstream become one shared arc; 0 or absent leaves the outlines as they are
   */
  snapMetres?: number;
  /** features kept at a finer tolerance, e.g. the provinces around the story's region */
  detail?: { codes: readonly string[]; toleranceMetres: number };
}

export type AreaFeature = Feature<AreaGeometry, Record<string, string | number | boolean | null>> & { id: string };
export type LabelFeature = Feature<Point, Record<string, string | number | boolean | null>> & { id: string };

const areaWeight = (metres: number): number => (metres / METRES_PER_DEGREE) ** 2;

/** Properties are plain objects here, never null: the form topojson-simplify's types ask for. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the form topojson-simplify's types ask for
type LayerTopology = Topology<Objects<{}>>;

export function buildLayerTopology(areas: AreaFeature[], labels: LabelFeature[], spec: LayerSpec): Topology {
  const snapped = spec.snapMetres
    ? snapSharedBorders(
        areas.map((a) => a.geometry),
        spec.snapMetres,
      )
    : undefined;
  const features = snapped ? areas.map((a, k) => ({ ...a, geometry: snapped[k]! })) : areas;
  const objects: Record<string, FeatureCollection> = {
    [spec.name]: { type: "FeatureCollection", features },
  };
  // A fine grid first, so that borders drawn twice in the source meet exactly and become one arc.
  let topo = topology(objects, 1e6) as LayerTopology;
  topo = presimplify(topo);
  if (spec.detail) keepDetail(topo, spec.name, spec.detail.codes, spec.toleranceMetres / spec.detail.toleranceMetres);
  topo = simplify(topo, areaWeight(spec.toleranceMetres));
  if (spec.minRingAreaKm2 > 0) {
    const minArea = (spec.minRingAreaKm2 * 1e6) / METRES_PER_DEGREE ** 2;
    topo = filter(topo, filterWeight(topo, minArea, planarRingArea)) as LayerTopology;
  }
  const quantized = quantize(topo, spec.quantization);
  quantized.objects[`${spec.name}Labels`] = quantizedPoints(quantized, labels);
  return quantized;
}

/** Label points on the layer's final grid (simplification would misread points added earlier). */
function quantizedPoints(topo: Topology, labels: LabelFeature[]): GeometryObject {
  const t = topo.transform;
  if (!t) throw new Error("expected a quantized topology");
  const [kx, ky] = t.scale;
  const [dx, dy] = t.translate;
  return {
    type: "GeometryCollection",
    geometries: labels.map((l) => {
      const [lng, lat] = l.geometry.coordinates as [number, number];
      return {
        type: "Point",
        id: l.id,
        properties: l.properties,
        coordinates: [Math.round((lng - dx) / kx), Math.round((lat - dy) / ky)],
      };
    }),
  } as GeometryObject;
}

/** Raises the weight of every point on the arcs of the given features, so simplify keeps more of them. */
function keepDetail(topo: LayerTopology, objectName: string, codes: readonly string[], factor: number): void {
  const wanted = new Set(codes);
  const arcIds = new Set<number>();
  const collect = (arcs: unknown): void => {
    if (typeof arcs === "number") arcIds.add(arcs < 0 ? ~arcs : arcs);
    else if (Array.isArray(arcs)) arcs.forEach(collect);
  };
  const object = topo.objects[objectName];
  if (object?.type !== "GeometryCollection") return;
  for (const g of object.geometries as GeometryObject[]) {
    if (wanted.has(String(g.id)) && "arcs" in g) collect(g.arcs);
  }
  const weight = factor * factor;
  for (const id of arcIds) {
    for (const point of topo.arcs[id]!) {
      if (point[2] !== undefined && Number.isFinite(point[2])) point[2] *= weight;
    }
  }
}
