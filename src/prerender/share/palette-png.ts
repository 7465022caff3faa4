/**
 * Opaque RGBA pixels as an 8-bit palette PNG (pure). resvg writes 24/32-bit PNGs, whose
 * anti-aliased map lines cost up to ~240 KB a share card; a card's few flat colours and their
 * blends fit a 256-colour palette with no visible change, at a third of the size.
 */
import { crc32, deflateSync } from "node:zlib";

/** Up to `size` colours (`[r, g, b]`) for the opaque RGBA `pixels`: all of them if they are few, else a variance-based median cut. */
export function paletteFor(pixels: Uint8Array, size = 256): [number, number, number][] {
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 4) {
    const key = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  type Colour = [r: number, g: number, b: number, count: number];
  const colours: Colour[] = [...counts].map(([k, n]) => [k >> 16, (k >> 8) & 255, k & 255, n]);
  if (colours.length <= size) return colours.map(([r, g, b]) => [r, g, b]);

  /** A box's squared error along its worst channel: the box split next is the one with the most. */
  interface Box {
    colours: Colour[];
    error: number;
    channel: 0 | 1 | 2;
  }
  const boxOf = (cs: Colour[]): Box => {
    let error = 0;
    let channel: 0 | 1 | 2 = 0;
    for (const ch of [0, 1, 2] as const) {
      let w = 0,
        sum = 0,
        sq = 0;
      for (const c of cs) {
        w += c[3];
        sum += c[ch] * c[3];
        sq += c[ch] * c[ch] * c[3];
      }
      const e = sq - (sum * sum) / w;
      if (e > error) [error, channel] = [e, ch];
    }
    return { colours: cs, error: cs.length > 1 ? error : 0, channel };
  };
  const boxes = [boxOf(colours)];
  while (boxes.length < size) {
    let worst = 0;
    for (let i = 1; i < boxes.length; i++) if (boxes[i]!.error > boxes[worst]!.error) worst = i;
    const box = boxes[worst]!;
    if (box.error <= 0) break;
    const ch = box.channel;
    const sorted = box.colours.sort((a, b) => a[ch] - b[ch]);
    let w = 0,
      sum = 0;
    for (const c of sorted) {
      w += c[3];
      sum += c[ch] * c[3];
    }
    const cut = Math.max(
      1,
      sorted.findIndex((c) => c[ch] > sum / w),
    );
    boxes.splice(worst, 1, boxOf(sorted.slice(0, cut)), boxOf(sorted.slice(cut)));
  }
  return boxes.map(({ colours: cs }) => {
    let w = 0,
      r = 0,
      g = 0,
      b = 0;
    for (const c of cs) {
      w += c[3];
      r += c[0] * c[3];
      g += c[1] * c[3];
      b += c[2] * c[3];
    }
    return [Math.round(r / w), Math.round(g / w), Math.round(b / w)];
  });
}

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Opaque RGBA pixels as an 8-bit palette PNG, each pixel given its nearest palette colour. */
export function encodePalettePng(pixels: Uint8Array, width: number, height: number): Buffer {
  if (pixels.length !== width * height * 4) throw new Error(`PNG: ${pixels.length} bytes are not ${width}×${height} RGBA pixels`);
  const palette = paletteFor(pixels);
  const nearest = new Map<number, number>();
  const rows = Buffer.alloc((width + 1) * height); // each row: filter type 0, then one index a pixel
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const r = pixels[i]!,
        g = pixels[i + 1]!,
        b = pixels[i + 2]!;
      const key = (r << 16) | (g << 8) | b;
      let index = nearest.get(key);
      if (index === undefined) {
        let best = Number.POSITIVE_INFINITY;
        index = 0;
        for (let j = 0; j < palette.length; j++) {
          const [pr, pg, pb] = palette[j]!;
          const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
          if (d < best) [best, index] = [d, j];
        }
        nearest.set(key, index);
      }
      rows[y * (width + 1) + 1 + x] = index;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // bit depth 8, palette colour, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", ihdr),
    pngChunk("PLTE", Buffer.from(palette.flat())),
    pngChunk("IDAT", deflateSync(rows, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}
