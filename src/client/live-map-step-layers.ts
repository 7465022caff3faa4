/**
 * Which of the live map's style layers show, for a step: its toggled layers, its highlighted
 * areas' outlines, and the layers the first frame drew off the map to compile their shaders,
 * which go back to their place at the first chapter change.
 */
import type * as maplibregl from "maplibre-gl";
import {
  HIGHLIGHT_STYLE_LAYERS,
  highlightFilter,
  hiddenToggledLayers,
  highlightLayers,
  layerTranslateKey,
  sameShown,
  TOGGLED_STYLE_LAYERS,
  visibleStyleLayers,
  type StyleShown,
} from "../lib/shared/map-style.ts";
import type { StoryStep } from "../lib/shared/step-controller.ts";

/** The values set here are of the validated style's kinds (the style is checked by the unit tests). */
const UNCHECKED = { validate: false };

/** What the map shows now, owned by applyStepLayers. */
export interface StepLayersState {
  map: maplibregl.Map;
  firstSlug: string;
  /**
   * The layers the warm-up drew off the map stay there, "visible", until the first chapter change,
   * where the story's layers change anyway. A change of visibility would make MapLibre cut every
   * tile of the layer's source again (half a second of a phone's time here), and any change before
   * then would redraw the map once more while the reader waits for it; an untouched opening
   * chapter is not redrawn, so they cost nothing meanwhile.
   */
  warmedUp: Set<string>;
  /** MapLibre redraws the whole map at any set call, one that changes nothing included, so steps that show the same are skipped */
  applied: StyleShown;
}

/** The style was built showing the first step (and, with `warmUp`, every layer it hides, off the map). */
export function stepLayersState(map: maplibregl.Map, first: StoryStep, warmUp: boolean): StepLayersState {
  return { map, firstSlug: first.slug, warmedUp: new Set(warmUp ? hiddenToggledLayers(first.layers) : []), applied: first };
}

function restoreWarmedUp({ map, warmedUp }: StepLayersState): void {
  for (const id of warmedUp) map.setPaintProperty(id, layerTranslateKey(map.getLayer(id)!.type), undefined, UNCHECKED);
  warmedUp.clear();
}

export function applyStepLayers(state: StepLayersState, step: StoryStep): void {
  const { map } = state;
  const restoring = state.warmedUp.size > 0 && step.slug !== state.firstSlug;
  if (!restoring && sameShown(step, state.applied)) return;
  state.applied = step;
  const visible = visibleStyleLayers(step.layers);
  if (restoring) restoreWarmedUp(state);
  for (const id of TOGGLED_STYLE_LAYERS) {
    if (!state.warmedUp.has(id)) map.setLayoutProperty(id, "visibility", visible.has(id) ? "visible" : "none", UNCHECKED);
  }
  const outlined = highlightLayers(step.highlight);
  for (const id of HIGHLIGHT_STYLE_LAYERS) {
    map.setFilter(id, highlightFilter(step.highlight), UNCHECKED);
    map.setLayoutProperty(id, "visibility", outlined.has(id) ? "visible" : "none", UNCHECKED);
  }
}
