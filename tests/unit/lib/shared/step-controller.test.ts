import { describe, expect, it } from "vitest";
import { activeStepIndex } from "../../../../src/lib/shared/active-step.ts";
import { StepController, type StoryStep } from "../../../../src/lib/shared/step-controller.ts";

const step = (slug: string, layers: string[]): StoryStep => ({
  slug,
  bounds: [
    [120, -11],
    [125, -8],
  ],
  layers,
  highlight: [],
  charts: [],
});
const steps = [step("where", ["provinces", "regencies"]), step("tts", ["provinces", "districts"]), step("poverty", ["poverty"])];

describe("StepController", () => {
  it("reports the layers to show and hide when moving between steps", () => {
    const c = new StepController(steps);
    const first = c.activate(0, { animate: true })!;
    expect(first.show).toEqual(["provinces", "regencies"]);
    expect(first.animate).toBe(false); // the first paint jumps
    const second = c.activate(1, { animate: true })!;
    expect(second.show).toEqual(["districts"]);
    expect(second.hide).toEqual(["regencies"]);
    expect(second.animate).toBe(true);
  });

  it("ignores a repeated activation and ends on the last step asked for, whatever came between", () => {
    const c = new StepController(steps);
    const seen: string[] = [];
    c.onChange((ch) => seen.push(ch.step.slug));
    c.activate(0, { animate: true });
    expect(c.activate(0, { animate: true })).toBeNull();
    c.activate(2, { animate: false });
    c.activate(1, { animate: true });
    expect(seen).toEqual(["where", "poverty", "tts"]);
    expect(c.activeIndex).toBe(1);
  });

  it("rejects an unknown step and duplicate slugs", () => {
    const c = new StepController(steps);
    expect(() => c.activate(3, { animate: true })).toThrow(/no step 3/);
    expect(() => new StepController([steps[0]!, steps[0]!])).toThrow(/share the slug "where"/);
  });
});

describe("activeStepIndex", () => {
  it("picks the last step whose top is above the trigger line", () => {
    expect(activeStepIndex([0, 500, 1000], 400)).toBe(0);
    expect(activeStepIndex([-900, -300, 300, 900], 400)).toBe(2);
    expect(activeStepIndex([-5000, -4000, -3000], 400)).toBe(2);
    expect(activeStepIndex([100, 200], -50)).toBe(0);
  });
});
