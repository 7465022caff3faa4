/**
 * The embed builder: every option changes the preview and the code together (the preview is the
 * code's own iframe), copying announces itself, the keyboard reaches everything, the code pasted
 * into a host page on another origin shows what the preview shows, and without JavaScript the
 * page is a list of ready codes.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { EMBED_HEIGHTS } from "../../src/content/embed-heights.ts";
import { EMBED_VIEWS } from "../../src/content/embeds.ts";
import { startHostServer } from "./support/host-server.ts";

test.use({ reducedMotion: "reduce" });

/** The code's iframe attributes, and the preview iframe's, side by side. */
async function codeAndPreview(page: Page) {
  return page.evaluate(() => {
    const code = document.querySelector<HTMLTextAreaElement>("[data-builder-code]")!.value;
    const pasted = new DOMParser().parseFromString(code, "text/html").querySelector("iframe")!;
    const preview = document.querySelector<HTMLIFrameElement>("[data-builder-host] iframe")!;
    const attrs = (f: Element) =>
      // Not the style: the code's script sets the preview's height to its content, as on a host.
      Object.fromEntries(["src", "title", "height", "data-tts-embed"].map((a) => [a, f.getAttribute(a)]));
    return {
      code: attrs(pasted),
      preview: attrs(preview),
      previewWidth: preview.getBoundingClientRect().width,
      oembed: document.querySelector<HTMLInputElement>("[data-builder-oembed]")!.value,
    };
  });
}

test("each option changes the preview and the code together", async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/embed/");
  await expect(page.locator("[data-builder-list]")).toBeHidden();
  let now = await codeAndPreview(page);
  expect(now.preview).toEqual(now.code);
  expect(now.code.src).toBe(`${baseURL}/embed/${EMBED_VIEWS[0]!.id}/`);
  expect(now.previewWidth).toBe(600);

  const steps: [string, (p: Page) => Promise<unknown>, (n: typeof now) => void][] = [
    ["view", (p) => p.getByLabel("Graphic").selectOption("poverty-map"), (n) => expect(n.code.src).toBe(`${baseURL}/embed/poverty-map/`)],
    [
      "language",
      (p) => p.getByRole("radio", { name: "Bahasa Indonesia" }).check(),
      (n) => {
        expect(n.code.src).toBe(`${baseURL}/id/embed/poverty-map/`);
        expect(n.oembed).toBe(`${baseURL}/oembed/id/poverty-map.json`);
        expect(n.code.title).toMatch(/^Peta/);
      },
    ],
    [
      "still",
      (p) => p.getByRole("radio", { name: /^Still/ }).check(),
      (n) => expect(n.code.src).toBe(`${baseURL}/id/embed/poverty-map/?interactive=0`),
    ],
    [
      "chapter",
      (p) => p.getByLabel("Map view from chapter").selectOption("soe"),
      (n) => expect(n.code.src).toBe(`${baseURL}/id/embed/poverty-map/?interactive=0&view=soe`),
    ],
    [
      "width",
      async (p) => {
        await p.getByRole("radio", { name: "320 px" }).check();
        await expect.poll(() => p.locator("[data-builder-host] iframe").evaluate((f) => f.getBoundingClientRect().width)).toBe(320);
      },
      (n) => expect(n.previewWidth).toBe(320),
    ],
    [
      "chart",
      (p) => p.getByLabel("Graphic").selectOption("chart-deaths"),
      (n) => {
        expect(n.code.src).toBe(`${baseURL}/id/embed/chart-deaths/`);
        // the height measured for that view and language (content/embed-heights.ts)
        expect(n.code.height).toBe(String(EMBED_HEIGHTS["chart-deaths"]!.id));
      },
    ],
  ];
  for (const [name, act, check] of steps) {
    const before = now;
    await act(page);
    now = await codeAndPreview(page);
    expect(now.preview, name).toEqual(now.code);
    expect(errors, name).toEqual([]);
    expect(now, name).not.toEqual(before);
    check(now);
  }
  // A chart has no live map and no chapters: those options go.
  await expect(page.getByLabel("Map view from chapter")).toBeHidden();
  await expect(page.frameLocator("[data-builder-host] iframe").locator("h1")).toBeVisible();
});

test("copying is keyboard-operable and announced", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/id/embed/");
  await page.getByLabel("Grafik", { exact: true }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("[data-builder-code]")).toHaveValue(/data-tts-embed="poverty-map"/);
  await page.getByRole("button", { name: "Salin kode" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Tersalin" })).toBeVisible();
  const code = await page.locator("[data-builder-code]").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});

test("the code pasted into a host page shows what the preview shows", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto("/embed/");
  await page.getByLabel("Graphic").selectOption("chart-income");
  await page.getByRole("radio", { name: "1000 px" }).check();
  await expect
    .poll(() => page.locator("[data-builder-host] iframe").evaluate((f) => (f as HTMLIFrameElement).contentWindow!.innerWidth))
    .toBe(1000);
  const code = await page.locator("[data-builder-code]").inputValue();
  const previewFrame = page.locator("[data-builder-host] iframe");
  await expect(page.frameLocator("[data-builder-host] iframe").locator(".chart")).toBeVisible();
  // The frame follows its content's height once the chart is drawn at the new width: read it after.
  await expect
    .poll(() =>
      previewFrame
        .contentFrame()
        .locator("html")
        .evaluate((h) => Math.abs(innerHeight - Math.ceil(h.getBoundingClientRect().height))),
    )
    .toBeLessThanOrEqual(1);
  // What the embed lays out inside its frame: the frame's size and where each text and bar sits.
  const layout = () => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return [el.textContent?.trim().slice(0, 40), Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    };
    return {
      size: [innerWidth, innerHeight],
      parts: [...document.querySelectorAll("h1, .chart__label, .chart__value, .chart__bar, .chart__tick-label, .embed__back")].map(box),
    };
  };
  const preview = await previewFrame.contentFrame().locator("body").evaluate(layout);
  const host = await startHostServer({
    "/article": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body style="margin:0"><div style="width:1000px">${code}</div></body></html>`,
  });
  try {
    const other = await page.context().newPage();
    await other.setViewportSize({ width: 1280, height: 1400 });
    await other.goto(`${host.origin}/article`);
    const pasted = other.locator("iframe");
    await expect(other.frameLocator("iframe").locator(".chart")).toBeVisible();
    expect(await pasted.getAttribute("src")).toBe(`${baseURL}/embed/chart-income/`);
    const previewBox = await previewFrame.boundingBox().then((b) => [b!.width, b!.height]);
    await expect.poll(() => pasted.boundingBox().then((b) => [b!.width, b!.height])).toEqual(previewBox);
    expect(preview.parts.length).toBeGreaterThan(5);
    expect(await pasted.contentFrame().locator("body").evaluate(layout)).toEqual(preview);
  } finally {
    await host.close();
  }
});

test("the preview is sized by the code's own script: at 320 px nothing is cut, and the page says what the script does", async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on("console", (m) => m.text().includes("Content Security Policy") && blocked.push(m.text()));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/embed/");
  await expect(page.locator("#builder-code-note")).toContainText("a small script that sets the iframe's height");
  for (const view of ["chart-okomama", "road-to-soe"]) {
    await page.getByLabel("Graphic").selectOption(view);
    await page.getByRole("radio", { name: "320 px" }).check();
    const frame = page.locator("[data-builder-host] iframe");
    const inner = frame.contentFrame();
    await expect(inner.locator(".embed__back")).toBeVisible();
    await expect
      .poll(async () => {
        const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
        const content = await inner.locator("html").evaluate((h) => h.getBoundingClientRect().height);
        return Math.abs(outer - content);
      }, `${view}: the preview as tall as its content at 320 px`)
      .toBeLessThanOrEqual(1);
  }
  expect(blocked).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the builder is a list of ready embed codes", async ({ page }) => {
    await page.goto("/embed/");
    await expect(page.locator("[data-builder]")).toBeHidden();
    const codes = page.locator("[data-builder-list] textarea");
    await expect(codes).toHaveCount(EMBED_VIEWS.length);
    await expect(codes.first()).toHaveValue(/^<iframe src="https:\/\/tts-migration\.example\/embed\//);
  });
});
