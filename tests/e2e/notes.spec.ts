/**
 * Numbered notes: the caveats sit closed under their paragraph, open in place from the marker or
 * the keyboard, work without JavaScript, and are printed open, as footnotes.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";

const firstIncomeNote = (page: Page) => page.locator("section.chapter#income details.note").first();

test("a marker opens its note in place, without leaving the chapter", async ({ page }) => {
  await page.goto("/#income");
  const marker = page.locator("section.chapter#income a[data-note-ref]").first();
  await expect(marker).toHaveAccessibleName("Note 1");
  const note = firstIncomeNote(page);
  const body = note.locator(".note__body");
  await expect(body).toBeHidden();
  // The note follows the paragraph that holds its marker.
  expect(await note.evaluate((d) => d.previousElementSibling?.querySelector("a[data-note-ref]")?.getAttribute("href"))).toBe(
    "#note-income-1",
  );
  await marker.click();
  await expect(body).toBeVisible();
  await expect(note.locator("summary")).toBeFocused();
  await expect(body).toContainText("week");
  // The note stays traced to its row of the disagreements table, without a "see the table" line of its own.
  await expect(note).toHaveAttribute("data-inc", "income.perMonthVsPerWeek");
  await expect(body.locator("a.note__table")).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe("#income");
});

test("a note opens and closes from the keyboard", async ({ page }) => {
  await page.goto("/#income");
  const note = firstIncomeNote(page);
  const summary = note.locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(note).toHaveAttribute("open", "");
  await expect(note.locator(".note__body")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(note).not.toHaveAttribute("open", "");
});

test("the Indonesian edition labels its notes in Indonesian", async ({ page }) => {
  await page.goto("/id/#income");
  await expect(firstIncomeNote(page).locator("summary")).toHaveText("Catatan 1");
  await expect(page.locator("section.chapter#income a[data-note-ref]").first()).toHaveAccessibleName("Catatan 1");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every note is in the page, and its marker opens it", async ({ page }) => {
    await page.goto("/");
    const notes = page.locator("details.note");
    expect(await notes.count()).toBeGreaterThanOrEqual(25);
    const markers = page.locator("a[data-note-ref]");
    await expect(markers).toHaveCount(await notes.count());
    await page.locator("section.chapter#legal-routes a[data-note-ref]").first().click();
    const note = page.locator('details.note[data-note="note-legal-routes-1"]');
    await expect(note).toHaveAttribute("open", "");
    await expect(note.locator(".note__body")).toBeInViewport();
  });
});

test("on paper every note is printed open, as a footnote", async ({ page }) => {
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  const bodies = page.locator("details.note .note__body");
  const count = await bodies.count();
  expect(count).toBeGreaterThanOrEqual(25);
  for (const k of [0, Math.floor(count / 2), count - 1]) {
    await bodies.nth(k).scrollIntoViewIfNeeded();
    await expect(bodies.nth(k)).toBeVisible();
  }
});

for (const width of [320, 375, 640, 1280]) {
  test(`an open note fits a ${width} px screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/#poverty");
    const marker = page.locator("section.chapter#poverty a[data-note-ref]").nth(2);
    await marker.click();
    const body = page.locator("#note-poverty-3");
    await expect(body).toBeVisible();
    const box = (await body.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
