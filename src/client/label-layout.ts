/**
 * The live map's label arithmetic, without the DOM or MapLibre: which labels lie on the map, how
 * a label's text is written at a width, where its text box goes from its marker's corner, and how
 * its lines line up. live-map-labels.ts reads the sizes and moves the markers.
 */
import type { Box, LabelSide } from "../lib/shared/label-placement.ts";

/** Below this width (CSS px) a map writes a label's parts on lines of their own: on one, long labels crowd each other out. */
export const STACKED_LABELS_BELOW = 480;

export const writesStacked = (mapWidth: number): boolean => mapWidth < STACKED_LABELS_BELOW;

/** The indices of the points inside the map: as on the still frames, a place off the map is not labelled (a label slid inside would point at the sea). */
export function indicesOnMap(points: readonly { x: number; y: number }[], width: number, height: number): number[] {
  return points.flatMap(({ x, y }, k) => (x >= 0 && x <= width && y >= 0 && y <= height ? [k] : []));
}

/** A box on the page (a control over the map) as a box in the map's own pixels; none where it takes no room. */
export function boxInFrame(
  rect: DOMRectReadOnly | { left: number; top: number; right: number; bottom: number; width: number; height: number },
  frame: { left: number; top: number },
): Box | null {
  if (rect.width <= 0 || rect.height <= 0) return null;
  return [rect.left - frame.left, rect.top - frame.top, rect.right - frame.left, rect.bottom - frame.top];
}

/** The text's offset from its marker's corner (a dot-sized box centred on the point), in whole pixels. */
export function textOffset(box: Box, point: { x: number; y: number }, dot: number): { left: number; top: number } {
  return { left: Math.round(box[0] - (point.x - dot)), top: Math.round(box[1] - (point.y - dot)) };
}

/** Two lines line up on the side that faces the dot. */
export function textAlignFor(side: LabelSide): "left" | "right" | "center" {
  if (side.endsWith("left")) return "right";
  return side === "above" || side === "below" ? "center" : "left";
}
