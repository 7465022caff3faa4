/**
 * What the story's browser code receives from the build, as JSON in the page: one step per
 * chapter, the map's names and the lines to Soe. A type only, so browser code can share it
 * without importing build-time modules.
 */
import type { LabelSet } from "./map-labels.ts";
import type { StoryStep } from "./step-controller.ts";

export interface StoryConfig {
  steps: StoryStep[];
  labels: LabelSet;
  toSoe: GeoJSON.FeatureCollection;
}
