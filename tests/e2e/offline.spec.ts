/**
 * Offline after one visit: each edition, once opened, reloads complete with the network gone (the
 * page, its still frames, its charts, the live map drawing from the stored geometry), and its share
 * pages open the story. A new build's worker replaces the stored copy as a whole.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test.ts";
import { writeServiceWorker } from "../../src/prerender/offline/integration.ts";
import { storyMap, wakeMap } from "./support/story.ts";
import { serveBuildCopy } from "./support/build-copy.ts";
import { builtManifest, expectEditionStored, storedCopies } from "./support/offline-copy.ts";

// The worker is this file's subject (the suite blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

const EDITIONS = { en: "/", id: "/id/" } as const;

for (const [edition, prefix] of Object.entries(EDITIONS)) {
  test(`the ${edition} edition reloads complete offline, live map included`, async ({ page, context }) => {
    test.setTimeout(90_000);
    const manifest = builtManifest();
    const urls = manifest.editions[edition]!;
    await page.goto(prefix);
    await expectEditionStored(page, manifest.version, urls);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", edition);
    // The network is really gone for the worker too: what the copy lacks does not load.
    expect(
      await page.evaluate(async () =>
        fetch("/og/en.png").then(
          () => "loaded",
          () => "failed",
        ),
      ),
    ).toBe("failed");
    const chapters = page.locator("section.chapter");
    // One 4:3 frame per chapter (its own still), and the sticky map's square ones besides.
    await expect(chapters).toHaveCount(urls.filter((u) => u.includes("/frames/") && !u.includes("/square/")).length);
    expect(urls.filter((u) => /\/frames\/\w+\/square\/[\w-]+\.svg$/.test(u))).toHaveLength(await chapters.count());
    // Every still frame loads (each from the stored copy), and the charts are in the page.
    const frames = await page.locator("img.chapter__frame").evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
    for (const src of frames) {
      const ok = await page.evaluate(async (u) => {
        const img = new Image();
        img.src = u;
        await img.decode();
        return img.naturalWidth > 0;
      }, src);
      expect(ok, `${src} draws offline`).toBe(true);
    }
    await expect(page.locator("[data-chart] svg").first()).toBeVisible();
    expect(await page.locator("[data-chart] svg").count()).toBeGreaterThan(3);
    // The live map starts and draws from the stored geometry and code.
    await wakeMap(page);
    await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready", { timeout: 30_000 });
    await expect(storyMap(page).locator("canvas.maplibregl-canvas")).toBeVisible();

    // A share page opens the story at its chapter.
    await page.goto(`${prefix}share/ktp/`);
    await expect(page).toHaveURL(new RegExp(`${prefix.replace(/\//g, "\\/")}#ktp$`));
    await expect(page.locator("section.chapter#ktp h2")).toBeVisible();
  });
}

test("a page whose network is silent comes from the stored copy within seconds", async ({ page }) => {
  const manifest = builtManifest();
  await page.goto("/");
  await expectEditionStored(page, manifest.version, manifest.editions.en!);
  // The server never answers page requests now (a dead network, not a refused one).
  let held = 0;
  await page.context().route("**/", () => {
    held++;
    return new Promise(() => {});
  });
  const started = Date.now();
  await page.reload();
  await expect(page.locator("section.chapter").first()).toBeAttached();
  expect(Date.now() - started).toBeLessThan(8_000);
  expect(held, "the page's request went out and was never answered").toBeGreaterThan(0);
});

test("a new build's worker replaces the stored copy as a whole", async ({ page }) => {
  test.setTimeout(90_000);
  // The new build is deployed to a copy of dist/ on its own port: the tests running meanwhile read dist/ as built.
  const build = await serveBuildCopy();
  try {
    const before = builtManifest(build.root);
    await page.goto(`${build.origin}/`);
    await expectEditionStored(page, before.version, before.editions.en!);

    // A new build: one still frame changes, so the version does.
    build.ownCopy("frames/en/ktp.svg");
    build.ownCopy("sw.js");
    const frame = path.join(build.root, "frames/en/ktp.svg");
    writeFileSync(frame, Buffer.concat([readFileSync(frame), Buffer.from("\n<!-- rebuilt -->\n")]));
    const after = writeServiceWorker(build.root, "/");
    expect(after.version).not.toBe(before.version);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    // Only the new build's cache remains, complete, with the new frame in it.
    await expectEditionStored(page, after.version, after.editions.en!);
    const stored = await page.evaluate(
      async (name) => (await (await caches.open(name)).match("/frames/en/ktp.svg"))!.text(),
      `tts-story-${after.version}`,
    );
    expect(stored).toContain("<!-- rebuilt -->");
  } finally {
    await build.close();
  }
});

test("nothing is stored under Save-Data", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "connection", { value: { saveData: true } }));
  await page.goto("/id/");
  // The worker is registered (an edition kept earlier would stay current), but stores nothing.
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.waitForTimeout(3000);
  expect(await storedCopies(page)).toEqual({});
});
