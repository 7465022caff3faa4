/** Helpers for walking the story in a real page: its steps, the map's state, the expected camera. */
import { expect, type Locator, type Page } from "@playwright/test";
import { cameraForBounds } from "../../../src/lib/shared/camera.ts";
import type { StoryStep } from "../../../src/lib/shared/step-controller.ts";
import { OFTEN } from "./test.ts";

export const LOCALE_PATHS = { en: "/", id: "/id/" } as const;
export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

export async function storySteps(page: Page): Promise<StoryStep[]> {
  const json = await page.locator("#story-config").textContent();
  return (JSON.parse(json ?? "{}") as { steps: StoryStep[] }).steps;
}

/**
 * The live map starts at the reader's first interaction (or at once for a link to a chapter):
 * move the pointer, as a reader would.
 */
export async function wakeMap(page: Page): Promise<void> {
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 60);
}

export function storyMap(page: Page): Locator {
  return page.locator("[data-story-map]");
}

interface MirroredCamera {
  lng: number;
  lat: number;
  zoom: number;
}

/** Waits until the live map's camera is where the step's view puts it (within a tolerance). */
export async function expectCameraAt(page: Page, step: StoryStep): Promise<MirroredCamera> {
  const map = storyMap(page);
  const canvas = map.locator("canvas.maplibregl-canvas");
  let last: MirroredCamera | undefined;
  await expect
    .poll(
      async () => {
        // The map's size is read each time: after a window change it may still be on its way.
        const box = await canvas.boundingBox();
        if (!box) throw new Error("the map canvas is not visible");
        const expected = cameraForBounds(step.bounds, box.width, box.height, 24);
        last = JSON.parse((await map.getAttribute("data-camera")) ?? "null") as MirroredCamera;
        if (!last) return Infinity;
        const span = 360 / 2 ** expected.zoom; // degrees across 512 px at this zoom
        return Math.max(
          Math.abs(last.zoom - expected.zoom) / 0.08,
          Math.abs(last.lng - expected.center[0]) / (span * 0.03),
          Math.abs(last.lat - expected.center[1]) / (span * 0.03),
        );
      },
      // Read often: a flight ends between the default probes, which would add up to a second a chapter.
      { message: `the camera fits the view of "${step.slug}" in the map's current size`, timeout: 20_000, intervals: OFTEN },
    )
    .toBeLessThanOrEqual(1);
  return last!;
}

export async function expectStepShown(page: Page, step: StoryStep): Promise<void> {
  const map = storyMap(page);
  await expect(map).toHaveAttribute("data-active-chapter", step.slug);
  await expect(map).toHaveAttribute("data-visible-layers", step.layers.join(" "));
  await expect(page).toHaveURL(new RegExp(`#${step.slug}$`));
  const section = page.locator(`section.chapter#${step.slug}`);
  for (const chart of step.charts) {
    await expect(section.locator(`[data-chart="${chart}"]`)).toHaveAttribute("data-chart-state", "active");
  }
}

/** Opens an edition, starts the live map and visits every chapter in order, calling `atStep` at each. */
export async function stepThroughStory(
  page: Page,
  prefix: string,
  atStep: (step: StoryStep) => Promise<void> = async () => {},
): Promise<void> {
  await page.goto(`${prefix}/`);
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  for (const step of await storySteps(page)) {
    await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView(), step.slug);
    await expect(storyMap(page)).toHaveAttribute("data-active-chapter", step.slug);
    await atStep(step);
  }
}

/**
 * Waits until the story has laid out every chapter it first skipped (client/lazy-layout.ts), as
 * it does within a second or so of the page's first scroll (here by one pixel): until then an
 * off-screen chapter has a placeholder size, its overflow is clipped and its contents have no
 * real positions.
 */
export async function expectStoryLaidOut(page: Page): Promise<void> {
  const skipped = page.locator("[data-lazy-layout]");
  await expect
    .poll(
      async () => {
        // Again at each try: on a linked chapter the story listens only from the frame after its own scroll.
        // Down a pixel, then back: the page stays where it was, however many tries it takes.
        await page.evaluate(() => {
          const w = window as unknown as { laidOutNudge?: number };
          w.laidOutNudge = w.laidOutNudge === 1 ? -1 : 1;
          window.scrollBy(0, w.laidOutNudge);
        });
        return skipped.count();
      },
      { timeout: 10_000, intervals: OFTEN },
    )
    .toBe(0);
}
