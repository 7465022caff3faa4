/**
 * The story's state machine, with no DOM: "chapter N is active" becomes the map view, the layers
 * shown, the highlight and the charts to animate. Every change hands the whole target state to the
 * renderer ("latest wins"), so steps that arrive fast or out of order cannot leave a mix of two.
 */
import type { Bounds } from "./static-map.ts";

export interface StoryStep {
  slug: string;
  bounds: Bounds;
  layers: readonly string[];
  highlight: readonly string[];
  charts: readonly string[];
}

export interface StepChange {
  step: StoryStep;
  index: number;
  previous: number | null;
  /** layers to show and to hide, compared with the previous step */
  show: string[];
  hide: string[];
  /** a jump (first paint, a link, reduced motion) or a move the reader follows */
  animate: boolean;
}

export class StepController {
  readonly steps: readonly StoryStep[];
  private current: number | null = null;
  private readonly listeners: ((change: StepChange) => void)[] = [];

  constructor(steps: readonly StoryStep[]) {
    if (steps.length === 0) throw new Error("a story needs at least one step");
    const seen = new Set<string>();
    for (const s of steps) {
      if (seen.has(s.slug)) throw new Error(`two steps share the slug "${s.slug}"`);
      seen.add(s.slug);
    }
    this.steps = steps;
  }

  get activeIndex(): number | null {
    return this.current;
  }

  indexOf(slug: string): number {
    return this.steps.findIndex((s) => s.slug === slug);
  }

  onChange(listener: (change: StepChange) => void): void {
    this.listeners.push(listener);
  }

  /** Makes step `index` active; does nothing if it already is. */
  activate(index: number, options: { animate: boolean }): StepChange | null {
    if (!Number.isInteger(index) || index < 0 || index >= this.steps.length) {
      throw new Error(`no step ${index}: the story has ${this.steps.length}`);
    }
    if (index === this.current) return null;
    const previous = this.current;
    const before = new Set(previous === null ? [] : this.steps[previous]!.layers);
    const step = this.steps[index]!;
    const after = new Set(step.layers);
    const change: StepChange = {
      step,
      index,
      previous,
      show: [...after].filter((l) => !before.has(l)),
      hide: [...before].filter((l) => !after.has(l)),
      animate: options.animate && previous !== null,
    };
    this.current = index;
    for (const l of this.listeners) l(change);
    return change;
  }
}
