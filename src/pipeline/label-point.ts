/**
 * Where an area's name goes: the pole of inaccessibility of its largest polygon (polylabel),
 * which, unlike a centroid, always lies inside the area, even for a crescent-shaped village.
 */
import polylabel from "polylabel";
import type { Position } from "geojson";
import type { AreaGeometry } from "./geometry.ts";
import { signedArea } from "./rewind.ts";

/** precision in degrees, about 50 m */
const PRECISION = 0.0005;

export function labelPoint(geometry: AreaGeometry): [number, number] {
  const polygons: Position[][][] = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0]!;
  let largestArea = -1;
  for (const p of polygons) {
    const a = Math.abs(signedArea(p[0]!));
    if (a > largestArea) {
      largest = p;
      largestArea = a;
    }
  }
  const [x, y] = polylabel(largest as [number, number][][], PRECISION);
  return [round(x!), round(y!)];
}

const round = (v: number): number => Math.round(v * 1e5) / 1e5;
