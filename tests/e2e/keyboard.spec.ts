/**
 * The story by keyboard alone, on a phone, a desktop and at 400 % zoom (1280×800 at 400 % is a
 * 320×200 CSS-pixel screen): every control Tab or Shift+Tab reaches is visible where it is (not
 * under the sticky map or a fixed button) and the map shows the chapter the focus is in. Then
 * explore mode from a late chapter and back, and the Indonesian map's control names.
 */
import { expect, test } from "./support/test.ts";
import { expectStoryLaidOut, storyMap, wakeMap } from "./support/story.ts";
import { summary, tabWalk } from "./support/tab-walk.ts";

test.use({ reducedMotion: "reduce" });

const SCREENS = {
  "320×640": { width: 320, height: 640 },
  "1280×800": { width: 1280, height: 800 },
  "400 % zoom": { width: 320, height: 200 },
} as const;

for (const [prefix, locale] of [
  ["", "en"],
  ["/id", "id"],
] as const) {
  for (const [name, viewport] of Object.entries(SCREENS)) {
    // Both languages at the phone size; the other sizes in English (the layout is the same).
    if (locale === "id" && name !== "320×640") continue;
    test(`Tab and Shift+Tab walk at ${name} (${locale}): focus never hidden, the map follows it`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ viewport, reducedMotion: "reduce" });
      const page = await context.newPage();
      await page.goto(`${prefix}/`);
      await wakeMap(page);
      // At 400 % zoom the map is not near the first screen: it starts on the way.
      if (viewport.height > 300) await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
      await expectStoryLaidOut(page);
      const forward = await tabWalk(page, "Tab");
      // From the end of the page back to its start.
      await page.evaluate(() => {
        const footer = document.querySelector<HTMLElement>(".story-footer")!;
        footer.tabIndex = -1;
        footer.focus();
      });
      const backward = await tabWalk(page, "Shift+Tab");
      console.log(`${locale} ${name}: Tab ${summary(forward)}; Shift+Tab ${summary(backward)}`);
      expect(forward.stops.length, "the walk reaches the chapters' controls").toBeGreaterThan(20);
      for (const walk of [forward, backward]) {
        expect(walk.hidden.map((s) => `${s.what} in ${s.chapter} under ${s.coveredBy}`)).toEqual([]);
        expect(walk.mismatched.map((s) => `${s.what}: focus in ${s.chapter}, map on ${s.mapChapter}`)).toEqual([]);
      }
      await context.close();
    });
  }
}

test("the skip link, once focused, stays on screen while the page moves under it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  // As when a chapter above grows and scroll anchoring moves the page, or a wheel turns.
  await page.evaluate(() => window.scrollTo({ top: 600, behavior: "instant" }));
  await expect(skip).toBeInViewport({ ratio: 1 });
});

test("explore the map from a late chapter by keyboard, and back to the same chapter", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/#soe");
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  const soe = page.locator("section.chapter#soe");
  await soe.locator(".chapter__anchor").focus();
  // The map controls are a few Tabs from the chapter's heading.
  let reached = false;
  for (let k = 0; k < 6 && !reached; k++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.hasAttribute("data-explore-chapter") ?? false);
  }
  expect(reached, "Explore the map within 6 Tabs of the chapter's heading").toBe(true);
  await page.keyboard.press("Enter");
  await expect(storyMap(page)).toHaveClass(/is-exploring/);
  await expect(storyMap(page).locator("canvas")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(storyMap(page)).not.toHaveClass(/is-exploring/);
  await expect(soe.locator("[data-explore-chapter]")).toBeFocused();
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "soe");
  // The next Tab stays in the chapter, not back at the first one.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("section.chapter")?.id)).toBe("soe");
  await expect(page).toHaveURL(/#soe$/);
  // The language link keeps the chapter.
  await expect(page.locator("[data-language-switch]")).toHaveAttribute("href", /#soe$/);
  await expect(soe.locator("[data-chapter-language]")).toHaveAttribute("href", /\/id\/#soe$/);
});

test("outside explore mode the map's canvas is no Tab stop; the Indonesian map names its controls in Indonesian", async ({ page }) => {
  await page.goto("/id/#soe");
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  const canvas = storyMap(page).locator("canvas.maplibregl-canvas");
  await expect(canvas).toHaveAttribute("tabindex", "-1");
  await expect(canvas).toHaveAttribute("aria-label", "Peta");
  await expect(storyMap(page).locator(".maplibregl-ctrl-attrib-button")).toHaveAttribute("aria-label", /atribusi/i);
  await storyMap(page).locator("[data-explore]").click();
  await expect(canvas).toHaveAttribute("tabindex", "0");
  await expect(storyMap(page).locator(".maplibregl-ctrl-zoom-in")).toHaveAttribute("aria-label", "Perbesar");
  await expect(storyMap(page).locator(".maplibregl-ctrl-zoom-out")).toHaveAttribute("aria-label", "Perkecil");
});

test("the chapter navigation holds the list of chapters", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Chapters" });
  await expect(nav.locator("a")).toHaveCount(await page.locator("section.chapter").count());
});

test("the map's credits start folded and open on request", async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto("/#poverty");
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  const credits = storyMap(page).locator(".maplibregl-ctrl-attrib");
  await page.waitForTimeout(1000); // MapLibre unfolds them again as its sources load
  await expect(credits).not.toHaveAttribute("open", /.*/);
  await expect(credits.locator(".maplibregl-ctrl-attrib-inner")).toBeHidden();
  await credits.locator(".maplibregl-ctrl-attrib-button").click();
  await expect(credits.locator(".maplibregl-ctrl-attrib-inner")).toBeVisible();
});

test("embed actions are named by what they embed, in the reader's language", async ({ page }) => {
  for (const [path, map, chart] of [
    ["/", "Embed the map", "Embed the chart"],
    ["/id/", "Sematkan peta", "Sematkan grafik"],
  ] as const) {
    await page.goto(path);
    const names = await page.locator("[data-embed-open]").evaluateAll((buttons) => buttons.map((b) => b.textContent!.trim()));
    expect(names.length).toBeGreaterThan(4);
    // On screen a short action ("Embed the chart", numbered where a chapter has two); to a screen reader, with its title.
    for (const name of names) expect(name, "a title, not a slug").toMatch(new RegExp(`^(${map}|${chart}(?: \\d)?) “[^”]{8,}”$`));
    expect(new Set(names).size, "no two actions share a name").toBe(names.length);
  }
});
