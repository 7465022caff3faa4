/**
 * On paper every chapter has its text, still map, legend, charts (bars drawn, data tables open) and
 * sources; a heading never ends a page, a map with its legend and a chart's bars are never cut in
 * two, and no page but the last is left mostly blank. The PDF is Chromium's own (page.pdf), read
 * with poppler's pdftoppm and pdftotext.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { pdfPages } from "./support/pdf-pages.ts";

/** The story as printed, with every still map loaded (they load lazily on screen). */
async function openForPrint(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.emulateMedia({ media: "print" });
  await page.evaluate(async () => {
    for (const img of document.images) img.loading = "eager";
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
  });
}

test("the print layout carries the whole story", async ({ page }) => {
  test.setTimeout(120_000);
  await openForPrint(page, "/");
  await expect(page.locator(".story__map")).toBeHidden();
  const slugs = await page.locator("section.chapter").evaluateAll((els) => els.map((e) => e.id));
  expect(slugs.length).toBeGreaterThan(5);
  let charts = 0;
  for (const slug of slugs) {
    const section = page.locator(`section.chapter#${slug}`);
    const frame = section.locator("img.chapter__frame");
    await expect(frame).toBeVisible();
    await expect.poll(() => frame.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), { message: slug }).toBeGreaterThan(0);
    await expect(section.locator(".legend__entries li").first()).toBeVisible();
    await expect(section.locator(".chapter__sources")).toBeVisible();
    // Every chart on paper: its bars drawn, its axis and its open data table.
    const count = await section.locator(".chart").count();
    charts += count;
    await expect(section.locator(".chart__data table")).toHaveCount(count);
    await expect(section.locator(".chart__axis")).toHaveCount(count);
    for (let k = 0; k < count; k++) {
      const chart = section.locator(".chart").nth(k);
      await expect(chart.locator(".chart__data table")).toBeVisible();
      const widths = await chart.locator(".chart__bar").evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
      expect(widths.length, `${slug}: a chart without bars`).toBeGreaterThan(0);
      for (const w of widths) expect(w, `${slug}: a bar left at zero on paper`).toBeGreaterThan(0);
    }
  }
  expect(charts, "the story's charts").toBeGreaterThan(5);
});

for (const [locale, path] of [
  ["en", "/"],
  ["id", "/id/"],
] as const) {
  test(`on A4 (${locale}), headings keep with their text and no page is left mostly blank`, async ({ page }) => {
    test.setTimeout(120_000);
    await openForPrint(page, path);
    // What may not be cut: a map with its legend, a chart's bars and axis; what must not end a page: headings.
    const rules = await page.evaluate(() => ({
      maps: [...document.querySelectorAll(".chapter__map")].map((e) => getComputedStyle(e).breakInside),
      bars: [...document.querySelectorAll(".chart__rows")].map((e) => getComputedStyle(e).breakInside),
      headings: [...document.querySelectorAll("h2, h3, .chapter__kicker")].map((e) => getComputedStyle(e).breakAfter),
    }));
    expect(new Set([...rules.maps, ...rules.bars])).toEqual(new Set(["avoid"]));
    expect(new Set(rules.headings)).toEqual(new Set(["avoid"]));
    // as set on paper (innerText: the kicker in capitals)
    const headings = await page
      .locator("main h2, main h3, .chapter__kicker")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, " ").trim()).filter((t) => t.length > 0));
    expect(headings.length).toBeGreaterThan(10);

    const pages = pdfPages(await page.pdf({ format: "A4" }));
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages.slice(0, -1)) {
      expect(
        p.filledTo,
        `page ${p.number} of ${pages.length} is ${Math.round(100 * (1 - p.filledTo))} % blank at the bottom`,
      ).toBeGreaterThan(0.65);
      // the page's last line, or last two (a heading set on two lines), is a heading
      const squash = (lines: string[]) => lines.join(" ").replace(/\s+/g, " ");
      const stranded = headings.find((h) => squash(p.lines.slice(-1)) === h || squash(p.lines.slice(-2)) === h);
      expect(stranded, `page ${p.number} ends with the heading "${stranded}"`).toBeUndefined();
    }
  });
}
