/** Both editions: right language tags, alternates, and a switch that keeps the reader's chapter and map state. */
import { expect, test } from "./support/test.ts";
import { storyMap, wakeMap } from "./support/story.ts";

test.use({ reducedMotion: "reduce" });

test("each edition declares its language and links the other", async ({ page }) => {
  for (const [path, lang, other] of [
    ["/", "en", "id"],
    ["/id/", "id", "en"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveCount(1);
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
    await expect(page.locator("[data-language-switch]")).toHaveAttribute("hreflang", other);
  }
  await page.goto("/id/");
  await expect(page).toHaveTitle("Mengapa mereka pergi tanpa dokumen");
});

test("switching language mid-story lands on the same chapter, with the same poverty year", async ({ page }) => {
  await page.goto("/#poverty");
  await wakeMap(page);
  const map = storyMap(page);
  await expect(map).toHaveAttribute("data-map-state", "ready");
  await page.locator('section.chapter#poverty .year-switch [data-poverty-year="2021"]').click();
  await expect(page).toHaveURL(/\?poverty=2021#poverty$/);
  // The chapter's own link (the header's is at the top of the page, before the first chapter).
  await page.locator("section.chapter#poverty [data-chapter-language]").click();
  await expect(page).toHaveURL(/\/id\/\?poverty=2021#poverty$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "poverty");
  await expect(storyMap(page)).toHaveAttribute("data-poverty-year", "2021");
  await expect(page.locator("section.chapter#poverty .chapter__title")).toBeInViewport();
  await expect(page.locator('section.chapter#poverty .year-switch [data-poverty-year="2021"]')).toHaveAttribute("aria-pressed", "true");
});

test("a bad URL parameter is reported in words and never rendered as markup", async ({ page }) => {
  const messages: string[] = [];
  page.on("console", (m) => messages.push(m.text()));
  await page.goto(`/?poverty=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}#poverty`);
  const notice = storyMap(page).locator("[data-map-notice]");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("is not one of 2021, 2024; showing 2024");
  await expect(notice.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(storyMap(page)).toHaveAttribute("data-poverty-year", "2024");
  expect(messages.some((m) => m.includes("poverty="))).toBe(true);
});

test("the Indonesian edition reports a bad parameter in Indonesian", async ({ page }) => {
  await page.goto("/id/?poverty=1999#poverty");
  await expect(page.locator("[data-map-notice]")).toContainText('poverty="1999" bukan salah satu dari 2021, 2024; ditampilkan 2024');
  await page.goto("/id/embed/chart-ktp/?interactive=kadang");
  await expect(page.locator("[data-embed-notice]")).toContainText('interactive="kadang" bukan salah satu dari 0, 1');
});
