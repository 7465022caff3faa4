/**
 * Embeds as the hosts our readers' newsrooms really run them, on another origin: pym.js 1.3's
 * Parent (its own dist file from npm) and Datawrapper's responsive-iframe snippet, each also in
 * a sandboxed iframe (allow-scripts without allow-same-origin, as many CMSs frame third-party
 * code). At 320, 375, 640 and 1280 px the frame is exactly as tall as its content and nothing
 * scrolls inside it. And the headers
 * that make it work (dist/_headers, as Netlify and Cloudflare Pages send them) are on every file.
 */
import { readFileSync } from "node:fs";
import type { Frame, Locator, Page } from "@playwright/test";
import { expect, OFTEN, test } from "./support/test.ts";
import { headersFor, parseHeadersFile } from "../../src/lib/build/csp.ts";
import { EMBED_VIEWS } from "../../src/content/embeds.ts";
import { PYM_PATH, startHostServer } from "./support/host-server.ts";
import { innerScrollers } from "./support/visual-checks.ts";
import { wakeMap } from "./support/story.ts";

test.use({ reducedMotion: "reduce" });

const WIDTHS = [320, 375, 640, 1280];
/** A map, a chart and an Indonesian embed. */
const EMBEDS = ["/embed/poverty-map/", "/embed/chart-deaths/", "/id/embed/ktp-map/"];
const SANDBOX = "allow-scripts";

function pymHost(base: string, sandbox: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pym.js host</title></head>
<body style="margin:0;font-family:serif"><h1>An article</h1>
${EMBEDS.map((_, k) => `<div id="graphic-${k}"></div><p>Text between embeds.</p>`).join("\n")}
<script src="${PYM_PATH}"></script>
<script>
${EMBEDS.map((path, k) => `new pym.Parent("graphic-${k}", "${base}${path}", { title: "graphic ${k}"${sandbox ? `, sandbox: "${SANDBOX}"` : ""} });`).join("\n")}
</script></body></html>`;
}

/** Datawrapper's published responsive-iframe code: its iframe attributes and its resize listener. */
function datawrapperHost(base: string, sandbox: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Datawrapper-style host</title></head>
<body style="margin:0;font-family:serif"><h1>An article</h1>
${EMBEDS.map((path, k) => `<iframe title="graphic ${k}" id="datawrapper-chart-${k}" src="${base}${path}"${sandbox ? ` sandbox="${SANDBOX}"` : ""} scrolling="no" frameborder="0" style="width: 0; min-width: 100% !important; border: none;" height="400" data-external="1"></iframe><p>Text between embeds.</p>`).join("\n")}
<script type="text/javascript">!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();</script>
</body></html>`;
}

const HOSTS = {
  "/pym": (base: string) => pymHost(base, false),
  "/pym-sandboxed": (base: string) => pymHost(base, true),
  "/datawrapper": (base: string) => datawrapperHost(base, false),
  "/datawrapper-sandboxed": (base: string) => datawrapperHost(base, true),
} as const;

/**
 * The embed's document, found by its address: Playwright's iframe-to-frame lookup can answer
 * with another frame's document when the frames are sandboxed (all of one opaque origin).
 */
async function embedFrame(page: Page, embedPath: string): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => f.url() && new URL(f.url()).pathname === embedPath)) !== undefined, {
      message: `a frame of ${embedPath}`,
      intervals: OFTEN,
    })
    .toBe(true);
  return frame!;
}

/** px between the host's frame height and the height of the embed's page in it. */
async function heightGap(iframe: Locator, frame: Frame): Promise<number> {
  const frameHeight = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const contentHeight = await frame.locator("html").evaluate((h) => h.getBoundingClientRect().height);
  return Math.abs(frameHeight - contentHeight);
}

async function expectFitsContent(iframe: Locator, frame: Frame, where: string): Promise<void> {
  await expect(frame.locator("main[data-embed]"), where).toBeVisible();
  // As a reader comes to it (a browser may defer the work of frames off screen on other origins).
  await iframe.scrollIntoViewIfNeeded();
  const scrolls = () => frame.locator("html").evaluate((h) => h.scrollHeight - h.clientHeight);
  // Both at once: the frame as tall as the content, and the embed's page not scrolling in it.
  await expect
    .poll(async () => Math.max(await heightGap(iframe, frame), await scrolls()), {
      message: `${where}: frame height = content height, no scrolling`,
      intervals: OFTEN,
    })
    .toBeLessThanOrEqual(1);
  expect(await innerScrollers(frame), `${where}: nothing scrolls inside`).toEqual([]);
}

for (const [path, html] of Object.entries(HOSTS)) {
  test(`${path.slice(1)} host: each embed is as tall as its content at ${WIDTHS.join(", ")} px`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const host = await startHostServer({ [path]: html(baseURL!) });
    try {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${host.origin}${path}`);
        for (const [k, embed] of EMBEDS.entries()) {
          const iframe = page.locator("iframe").nth(k);
          if (path.includes("sandboxed")) await expect(iframe).toHaveAttribute("sandbox", SANDBOX);
          await expectFitsContent(iframe, await embedFrame(page, embed), `${path} ${embed} at ${width} px`);
        }
      }
    } finally {
      await host.close();
    }
  });
}

test("an embed below the host's fold tells the host its height before the reader gets there", async ({ page, baseURL }) => {
  // Its still is drawn only once the frame is on screen; the height, which only its scripts can
  // tell, waited for that still, or for the boot script's 3 s safety net.
  const host = await startHostServer({
    "/": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title></head>
<body style="margin:0"><h1>An article</h1><div style="height:2400px">Its text.</div><div id="graphic"></div>
<script src="${PYM_PATH}"></script><script>new pym.Parent("graphic", "${baseURL}/embed/poverty-map/", { title: "graphic" });</script></body></html>`,
  });
  try {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(host.origin);
    const iframe = page.locator("iframe");
    const frame = await embedFrame(page, "/embed/poverty-map/");
    await expect(iframe).not.toBeInViewport();
    // Not scrolled to (as expectFitsContent does): the reader is still at the top of the article.
    await expect
      .poll(() => heightGap(iframe, frame), {
        message: "the frame as tall as its embed, well before the 3 s safety net",
        timeout: 2_000,
        intervals: OFTEN,
      })
      .toBeLessThanOrEqual(1);
    expect(await frame.evaluate(() => performance.getEntriesByType("element").length), "no still drawn out of sight").toBe(0);
  } finally {
    await host.close();
  }
});

test("in a sandboxed frame (an opaque origin) the embed's scripts run: the live map draws and the year switch works", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const host = await startHostServer({ "/": HOSTS["/datawrapper-sandboxed"](baseURL!) });
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  try {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(host.origin);
    const frame = await embedFrame(page, EMBEDS[0]!);
    expect(await frame.locator("html").evaluate(() => window.origin)).toBe("null");
    await frame.locator("main[data-embed]").hover();
    await wakeMap(page);
    await expect(frame.locator("[data-story-map]")).toHaveAttribute("data-map-state", "ready", { timeout: 60_000 });
    await frame.locator('button[data-poverty-year="2021"]').click();
    await expect(frame.locator('button[data-poverty-year="2021"]')).toHaveAttribute("aria-pressed", "true");
    await expect(frame.locator("[data-story-map]")).toHaveAttribute("data-poverty-year", "2021");
    expect(failed).toEqual([]);
  } finally {
    await host.close();
  }
});

// The heights oEmbed declares are checked against each view, loaded at every width, in embeds.spec.ts.

test("oEmbed and the embed code name each graphic: a human title per view and language, an iframe title that says what it shows", async ({
  request,
}) => {
  const titles = new Set<string>();
  for (const view of EMBED_VIEWS) {
    for (const locale of ["en", "id"]) {
      const doc = (await (await request.get(`/oembed/${locale}/${view.id}.json`)).json()) as { title: string; html: string };
      expect(doc.title, `${locale} ${view.id}`).not.toBe(view.id);
      expect(doc.title, `${locale} ${view.id}`).toMatch(/\s/);
      const frameTitle = /title="([^"]+)"/.exec(doc.html)![1]!;
      expect(frameTitle).toContain(doc.title.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/"/g, "&quot;"));
      titles.add(frameTitle);
    }
  }
  expect(titles.size, "every iframe title differs").toBe(EMBED_VIEWS.length * 2);
});

test("every file an embed loads may be read from any origin; hashed assets cache for a year; each route gets its _headers", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const loaded: { url: string; type: string; headers: Record<string, string> }[] = [];
  page.on("response", async (r) => loaded.push({ url: r.url(), type: r.request().resourceType(), headers: await r.allHeaders() }));
  await page.goto("/embed/poverty-map/");
  await wakeMap(page);
  await expect(page.locator("[data-story-map]")).toHaveAttribute("data-map-state", "ready", { timeout: 60_000 });
  const assets = loaded.filter((r) => r.type !== "document");
  for (const kind of ["script", "stylesheet", "image", "fetch"])
    expect(
      assets.some((a) => a.type === kind),
      `the embed loads a ${kind}`,
    ).toBe(true);
  for (const a of assets) {
    expect(a.headers["access-control-allow-origin"], a.url).toBe("*");
    if (new URL(a.url).pathname.startsWith("/_astro/"))
      expect(a.headers["cache-control"], a.url).toBe("public, max-age=31536000, immutable");
  }
  const oembed = await request.get("/oembed/id/ktp-map.json");
  expect(oembed.headers()["access-control-allow-origin"]).toBe("*");
  expect(oembed.headers()["cache-control"]).toBeUndefined();

  // The local server sends what dist/_headers gives each path, and no policy of its own.
  const rules = parseHeadersFile(readFileSync("dist/_headers", "utf8"));
  for (const path of [
    "/",
    "/id/",
    "/share/ktp/",
    "/id/data/",
    "/embed/chart-ktp/",
    "/id/embed/ktp-map/",
    "/404.html",
    "/no-such-page/",
    "/embed.js",
    "/oembed/en/chart-deaths.json",
    "/frames/en/soe.svg",
    "/og/en/soe.png",
  ]) {
    const sent = (await request.get(path)).headers();
    const expected = headersFor(rules, path);
    for (const [name, value] of expected) expect(sent[name.toLowerCase()], `${path} ${name}`).toBe(value);
    for (const name of ["content-security-policy", "cache-control"])
      if (!expected.some(([n]) => n.toLowerCase() === name)) expect(sent[name], `${path} ${name}`).toBeUndefined();
  }
  const missing = await request.get("/no-such-page/");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("<h1");
});
