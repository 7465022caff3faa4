/**
 * The embed code as a journalist pastes it, with nothing else on the page: the builder's default
 * code and three oEmbed documents' `html` (a map, a chart with a long note, an Indonesian map), on
 * a host page on another origin. At 320, 375, 640 and 1280 px each iframe is as tall as its
 * graphic (within 4 px), nothing inside scrolls, and the last line ("Read the whole story") is
 * in view. A host that strips scripts keeps the iframe alone: its fixed height cuts nothing.
 */
import type { Frame, Locator, Page } from "@playwright/test";
import { expect, OFTEN, test } from "./support/test.ts";
import { startHostServer } from "./support/host-server.ts";

test.use({ reducedMotion: "reduce" });

const WIDTHS = [320, 375, 640, 1280];
const OEMBEDS = ["/oembed/en/poverty-map.json", "/oembed/en/chart-okomama.json", "/oembed/id/ktp-map.json"];
const SITE = process.env.SITE_URL ?? "https://tts-migration.example";

/** Each code, as given: the builder's default (read from its textarea) and the oEmbed documents' html. */
async function codes(page: Page, baseURL: string): Promise<{ path: string; code: string }[]> {
  await page.goto("/embed/");
  const builder = await page.locator("[data-builder-code]").inputValue();
  const out = [{ path: new URL(/src="([^"]+)"/.exec(builder)![1]!).pathname, code: builder }];
  for (const address of OEMBEDS) {
    const doc = (await (await page.request.get(address)).json()) as { html: string; thumbnail_url: string; title: string };
    // The documents name the public origin; the test serves the build here.
    const code = doc.html.replaceAll(new URL(SITE).origin, baseURL);
    out.push({ path: new URL(/src="([^"]+)"/.exec(code)![1]!).pathname, code });
  }
  return out;
}

function article(parts: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>An article</title></head>
<body style="margin:0;font-family:serif"><h1>An article</h1>
${parts.map((code) => `<p>Text before the graphic.</p>\n${code}\n<p>Text after the graphic.</p>`).join("\n")}
</body></html>`;
}

async function embedFrame(page: Page, path: string): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => f.url() && new URL(f.url()).pathname === path)) !== undefined, {
      message: `a frame of ${path}`,
      intervals: OFTEN,
    })
    .toBe(true);
  return frame!;
}

const heights = async (iframe: Locator, frame: Frame) => ({
  outer: await iframe.evaluate((f) => f.getBoundingClientRect().height),
  content: await frame.locator("html").evaluate((h) => h.getBoundingClientRect().height),
  scrolls: await frame.locator("html").evaluate((h) => h.scrollHeight - h.clientHeight),
});

test("the builder's code and oEmbed's html, pasted as they are, fit their graphic at 320, 375, 640 and 1280 px", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const pasted = await codes(page, baseURL!);
  expect(pasted.map((p) => p.path)).toEqual([
    "/embed/study-villages/",
    "/embed/poverty-map/",
    "/embed/chart-okomama/",
    "/id/embed/ktp-map/",
  ]);
  const host = await startHostServer({ "/article": article(pasted.map((p) => p.code)) });
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${host.origin}/article`);
      for (const [k, { path }] of pasted.entries()) {
        const iframe = page.locator("iframe").nth(k);
        await iframe.scrollIntoViewIfNeeded();
        const frame = await embedFrame(page, path);
        await expect(frame.locator("main[data-embed]")).toBeVisible();
        await expect
          .poll(
            async () => {
              const h = await heights(iframe, frame);
              return Math.max(Math.abs(h.outer - h.content), h.scrolls);
            },
            { message: `${path} at ${width} px: frame height = graphic height`, intervals: OFTEN },
          )
          .toBeLessThanOrEqual(4);
        // The graphic's last line is inside the frame's box, not cut.
        const back = await frame.locator(".embed__back").evaluate((el) => el.getBoundingClientRect().bottom);
        const h = await heights(iframe, frame);
        expect(back, `${path} at ${width} px: "Read the whole story" inside the frame`).toBeLessThanOrEqual(h.outer);
        console.log(`pasted ${path} at ${width} px: iframe ${Math.round(h.outer)} px, graphic ${Math.round(h.content)} px`);
        await iframe.screenshot({ path: test.info().outputPath(`pasted-${width}-${k}.png`) });
      }
    }
  } finally {
    await host.close();
  }
});

test("where a host strips the script, the iframe's own height cuts nothing at any width", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const pasted = (await codes(page, baseURL!)).map((p) => ({ ...p, code: p.code.replace(/<script>[\s\S]*?<\/script>/, "") }));
  for (const p of pasted) expect(p.code).not.toContain("<script");
  const host = await startHostServer({ "/article": article(pasted.map((p) => p.code)) });
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${host.origin}/article`);
      for (const [k, { path }] of pasted.entries()) {
        const iframe = page.locator("iframe").nth(k);
        await iframe.scrollIntoViewIfNeeded();
        const frame = await embedFrame(page, path);
        await expect(frame.locator(".embed__back")).toBeVisible();
        const h = await heights(iframe, frame);
        expect(h.scrolls, `${path} at ${width} px: nothing below the frame's edge`).toBeLessThanOrEqual(0);
        expect(h.outer - h.content, `${path} at ${width} px: blank below`).toBeGreaterThanOrEqual(0);
      }
    }
  } finally {
    await host.close();
  }
});

test("oEmbed names what each graphic shows and gives its PNG graphic as thumbnail", async ({ request }) => {
  const doc = (await (await request.get("/oembed/en/recruiters-map.json")).json()) as Record<string, string | number>;
  expect(doc.title).toBe("The study villages, where recruiters come looking for workers");
  expect(doc.thumbnail_url).toBe(`${new URL(SITE).origin}/graphics/en/recruiters-map.png`);
  const png = await request.get("/graphics/en/recruiters-map.png");
  expect(png.headers()["content-type"]).toBe("image/png");
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([doc.thumbnail_width, doc.thumbnail_height]);
});

test("in a sandboxed frame, where the link to the story may not open, its address is written out", async ({ page, baseURL }) => {
  const host = await startHostServer({
    "/": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed</title></head><body><iframe sandbox="allow-scripts" src="${baseURL}/embed/chart-ktp/" style="width:375px;height:700px"></iframe></body></html>`,
  });
  try {
    await page.goto(host.origin);
    const frame = await embedFrame(page, "/embed/chart-ktp/");
    await expect(frame.locator(".embed__address")).toHaveText(/\/#ktp$/);
    await expect(frame.locator(".embed__address")).toBeVisible();
  } finally {
    await host.close();
  }
});
