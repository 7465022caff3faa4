/**
 * The live map's view arithmetic, without MapLibre or the DOM: whether the canvas must be resized
 * for its box, the camera as the page's data-camera attribute writes it, and whether a step's
 * camera is the view already shown.
 */
import { sameView } from "../lib/shared/camera.ts";

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * Whether the canvas's CSS size (as its style writes it, rounded to device pixels) is a pixel or
 * more off its box's: resizing when it is not would still reallocate the drawing buffer and redraw
 * the whole map.
 */
export function canvasNeedsResize(canvasStyle: { width: string; height: string }, box: { width: number; height: number }): boolean {
  const off = (css: string, px: number) => Math.abs(Number.parseFloat(css) - px) >= 1;
  return off(canvasStyle.width, box.width) || off(canvasStyle.height, box.height);
}

/** The camera as the map element's data-camera attribute carries it (tests and the bench read it). */
export function cameraText(center: { lng: number; lat: number }, zoom: number): string {
  return JSON.stringify({ lng: round(center.lng, 4), lat: round(center.lat, 4), zoom: round(zoom, 2) });
}

export interface ShownView {
  moving: boolean;
  bearing: number;
  pitch: number;
  center: [number, number];
  zoom: number;
}

/** Whether the map, at rest, upright and flat, already shows the camera's view (a jump there would redraw for nothing). */
export function showsView(now: ShownView, camera: { center: [number, number]; zoom: number; bearing?: number }): boolean {
  return (
    !now.moving &&
    now.bearing === (camera.bearing ?? 0) &&
    now.pitch === 0 &&
    sameView({ center: now.center, zoom: now.zoom }, { center: camera.center, zoom: camera.zoom })
  );
}
