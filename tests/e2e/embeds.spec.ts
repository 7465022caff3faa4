/**
 * Embeds in a host page on another origin: each iframe takes the height of its content and
 * follows it when the host resizes; query options are checked and injection payloads run nothing.
 * And what a person sees in each, from a wide column to a 320 px phone: the same texts, none
 * overlapping or running into another, nothing scrolling inside, map names large enough to read;
 * axe's verdict; and the height oEmbed declares for it.
 */
import { expect, OFTEN, test, twoFrames } from "./support/test.ts";
import { EMBED_VIEWS } from "../../src/content/embeds.ts";
import { startHostServer } from "./support/host-server.ts";
import { innerScrollers, scrollsSideways, smallestFrameLabelPx, textClashes, visibleTexts } from "./support/visual-checks.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { crowdedPairs, textBlocks } from "./support/text-boxes.ts";
import { EMBED_WIDTH, MEASURED_WIDTHS } from "../../src/lib/shared/embed-snippet.ts";

test.use({ reducedMotion: "reduce" });

const hostPage = (base: string, ids: readonly string[], withScript: boolean) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title>
${withScript ? `<script src="${base}/embed.js"></script>` : ""}
<script>
  // A Datawrapper-style host listener, as many CMSs already have (for the case without our script).
  ${
    withScript
      ? ""
      : `window.addEventListener("message", (e) => {
    const h = e.data && e.data["datawrapper-height"]; if (!h) return;
    for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) for (const id in h) f.style.height = h[id] + "px";
  });`
  }
</script></head>
<body style="margin:0;font-family:sans-serif"><h1>An article</h1>
${ids.map((id) => `<iframe src="${base}/embed/${id}/" data-tts-embed="${id}" title="${id}" style="width:100%;border:0" height="150"></iframe><p>Text between embeds.</p>`).join("\n")}
</body></html>`;

test("every embed sizes itself inside a host page on another origin, and follows a resize", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const ids = EMBED_VIEWS.map((v) => v.id);
  const host = await startHostServer({ "/dw": hostPage(baseURL!, ids, false), "/script": hostPage(baseURL!, ids.slice(0, 2), true) });
  try {
    for (const [path, list] of [
      ["/dw", ids],
      ["/script", ids.slice(0, 2)],
    ] as const) {
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(`${host.origin}${path}`);
      for (const id of list) {
        const iframe = page.locator(`iframe[data-tts-embed="${id}"]`);
        const frame = iframe.contentFrame();
        await expect(frame.locator("main[data-embed]")).toBeVisible();
        const contentHeight = () => frame.locator("html").evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
        await expect
          .poll(async () => Math.abs((await iframe.boundingBox())!.height - (await contentHeight())), {
            message: `${id} height`,
            intervals: OFTEN,
          })
          .toBeLessThanOrEqual(2);
      }
      // A narrow host: the map embed lays out anew (its legend moves under the map); the frame follows.
      const map = page.locator(`iframe[data-tts-embed="${list[0]}"]`);
      const before = (await map.boundingBox())!.height;
      await page.setViewportSize({ width: 340, height: 900 });
      await expect.poll(async () => Math.abs((await map.boundingBox())!.height - before)).toBeGreaterThan(100);
      const frame = map.contentFrame();
      await expect
        .poll(async () =>
          Math.abs(
            (await map.boundingBox())!.height - (await frame.locator("html").evaluate((h) => Math.ceil(h.getBoundingClientRect().height))),
          ),
        )
        .toBeLessThanOrEqual(2);
    }
  } finally {
    await host.close();
  }
});

test("an embed posts its height in the pym.js shape with the host's child id", async ({ page, baseURL }) => {
  const host = await startHostServer({
    "/pym": `<!doctype html><html lang="en"><head><title>pym host</title><script>
      window.pymMessages = []; window.addEventListener("message", (e) => { if (typeof e.data === "string") window.pymMessages.push(e.data); });
    </script></head><body><iframe src="${baseURL}/embed/chart-ktp/?childId=story-7" title="chart"></iframe></body></html>`,
  });
  try {
    await page.goto(`${host.origin}/pym`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { pymMessages: string[] }).pymMessages.join("|")))
      .toMatch(/pymxPYMxstory-7xPYMxheightxPYMx\d+/);
  } finally {
    await host.close();
  }
});

const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=1">',
  "javascript:window.__pwned=1",
  "'-window.__pwned=1-'",
  "<svg/onload=window.__pwned=1>",
];

test("injection payloads in every embed option execute nothing and are reported as words", async ({ page }) => {
  test.setTimeout(120_000);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  // Every option on a chart embed; the map embed's own options too (its live map held back: the
  // options are read before any map code, and loading it 20 times would only slow the test).
  await page.route(/live-map|maplibre/, (route) => route.abort());
  for (const [id, names] of [
    ["chart-income", ["lang", "interactive", "view", "childId"]],
    ["study-villages", ["view", "interactive"]],
  ] as const) {
    // Every option carries the payload at once: the notice names each problem it finds.
    for (const payload of PAYLOADS) {
      const query = names.map((name) => `${name}=${encodeURIComponent(payload)}`).join("&");
      await page.goto(`/embed/${id}/?${query}`);
      await expect(page.locator("main[data-embed]")).toBeVisible();
      const notice = page.locator("[data-embed-notice]");
      await expect(notice).toBeVisible();
      for (const name of names) await expect(notice).toContainText(`${name}=`);
      await expect(notice.locator("*")).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), `${id} ?${query}`).toBeUndefined();
    }
  }
  expect(dialogs).toBe(0);
});

test("embed options: language, a chapter's view, interactivity off", async ({ page }) => {
  await page.goto("/embed/study-villages/?lang=id&view=soe&interactive=0");
  await expect(page).toHaveURL(/\/id\/embed\/study-villages\/\?view=soe&interactive=0$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  const map = page.locator("[data-story-map]");
  await expect(map).toHaveAttribute("data-active-chapter", "soe");
  await expect(map).toHaveAttribute("data-visible-layers", /toSoe/);
  await expect(map.locator(".story-map__still")).toHaveAttribute("src", /\/frames\/id\/soe\.svg$/);
  await expect(map.locator("[data-explore]")).toHaveCount(0);
  await expect(page.locator(".embed__back a")).toHaveAttribute("href", /\/id\/#study$/);
  await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveCount(1);
});

test("each chapter offers its embed code in a keyboard-operable dialog", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/#ktp");
  const button = page.locator('section#ktp [data-embed-open][data-embed-id="ktp-map"]');
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.locator("[data-embed-dialog]");
  await expect(dialog).toBeVisible();
  const code = await dialog.locator("textarea").inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/ktp-map\/" title="[^"]+" data-tts-embed="ktp-map"/);
  await dialog.locator("[data-embed-copy]").click();
  await expect(dialog.locator("[data-embed-status]")).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

const PHONE_FIRST = [...MEASURED_WIDTHS].sort((a, b) => a - b);

/**
 * Each embed opened at 320 px, then widened to 375, 640 and 1280 px, and judged at each width
 * three ways: what a person sees (the same texts as at 1280 px, none overlapping or running into
 * another, nothing scrolling inside, map names large enough to read, a chart's axis labels 6 px
 * apart and whole), axe's WCAG 2.2 AA rules (at 320 and 1280 px), and its height: oEmbed and the
 * embed code declare the tallest the view is at 320 to 1280 px, so that a host that strips the
 * script cuts nothing.
 */
for (const [locale, prefix] of [
  ["en", ""],
  ["id", "/id"],
] as const) {
  test(`every embed at ${PHONE_FIRST.join(", ")} px: all its text seen and uncrowded, no axe violation, as tall as its declared height (${locale})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    // The still frame is what a reader sees first, and holds the live map's box: the live map waits for a gesture anyway.
    await page.route(/live-map|maplibre/, (route) => route.abort());
    const problems: string[] = [];
    const tallest: Record<string, number> = {};
    for (const view of EMBED_VIEWS) {
      const textsAt = new Map<number, Set<string>>();
      // Opened on a phone, as most readers meet it; then the host's column widens (an embed follows its frame).
      for (const width of PHONE_FIRST) {
        await page.setViewportSize({ width, height: 800 });
        if (width === PHONE_FIRST[0]) {
          await page.goto(`${prefix}/embed/${view.id}/`);
          await expect(page.locator("main[data-embed]")).toBeVisible();
          await page.waitForLoadState("load");
        } else await twoFrames(page);
        const where = `${prefix}/embed/${view.id}/ at ${width} px`;
        textsAt.set(width, await visibleTexts(page));
        for (const c of await textClashes(page)) problems.push(`${where}: ${c.why}: ${c.a} / ${c.b}`);
        for (const s of await innerScrollers(page)) problems.push(`${where}: scrolls inside: ${s}`);
        if (await scrollsSideways(page)) problems.push(`${where}: the page scrolls sideways`);
        for (const l of await smallestFrameLabelPx(page))
          if (l.px < 11) problems.push(`${where}: names on ${l.frame} at ${l.px.toFixed(1)} px`);
        if (view.kind === "chart") {
          const ticks = (await textBlocks(page)).filter((b) => b.where.includes("chart__tick"));
          if (ticks.length < 2) problems.push(`${where}: ${ticks.length} axis labels`);
          for (const [a, b, gap] of crowdedPairs(ticks, 6))
            problems.push(`${where}: axis labels "${a.text}" and "${b.text}" ${gap.toFixed(1)} px apart`);
          for (const t of ticks.filter((t) => t.cutOff)) problems.push(`${where}: axis label "${t.text}" cut off`);
        }
        if (width === 1280 || width === 320) await expectNoAxeViolations(page, where);
        const height = Math.ceil(await page.locator("html").evaluate((h) => h.getBoundingClientRect().height));
        tallest[view.id] = Math.max(tallest[view.id] ?? 0, height);
      }
      const wide = textsAt.get(1280)!;
      for (const [width, texts] of textsAt)
        for (const text of wide)
          if (!texts.has(text)) problems.push(`${prefix}/embed/${view.id}/ at ${width} px: "${text}" is not visible (it is at 1280 px)`);
      if (view.kind === "map")
        expect(
          [...wide].some((t) => t === "Legend" || t === "Keterangan"),
          `${prefix} ${view.id} has a legend`,
        ).toBe(true);
    }
    expect(problems).toEqual([]);
    const wrong: string[] = [];
    for (const view of EMBED_VIEWS) {
      const height = tallest[view.id]!;
      const doc = (await (await request.get(`/oembed/${locale}/${view.id}.json`)).json()) as {
        height: number;
        width: number;
        html: string;
      };
      expect(doc.width).toBe(EMBED_WIDTH);
      expect(doc.html).toContain(`height="${doc.height}"`);
      expect(doc.html).toContain(`height:${doc.height}px`);
      if (doc.height < height || doc.height > height + 4) wrong.push(`${locale} ${view.id}: declares ${doc.height}, is ${height}`);
    }
    expect(wrong, `measured heights for src/content/embed-heights.ts:\n${JSON.stringify(tallest)}`).toEqual([]);
  });
}

test("still frames name places at 11 px or more on phones: embeds, the story's first screen, a share page", async ({ page }) => {
  test.setTimeout(120_000);
  await page.route(/live-map|maplibre/, (route) => route.abort());
  const smallest: { px: number; where: string }[] = [];
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 667 });
    for (const path of [
      "/",
      "/id/",
      "/share/soe/",
      "/id/share/study/",
      "/embed/road-to-soe/",
      "/id/embed/study-villages/",
      "/embed/poverty-map/",
      "/embed/ktp-map/",
    ]) {
      await page.goto(path);
      await page.waitForLoadState("load");
      await page.locator(".story-map__still, .chapter__frame").first().scrollIntoViewIfNeeded();
      const labels = await smallestFrameLabelPx(page);
      expect(labels.length, `${path} at ${width} px shows a frame with names`).toBeGreaterThan(0);
      for (const l of labels) smallest.push({ px: l.px, where: `${l.frame} in ${path} at ${width} px (drawn ${l.shownWidth} px wide)` });
    }
  }
  smallest.sort((a, b) => a.px - b.px);
  test
    .info()
    .annotations.push({ type: "smallest still-frame name", description: `${smallest[0]!.px.toFixed(1)} px: ${smallest[0]!.where}` });
  expect(smallest.filter((s) => s.px < 11).map((s) => `${s.px.toFixed(1)} px: ${s.where}`)).toEqual([]);
});
