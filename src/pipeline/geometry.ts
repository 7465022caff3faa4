/**
 * Turns the dumps' `path` (a JSON string of rings in [lat, lng] order, nested three deep for a
 * polygon and four deep for a multipolygon) into a GeoJSON geometry in [lng, lat] order, checking
 * every coordinate on the way.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";

/** Indonesia with a margin: a point outside is a swapped or broken coordinate. */
export const INDONESIA_EXTENT = { west: 94, east: 142, south: -11.5, north: 6.5 } as const;

export type AreaGeometry = Polygon | MultiPolygon;

/** Thrown with a plain problem; the caller adds file, line and code. */
export class GeometryProblem extends Error {}

export function insideIndonesia(lng: number, lat: number): boolean {
  const e = INDONESIA_EXTENT;
  return lng >= e.west && lng <= e.east && lat >= e.south && lat <= e.north;
}

export function parsePath(pathJson: string): AreaGeometry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(pathJson);
  } catch (err) {
    throw new GeometryProblem(`path is not valid JSON (${(err as Error).message})`);
  }
  const depth = nestingDepth(parsed);
  if (depth === 3) return { type: "Polygon", coordinates: toPolygon(parsed as unknown[], "polygon") };
  if (depth === 4) {
    const polygons = (parsed as unknown[]).map((p, k) => toPolygon(p as unknown[], `polygon ${k + 1}`));
    return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
  }
  throw new GeometryProblem(`path is nested ${depth} deep; expected 3 (polygon) or 4 (multipolygon)`);
}

function nestingDepth(value: unknown): number {
  let depth = 0;
  let x = value;
  while (Array.isArray(x)) {
    if (x.length === 0) throw new GeometryProblem("path contains an empty array");
    depth++;
    x = x[0];
  }
  return depth;
}

function toPolygon(rings: unknown[], where: string): Position[][] {
  if (!Array.isArray(rings) || rings.length === 0) throw new GeometryProblem(`${where} has no rings`);
  return rings.map((ring, r) => toRing(ring, `${where}, ring ${r + 1}`));
}

function toRing(ring: unknown, where: string): Position[] {
  if (!Array.isArray(ring)) throw new GeometryProblem(`${where} is not an array of points (mixed nesting)`);
  if (ring.length < 4) throw new GeometryProblem(`${where} has ${ring.length} points; a ring needs at least 4`);
  const out = ring.map((pt: unknown, k): Position => {
    if (!Array.isArray(pt) || pt.length !== 2) {
      throw new GeometryProblem(`${where}, point ${k + 1} is not a [lat, lng] pair (mixed nesting)`);
    }
    const [lat, lng] = pt as unknown[];
    if (typeof lat !== "number" || typeof lng !== "number" || !Number.isFinite(lat) || !Number.isFinite(lng)) {
      throw new GeometryProblem(`${where}, point ${k + 1} has a non-numeric coordinate ${JSON.stringify(pt)}`);
    }
    if (!insideIndonesia(lng, lat)) {
      throw new GeometryProblem(
        `${where}, point ${k + 1} [${lat}, ${lng}] read as [lat, lng] lies outside Indonesia (swapped coordinates?)`,
      );
    }
    return [lng, lat];
  });
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new GeometryProblem(`${where} is not closed: its first point differs from its last`);
  }
  return out;
}
