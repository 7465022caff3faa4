/**
 * Scrolls through the whole story in Chromium, in both languages, on a desktop and a phone
 * screen: each chapter must move the live map to its view, show its layers, animate its charts
 * and put its slug in the URL. On the desktop walks axe judges every chapter's state (WCAG 2.2
 * AA): the whole page at the first and last chapter, the map panel and the chapter between. A
 * screenshot of every chapter is kept as a test artifact.
 */
import { expect, test, twoFrames } from "./support/test.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import {
  expectCameraAt,
  expectStepShown,
  expectStoryLaidOut,
  LOCALE_PATHS,
  storyMap,
  storySteps,
  VIEWPORTS,
  wakeMap,
} from "./support/story.ts";

for (const [locale, path] of Object.entries(LOCALE_PATHS)) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`walk through every chapter (${locale}, ${device})`, async ({ browser }, testInfo) => {
      test.setTimeout(240_000);
      // One walk with the camera flights; the others jump, as for readers who ask for less motion.
      const reducedMotion = locale === "en" && device === "desktop" ? "no-preference" : "reduce";
      const context = await browser.newContext({ viewport, reducedMotion });
      const page = await context.newPage();
      await page.goto(path);
      await wakeMap(page);
      const steps = await storySteps(page);
      expect(steps.length).toBeGreaterThanOrEqual(9);
      await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
      // The live map hides the still frames: none is fetched once it draws (data costs readers money).
      const stillsAfterLive: string[] = [];
      page.on("request", (r) => {
        if (new URL(r.url()).pathname.startsWith("/frames/")) stillsAfterLive.push(r.url());
      });
      // Long main-thread tasks while stepping, printed (timings are a benchmark, not a test);
      // the test's own screenshots and axe runs block the page too, so their spans are left out.
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: [number, number][] };
        w.longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))).observe({
          type: "longtask",
        });
      });
      const screenshotSpans: [number, number][] = [];
      const now = () => page.evaluate(() => performance.now());
      const axeSpans: [number, number][] = [];
      for (const [index, step] of steps.entries()) {
        await page.locator(`section.chapter#${step.slug} .chapter__title`).scrollIntoViewIfNeeded();
        // Bring the chapter's start to the trigger line, as a reader scrolling down would.
        await page.evaluate((slug) => {
          const top = document.getElementById(slug)!.getBoundingClientRect().top + window.scrollY;
          const trigger = window.innerWidth < 960 ? 0.6 : 0.35;
          window.scrollTo({ top: top - window.innerHeight * trigger, behavior: "instant" });
        }, step.slug);
        await expectStepShown(page, step);
        await expectCameraAt(page, step);
        // axe takes turns: a language's desktop walk judges the even chapters, its phone walk the odd.
        if (index % 2 === (device === "desktop" ? 0 : 1) || index === steps.length - 1) {
          const whole = index === 0 || index === steps.length - 1;
          const axeStart = await now();
          await expectNoAxeViolations(page, `${path}#${step.slug}`, whole ? [] : ["[data-story-map]", `section.chapter#${step.slug}`]);
          axeSpans.push([axeStart, await now()]);
        }
        const shotStart = await now();
        await page.screenshot({ path: testInfo.outputPath(`${locale}-${device}-${step.slug}.png`) });
        screenshotSpans.push([shotStart, await now()]);
      }
      const longTasks = (await page.evaluate(() => (window as unknown as { longTasks: [number, number][] }).longTasks)).filter(
        ([start, duration]) => ![...screenshotSpans, ...axeSpans].some(([a, b]) => start < b && start + duration > a),
      );
      const worst = Math.max(0, ...longTasks.map(([, d]) => d));
      const summary = `${longTasks.length} long tasks over 50 ms while stepping (${reducedMotion === "reduce" ? "camera jumps" : "camera flights"}), worst ${Math.round(worst)} ms`;
      testInfo.annotations.push({ type: "long tasks", description: summary });
      console.log(`${locale}, ${device}: ${summary}`);
      expect(stillsAfterLive).toEqual([]);
      await context.close();
    });
  }
}

test("an untouched page keeps its still map and loads no map code, even opened on a chapter", async ({ page }) => {
  const mapCode: string[] = [];
  page.on("request", (r) => {
    if (/live-map|maplibre/.test(r.url())) mapCode.push(r.url());
  });
  // A page's first WebGL context can freeze it for a second while the GPU process starts: none
  // may be made before the reader touches the page.
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    (window as unknown as { glContexts: number }).glContexts = 0;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/.test(type)) (window as unknown as { glContexts: number }).glContexts++;
      return (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof getContext;
  });
  const glContexts = () => page.evaluate(() => (window as unknown as { glContexts: number }).glContexts);
  await page.goto("/share/ktp/"); // the story, opened at the chapter
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "ktp");
  await expect(page.locator(".story-map__still")).toHaveAttribute("src", /\/ktp\.svg$/);
  await page.waitForTimeout(1500);
  expect(mapCode).toEqual([]);
  expect(await glContexts()).toBe(0);
  await page.goto("/");
  await expect(page.locator(".story-map__still")).toBeVisible();
  await page.waitForTimeout(2000);
  expect(mapCode).toEqual([]);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "static");
  expect(await glContexts()).toBe(0);
  // Chapters first skipped off screen are laid out in idle moments, with nobody touching the page.
  await expectStoryLaidOut(page);
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  expect(mapCode.length).toBeGreaterThan(0);
  expect(await glContexts()).toBeGreaterThan(0);
});

test("after the window changes size, the next chapter's view fits the new map", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/#study");
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  const steps = await storySteps(page);
  await expectCameraAt(
    page,
    steps.find((s) => s.slug === "study")!,
  );
  await page.setViewportSize({ width: 1000, height: 640 }); // a narrower window: the map column shrinks
  await page.evaluate(() => document.getElementById("poverty")!.scrollIntoView());
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "poverty");
  await expectCameraAt(
    page,
    steps.find((s) => s.slug === "poverty")!,
  );
});

test("scrolling within a chapter writes nothing to the address or the language links; the next chapter does", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/#study");
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "study");
  await page.evaluate(() => {
    const w = window as unknown as { writes: string[] };
    w.writes = [];
    const replaceState = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History["replaceState"]>) => {
      w.writes.push(`address ${String(args[2])}`);
      replaceState(...args);
    };
    new MutationObserver((records) =>
      records.forEach((r) => w.writes.push(`href of ${(r.target as Element).outerHTML.slice(0, 60)}`)),
    ).observe(document.body, { attributes: true, attributeFilter: ["href"], subtree: true });
  });
  const writes = () => page.evaluate(() => (window as unknown as { writes: string[] }).writes);
  // A reader reading: small steps down, still in the chapter.
  for (let k = 0; k < 8; k++) {
    await page.mouse.wheel(0, 20);
    await twoFrames(page);
  }
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "study");
  expect(await writes()).toEqual([]);
  const steps = await storySteps(page);
  const next = steps[steps.findIndex((s) => s.slug === "study") + 1]!.slug;
  await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView(), next);
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", next);
  expect((await writes()).some((w) => w.startsWith("address ") && w.endsWith(`#${next}`))).toBe(true);
});
