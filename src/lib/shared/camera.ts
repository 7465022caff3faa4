/**
 * Web Mercator camera arithmetic, as MapLibre does it (512-pixel world at zoom 0): the camera that
 * fits a box into a viewport, and the box a camera shows. The static frames and the tests use it
 * to agree with the live map without running it.
 */
import type { Bounds } from "./static-map.ts";

const TILE = 512;

const mercatorX = (lng: number): number => (lng + 180) / 360;
const mercatorY = (lat: number): number => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const lngOf = (x: number): number => x * 360 - 180;
const latOf = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

export interface Camera {
  center: [number, number];
  zoom: number;
}

export function cameraForBounds(
  bounds: Bounds,
  width: number,
  height: number,
  padding: number | { top: number; right: number; bottom: number; left: number },
): Camera {
  const p = typeof padding === "number" ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const [[w, s], [e, n]] = bounds;
  const x0 = mercatorX(w);
  const x1 = mercatorX(e);
  const y0 = mercatorY(n);
  const y1 = mercatorY(s);
  const innerW = Math.max(1, width - p.left - p.right);
  const innerH = Math.max(1, height - p.top - p.bottom);
  const scale = Math.min(innerW / ((x1 - x0) * TILE), innerH / ((y1 - y0) * TILE));
  const zoom = Math.log2(scale);
  // The padding shifts the centre: the box is centred in the padded area, not the viewport.
  const worldPx = TILE * 2 ** zoom;
  const cx = (x0 + x1) / 2 - (p.left - p.right) / 2 / worldPx;
  const cy = (y0 + y1) / 2 - (p.top - p.bottom) / 2 / worldPx;
  return { center: [lngOf(cx), latOf(cy)], zoom };
}

export function boundsForCamera(camera: Camera, width: number, height: number): Bounds {
  const worldPx = TILE * 2 ** camera.zoom;
  const cx = mercatorX(camera.center[0]);
  const cy = mercatorY(camera.center[1]);
  const dx = width / 2 / worldPx;
  const dy = height / 2 / worldPx;
  return [
    [lngOf(cx - dx), latOf(cy + dy)],
    [lngOf(cx + dx), latOf(cy - dy)],
  ];
}

/**
 * Whether two cameras show the same view on a screen: zooms within a thousandth of a level, centres
 * within half a pixel. Moving the live map to the view it already shows would still redraw it.
 */
export function sameView(a: Camera, b: Camera): boolean {
  if (Math.abs(a.zoom - b.zoom) > 0.001) return false;
  const worldPx = TILE * 2 ** a.zoom;
  const dx = (mercatorX(a.center[0]) - mercatorX(b.center[0])) * worldPx;
  const dy = (mercatorY(a.center[1]) - mercatorY(b.center[1])) * worldPx;
  return Math.hypot(dx, dy) < 0.5;
}
