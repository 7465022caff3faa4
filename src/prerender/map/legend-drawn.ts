/**
 * Which of a chapter's legend entries its map really draws, in the frames the chapter is shown in:
 * a close-up of the villages draws no province border and may leave Soe off the map, so its key
 * must not list them. Judged on the frames' own projection (the live map fits the same view).
 */
import { mesh } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import type { ChapterData } from "../../content/chapter-schema.ts";
import type { Locale } from "../../i18n/locales.ts";
import { cameraForBounds } from "../../lib/shared/camera.ts";
import { frameProjection } from "../../lib/shared/static-map.ts";
import { TTS_CODE } from "../../lib/shared/map-style.ts";
import { DISTRICT_MAX_ZOOM, FRAME_PADDING, type FrameSize } from "./frames.ts";
import { readLayer } from "./geo-artifacts.ts";
import { buildLabelSet, linesToSoe } from "./label-set.ts";
import { resolveView } from "./views.ts";

type Props = Record<string, unknown>;
type Position = readonly number[];

const drawnByView = new Map<string, Set<string>>();

/**
 * The legend ids drawn in any of the given frame sizes (the story shows a square and a 4:3 frame).
 * Once per view and language per build: every page (the stories, 36 share pages, the one-file
 * editions) keys the same chapters.
 */
export function drawnLegendIds(map: ChapterData["map"], locale: Locale, sizes: readonly FrameSize[]): Set<string> {
  const key = `${locale}\u0000${JSON.stringify(sizes)}\u0000${JSON.stringify(map)}`;
  let ids = drawnByView.get(key);
  if (!ids) {
    ids = new Set(sizes.flatMap((size) => drawnInFrame(map, locale, size)));
    drawnByView.set(key, ids);
  }
  return ids;
}

function drawnInFrame(map: ChapterData["map"], locale: Locale, size: FrameSize): string[] {
  const bounds = resolveView(map.view);
  const projection = frameProjection({ ...size, padding: FRAME_PADDING, bounds });
  const inside = (p: Position): boolean => {
    const xy = projection([p[0]!, p[1]!]);
    return Boolean(xy && xy[0] >= 0 && xy[0] <= size.width && xy[1] >= 0 && xy[1] <= size.height);
  };
  const anyInside = (lines: Position[][]): boolean => lines.some((line) => line.some(inside));
  const borders = (layer: "provinces" | "regencies" | "districts" | "villages", filter: (a: Props, b: Props) => boolean): Position[][] => {
    const topology = readLayer(layer) as Topology;
    const object = topology.objects[layer] as GeometryObject<Props>;
    return mesh(topology, object, (a, b) => filter(a.properties ?? {}, b.properties ?? {})).coordinates;
  };
  const on = new Set(map.layers);
  const labels = buildLabelSet(locale);
  const drawn: string[] = [];
  const check = (id: string, layerOn: boolean, isDrawn: () => boolean) => {
    if (layerOn && isDrawn()) drawn.push(id);
  };
  const tts = (p: Props) => p.code === TTS_CODE;
  check("ktp-tts", on.has("ktp"), () => anyInside(borders("regencies", (a, b) => tts(a) || tts(b))));
  check("ktp-ntt", on.has("ktp"), () => anyInside(borders("regencies", (a, b) => !tts(a) || !tts(b))));
  check("study", on.has("studyVillages"), () => anyInside(borders("villages", (a, b) => a.study === true || b.study === true)));
  check("village", on.has("villages"), () => anyInside(borders("villages", () => true)));
  check("soe", on.has("studyVillages") || on.has("toSoe") || on.has("districts"), () => inside(labels.soe.lngLat));
  check("voices", on.has("voices"), () => labels.voices.some((v) => inside(v.lngLat)));
  check("to-soe", on.has("toSoe"), () => anyInside(linesToSoe().features.map((f) => f.geometry.coordinates)));
  const zoom = cameraForBounds(bounds, size.width, size.height, FRAME_PADDING).zoom;
  check("district", on.has("districts") && zoom <= DISTRICT_MAX_ZOOM, () => anyInside(borders("districts", (a, b) => a !== b)));
  check("regency", on.has("regencies") || on.has("poverty"), () => anyInside(borders("regencies", (a, b) => a !== b)));
  check("tts", on.has("regencies") || on.has("poverty") || on.has("ktp"), () =>
    anyInside(borders("regencies", (a, b) => tts(a) || tts(b))),
  );
  // A province's border with another province (its coast is not one), as the key names it.
  check("province", on.has("provinces"), () => anyInside(borders("provinces", (a, b) => a !== b)));
  return drawn;
}
