/**
 * The chapters' social cards: a square (1080×1080) and a tall (1080×1920) PNG per chapter and
 * language in dist/, and a "Download image" link to each in every chapter, working without
 * JavaScript, that saves the card.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test.ts";

const dist = path.resolve("dist");
const EDITIONS = { en: "/", id: "/id/" } as const;
const SIZES = { square: [1080, 1080], story: [1080, 1920] } as const;

function pngSize(file: string): number[] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8), `${file} is not a PNG`).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("every chapter has both cards in both languages, at their sizes", () => {
  for (const locale of Object.keys(EDITIONS)) {
    // One still frame per chapter (the folders beside them hold the frames of other poverty years).
    const chapters = readdirSync(path.join(dist, "frames", locale))
      .filter((f) => f.endsWith(".svg"))
      .map((f) => f.replace(/\.svg$/, ""));
    expect(chapters.length).toBeGreaterThan(10);
    for (const slug of chapters) {
      for (const [format, size] of Object.entries(SIZES)) {
        expect(pngSize(path.join(dist, "cards", locale, `${slug}-${format}.png`)), `${locale}/${slug}-${format}`).toEqual(size);
      }
    }
  }
});

for (const [locale, prefix] of Object.entries(EDITIONS)) {
  test.describe(`${locale}, without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test(`each chapter's "Download image" links save its cards`, async ({ page }) => {
      await page.goto(prefix);
      const chapters = page.locator("section.chapter");
      const count = await chapters.count();
      for (let k = 0; k < count; k++) {
        const slug = await chapters.nth(k).getAttribute("id");
        const links = chapters.nth(k).locator("[data-card-links] a[download]");
        await expect(links).toHaveCount(2);
        await expect(links.first()).toBeVisible();
        expect(await links.first().getAttribute("href")).toBe(`/cards/${locale}/${slug}-square.png`);
        expect(await links.last().getAttribute("href")).toBe(`/cards/${locale}/${slug}-story.png`);
      }
      // A click saves the file (the download attribute names it).
      const [download] = await Promise.all([page.waitForEvent("download"), chapters.locator("[data-card-links] a").nth(13).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^tts-migration-${locale}-[a-z-]+-story\\.png$`));
      expect(pngSize((await download.path())!)).toEqual([1080, 1920]);
    });
  });
}
