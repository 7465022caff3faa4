/**
 * Snapping neighbours' borders: a border drawn twice with different points becomes one shared
 * arc, and nothing moves further than the snapping distance.
 */
import type { FeatureCollection, Polygon, Position } from "geojson";
import { topology } from "topojson-server";
import { describe, expect, it } from "vitest";
import { snapSharedBorders } from "../../../src/pipeline/snap-borders.ts";

// Two squares near Soe side by side (0.01° ≈ 1.1 km). The left one draws their common border
// with a midpoint 4 m east of the line; the right one draws it straight, with no midpoint.
const left: Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [124.2, -9.8],
      [124.21, -9.8],
      [124.21004, -9.805],
      [124.21, -9.81],
      [124.2, -9.81],
      [124.2, -9.8],
    ],
  ],
};
const right: Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [124.21, -9.8],
      [124.22, -9.8],
      [124.22, -9.81],
      [124.21, -9.81],
      [124.21, -9.8],
    ],
  ],
};

function arcsOf(polygons: Polygon[]): { total: number; shared: number } {
  const areas: FeatureCollection = {
    type: "FeatureCollection",
    features: polygons.map((geometry) => ({ type: "Feature", properties: {}, geometry })),
  };
  const topo = topology({ areas }, 1e6);
  const uses = new Map<number, number>();
  const collect = (a: unknown): void => {
    if (typeof a === "number") uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
    else if (Array.isArray(a)) a.forEach(collect);
  };
  const collection = topo.objects.areas as unknown as { geometries: { arcs: unknown }[] };
  collection.geometries.forEach((g) => collect(g.arcs));
  return { total: topo.arcs.length, shared: [...uses.values()].filter((n) => n === 2).length };
}

describe("snapSharedBorders", () => {
  it("turns a border drawn twice with different points into one shared arc", () => {
    expect(arcsOf([left, right]).shared).toBe(0);
    const snapped = snapSharedBorders([left, right], 12) as Polygon[];
    expect(arcsOf(snapped).shared).toBe(1);
    // The right square gained the left one's midpoint, exactly as written there.
    expect(snapped[1]!.coordinates[0]).toContainEqual([124.21004, -9.805]);
  });

  it("leaves borders alone where the other side is further than the snapping distance", () => {
    const farther: Polygon = {
      type: "Polygon",
      coordinates: [left.coordinates[0]!.map(([x, y]): Position => (x === 124.21004 ? [124.2103, y!] : [x!, y!]))],
    };
    const snapped = snapSharedBorders([farther, right], 12) as Polygon[];
    expect(snapped[1]).toEqual(right);
    expect(arcsOf(snapped).shared).toBe(0);
  });

  it("only adds points: every original point stays, in its order", () => {
    const [a, b] = snapSharedBorders([left, right], 12) as Polygon[];
    const keeps = (after: Position[], before: Position[]) => {
      let k = 0;
      for (const p of after) if (k < before.length && p[0] === before[k]![0] && p[1] === before[k]![1]) k++;
      return k === before.length;
    };
    expect(keeps(a!.coordinates[0]!, left.coordinates[0]!)).toBe(true);
    expect(keeps(b!.coordinates[0]!, right.coordinates[0]!)).toBe(true);
  });
});
