/**
 * Makes neighbouring areas share their borders. Upstream, many villages' common borders were
 * drawn twice with different points (a vertex on one side lies a few metres off the other side's
 * line), so TopoJSON found no shared arc there: each border was stored twice, cut into thousands of
 * short arcs whose ends simplification may not remove. Here every vertex of one area that lies
 * within a few metres of another area's edge is inserted into that edge, so that both sides pass
 * through the same points and TopoJSON stores the border once. Points are only added, never moved
 * by more than the snapping distance, so the outlines keep their shape and area.
 */
import type { Position } from "geojson";
import type { AreaGeometry } from "./geometry.ts";

const METRES_PER_DEGREE = 111_320;

interface Vertex {
  x: number;
  y: number;
  /** the original coordinates, inserted as they are so that both sides hold the same numbers */
  position: Position;
  area: number;
}

/**
 * Returns the geometries with the vertices of other areas inserted into each edge they lie within
 * `snapMetres` of (between its ends). Vertices equal to an edge's end are left alone.
 */
export function snapSharedBorders(geometries: readonly AreaGeometry[], snapMetres: number): AreaGeometry[] {
  if (geometries.length === 0) return [];
  // Metres on a local plane: near the equator a degree of longitude is almost one of latitude.
  const lat0 = meanLatitude(geometries);
  const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const ky = METRES_PER_DEGREE;
  const cell = Math.max(snapMetres * 4, 1);
  const grid = new Map<string, Vertex[]>();
  const key = (cx: number, cy: number): string => `${cx},${cy}`;
  geometries.forEach((g, area) => {
    for (const ring of rings(g)) {
      for (const position of ring.slice(0, -1)) {
        const v: Vertex = { x: position[0]! * kx, y: position[1]! * ky, position, area };
        const k = key(Math.floor(v.x / cell), Math.floor(v.y / cell));
        const list = grid.get(k);
        if (list) list.push(v);
        else grid.set(k, [v]);
      }
    }
  });

  const snapRing = (ring: Position[], area: number): Position[] => {
    const out: Position[] = [ring[0]!];
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[i + 1]!;
      const ax = a[0]! * kx,
        ay = a[1]! * ky,
        bx = b[0]! * kx,
        by = b[1]! * ky;
      const dx = bx - ax,
        dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const found = new Map<string, { t: number; position: Position }>();
      if (len2 > 0) {
        const x0 = Math.floor((Math.min(ax, bx) - snapMetres) / cell),
          x1 = Math.floor((Math.max(ax, bx) + snapMetres) / cell);
        const y0 = Math.floor((Math.min(ay, by) - snapMetres) / cell),
          y1 = Math.floor((Math.max(ay, by) + snapMetres) / cell);
        for (let cx = x0; cx <= x1; cx++) {
          for (let cy = y0; cy <= y1; cy++) {
            for (const v of grid.get(key(cx, cy)) ?? []) {
              if (v.area === area) continue;
              const t = ((v.x - ax) * dx + (v.y - ay) * dy) / len2;
              if (t <= 0 || t >= 1) continue;
              const px = ax + t * dx - v.x,
                py = ay + t * dy - v.y;
              if (px * px + py * py > snapMetres * snapMetres) continue;
              const id = `${v.position[0]},${v.position[1]}`;
              if (id === `${a[0]},${a[1]}` || id === `${b[0]},${b[1]}`) continue;
              found.set(id, { t, position: v.position });
            }
          }
        }
      }
      for (const f of [...found.values()].sort((p, q) => p.t - q.t)) out.push([f.position[0]!, f.position[1]!]);
      out.push(b);
    }
    return out;
  };

  return geometries.map((g, area) =>
    g.type === "Polygon"
      ? { type: "Polygon", coordinates: g.coordinates.map((r) => snapRing(r, area)) }
      : { type: "MultiPolygon", coordinates: g.coordinates.map((p) => p.map((r) => snapRing(r, area))) },
  );
}

function rings(g: AreaGeometry): Position[][] {
  return g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
}

function meanLatitude(geometries: readonly AreaGeometry[]): number {
  let sum = 0;
  let n = 0;
  for (const g of geometries) {
    for (const ring of rings(g)) {
      for (const p of ring) {
        sum += p[1]!;
        n++;
      }
    }
  }
  return n ? sum / n : 0;
}
