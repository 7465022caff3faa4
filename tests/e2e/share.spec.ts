/** Share pages: a preview card per chapter and language, an image that exists at 1200×630, and a link that opens the story at the chapter. */
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { storyMap, storySteps } from "./support/story.ts";

test.use({ reducedMotion: "reduce" });

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const [locale, prefix] of [
  ["en", ""],
  ["id", "/id"],
] as const) {
  test(`every chapter has a share page with its card (${locale})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.goto(`${prefix}/`);
    const steps = await storySteps(page);
    // Every chapter of the page, read from the page itself: none may go without its share page.
    expect(steps.map((s) => s.slug)).toEqual(await page.locator("section.chapter").evaluateAll((els) => els.map((e) => e.id)));
    expect(steps.length).toBeGreaterThanOrEqual(18);
    for (const step of steps) {
      const response = await request.get(`${prefix}/share/${step.slug}/`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(html)?.[1];
      expect(meta("og:title"), step.slug).toBeTruthy();
      expect(meta("og:description")).toBeTruthy();
      expect(meta("twitter:card")).toBe("summary_large_image");
      expect(meta("og:image:width")).toBe("1200");
      const image = meta("og:image")!;
      expect(image).toMatch(new RegExp(`/og/${locale}/${step.slug}\\.png$`));
      const png = await request.get(new URL(image).pathname);
      expect(png.status()).toBe(200);
      const bytes = await png.body();
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.length).toBeLessThan(150 * 1024);
    }
  });
}

test("opening a share link lands in the story at that chapter, in one page load, with that chapter's map first", async ({ page }) => {
  const documents: string[] = [];
  const frames: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (r.resourceType() === "document") documents.push(path);
    if (path.startsWith("/frames/")) frames.push(path);
  });
  await page.goto("/share/oko-mama/");
  await expect(page).toHaveURL(/\/#oko-mama$/);
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "oko-mama");
  await expect(page.locator("section.chapter#oko-mama .chapter__title")).toBeInViewport();
  // No redirect (a round trip on a slow network), and no other chapter's map fetched first.
  expect(documents).toEqual(["/share/oko-mama/"]);
  expect(frames).toEqual(["/frames/en/square/oko-mama.svg"]);
  await page.goto("/id/share/ktp/?poverty=2021");
  await expect(page).toHaveURL(/\/id\/\?poverty=2021#ktp$/);
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "ktp");
  await expect(storyMap(page)).toHaveAttribute("data-poverty-year", "2021");
});

test("without JavaScript a share link still lands on its chapter", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/share/soe/");
  await expect(page).toHaveURL(/\/#soe$/);
  await expect(page.locator("section.chapter#soe .chapter__title")).toBeInViewport();
  await context.close();
});

test("the share action copies the chapter's share link where there is no share sheet", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => Object.defineProperty(navigator, "share", { value: undefined }));
  await page.goto("/#poverty");
  await page.locator("section#poverty [data-share]").click();
  await expect(page.locator("section#poverty [data-share-status]")).toContainText("/share/poverty/");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/share\/poverty\/$/);
});

/** Layout shifts not caused by the reader, summed as Chrome's CLS counts them, on each page the context opens. */
async function watchLayoutShifts(context: BrowserContext): Promise<(page: Page) => Promise<number>> {
  await context.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.layoutShift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  return (page) => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

for (const [width, height] of [
  [1280, 800],
  [375, 700],
] as const) {
  test(`nothing on the first screen moves as the page finishes loading, at ${width} px (story, share pages)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const shifted = await watchLayoutShifts(context);
    // Each page in its own tab, watched side by side for the same window after its scripts have run.
    const paths = ["/", "/share/ktp/", "/id/share/oko-mama/"];
    const pages = await Promise.all(
      paths.map(async (path) => {
        const page = await context.newPage();
        await page.goto(path);
        return page;
      }),
    );
    await pages[0]!.waitForTimeout(2500); // the scripts, the opening chapter's caption, the lazy layout
    for (const [k, page] of pages.entries()) {
      // A tab that drew nothing would have nothing to shift: each has painted its first screen.
      expect(await page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length), paths[k]).toBe(1);
      expect(await shifted(page), paths[k]).toBeLessThanOrEqual(0.01);
    }
    await context.close();
  });
}
