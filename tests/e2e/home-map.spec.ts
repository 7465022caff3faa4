import { chromium, expect, test } from "@playwright/test";
import { chromiumLaunchOptions } from "./support/chromium.ts";
import { MAP_COLOURS } from "../../src/lib/palette.ts";
import studyArea from "../../data/study-area.json" with { type: "json" };
import { recordForeignRequests } from "./support/network.ts";
import { colourDistance, hexToRgb, pixelsAt } from "./support/pixels.ts";

test.describe("home page map", () => {
  test("draws the six study villages from the real boundaries, requesting nothing off the site", async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!);
    const mapCode: string[] = [];
    page.on("request", (r) => {
      if (/maplibre|live-map/.test(r.url())) mapCode.push(r.url());
    });
    await page.goto("/");
    const map = page.locator("[data-story-map]");
    await expect(map).toHaveAttribute("data-map-state", "ready");
    expect(mapCode.length, "MapLibre is loaded on demand").toBeGreaterThan(0);
    await expect(map.locator("canvas.maplibregl-canvas")).toBeVisible();
    await expect(map.locator(".static-map")).toBeHidden();

    const markers = map.locator(".map-label--study");
    await expect(markers).toHaveCount(studyArea.villages.length);
    const names = await markers.locator(".map-label__text").allTextContents();
    expect(names.sort()).toEqual(studyArea.villages.map((v) => v.paperName).sort());

    // The label points lie inside each village: read the map's colour under each one.
    const frame = map.locator(".story-map__frame");
    await frame.scrollIntoViewIfNeeded();
    const anchors = await map.locator(".map-label").evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { code: (el as HTMLElement).dataset.code!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    );
    await page.addStyleTag({ content: ".maplibregl-marker { visibility: hidden !important; }" });
    const colours = await pixelsAt(frame, anchors);
    const study = hexToRgb(MAP_COLOURS.studyVillageFill);
    const other = hexToRgb(MAP_COLOURS.villageFill);
    anchors.forEach((a, k) => {
      const isStudy = studyArea.villages.some((v) => v.code === a.code);
      const expected = isStudy ? study : other;
      expect(colourDistance(colours[k]!, expected), `${a.code} at (${a.x}, ${a.y}) is ${colours[k]}`).toBeLessThan(40);
    });
    expect(anchors.some((a) => a.code === studyArea.civilRegistry.code), "Soe, a non-study village, is a control").toBe(true);
    expect(foreign).toEqual([]);
  });

  test("shows the static map, not a blank box, in a browser without WebGL", async ({ baseURL }) => {
    const browser = await chromium.launch(chromiumLaunchOptions(["--disable-webgl"]));
    try {
      const page = await browser.newPage();
      await page.goto(baseURL!);
      const map = page.locator("[data-story-map]");
      await expect(map).toHaveAttribute("data-map-state", "no-webgl");
      await expect(map.locator(".static-map")).toBeVisible();
      await expect(map.locator(".static-map g.study-village path")).toHaveCount(studyArea.villages.length);
    } finally {
      await browser.close();
    }
  });
});
