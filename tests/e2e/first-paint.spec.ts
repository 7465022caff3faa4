/**
 * The first screen comes before any script (src/lib/boot-script.ts): on the stories, a share page
 * and a map embed, the first still map is drawn, as the page's largest paint, before the page asks
 * for its first script; the scripts then run. A still that fails to load holds nothing up.
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
    const still = paints.find((p) => /\/frames\/(en|id)\/[a-z-]+\.svg$/.test(p.url));
    expect(still, `the still map is among the largest paints (${JSON.stringify(paints)})`).toBeDefined();
    expect(scripts.length, "the page's scripts were fetched").toBeGreaterThan(0);
    const firstScript = scripts.reduce((a, b) => (b.start < a.start ? b : a));
    expect(firstScript.start, `${firstScript.name} asked for before the still was drawn`).toBeGreaterThan(still!.time);
    await expect(page.locator("html")).toHaveAttribute("data-scripts", "run");
  });
}

test("a still that fails to load holds no script back", async ({ page }) => {
  await page.route("**/frames/en/where.svg", (route) => route.abort());
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
