import { describe, expect, it } from "vitest";
import { GeometryProblem, parsePath } from "../../../src/pipeline/geometry.ts";
import { rewindForD3, signedArea } from "../../../src/pipeline/rewind.ts";

// A small square near Soe, written as the dumps write it: [lat, lng].
const square = [
  [-9.8, 124.2],
  [-9.8, 124.3],
  [-9.9, 124.3],
  [-9.9, 124.2],
  [-9.8, 124.2],
];

describe("parsePath", () => {
  it("swaps [lat, lng] into GeoJSON's [lng, lat]", () => {
    const g = parsePath(JSON.stringify([square]));
    expect(g).toEqual({ type: "Polygon", coordinates: [square.map(([lat, lng]) => [lng, lat])] });
  });

  it("reads four-deep nesting as a multipolygon, and a single part as a polygon", () => {
    const two = parsePath(JSON.stringify([[square], [square]]));
    expect(two.type).toBe("MultiPolygon");
    expect(two.coordinates).toHaveLength(2);
    expect(parsePath(JSON.stringify([[square]])).type).toBe("Polygon");
  });

  it.each([
    [
      "swapped coordinates",
      [
        [
          [124.2, -9.8],
          [124.3, -9.8],
          [124.3, -9.9],
          [124.2, -9.8],
        ],
      ],
      /point 1 \[124\.2, -9\.8\].*outside Indonesia/,
    ],
    ["an unclosed ring", [square.slice(0, 4)], /ring 1 is not closed/],
    ["a non-numeric coordinate", [[[-9.8, "124.2"], ...square.slice(1)]], /non-numeric coordinate/],
    ["a ring of three points", [square.slice(0, 3)], /has 3 points/],
    ["too deep a nesting", [[[square]]], /nested 5 deep/],
  ])("rejects %s", (_what, path, message) => {
    expect(() => parsePath(JSON.stringify(path))).toThrow(GeometryProblem);
    expect(() => parsePath(JSON.stringify(path))).toThrow(message);
  });

  it("rejects text that is not JSON", () => {
    expect(() => parsePath("[[[-9.8,124.2]")).toThrow(/not valid JSON/);
  });
});

describe("rewindForD3", () => {
  it("winds exterior rings clockwise and holes anticlockwise", () => {
    const outer = [
      [124, -10],
      [125, -10],
      [125, -9],
      [124, -9],
      [124, -10],
    ]; // anticlockwise
    const hole = [
      [124.2, -9.8],
      [124.2, -9.2],
      [124.8, -9.2],
      [124.8, -9.8],
      [124.2, -9.8],
    ]; // clockwise
    const g = rewindForD3({ type: "Polygon", coordinates: [outer, hole] });
    if (g.type !== "Polygon") throw new Error("expected a polygon");
    expect(signedArea(g.coordinates[0]!)).toBeLessThan(0);
    expect(signedArea(g.coordinates[1]!)).toBeGreaterThan(0);
  });
});
