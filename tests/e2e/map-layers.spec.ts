/**
 * The live map fetches each map layer only for the chapters that show it: the opening chapter's
 * first frame waits for no village outlines, the chapter before the villages fetches them ahead,
 * and the study chapter then draws them. An embed of a view without villages never fetches them.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { topoLayersForStep } from "../../src/lib/shared/map-sources.ts";
import { MAP_COLOURS } from "../../src/lib/shared/palette.ts";
import { colourDistance, hexToRgb, pixelsAt } from "./support/pixels.ts";
import { expectCameraAt, storyMap, storySteps, wakeMap } from "./support/story.ts";

test.use({ reducedMotion: "reduce", viewport: { width: 1280, height: 800 } });

/** The names of the map layers the page has asked for so far ("villages", …). */
function geoRequests(page: Page): string[] {
  const names: string[] = [];
  page.on("request", (r) => {
    const m = /\/geo\/([a-z]+)\.[0-9a-f]+\.topo\.json$/.exec(r.url());
    if (m) names.push(m[1]!);
  });
  return names;
}

test("the opening chapter's live map waits for no village outlines; the study chapter draws them", async ({ page }) => {
  const requested = geoRequests(page);
  await page.goto("/");
  await wakeMap(page);
  const map = storyMap(page);
  await expect(map).toHaveAttribute("data-map-state", "ready");
  expect(requested.sort()).toEqual(["countries", "provinces", "regencies"]);

  // One chapter before the villages, they are fetched ahead.
  const steps = await storySteps(page);
  const firstWithVillages = steps.findIndex((s) => topoLayersForStep(s).has("villages"));
  expect(firstWithVillages, "a chapter after the opening one draws the villages").toBeGreaterThan(1);
  const before = steps[firstWithVillages - 1]!.slug;
  await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView({ behavior: "instant" }), before);
  await expect.poll(() => requested.includes("villages"), { message: "the villages are fetched a chapter ahead" }).toBe(true);

  await expectStudyVillagesDrawn(page);
});

/** Scrolls to the study chapter and checks a study village is drawn in its colour under its name. */
async function expectStudyVillagesDrawn(page: Page): Promise<void> {
  const map = storyMap(page);
  const steps = await storySteps(page);
  await page.evaluate(() => document.getElementById("study")!.scrollIntoView({ behavior: "instant" }));
  const step = steps.find((s) => s.slug === "study")!;
  await expectCameraAt(page, step);
  const label = map.locator(".map-label--study").first();
  await expect(label).toBeVisible();
  const r = (await label.boundingBox())!;
  await page.addStyleTag({ content: ".maplibregl-marker { visibility: hidden !important; }" });
  const study = hexToRgb(MAP_COLOURS.studyVillageFill);
  await expect
    .poll(
      async () =>
        colourDistance((await pixelsAt(map.locator(".story-map__frame"), [{ x: r.x + r.width / 2, y: r.y + r.height / 2 }]))[0]!, study),
      {
        message: "the study village under its name is drawn in the study villages' colour",
      },
    )
    .toBeLessThan(40);
}

test("an embed of the poverty map never fetches the village outlines", async ({ page }) => {
  const requested = geoRequests(page);
  await page.goto("/embed/poverty-map/");
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 60);
  await expect(page.locator("[data-story-map]")).toHaveAttribute("data-map-state", "ready");
  await page.waitForTimeout(1000);
  expect(requested).not.toContain("villages");
  expect(requested).toContain("regencies");
});

// The service worker, once it takes the page over, answers requests that page.route would not see.
test.describe("layer files that fail", () => {
  test.use({ serviceWorkers: "block" });

  test("a layer file without its layer stops the live map with an error that names it; the still map stays", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    // A well-formed topology that lacks the provinces: the worker converts the layers, so the
    // message has to come back from there.
    await page.route(/\/geo\/provinces\.[0-9a-f]+\.topo\.json$/, (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({ type: "Topology", objects: { other: { type: "GeometryCollection", geometries: [] } }, arcs: [] }),
      }),
    );
    await page.goto("/");
    await wakeMap(page);
    const map = storyMap(page);
    await expect(map).toHaveAttribute("data-map-state", "error");
    expect(errors.join("\n")).toContain('the map layer "provinces" has no "provinces" object (it has: other)');
    await expect(map.locator(".story-map__still").first()).toBeVisible();
    await expect(map).not.toHaveClass(/is-live/);
  });

  test("a layer that fails to download a chapter ahead is reported, and the chapter that needs it loads it again", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    let villageRequests = 0;
    await page.route(/\/geo\/villages\.[0-9a-f]+\.topo\.json$/, (route) =>
      ++villageRequests === 1 ? route.fulfill({ status: 503, body: "busy" }) : route.continue(),
    );
    await page.goto("/");
    await wakeMap(page);
    await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
    const steps = await storySteps(page);
    const before = steps[steps.findIndex((s) => topoLayersForStep(s).has("villages")) - 1]!.slug;
    await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView({ behavior: "instant" }), before);
    await expect
      .poll(() => errors.join("\n"), { message: "the failed download is reported" })
      .toContain('The map layer "villages" could not load; the next chapter tries again.');
    await expectStudyVillagesDrawn(page);
    expect(villageRequests).toBe(2);
  });
});
