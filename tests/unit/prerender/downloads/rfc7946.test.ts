import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import {
  isCounterClockwise,
  ringArea2,
  rewindGeometry,
  rewindPolygonRings,
  roundGeometry,
  toRfc7946,
} from "../../../../src/prerender/downloads/rfc7946.ts";

// A 4×4 square with a 2×2 hole, both wound clockwise for the exterior (as the d3 layers are)
// and anticlockwise for the hole.
const outerCw: Position[] = [
  [0, 0],
  [0, 4],
  [4, 4],
  [4, 0],
  [0, 0],
];
const holeCcw: Position[] = [
  [1, 1],
  [3, 1],
  [3, 3],
  [1, 3],
  [1, 1],
];
const outerCcw: Position[] = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
];
const holeCw: Position[] = [
  [1, 1],
  [1, 3],
  [3, 3],
  [3, 1],
  [1, 1],
];

describe("ring orientation", () => {
  it("measures signed area, positive when anticlockwise", () => {
    expect(ringArea2(outerCcw)).toBe(32);
    expect(ringArea2(outerCw)).toBe(-32);
    expect(isCounterClockwise(outerCcw)).toBe(true);
    expect(isCounterClockwise(outerCw)).toBe(false);
  });
});

describe("rewinding to RFC 7946", () => {
  it("turns a clockwise exterior anticlockwise and an anticlockwise hole clockwise", () => {
    const [outer, hole] = rewindPolygonRings([outerCw, holeCcw]);
    expect(isCounterClockwise(outer!)).toBe(true);
    expect(isCounterClockwise(hole!)).toBe(false);
    expect(outer).toEqual([...outerCw].reverse());
    expect(hole).toEqual([...holeCcw].reverse());
  });

  it("leaves rings that are already right as they are", () => {
    expect(rewindPolygonRings([outerCcw, holeCw])).toEqual([outerCcw, holeCw]);
  });

  it("keeps rings closed and the same set of points", () => {
    const [outer] = rewindPolygonRings([outerCw]);
    expect(outer![0]).toEqual(outer![outer!.length - 1]);
    expect(new Set(outer!.map(String))).toEqual(new Set(outerCw.map(String)));
  });

  it("rewinds every polygon of a MultiPolygon and does not touch the input", () => {
    const input: MultiPolygon = { type: "MultiPolygon", coordinates: [[outerCw, holeCcw], [outerCw.map(([x, y]) => [x! + 10, y!])]] };
    const copy = structuredClone(input);
    const out = rewindGeometry(input);
    expect(input).toEqual(copy);
    for (const polygon of out.coordinates) {
      expect(isCounterClockwise(polygon[0]!)).toBe(true);
      for (const hole of polygon.slice(1)) expect(isCounterClockwise(hole)).toBe(false);
    }
  });

  it("passes points and lines through", () => {
    expect(rewindGeometry({ type: "Point", coordinates: [1, 2] })).toEqual({ type: "Point", coordinates: [1, 2] });
    const line = {
      type: "LineString" as const,
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    };
    expect(rewindGeometry(line)).toEqual(line);
  });

  it("rounds coordinates before rewinding a feature collection", () => {
    const polygon: Polygon = { type: "Polygon", coordinates: [outerCw.map(([x, y]) => [x! + 0.1234567, y! + 0.9876543])] };
    expect(roundGeometry(polygon, 6).coordinates[0]![0]).toEqual([0.123457, 0.987654]);
    const fc: FeatureCollection = {
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: { code: "53.02" }, geometry: polygon }],
    };
    const out = toRfc7946(fc, 6);
    const ring = (out.features[0]!.geometry as Polygon).coordinates[0]!;
    expect(isCounterClockwise(ring)).toBe(true);
    expect(ring.flat().every((v) => Math.abs(v * 1e6 - Math.round(v * 1e6)) < 1e-6)).toBe(true);
    expect(out.features[0]!.properties).toEqual({ code: "53.02" });
  });
});
