/**
 * Reads the colours of a screenshot at given points, by decoding the PNG inside the browser
 * (no image library needed): what a reader sees there, map canvas included.
 */
import type { Locator } from "@playwright/test";

export type Rgb = [number, number, number];

/**
 * Colours at viewport points inside `target`. An element screenshot, not a page one: Chromium's
 * page capture can miss a WebGL canvas frame that the element capture gets.
 */
export async function pixelsAt(target: Locator, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const page = target.page();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error("the element to sample is not visible");
  const png = await target.screenshot({ animations: "disabled" });
  const scale = await page.evaluate(() => window.devicePixelRatio);
  const local = points.map((p) => ({ x: p.x - box.x, y: p.y - box.y }));
  return page.evaluate(
    async ({ base64, points, scale }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(bitmap, 0, 0);
      return points.map(({ x, y }) => {
        const d = ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
        return [d[0]!, d[1]!, d[2]!] as [number, number, number];
      });
    },
    { base64: png.toString("base64"), points: local, scale },
  );
}

/** How many pixels of `target` are within `maxDistance` of a colour: how much of it the reader sees. */
export async function countPixelsNear(target: Locator, hex: string, maxDistance: number): Promise<number> {
  const page = target.page();
  await target.scrollIntoViewIfNeeded();
  const png = await target.screenshot({ animations: "disabled" });
  return page.evaluate(
    async ({ base64, rgb, maxDistance }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let k = 0; k < d.length; k += 4) {
        if (Math.hypot(d[k]! - rgb[0], d[k + 1]! - rgb[1], d[k + 2]! - rgb[2]) <= maxDistance) n++;
      }
      return n;
    },
    { base64: png.toString("base64"), rgb: hexToRgb(hex), maxDistance },
  );
}

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
