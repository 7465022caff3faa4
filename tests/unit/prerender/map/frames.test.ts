/**
 * The still frames draw what the live map draws: rendered to pixels (resvg, as the share cards
 * are), the KTP chapter's frame colours TTS and the rest of NTT with the KTP colours of its key,
 * not with layers painted over them, and paints Indonesia's national share on no province.
 */
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { feature } from "topojson-client";
import type { FeatureCollection, Point } from "geojson";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { chapterFrameSvg, FRAME_PADDING } from "../../../../src/prerender/map/frames.ts";
import { FRAME, resolveView } from "../../../../src/prerender/map/views.ts";
import { chapterSchema } from "../../../../src/content/chapter-schema.ts";
import { readLayer } from "../../../../src/prerender/map/geo-artifacts.ts";
import { frameProjection } from "../../../../src/lib/shared/static-map.ts";
import { KTP_COLOURS } from "../../../../src/lib/shared/palette.ts";
import { geoPath } from "d3-geo";

function chapter(file: string) {
  const source = readFileSync(`src/content/chapters/en/${file}`, "utf8");
  return chapterSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!));
}

/** Where an area's label point falls in the frame: the frame's own projection of its view. */
function pixelOf(layer: "provinces" | "regencies", code: string, bounds: [[number, number], [number, number]]): [number, number] {
  const topo = readLayer(layer);
  const labels = feature(topo, topo.objects[`${layer}Labels`]!) as unknown as FeatureCollection<Point>;
  const point = labels.features.find((f) => f.id === code);
  if (!point) throw new Error(`no label point for ${code}`);
  const [x, y] = frameProjection({ ...FRAME, padding: FRAME_PADDING, bounds })(point.geometry.coordinates as [number, number])!;
  return [Math.round(x), Math.round(y)];
}

const hex = (rgba: Uint8Array, [x, y]: [number, number]): string =>
  `#${[0, 1, 2].map((c) => rgba[(y * FRAME.width + x) * 4 + c]!.toString(16).padStart(2, "0")).join("")}`;

describe("the KTP chapter's still frame", () => {
  const ktp = chapter("11-ktp.md");
  const bounds = resolveView(ktp.map.view);
  const pixels = new Resvg(chapterFrameSvg(ktp, "en"), { fitTo: { mode: "width", value: FRAME.width } }).render().pixels;

  it("colours TTS and another NTT regency as its key says", () => {
    expect(hex(pixels, pixelOf("regencies", "53.02", bounds)), "TTS").toBe(KTP_COLOURS.tts);
    expect(hex(pixels, pixelOf("regencies", "53.11", bounds)), "East Sumba, NTT").toBe(KTP_COLOURS.ntt);
  });

  it("paints the national share on no province: it describes none of them", () => {
    let national = 0;
    for (let y = 0; y < FRAME.height; y++)
      for (let x = 0; x < FRAME.width; x++) if (hex(pixels, [x, y]) === KTP_COLOURS.indonesia) national++;
    expect(national).toBe(0);
  });

  it("shows NTT large: TTS spans a readable share of the frame, not a few pixels", () => {
    const topo = readLayer("regencies");
    const tts = (feature(topo, topo.objects.regencies!) as unknown as FeatureCollection).features.find((f) => f.id === "53.02")!;
    const projection = frameProjection({ ...FRAME, padding: FRAME_PADDING, bounds });
    const [[x0], [x1]] = geoPath(projection).bounds(tts);
    expect((x1 - x0) / FRAME.width).toBeGreaterThan(0.05);
  });
});
