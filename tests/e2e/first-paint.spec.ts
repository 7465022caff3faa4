/**
 * The first screen comes before any script (src/lib/shared/boot-script.ts): on the stories, a share page
 * and a map embed, the first still map is drawn, as the page's largest paint, before the page asks
 * for its first script; the scripts then run. A still that fails to load holds nothing up. A
 * reader's tap before the scripts have started is not lost, and the chapters below the first
 * screen are laid out only once the page scrolls.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";

const PHONE = { width: 412, height: 823 };

/** The page's largest paints so far (the browser keeps them for a late observer), and their images. */
async function largestPaints(page: Page): Promise<{ time: number; url: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve((list.getEntries() as (PerformanceEntry & { url: string })[]).map((e) => ({ time: e.startTime, url: e.url })));
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
}

for (const path of ["/", "/id/", "/share/ktp/", "/embed/study-villages/"]) {
  test(`${path}: the first still map is drawn before any script is asked for`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    const paints = await largestPaints(page);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((r) => /\.js(\?|$)/.test(r.name))
        .map((r) => ({ name: r.name, start: r.startTime })),
    );
    const still = paints.find((p) => /\/frames\/(en|id)\/(square\/)?[a-z-]+\.svg$/.test(p.url));
    expect(still, `the still map is among the largest paints (${JSON.stringify(paints)})`).toBeDefined();
    expect(scripts.length, "the page's scripts were fetched").toBeGreaterThan(0);
    const firstScript = scripts.reduce((a, b) => (b.start < a.start ? b : a));
    expect(firstScript.start, `${firstScript.name} asked for before the still was drawn`).toBeGreaterThan(still!.time);
    await expect(page.locator("html")).toHaveAttribute("data-scripts", "run");
  });
}

test("until its first script, the story asks for nothing but itself and its first still map", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const firstScript = requests.findIndex((p) => p.endsWith(".js"));
  expect(firstScript, requests.join(", ")).toBeGreaterThan(0);
  // A request here (an icon, a stylesheet, a font) would be waited for before the still map's paint on a slow phone.
  expect(requests.slice(0, firstScript)).toEqual(["/", "/frames/en/square/where.svg"]);
});

test("a shared chapter: the chapters above it are laid out before the reader acts, those below only once the reader scrolls", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/share/ktp/");
  await expect(page.locator("section.chapter#ktp .chapter__title")).toBeInViewport();
  const skippedChapters = () => page.locator("section.chapter[data-lazy-layout]").evaluateAll((els) => els.map((e) => e.id));
  await page.waitForTimeout(1500);
  const slugs = await page.locator("section.chapter").evaluateAll((els) => els.map((e) => e.id));
  // ktp itself is drawn by the browser, being on the screen, but not yet laid out for good.
  const fromKtp = slugs.slice(slugs.indexOf("ktp"));
  expect(fromKtp.length).toBeGreaterThan(1);
  expect(await skippedChapters()).toEqual(fromKtp);
  await page.mouse.wheel(0, 200);
  await expect(page.locator("[data-lazy-layout]")).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator("section.chapter#ktp .chapter__title")).toBeInViewport();
});

for (const path of ["/share/ktp/", "/embed/chart-deaths/", "/"]) {
  test(`${path}: a chart drawn on the first screen is never emptied when the scripts start`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    // Every chart that is on the screen when its bars are set to wait at zero length (to grow).
    await page.addInitScript(() => {
      const emptied: string[] = [];
      (window as unknown as { emptiedCharts: string[] }).emptiedCharts = emptied;
      new MutationObserver((records) => {
        for (const r of records) {
          const chart = r.target as HTMLElement;
          if (!chart.classList.contains("chart--pending")) continue;
          const box = chart.getBoundingClientRect();
          if (box.bottom > 0 && box.top < innerHeight && box.height > 0) emptied.push(chart.dataset.chart ?? chart.className);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["class"] });
    });
    await page.goto(path);
    await page.waitForTimeout(1000);
    const onScreen = await page.locator(".chart").evaluateAll(
      (charts) =>
        charts.filter((c) => {
          const box = c.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        }).length,
    );
    if (path !== "/") expect(onScreen, "a chart is on the first screen").toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { emptiedCharts: string[] }).emptiedCharts)).toEqual([]);
    // Charts out of sight still grow when their chapter is reached.
    if (path === "/") {
      await expect(page.locator(".chart.chart--pending").first()).toBeAttached();
      await page.evaluate(() => document.getElementById("income")!.scrollIntoView());
      await expect(page.locator("section#income .chart").first()).not.toHaveClass(/chart--pending/);
    }
  });
}

test("a still that fails to load holds no script back", async ({ page }) => {
  await page.route("**/frames/en/square/where.svg", (route) => route.abort());
  await page.goto("/?poverty=1999");
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "run");
  // The story's script is at work: it names the bad address parameter over the map.
  await expect(page.locator("[data-map-notice]")).toBeVisible();
  await expect(page.locator("[data-map-notice]")).toContainText("1999");
});

test("a chart embed, with no still, starts its scripts", async ({ page }) => {
  await page.goto("/embed/chart-deaths/");
  await expect(page.locator("html")).toHaveAttribute("data-scripts", "run");
});

for (const path of ["/embed/study-villages/", "/"]) {
  test(`${path}: a tap on the still map before the page's scripts have started brings the live map`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    // The scripts are held back until the reader has tapped: a slow network, or a quick reader.
    let release: () => void = () => {};
    const tapped = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_astro/*.js", async (route) => {
      await tapped;
      await route.continue();
    });
    await page.goto(path, { waitUntil: "domcontentloaded" });
    const still = page.locator("[data-story-map] .story-map__still");
    await expect(still).toBeVisible();
    await expect(page.locator("html")).not.toHaveAttribute("data-scripts", "run");
    await still.click();
    release();
    await expect(page.locator("html")).toHaveAttribute("data-reader-acted", "");
    await expect(page.locator("html")).toHaveAttribute("data-scripts", "run");
    await expect(page.locator("[data-story-map]")).toHaveAttribute("data-map-state", "ready", { timeout: 60_000 });
  });
}

test("the chapters below the first screen are laid out once the page scrolls, not before", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const skipped = page.locator("[data-lazy-layout]");
  const total = await skipped.count();
  expect(total, "pieces of the story skipped at first").toBeGreaterThan(13);
  await page.waitForTimeout(1500);
  await expect(skipped, "nothing is laid out at load").toHaveCount(total);
  await page.mouse.move(200, 300);
  await page.waitForTimeout(500);
  await expect(skipped, "nor on a pointer's move (which starts the live map)").toHaveCount(total);
  await page.mouse.wheel(0, 300);
  await expect(skipped).toHaveCount(0, { timeout: 10_000 });
});
