/**
 * A live map that cannot start (here: its layers do not arrive) says so where the map
 * is, in the page's language, and the story stays readable with its still maps.
 */
import { expect, test } from "./support/test.ts";

// The page's own requests only, so that the route below sees them (no service worker between).
test.use({ serviceWorkers: "block" });

for (const [path, words] of [
  ["/", "The interactive map could not start here, so a still map is shown for each chapter."],
  ["/id/", "Peta interaktif tidak dapat dimulai di sini, jadi setiap bagian menampilkan peta diam."],
] as const) {
  test(`${path}: a live map that fails tells the reader in place and the story reads on`, async ({ page }) => {
    await page.route(/\/geo\/.*\.topo\.json/, (route) => route.abort());
    page.on("console", () => {});
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    const chapter = page.locator(".chapter").nth(1);
    await chapter.scrollIntoViewIfNeeded();
    // The reader asks for the live map in a chapter; it fails.
    await chapter.locator("[data-explore-chapter]").click();
    const map = page.locator("[data-story-map]");
    await expect(map).toHaveAttribute("data-map-state", "error", { timeout: 60_000 });
    // The map says so (on a phone, in the strip under it) …
    await expect(map.locator("[data-map-notice]")).toContainText(words);
    await expect(map.locator("[data-map-notice]")).toBeVisible();
    // … and so does the place where the reader pressed "Explore the map", with the focus there.
    await expect(chapter.locator("[data-explore-chapter]")).toBeHidden();
    await expect(chapter.locator("[data-map-unavailable]")).toHaveText(words);
    await expect(chapter.locator("[data-map-unavailable]")).toBeFocused();
    // No other chapter grows under the reader.
    await expect(page.locator("[data-map-unavailable]")).toHaveCount(1);
    await expect(map.locator(".story-map__still")).toBeVisible();
    await expect(chapter.locator("h2")).toBeVisible();
    await chapter.locator(".chapter__tools").screenshot({ path: test.info().outputPath(`map-failed-${path === "/" ? "en" : "id"}.png`) });
  });
}
