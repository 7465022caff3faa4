/**
 * The poverty-year switch, one control for the story and the embeds: a tap on a phone, Enter on a
 * desktop, a click in an embed each move every piece together: the pressed button, the live map's
 * colours, the still frame (before the live map draws), the legend's title and the address.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { expectStoryLaidOut, storyMap, wakeMap } from "./support/story.ts";

const TITLE_2021 = { en: "Share of people below the poverty line, March 2021", id: "Persentase penduduk miskin, Maret 2021" };
/** The story's compact key under the sticky map names the scale briefly. */
const KEY_TITLE_2021 = { en: "Below the poverty line, 2021", id: "Penduduk miskin, 2021" };

/** The year the live map's canvas is coloured by (set where the map's paint changes). */
async function livePovertyYear(page: Page): Promise<string | null> {
  return storyMap(page).getAttribute("data-live-poverty-year");
}

/** Everything in the story agrees on the year; `title` is the story's key title (the compact one). */
async function expectYear(page: Page, year: 2021 | 2024, title: string): Promise<void> {
  const other = year === 2021 ? 2024 : 2021;
  const section = page.locator("section.chapter#poverty");
  await expect(section.locator(`.year-switch [data-poverty-year="${year}"]`)).toHaveAttribute("aria-pressed", "true");
  await expect(section.locator(`.year-switch [data-poverty-year="${other}"]`)).toHaveAttribute("aria-pressed", "false");
  await expect(storyMap(page).locator("[data-poverty-title]")).toHaveText(title);
  await expect(section.locator("[data-poverty-title]")).toHaveText(title);
  await expect(page).toHaveURL(year === 2021 ? /\?poverty=2021#poverty$/ : /\/#poverty$/);
}

test("a tap on a phone switches the year everywhere (390 px, touch)", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  await page.goto("/#poverty");
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "poverty");
  const button = page.locator('section.chapter#poverty .year-switch [data-poverty-year="2021"]');
  await expect(button).toBeVisible();
  await button.tap();
  await expectYear(page, 2021, KEY_TITLE_2021.en);
  expect(await livePovertyYear(page)).toBe("2021");
  await page.locator('section.chapter#poverty .year-switch [data-poverty-year="2024"]').tap();
  await expectYear(page, 2024, KEY_TITLE_2021.en.replace("2021", "2024"));
  await context.close();
});

test("Enter on a desktop switches the year everywhere, and the language link keeps it (1280 px)", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/id/#poverty");
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  // The switch is in the chapter, a few Tabs from its heading.
  await page.locator("section.chapter#poverty .chapter__anchor").focus();
  let onYear = false;
  for (let k = 0; k < 6 && !onYear; k++) {
    await page.keyboard.press("Tab");
    onYear = await page.evaluate(() => document.activeElement?.getAttribute("data-poverty-year") === "2021");
  }
  expect(onYear, "the 2021 button within 6 Tabs of the chapter's heading").toBe(true);
  await page.keyboard.press("Enter");
  await expectYear(page, 2021, KEY_TITLE_2021.id);
  expect(await livePovertyYear(page)).toBe("2021");
  await expect(page.locator("[data-language-switch]")).toHaveAttribute("href", /\?poverty=2021#poverty$/);
  await expect(page.locator("section.chapter#poverty [data-chapter-language]")).toHaveAttribute("href", /\?poverty=2021#poverty$/);
});

test("before the live map draws, the still frame follows the year", async ({ page }) => {
  // No WebGL, no live map: the still frames stay.
  await page.addInitScript(() => {
    Object.defineProperty(window, "WebGL2RenderingContext", { value: undefined });
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/#poverty");
  await expectStoryLaidOut(page);
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "poverty");
  const still = storyMap(page).locator(".story-map__still");
  await expect(still).toHaveAttribute("src", /\/frames\/en\/square\/poverty\.svg$/);
  await page.locator('section.chapter#poverty .year-switch [data-poverty-year="2021"]').click();
  await expect(still).toHaveAttribute("src", /\/frames\/en\/square\/2021\/poverty\.svg$/);
  await expectYear(page, 2021, KEY_TITLE_2021.en);
  // The 2021 frame is drawn and differs from 2024's.
  const [a, b] = await Promise.all(
    ["/frames/en/square/2021/poverty.svg", "/frames/en/square/poverty.svg"].map((u) => page.request.get(u).then((r) => r.text())),
  );
  expect(a).not.toBe(b);
});

for (const [prefix, locale] of [
  ["", "en"],
  ["/id", "id"],
] as const) {
  test(`an embed's year switch changes its legend title, still frame, map and address (${locale})`, async ({ page }) => {
    await page.goto(`${prefix}/embed/poverty-map/?childId=t1`);
    const map = storyMap(page);
    const title = map.locator("[data-poverty-title]");
    await expect(title).toHaveText(TITLE_2021[locale].replace("2021", "2024"));
    // Still frame first (the live map not yet drawn), then the live map.
    await map.locator('[data-poverty-year="2021"]').click();
    await expect(title).toHaveText(TITLE_2021[locale]);
    await expect(map.locator('[data-poverty-year="2021"]')).toHaveAttribute("aria-pressed", "true");
    await expect(map.locator('[data-poverty-year="2024"]')).toHaveAttribute("aria-pressed", "false");
    await expect(map.locator(".story-map__still")).toHaveAttribute("src", new RegExp(`/frames/${locale}/2021/poverty\\.svg$`));
    await expect(page).toHaveURL(/\?childId=t1&poverty=2021$/);
    await wakeMap(page);
    await expect(map).toHaveAttribute("data-map-state", "ready");
    // The live map starts on the chosen year.
    await expect(map).toHaveAttribute("data-live-poverty-year", "2021");
    await map.locator('[data-poverty-year="2024"]').click();
    await expect(title).toHaveText(TITLE_2021[locale].replace("2021", "2024"));
    await expect(map).toHaveAttribute("data-live-poverty-year", "2024");
    await expect(page).toHaveURL(/\?childId=t1$/);
    // Opened with the year in its address, it starts on it.
    await page.goto(`${prefix}/embed/poverty-map/?poverty=2021`);
    await expect(title).toHaveText(TITLE_2021[locale]);
  });
}
