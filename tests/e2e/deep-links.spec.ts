/** A link to any chapter opens the story on that chapter, with its map view, layers and charts. */
import { expect, test } from "./support/test.ts";
import { expectCameraAt, expectStepShown, storyMap, storySteps, wakeMap } from "./support/story.ts";

// A shared link is mostly opened on a phone.
test.use({ reducedMotion: "reduce", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("every chapter can be opened by its link", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  const steps = await storySteps(page);
  expect(steps.map((s) => s.slug)).toEqual(await page.locator("section.chapter").evaluateAll((els) => els.map((e) => e.id)));
  expect(steps.length).toBeGreaterThanOrEqual(18);
  for (const step of steps) {
    // One fresh load with the hash, as from a shared link (a blank page between, so it is no in-page jump).
    await page.goto("about:blank");
    await page.goto(`/#${step.slug}`);
    await expect(page.locator(".story-map__still")).toHaveAttribute("src", new RegExp(`/square/${step.slug}\\.svg$`));
    await wakeMap(page);
    await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
    await expectStepShown(page, step);
    await expectCameraAt(page, step);
    await expect(page.locator(`section.chapter#${step.slug} .chapter__title`)).toBeInViewport();
  }
});

test("an unknown chapter in the link opens the story at its start", async ({ page }) => {
  await page.goto("/#no-such-chapter");
  const steps = await storySteps(page);
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", steps[0]!.slug);
});
