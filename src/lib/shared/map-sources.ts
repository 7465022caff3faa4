/**
 * Which of the map's TopoJSON layers a chapter needs, so that the live map fetches each only when
 * a chapter that shows it is on screen or next: the first frame waits for the few layers of the
 * first chapter, not for all 278 village outlines. Small and free of the style, because the page's
 * first script uses it to start those fetches early.
 */
import type { StoryStep } from "./step-controller.ts";

export const TOPO_LAYERS = ["countries", "provinces", "regencies", "districts", "villages"] as const;
export type TopoLayer = (typeof TOPO_LAYERS)[number];

/** Drawn in every chapter: the land. */
export const ALWAYS_DRAWN: readonly TopoLayer[] = ["countries", "provinces"];

/** The layers each story layer's style layers draw from (checked against the style by a unit test). */
export const STORY_LAYER_SOURCES: Record<string, readonly TopoLayer[]> = {
  provinces: ["provinces"],
  regencies: ["regencies"],
  districts: ["districts"],
  villages: ["villages"],
  studyVillages: ["villages"],
  poverty: ["regencies"],
  ktp: ["regencies"],
  toSoe: [],
  voices: [],
};

/** An area code's layer by its depth: "53" a province … "53.02.01.1001" a village. */
const LEVELS: readonly TopoLayer[] = ["provinces", "regencies", "districts", "villages"];

export function topoLayersForStep(step: Pick<StoryStep, "layers" | "highlight">): Set<TopoLayer> {
  const needed = new Set<TopoLayer>(ALWAYS_DRAWN);
  for (const layer of step.layers) {
    const sources = STORY_LAYER_SOURCES[layer];
    if (!sources) throw new Error(`unknown story layer "${layer}"`);
    sources.forEach((s) => needed.add(s));
  }
  for (const code of step.highlight) {
    const level = LEVELS[code.split(".").length - 1];
    if (!level) throw new Error(`area code "${code}" is not a province, regency, district or village code`);
    needed.add(level);
  }
  return needed;
}

/** What the chapters just before and after this one need: fetched ahead, while the reader reads. */
export function topoLayersNear(steps: readonly Pick<StoryStep, "slug" | "layers" | "highlight">[], slug: string): Set<TopoLayer> {
  const k = steps.findIndex((s) => s.slug === slug);
  const needed = new Set<TopoLayer>();
  if (k < 0) return needed;
  for (const step of steps.slice(Math.max(0, k - 1), k + 2)) topoLayersForStep(step).forEach((l) => needed.add(l));
  return needed;
}
