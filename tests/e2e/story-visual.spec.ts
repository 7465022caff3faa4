/**
 * What a person sees of the story (`/`, `/id/`) at 320, 375, 640 and 1280 px: every text visible
 * at 1280 px is visible at the narrower widths, none runs out at the sides, no two blocks of text
 * overlap or touch without space, no two elements' words run together (an axis read "0%20%40%").
 * Elsewhere: nothing fixed over the text, chapter by chapter (story-phone.spec.ts); each chart
 * embed's axis labels (embeds.spec.ts); the live map's own labels (map-pixels.spec.ts).
 */
import type { Page } from "@playwright/test";
import { expect, OFTEN, test } from "./support/test.ts";
import { crowdedPairs, missingTexts, textBlocks, type TextBlock } from "./support/text-boxes.ts";

const WIDTHS = [1280, 640, 375, 320] as const;
const HEIGHT = { 1280: 800, 640: 900, 375: 812, 320: 640 } as const;
const NOT_CHECKED = [".story-map__frame"];

const describe = (b: TextBlock): string => `${b.where} "${b.text.slice(0, 50)}"`;

async function open(page: Page, path: string, width: (typeof WIDTHS)[number]): Promise<void> {
  await page.setViewportSize({ width, height: HEIGHT[width] });
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  // Off-screen chapters are laid out in idle moments once the page scrolls; until then their boxes are placeholders.
  await page.evaluate(() => window.scrollBy(0, 1));
  await expect.poll(() => page.locator("[data-lazy-layout]").count(), { message: "every chapter laid out", intervals: OFTEN }).toBe(0);
}

for (const [locale, path] of [
  ["en", "/"],
  ["id", "/id/"],
] as const) {
  test(`the story (${locale}) shows all its text, uncrowded, at every width`, async ({ page }) => {
    test.setTimeout(180_000);
    let wide: TextBlock[] = [];
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await open(page, path, width);
      const blocks = await textBlocks(page, { exclude: NOT_CHECKED });
      expect(blocks.length, `${width} px: text blocks`).toBeGreaterThan(100);
      if (width === 1280) wide = blocks;
      else
        for (const text of missingTexts(wide, blocks)) problems.push(`${width} px: "${text.slice(0, 80)}" is visible at 1280 px, not here`);
      for (const b of blocks.filter((b) => b.cutOff)) problems.push(`${width} px: ${describe(b)} runs out at the side`);
      for (const b of blocks.filter((b) => b.runTogether.length))
        problems.push(`${width} px: ${describe(b)} runs words together: ${b.runTogether.join(", ")}`);
      for (const [a, b, gap] of crowdedPairs(blocks))
        problems.push(`${width} px: ${describe(a)} and ${describe(b)} ${gap < 0 ? "overlap" : "touch"} (${gap.toFixed(1)} px)`);
    }
    expect(problems).toEqual([]);
  });
}
