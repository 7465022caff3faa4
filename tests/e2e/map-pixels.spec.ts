/**
 * The live map really draws the data: under each study village's name the canvas shows the study
 * villages' colour, under Soe's it does not; the poverty layer colours TTS by its BPS class; a
 * chapter's highlighted areas are outlined, and the outline goes with the chapter. Its names stand
 * apart, inside the map and clear of its buttons, at every width.
 */
import { expect, OFTEN, test } from "./support/test.ts";
import { KTP_COLOURS, MAP_COLOURS, POVERTY_COLOURS, povertyClass } from "../../src/lib/shared/palette.ts";
import studyArea from "../../data/study-area.json" with { type: "json" };
import { loadRegencyPoverty } from "../../src/facts/index.ts";
import { colourDistance, countPixelsNear, hexToRgb, pixelsAt } from "./support/pixels.ts";
import { expectCameraAt, storyMap, storySteps, wakeMap } from "./support/story.ts";
import { liveNameProblems } from "./support/live-names.ts";
import { EMBED_VIEWS } from "../../src/content/embeds.ts";

test.use({ reducedMotion: "reduce", viewport: { width: 1280, height: 800 } });

test("the study chapter's map draws the six villages from the real boundaries", async ({ page }) => {
  await page.goto("/#study");
  await wakeMap(page);
  const map = storyMap(page);
  await expect(map).toHaveAttribute("data-map-state", "ready");
  const step = (await storySteps(page)).find((s) => s.slug === "study")!;
  await expectCameraAt(page, step);
  const labels = map.locator(".map-label--study, .map-label--town");
  await expect(map.locator(".map-label--study")).toHaveCount(studyArea.villages.length);
  const names = await map.locator(".map-label--study .map-label__text").allTextContents();
  expect(names.sort()).toEqual(studyArea.villages.map((v) => v.paperName).sort());
  const frameBox = (await map.locator(".story-map__frame").boundingBox())!;
  // Names the view leaves outside the frame (Kupang, at this zoom) have nothing under them to read.
  const anchors = (
    await labels.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: (el as HTMLElement).dataset.labelId!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    )
  ).filter((a) => a.x >= frameBox.x && a.x < frameBox.x + frameBox.width && a.y >= frameBox.y && a.y < frameBox.y + frameBox.height);
  expect(anchors.filter((a) => studyArea.villages.some((v) => v.code === a.id))).toHaveLength(studyArea.villages.length);
  await page.addStyleTag({ content: ".maplibregl-marker { visibility: hidden !important; }" });
  const colours = await pixelsAt(map.locator(".story-map__frame"), anchors);
  const study = hexToRgb(MAP_COLOURS.studyVillageFill);
  anchors.forEach((a, k) => {
    const isStudy = studyArea.villages.some((v) => v.code === a.id);
    const d = colourDistance(colours[k]!, study);
    if (isStudy) expect(d, `${a.id} is drawn in ${colours[k]}`).toBeLessThan(40);
    else expect(d, `${a.id} (Soe) must not look like a study village`).toBeGreaterThan(80);
  });
  expect(anchors.some((a) => a.id === studyArea.civilRegistry.code)).toBe(true);
});

test("the poverty layer colours TTS by its BPS poverty class", async ({ page }) => {
  await page.goto("/#poverty");
  await wakeMap(page);
  const map = storyMap(page);
  await expect(map).toHaveAttribute("data-map-state", "ready");
  const step = (await storySteps(page)).find((s) => s.slug === "poverty")!;
  await expectCameraAt(page, step);
  // Soe lies inside TTS: sample the regency fill there once names are hidden.
  const canvas = map.locator("canvas.maplibregl-canvas");
  const soe = await page.evaluate(() => {
    const config = JSON.parse(document.getElementById("story-config")!.textContent!);
    return config.labels.soe.lngLat as [number, number];
  });
  await page.addStyleTag({ content: ".maplibregl-marker { visibility: hidden !important; }" });
  const box = (await canvas.boundingBox())!;
  const camera = JSON.parse((await map.getAttribute("data-camera"))!);
  // Web Mercator: the pixel of Soe relative to the map centre.
  const scale = 512 * 2 ** camera.zoom;
  const mx = (lng: number) => ((lng + 180) / 360) * scale;
  const my = (lat: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)) * scale;
  const point = { x: box.x + box.width / 2 + mx(soe[0]) - mx(camera.lng), y: box.y + box.height / 2 + my(soe[1]) - my(camera.lat) };
  const tts = loadRegencyPoverty().find((r) => r.code === "53.02")!;
  for (const year of [2024, 2021] as const) {
    if (year === 2021) {
      await page.locator('section.chapter#poverty .year-switch [data-poverty-year="2021"]').click();
      await expect(map).toHaveAttribute("data-live-poverty-year", "2021");
      await page.waitForTimeout(500);
    }
    const [colour] = await pixelsAt(map.locator(".story-map__frame"), [point]);
    const expected = hexToRgb(POVERTY_COLOURS[povertyClass(tts.p0[year])]!);
    expect(colourDistance(colour!, expected), `TTS in ${year} (${tts.p0[year]}%) drawn as ${colour}`).toBeLessThan(30);
  }
});

test("a chapter's highlighted areas are outlined, and the outline leaves with the chapter", async ({ page }) => {
  await page.goto("/#study");
  await wakeMap(page);
  const map = storyMap(page);
  await expect(map).toHaveAttribute("data-map-state", "ready");
  const steps = await storySteps(page);
  const study = steps.find((s) => s.slug === "study")!;
  const income = steps.find((s) => s.slug === "income")!;
  // The next chapter shows the same layers and highlights nothing: only the outline differs.
  expect(income.layers).toEqual(study.layers);
  expect(study.highlight.length).toBeGreaterThan(0);
  expect(income.highlight).toEqual([]);
  await expectCameraAt(page, study);
  // Names, buttons and the credit are drawn in ink too: hide them, count what the canvas draws.
  await page.addStyleTag({ content: ".maplibregl-marker, .story-map__controls, .maplibregl-ctrl { visibility: hidden !important; }" });
  const frame = map.locator(".story-map__frame");
  // The three sub-districts' outlines: 2.6 px wide, tens of kilometres long at this zoom.
  const outlined = await countPixelsNear(frame, MAP_COLOURS.highlightLine, 20);
  expect(outlined, "highlight-coloured pixels in the study chapter").toBeGreaterThan(500);

  await page.evaluate(() => document.getElementById("income")!.scrollIntoView());
  await expect(map).toHaveAttribute("data-active-chapter", "income");
  await expectCameraAt(page, income);
  await page.waitForTimeout(300);
  const after = await countPixelsNear(frame, MAP_COLOURS.highlightLine, 20);
  expect(after, "highlight-coloured pixels once the chapter highlights nothing").toBeLessThan(outlined / 20);
});

for (const width of [360, 1280]) {
  test(`on a ${width} px screen the road-to-Soe map names each village with its distance, all inside the map`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
    await page.goto("/#soe");
    await wakeMap(page);
    const map = storyMap(page);
    await expect(map).toHaveAttribute("data-map-state", "ready");
    await expectCameraAt(
      page,
      (await storySteps(page)).find((s) => s.slug === "soe")!,
    );
    // The chapter's chart gives each village's distance: the map must say the same.
    const rows = await page
      .locator("section#soe .chart__row")
      .evaluateAll((els) =>
        els.map(
          (el) => `${el.querySelector(".chart__label")!.textContent!.trim()} · ${el.querySelector(".chart__value")!.textContent!.trim()}`,
        ),
      );
    expect(rows).toHaveLength(studyArea.villages.length);
    const names = map.locator(".map-label--study .map-label__text");
    await expect.poll(async () => (await names.allTextContents()).sort()).toEqual([...rows].sort());
    const frame = (await map.locator(".story-map__frame").boundingBox())!;
    for (const name of await names.all()) {
      const box = (await name.boundingBox())!;
      const where = `"${await name.textContent()}" at x ${Math.round(box.x)}–${Math.round(box.x + box.width)} in a map at x ${frame.x}–${frame.x + frame.width}`;
      expect(box.x, where).toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width, where).toBeLessThanOrEqual(frame.x + frame.width);
    }
  });
}

test("the story's warm-up is never seen, and no shader compiles after it, in any chapter", async ({ page }) => {
  test.setTimeout(120_000);
  // Each frame MapLibre draws is read back at once (its drawing buffer is still whole in that task):
  // the pixels in the KTP layer's blue for NTT are counted, and the shader programs linked so far. The
  // opening chapter has no KTP layer; its first frame also draws that layer, off the map.
  await page.addInitScript((tts) => {
    const frames: { live: boolean; blue: number; programs: number }[] = [];
    (window as unknown as { mapFrames: typeof frames }).mapFrames = frames;
    const target = [1, 3, 5].map((k) => Number.parseInt(tts.slice(k, k + 2), 16));
    let gl: WebGL2RenderingContext | null = null;
    let draws = 0;
    let programs = 0;
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
      const ctx = getContext.apply(this, args);
      if (args[0] === "webgl2" && this.classList.contains("maplibregl-canvas")) gl = ctx as WebGL2RenderingContext;
      return ctx;
    } as typeof getContext;
    const proto = WebGL2RenderingContext.prototype;
    const { drawElements, linkProgram } = proto;
    proto.drawElements = function (this: WebGL2RenderingContext, ...args: Parameters<typeof drawElements>) {
      if (this === gl) draws++;
      return drawElements.apply(this, args);
    };
    proto.linkProgram = function (this: WebGL2RenderingContext, program: WebGLProgram) {
      if (this === gl) programs++;
      return linkProgram.call(this, program);
    };
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      raf((time) => {
        const before = draws;
        callback(time);
        if (!gl || draws === before) return;
        const { drawingBufferWidth: w, drawingBufferHeight: h } = gl;
        const rgba = new Uint8Array(w * h * 4);
        gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, rgba);
        let blue = 0;
        for (let k = 0; k < rgba.length; k += 4) {
          if (Math.hypot(rgba[k]! - target[0]!, rgba[k + 1]! - target[1]!, rgba[k + 2]! - target[2]!) < 30) blue++;
        }
        frames.push({ live: document.querySelector("[data-story-map]")!.classList.contains("is-live"), blue, programs });
      });
  }, KTP_COLOURS.ntt);
  type Frame = { live: boolean; blue: number; programs: number };
  const frames = () => page.evaluate(() => (window as unknown as { mapFrames: Frame[] }).mapFrames);
  await page.goto("/");
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  // Once shown, an untouched chapter's map is still: the frame drawn behind the still is the one
  // shown, and a map that kept redrawing an unchanged view (an eased property, a jump to where it
  // is) would take a phone's main thread and GPU from the reader for nothing.
  await page.waitForTimeout(1500);
  const opening = await frames();
  expect(opening.length, "frames drawn").toBeGreaterThan(1);
  expect(
    opening.map((f) => f.blue),
    "no frame of the opening chapter, the warm-up included, shows the KTP layer",
  ).toEqual(opening.map(() => 0));
  expect(opening.filter((f) => f.live).length, "frames drawn in the 1.5 s after the live map was shown, with nothing moving").toBe(0);
  const warmedUp = opening.at(-1)!.programs;

  const steps = await storySteps(page);
  for (const step of steps.slice(1)) {
    await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView({ behavior: "instant" }), step.slug);
    await expectCameraAt(page, step);
    // The camera may arrive before the layer's file does (a slow network, a busy phone): wait for its paint.
    if (step.slug === "ktp")
      await expect
        .poll(async () => (await frames()).filter((f) => f.blue > 100).length, {
          message: "the check sees the KTP layer where its chapter shows it",
        })
        .toBeGreaterThan(0);
  }
  expect((await frames()).at(-1)!.programs, "shader programs linked by the end of the story").toBe(warmedUp);
});

for (const prefix of ["", "/id"]) {
  test(`the live map's names stand apart, inside the map, clear of its buttons, in every map embed from 1280 to 320 px (${prefix || "/"})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    for (const view of EMBED_VIEWS.filter((v) => v.kind === "map")) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${prefix}/embed/${view.id}/`);
      await wakeMap(page);
      const map = storyMap(page);
      await expect(map).toHaveAttribute("data-map-state", "ready");
      // Under reduced motion the live map still appears through a 0.01 ms transition, a frame or more later.
      await expect(map.locator(".story-map__canvas")).toBeVisible();
      // One page, resized as a phone turns or a host's column narrows: the names are placed anew each time.
      for (const width of [1280, 640, 375, 320]) {
        await page.setViewportSize({ width, height: 800 });
        // MapLibre has taken the new size: its resize places the view, and the names, in the same task.
        await expect
          .poll(
            () =>
              map.evaluate((el) => Math.abs(el.querySelector("canvas")!.clientWidth - el.querySelector(".story-map__frame")!.clientWidth)),
            {
              message: `${view.id} at ${width} px: the map takes the new width`,
              intervals: OFTEN,
            },
          )
          .toBeLessThan(1);
        const seen = await liveNameProblems(map);
        if (seen.names.length === 0) problems.push(`${prefix}/embed/${view.id}/ at ${width} px names nothing`);
        for (const p of seen.problems) problems.push(`${prefix}/embed/${view.id}/ at ${width} px: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
