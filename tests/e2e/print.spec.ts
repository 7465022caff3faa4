/** On paper every chapter has its text, still map, legend, charts (bars drawn, data tables open) and sources. */
import { expect, test } from "@playwright/test";

test("the print layout carries the whole story", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".story__map")).toBeHidden();
  const slugs = await page.locator("section.chapter").evaluateAll((els) => els.map((e) => e.id));
  for (const slug of slugs) {
    const section = page.locator(`section.chapter#${slug}`);
    const frame = section.locator("img.chapter__frame");
    await frame.scrollIntoViewIfNeeded();
    await expect(frame).toBeVisible();
    await expect.poll(() => frame.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    await expect(section.locator(".legend__entries li").first()).toBeVisible();
    await expect(section.locator(".chapter__sources")).toBeVisible();
    for (const table of await section.locator(".chart__data table").all()) await expect(table).toBeVisible();
    for (const bar of await section.locator(".chart__bar").all()) expect(Number(await bar.getAttribute("width"))).toBeGreaterThan(0);
  }
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(50_000);
});
