/**
 * WCAG 2.2 AA checks with axe over the data and share pages, the year switch and the embed dialog
 * in both languages (every chapter's state: on the story walks; every embed: embeds.spec.ts), plus
 * what axe cannot see: keyboard paths, reduced motion, 320 px and 200% text without sideways
 * scrolling.
 */
import { expect, test } from "./support/test.ts";
import { expectNoAxeViolations as expectNoViolations } from "./support/axe.ts";
import { expectStoryLaidOut, storyMap, wakeMap } from "./support/story.ts";

test.use({ reducedMotion: "reduce" });

// Every chapter's state is judged by axe on the story walks (story-walk.spec.ts).
for (const prefix of ["", "/id"]) {
  // Every embed is judged by axe at 1280 and 320 px in embeds.spec.ts.
  test(`axe: the data and share pages (${prefix || "/"})`, async ({ page }) => {
    await page.goto(`${prefix}/data/`);
    await expectNoViolations(page, `${prefix}/data/`);
    // A share page is the story opened at its chapter.
    await page.goto(`${prefix}/share/ktp/`);
    await expect(page).toHaveURL(new RegExp(`${prefix}/#ktp$`));
    await expectNoViolations(page, `${prefix}/share/ktp/`);
  });
}

for (const prefix of ["", "/id"]) {
  test(`axe: the story after switching the year and with each embed dialog open (${prefix || "/"})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`${prefix}/#poverty`);
    await wakeMap(page);
    await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
    await page.locator('section.chapter#poverty .year-switch [data-poverty-year="2021"]').click();
    await expect(storyMap(page)).toHaveAttribute("data-live-poverty-year", "2021");
    await expectNoViolations(page, `${prefix}/?poverty=2021#poverty`);
    // The dialog as each kind of embed button fills it: a map's and a chart's code.
    const dialog = page.locator("[data-embed-dialog]");
    for (const kind of ["map", "chart"]) {
      const button = page.locator(`[data-embed-open][data-embed-kind="${kind}"]`).first();
      await button.click();
      await expect(dialog).toBeVisible();
      await expectNoViolations(page, `${prefix}/ with the ${kind} embed dialog open`);
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    }
  });

  test(`axe: the poverty embed after switching the year (${prefix || "/"})`, async ({ page }) => {
    await page.goto(`${prefix}/embed/poverty-map/`);
    await storyMap(page).locator('[data-poverty-year="2021"]').click();
    await expect(storyMap(page).locator("[data-poverty-title]")).toContainText("2021");
    await expectNoViolations(page, `${prefix}/embed/poverty-map/?poverty=2021`);
  });
}

test("keyboard: skip link, chapter links, the map's explore mode and back", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  // The story starts on screen; the URL then names the chapter there, as it does while scrolling.
  await expect(page.locator("section.chapter").first().locator(".chapter__title")).toBeInViewport();
  await expect(page).toHaveURL(/#where$/);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  const explore = storyMap(page).locator("[data-explore]");
  await explore.focus();
  await page.keyboard.press("Enter");
  await expect(storyMap(page)).toHaveClass(/is-exploring/);
  await expect(storyMap(page).locator("canvas")).toBeFocused();
  const before = await storyMap(page).getAttribute("data-camera");
  await page.keyboard.press("Equal"); // MapLibre's keyboard zoom
  await expect.poll(() => storyMap(page).getAttribute("data-camera")).not.toBe(before);
  await page.keyboard.press("Escape");
  await expect(storyMap(page)).not.toHaveClass(/is-exploring/);
  // Back in the chapter the reader was in.
  await expect(page.locator("section.chapter#where [data-explore-chapter]")).toBeFocused();
  await expect.poll(() => storyMap(page).getAttribute("data-camera")).toBe(before);
});

test("reduced motion: the camera jumps and bars are drawn at once", async ({ page }) => {
  await page.goto("/#where");
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  // From NTT to the national view of the law chapter: a flight would take 1.6 s.
  await page.evaluate(() => document.getElementById("law")!.scrollIntoView());
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "law");
  // No flight (flights take 1.6 s): the camera is there within a few frames.
  await expect
    .poll(async () => JSON.parse((await storyMap(page).getAttribute("data-camera"))!).zoom, { timeout: 800, intervals: [50] })
    .toBeLessThan(5);
  await expect(page.locator(".chart--pending")).toHaveCount(0);
});

for (const [width, zoom] of [
  [320, 1],
  [640, 2],
] as const) {
  test(`no sideways scrolling at ${width} px with text at ${zoom * 100}%`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto("/");
    if (zoom !== 1) await page.addStyleTag({ content: `html { font-size: ${zoom * 100}% }` });
    for (const path of ["/", "/id/", "/embed/chart-okomama/", "/data/"]) {
      await page.goto(path);
      if (zoom !== 1) await page.addStyleTag({ content: `html { font-size: ${zoom * 100}% }` });
      await expectStoryLaidOut(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}
