/**
 * Winds every ring the way d3-geo reads spherical polygons: exterior rings clockwise, holes
 * anticlockwise (as seen on a map with north up). d3-geo, which draws the build's static SVG
 * frames, takes a wrongly wound ring for "the whole globe but this area"; MapLibre does not care.
 */
import type { Position } from "geojson";
import type { AreaGeometry } from "./geometry.ts";

/** Twice the signed planar area; positive for anticlockwise rings in [lng, lat]. */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    sum += x0! * y1! - x1! * y0!;
  }
  return sum;
}

function wind(ring: Position[], clockwise: boolean): Position[] {
  return signedArea(ring) < 0 === clockwise ? ring : [...ring].reverse();
}

function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, k) => wind(ring, k === 0));
}

export function rewindForD3(geometry: AreaGeometry): AreaGeometry {
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: rewindPolygon(geometry.coordinates) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map(rewindPolygon) };
}
