/**
 * The story as most of its readers hold it, on a phone: each chapter opens with its words, not
 * with apparatus; the long map description waits behind "Describe this map". And without WebGL,
 * at 320 to 1280 px in both languages: the reader's first gesture brings the notice of a map that
 * stays still; chapter by chapter the sticky map shows the chapter's still (drawn, whole, in one
 * square box), its description and a compact key that fits under it, the charts' bars are drawn,
 * and nothing fixed (the sticky map) lies over the text.
 */
import type { Page } from "@playwright/test";
import { expect, OFTEN, test, twoFrames } from "./support/test.ts";
import { readChapters } from "./support/chapter-words.ts";
import { LOCALE_PATHS, expectStoryLaidOut, storyMap, storySteps } from "./support/story.ts";
import { coveredByFixed, textBlocks, type TextBlock } from "./support/text-boxes.ts";

const PHONE = { width: 375, height: 812 };

for (const [locale, path] of Object.entries(LOCALE_PATHS)) {
  test(`on a phone each chapter opens with its own words (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(path);
    await expectStoryLaidOut(page);
    const chapters = await readChapters(page);
    // Every chapter of the story, read from the page's own steps: none left unmeasured.
    expect(chapters.map((c) => c.slug)).toEqual((await storySteps(page)).map((s) => s.slug));
    for (const c of chapters) {
      expect.soft(c.gap, `${c.slug}: px between its heading and its first sentence`).toBeLessThanOrEqual(200);
      expect.soft(c.wordsBetween.length, `${c.slug}: words before its first sentence: ${c.wordsBetween.join(" ")}`).toBeLessThanOrEqual(20);
    }
    const own = chapters.reduce((n, c) => n + c.ownWords, 0);
    const all = chapters.reduce((n, c) => n + c.allWords, 0);
    expect(own / all, `the chapters' own sentences: ${own} of the ${all} words a phone reader sees`).toBeGreaterThanOrEqual(0.7);
    // The description is there for whoever asks, closed until then.
    const describe = page.locator("section.chapter#ktp .chapter__describe");
    await expect(describe.locator("[data-map-description]")).toBeHidden();
    await describe.locator("summary").click();
    await expect(describe.locator("[data-map-description]")).toBeVisible();
    await context.close();
  });
}

interface MapBox {
  frame: string;
  /** the share of the still frame's own area drawn inside its box (1: whole) */
  visible: number;
  box: { width: number; height: number };
  /** px of key hidden below the strip under the map */
  keyOverflow: number;
}

async function readMapBox(page: Page): Promise<MapBox> {
  return page.evaluate(() => {
    const map = document.querySelector("[data-story-map]")!;
    const img = map.querySelector<HTMLImageElement>(".story-map__still")!;
    const box = img.getBoundingClientRect();
    const aspect = img.naturalWidth / img.naturalHeight;
    const fit = getComputedStyle(img).objectFit;
    // cover scales the frame to fill the box and cuts what spills over; contain shows it whole
    const scale = fit === "cover" ? Math.max(box.width / aspect, box.height) : Math.min(box.width / aspect, box.height);
    const [shownW, shownH] = [scale * aspect, scale];
    const visible = (Math.min(shownW, box.width) * Math.min(shownH, box.height)) / (shownW * shownH);
    const panel = map.querySelector(".story-map__panel")!;
    return {
      frame: new URL(img.currentSrc || img.src).pathname,
      visible,
      box: { width: Math.round(box.width), height: Math.round(box.height) },
      keyOverflow: panel.scrollHeight - panel.clientHeight,
    };
  });
}

const WALKS = [
  [320, 568],
  [375, 812],
  [640, 900],
  [1280, 800],
] as const;

const described = (b: TextBlock): string => `${b.where} "${b.text.slice(0, 50)}"`;

for (const locale of ["en", "id"] as const) {
  for (const [width, height] of WALKS) {
    test(`without WebGL at ${width} px, chapter by chapter: the still whole in one box with its key and description, the bars drawn, nothing fixed over the text (${locale})`, async ({
      baseURL,
      browserWithoutWebgl,
    }) => {
      test.setTimeout(120_000);
      const context = await browserWithoutWebgl.newContext({
        viewport: { width, height },
        isMobile: width < 700,
        hasTouch: width < 700,
        baseURL: baseURL!,
      });
      try {
        const page = await context.newPage();
        await page.goto(LOCALE_PATHS[locale]);
        await page.evaluate(() => document.fonts.ready);
        await expectStoryLaidOut(page);
        const map = storyMap(page);
        // WebGL is tried only when the live map would start, at the reader's first gesture; until
        // then (and for good here) the still map stands in, and the notice says why it stays still.
        await expect(map).toHaveAttribute("data-map-state", "static");
        await page.mouse.move(width / 2, 300);
        await expect(map).toHaveAttribute("data-map-state", "no-webgl");
        await expect(map.locator("[data-map-notice]")).toBeVisible();
        await expect(map.locator("[data-explore]")).toBeHidden();
        const slugs = await page.locator("section.chapter").evaluateAll((els) => els.map((e) => e.id));
        expect(slugs).toEqual((await storySteps(page)).map((s) => s.slug));
        const sizes = new Set<string>();
        const covered = new Set<string>();
        for (const slug of slugs) {
          await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ behavior: "instant" }), slug);
          await expect(map).toHaveAttribute("data-active-chapter", slug);
          await expect(map.locator(".story-map__still")).toHaveAttribute("src", new RegExp(`/frames/${locale}/square/${slug}\\.svg$`));
          await expect
            .poll(
              () =>
                map
                  .locator(".story-map__still")
                  .evaluate((i) => ((i as HTMLImageElement).complete ? (i as HTMLImageElement).naturalWidth : 0)),
              { intervals: OFTEN },
            )
            .toBeGreaterThan(0);
          await expect(map.locator("[data-map-panel-description]")).toHaveText(
            (await page.locator(`section.chapter#${slug} [data-map-description]`).textContent()) ?? "",
          );
          for (const bar of await page.locator(`section.chapter#${slug} .chart__bar`).all())
            await expect
              .poll(async () => Number(await bar.getAttribute("width")), { message: `a bar in ${slug} is drawn`, intervals: OFTEN })
              .toBeGreaterThan(0);
          const m = await readMapBox(page);
          expect(m.visible, `${slug}: share of ${m.frame} shown in its ${m.box.width}×${m.box.height} box`).toBeGreaterThanOrEqual(0.95);
          // The notice of no WebGL sits in the strip too; the key alone must fit when the map is live.
          await map.locator("[data-map-notice]").evaluate((n) => ((n as HTMLElement).hidden = true));
          expect((await readMapBox(page)).keyOverflow, `${slug}: the key overflows its strip`).toBeLessThanOrEqual(1);
          sizes.add(`${m.box.width}×${m.box.height}`);
          // The reader mid-chapter: its first paragraph in the middle of the screen, and the frame after.
          await page
            .locator(`section.chapter#${slug} .chapter__body p`)
            .first()
            .evaluate((p) => p.scrollIntoView({ block: "center" }));
          await twoFrames(page);
          const blocks = await textBlocks(page, { exclude: [".story-map__frame"], onScreen: true });
          for (const [fixed, under] of coveredByFixed(blocks)) covered.add(`${slug}: ${described(fixed)} lies over ${described(under)}`);
        }
        expect([...sizes], "the map's box from chapter to chapter").toHaveLength(1);
        expect([...covered], "fixed things over the text").toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
}

test("the KTP map shows NTT and TTS, and gives Indonesia's share as a figure, painted nowhere", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/#ktp");
  const key = storyMap(page).locator("[data-map-legend]");
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "ktp");
  await expect(key.locator('[data-legend-entry="ktp-indonesia"]')).toContainText("96");
  await expect(key.locator('[data-legend-entry="ktp-indonesia"] .swatch')).toHaveCount(0);
  await expect(key.locator('[data-legend-entry="ktp-tts"] .swatch')).toHaveCount(1);
  // Close-ups list no border they do not draw.
  await page.goto("/#oko-mama");
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "oko-mama");
  await expect(key.locator("[data-legend-entry]")).not.toHaveCount(0);
  await expect(key.locator('[data-legend-entry="province"]')).toHaveCount(0);
});
