/**
 * Where a point of an image falls on screen when the image is shown in a box with `object-fit`
 * (centred, as `object-position` defaults to): for marks laid over a still map. Pure.
 */
export interface Size {
  width: number;
  height: number;
}

export type ObjectFit = "contain" | "cover" | "fill" | "none" | "scale-down";

/**
 * The point at fractions `frac` of the image's width and height, in px from the box's top left;
 * null where the box crops it away (cover).
 */
export function pointInFittedImage(frac: readonly [number, number], box: Size, natural: Size, fit: ObjectFit): [number, number] | null {
  if (natural.width <= 0 || natural.height <= 0 || box.width <= 0 || box.height <= 0) return null;
  let sx = box.width / natural.width;
  let sy = box.height / natural.height;
  if (fit === "contain" || fit === "scale-down") sx = sy = Math.min(sx, sy, fit === "scale-down" ? 1 : Infinity);
  else if (fit === "cover") sx = sy = Math.max(sx, sy);
  else if (fit === "none") sx = sy = 1;
  const drawnW = natural.width * sx;
  const drawnH = natural.height * sy;
  const x = (box.width - drawnW) / 2 + frac[0] * drawnW;
  const y = (box.height - drawnH) / 2 + frac[1] * drawnH;
  if (x < 0 || y < 0 || x > box.width || y > box.height) return null;
  return [x, y];
}

/** Whether an image has the frame's shape (a variant of another shape was projected otherwise). */
export function sameShape(a: Size, b: Size, tolerance = 0.01): boolean {
  return Math.abs(a.width / a.height - b.width / b.height) <= tolerance * (b.width / b.height);
}
