/**
 * Readers without JavaScript or without WebGL get the whole story: every chapter's text, still map
 * (loaded and drawn), legend, map description, charts with their bars, and sources.
 */
import { chromium, type Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { chromiumLaunchOptions } from "./support/chromium.ts";
import { LOCALE_PATHS, storyMap } from "./support/story.ts";

async function chapterSlugs(page: Page): Promise<string[]> {
  return page.locator("section.chapter").evaluateAll((els) => els.map((e) => e.id));
}

async function expectFrameDrawn(img: ReturnType<Page["locator"]>): Promise<void> {
  await img.scrollIntoViewIfNeeded();
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
}

for (const [locale, path] of Object.entries(LOCALE_PATHS)) {
  test(`without JavaScript every chapter has its still map, legend, charts and sources (${locale})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator(".story__map")).toBeHidden();
    const slugs = await chapterSlugs(page);
    expect(slugs.length).toBeGreaterThanOrEqual(9);
    for (const slug of slugs) {
      const section = page.locator(`section.chapter#${slug}`);
      await expectFrameDrawn(section.locator("img.chapter__frame"));
      await expect(section.locator(".legend__entries li").first()).toBeVisible();
      await expect(section.locator("[data-map-description]")).not.toBeEmpty();
      await expect(section.locator(".chapter__sources")).toContainText(/\w/);
      for (const bar of await section.locator(".chart__bar").all()) {
        const width = Number(await bar.getAttribute("width"));
        expect(width, `a bar in ${slug} is drawn at full length`).toBeGreaterThan(0);
      }
    }
    await context.close();
  });
}

test("without WebGL the sticky map shows each chapter's still map as the reader scrolls", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const browser = await chromium.launch(chromiumLaunchOptions(["--disable-webgl"]));
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL: baseURL! });
    await page.goto("/");
    const map = storyMap(page);
    // WebGL is tried only when the live map would start, at the reader's first gesture; until then
    // (and for good here) the still map stands in, and the notice says why it stays still.
    await expect(map).toHaveAttribute("data-map-state", "static");
    await expectFrameDrawn(map.locator(".story-map__still"));
    await page.mouse.move(300, 300);
    await expect(map).toHaveAttribute("data-map-state", "no-webgl");
    await expect(map.locator("[data-map-notice]")).toBeVisible();
    await expect(map.locator("[data-explore]")).toBeHidden();
    for (const slug of await chapterSlugs(page)) {
      await page.evaluate((s) => {
        const top = document.getElementById(s)!.getBoundingClientRect().top + window.scrollY;
        window.scrollTo({ top: top - window.innerHeight * 0.35, behavior: "instant" });
      }, slug);
      await expect(map).toHaveAttribute("data-active-chapter", slug);
      const still = map.locator(".story-map__still");
      await expect(still).toHaveAttribute("src", new RegExp(`/frames/en/square/${slug}\\.svg$`));
      await expectFrameDrawn(still);
      await expect(map.locator("[data-map-panel-description]")).toHaveText(
        (await page.locator(`section.chapter#${slug} [data-map-description]`).textContent()) ?? "",
      );
      const bars = page.locator(`section.chapter#${slug} .chart__bar`);
      for (const bar of await bars.all()) await expect.poll(async () => Number(await bar.getAttribute("width"))).toBeGreaterThan(0);
    }
  } finally {
    await browser.close();
  }
});
