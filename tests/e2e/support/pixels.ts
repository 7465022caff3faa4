/**
 * Reads the colours of a screenshot, decoding the PNG inside the browser (no image library
 * needed): what a reader sees, map canvas included.
 */
import type { Locator } from "@playwright/test";

export type Rgb = [number, number, number];

interface Screenshot {
  width: number;
  /** RGBA, row by row */
  data: Buffer;
  /** device pixels per CSS pixel */
  scale: number;
  box: { x: number; y: number };
}

/**
 * A screenshot of `target`, decoded by the browser. An element screenshot, not a page one:
 * Chromium's page capture can miss a WebGL canvas frame that the element capture gets.
 */
async function readScreenshot(target: Locator): Promise<Screenshot> {
  const page = target.page();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error("the element to sample is not visible");
  const png = await target.screenshot({ animations: "disabled" });
  const decoded = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(bitmap, 0, 0);
    const rgba = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let binary = "";
    for (let k = 0; k < rgba.length; k += 0x8000) binary += String.fromCharCode(...rgba.subarray(k, k + 0x8000));
    return { width: bitmap.width, rgba: btoa(binary), scale: window.devicePixelRatio };
  }, png.toString("base64"));
  return { width: decoded.width, data: Buffer.from(decoded.rgba, "base64"), scale: decoded.scale, box };
}

/** Colours at viewport points inside `target`: what a reader sees there, map canvas included. */
export async function pixelsAt(target: Locator, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const shot = await readScreenshot(target);
  const height = shot.data.length / 4 / shot.width;
  return points.map(({ x, y }) => {
    const [px, py] = [Math.round((x - shot.box.x) * shot.scale), Math.round((y - shot.box.y) * shot.scale)];
    if (px < 0 || py < 0 || px >= shot.width || py >= height) throw new Error(`point (${x}, ${y}) lies outside the element sampled`);
    const k = (py * shot.width + px) * 4;
    return [shot.data[k]!, shot.data[k + 1]!, shot.data[k + 2]!];
  });
}

/** How many pixels of `target` are within `maxDistance` of a colour: how much of it the reader sees. */
export async function countPixelsNear(target: Locator, hex: string, maxDistance: number): Promise<number> {
  const { data } = await readScreenshot(target);
  const rgb = hexToRgb(hex);
  let n = 0;
  for (let k = 0; k < data.length; k += 4) {
    if (colourDistance([data[k]!, data[k + 1]!, data[k + 2]!], rgb) <= maxDistance) n++;
  }
  return n;
}

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
