/**
 * Readers without JavaScript or without WebGL get the whole story: every chapter's text, still map
 * (loaded and drawn), legend, map description, charts with their bars, and sources.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { LOCALE_PATHS } from "./support/story.ts";

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

// Without WebGL, chapter by chapter at 320 to 1280 px in both languages: story-phone.spec.ts.
