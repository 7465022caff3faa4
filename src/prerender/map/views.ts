/** A chapter's map view as a geographic box: fitted to area codes, or the box a camera shows. */
import { geoBounds } from "d3-geo";
import type { Feature, FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { ChapterData } from "../../content/chapter-schema.ts";
import { boundsForCamera } from "../../lib/shared/camera.ts";
import { readLayer } from "./geo-artifacts.ts";
import type { Bounds } from "../../lib/shared/static-map.ts";
import type { LayerName } from "../../pipeline/layers.ts";

/** The reference frame a camera view is converted at (the static frames' size). */
export const FRAME = { width: 800, height: 600 } as const;
/**
 * The story's still frames: the sticky map's box is square at every width (a phone's top half, a
 * desktop's column), so its frame is drawn square and shown whole, never cropped into the box.
 */
export const SQUARE_FRAME = { width: 720, height: 720 } as const;
/** The two shapes a frame file is drawn in: the embeds' and graphics' 4:3, the story's square. */
export type FrameShape = "wide" | "square";
export const FRAME_SIZES: Record<FrameShape, { width: number; height: number }> = { wide: FRAME, square: SQUARE_FRAME };

const LAYER_BY_CODE_LENGTH: Record<number, LayerName> = { 2: "provinces", 5: "regencies", 8: "districts", 13: "villages" };

const features = new Map<LayerName, Map<string, Feature>>();
function areaFeature(code: string): Feature {
  const layer = LAYER_BY_CODE_LENGTH[code.length];
  if (!layer) throw new Error(`"${code}" is not an area code`);
  let byCode = features.get(layer);
  if (!byCode) {
    const topo = readLayer(layer);
    const fc = feature(topo, topo.objects[layer]!) as FeatureCollection;
    byCode = new Map(fc.features.map((f) => [String(f.id), f]));
    features.set(layer, byCode);
  }
  const f = byCode.get(code);
  if (!f) throw new Error(`no area has the code "${code}" in the ${layer} layer`);
  return f;
}

export function resolveView(view: ChapterData["map"]["view"]): Bounds {
  if ("fit" in view) {
    const [[w, s], [e, n]] = geoBounds({ type: "FeatureCollection", features: view.fit.map(areaFeature) });
    const r = (v: number): number => Math.round(v * 1e4) / 1e4;
    return [
      [r(w), r(s)],
      [r(e), r(n)],
    ];
  }
  return boundsForCamera({ center: view.center, zoom: view.zoom }, FRAME.width, FRAME.height);
}
