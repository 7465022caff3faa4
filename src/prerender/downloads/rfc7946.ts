/**
 * Makes geometry ready for export as RFC 7946 GeoJSON: polygon rings follow the right-hand rule,
 * exterior rings anticlockwise and holes clockwise (as seen on a map with north up). The site's
 * map layers are wound the other way round, for d3-geo, so the downloads are rewound here.
 * Also rounds coordinates (RFC 7946 §11.2: six decimals are about 10 cm). Pure: returns copies.
 */
import type { FeatureCollection, Geometry, Position } from "geojson";
import { signedArea } from "../../pipeline/rewind.ts";

/** Twice the signed planar area of a closed ring in [lng, lat]; positive when anticlockwise. */
export const ringArea2 = (ring: readonly Position[]): number => signedArea(ring as Position[]);

export function isCounterClockwise(ring: readonly Position[]): boolean {
  return ringArea2(ring) > 0;
}

function wind(ring: readonly Position[], counterClockwise: boolean): Position[] {
  const area = ringArea2(ring);
  // A ring with no area has no direction: leave it as it is.
  return area === 0 || area > 0 === counterClockwise ? ring.map((p) => [...p]) : ring.map((p) => [...p]).reverse();
}

/** The first ring is the exterior (anticlockwise), the rest are holes (clockwise). */
export function rewindPolygonRings(rings: readonly (readonly Position[])[]): Position[][] {
  return rings.map((ring, k) => wind(ring, k === 0));
}

export function rewindGeometry<G extends Geometry>(geometry: G): G;
export function rewindGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case "Polygon":
      return { ...geometry, coordinates: rewindPolygonRings(geometry.coordinates) };
    case "MultiPolygon":
      return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygonRings) };
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map((g) => rewindGeometry(g)) };
    default:
      return geometry;
  }
}

function roundPosition(p: Position, factor: number): Position {
  return p.map((v) => Math.round(v * factor) / factor);
}

/** Rounds every coordinate to `digits` decimals. Round before rewinding: rounding moves points. */
export function roundGeometry<G extends Geometry>(geometry: G, digits: number): G;
export function roundGeometry(geometry: Geometry, digits: number): Geometry {
  const f = 10 ** digits;
  switch (geometry.type) {
    case "Point":
      return { ...geometry, coordinates: roundPosition(geometry.coordinates, f) };
    case "MultiPoint":
    case "LineString":
      return { ...geometry, coordinates: geometry.coordinates.map((p) => roundPosition(p, f)) };
    case "MultiLineString":
    case "Polygon":
      return { ...geometry, coordinates: geometry.coordinates.map((l) => l.map((p) => roundPosition(p, f))) };
    case "MultiPolygon":
      return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map((l) => l.map((p) => roundPosition(p, f)))) };
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map((g) => roundGeometry(g, digits)) };
  }
}

/** Every feature's geometry rounded (when `digits` is given) and then rewound. */
export function toRfc7946<F extends FeatureCollection>(collection: F, digits?: number): F {
  return {
    ...collection,
    features: collection.features.map((feature) => {
      if (!feature.geometry) return feature;
      const rounded = digits === undefined ? feature.geometry : roundGeometry(feature.geometry, digits);
      return { ...feature, geometry: rewindGeometry(rounded) };
    }),
  };
}
