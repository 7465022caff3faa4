/**
 * What the story hands on: the one-file edition of each language, opened from disk as a phone's
 * file manager would (every request but the file itself blocked and counted), and the printed
 * leaflet read back with poppler's pdftotext and pdfinfo.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { axeViolations } from "./support/axe.ts";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { repoRoot } from "../../src/paths.ts";

const dist = path.join(repoRoot, "dist");
const LOCALES = [
  { locale: "en", story: "index.html", respondents: /360 respondents/ },
  { locale: "id", story: "id/index.html", respondents: /360 responden/ },
] as const;
const VILLAGES = ["Kelle", "Kuanfatu", "Basmuti", "Bone", "Neke", "Pene Utara"];
const MB = 1024 * 1024;

const chapterCount = (locale: string): number =>
  readdirSync(path.join(repoRoot, "src/content/chapters", locale)).filter((f) => f.endsWith(".md")).length;
const storyHtml = (file: string): string => readFileSync(path.join(dist, file), "utf8");
/** The story's own address, as its pages announce it to other sites. */
const storyAddress = (locale: string, file: string): string => {
  const m = new RegExp(`<link rel="alternate" hreflang="${locale}" href="([^"]+)"`).exec(storyHtml(file));
  if (!m) throw new Error(`${file} names no alternate address for ${locale}`);
  return m[1]!;
};

async function openFromDisk(page: Page, file: string): Promise<string[]> {
  const own = pathToFileURL(file).href;
  const requests: string[] = [];
  page.on("request", (r) => {
    // A data: URL is the file's own content, decoded in place: not a request.
    if (r.url() !== own && !r.url().startsWith("data:")) requests.push(r.url());
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    return url === own || url.startsWith("data:") ? route.continue() : route.abort();
  });
  await page.goto(own);
  await page.waitForLoadState("load");
  return requests;
}

for (const { locale, story, respondents } of LOCALES) {
  test.describe(`one-file edition (${locale})`, () => {
    const file = path.join(dist, "download", `tts-migration-story-${locale}.html`);

    test("opens from disk complete, with no request at all", async ({ page }) => {
      const bytes = statSync(file).size;
      console.log(`one-file edition ${locale}: ${(bytes / MB).toFixed(2)} MB`);
      expect(bytes).toBeLessThanOrEqual(2 * MB);

      await page.setViewportSize({ width: 375, height: 800 });
      const requests = await openFromDisk(page, file);
      await expect(page.locator("[data-edition-chapter]")).toHaveCount(chapterCount(locale));
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("[data-edition-note] a")).toHaveText(storyAddress(locale, story));

      // Every chapter's still map is carried in the page as an image, decoded and drawn: the
      // story's own frame of that chapter (its quotes made single, its spaces collapsed).
      const frames = await page.locator("[data-edition-chapter] img.chapter__frame").evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => {
          img.scrollIntoView();
          return {
            slug: img.closest<HTMLElement>("[data-edition-chapter]")!.dataset.editionChapter!,
            data: img.src.startsWith("data:image/svg+xml,"),
            svg: decodeURIComponent(img.src.replace(/^data:image\/svg\+xml,/, "")),
            width: img.getBoundingClientRect().width,
            alt: img.alt,
          };
        }),
      );
      expect(frames).toHaveLength(chapterCount(locale));
      for (const f of frames) {
        expect(f.data).toBe(true);
        const served = readFileSync(path.join(dist, "frames", locale, `${f.slug}.svg`), "utf8");
        expect(f.svg.replace(/'/g, '"'), `the ${f.slug} frame`).toBe(served.replace(/\s+/g, " "));
        expect((f.svg.match(/M-?\d/g) ?? []).length, `outlines in the ${f.slug} frame`).toBeGreaterThan(10);
        expect(f.width).toBeGreaterThan(300);
        expect(f.alt.length).toBeGreaterThan(30);
      }
      await expect
        .poll(() =>
          page
            .locator("img.chapter__frame")
            .evaluateAll((imgs) => (imgs as HTMLImageElement[]).filter((i) => i.complete && i.naturalWidth > 0).length),
        )
        .toBe(chapterCount(locale));
      const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);

      // The same charts as the story, each with its data table and source.
      const storyCharts = (storyHtml(story).match(/<figure class="chart"/g) ?? []).length;
      expect(storyCharts).toBeGreaterThan(5);
      await expect(page.locator("figure.chart")).toHaveCount(storyCharts);
      await expect(page.locator("figure.chart table")).toHaveCount(storyCharts);
      await expect(page.locator("figure.chart .chart__source a").first()).toBeVisible();
      const bars = await page
        .locator("figure.chart .chart__bar")
        .evaluateAll((rects) => rects.filter((r) => r.getBoundingClientRect().width > 0).length);
      expect(bars).toBeGreaterThan(storyCharts * 2);
      await expect(page.locator("#source-usbobo-sogen-2023")).toBeVisible();
      await expect(page.locator("#study-title")).toHaveText(respondents);

      // Each axis's tick labels stand apart (unplaced, they ran together as "0%20%40%…").
      const touching = await page.locator("figure.chart .chart__axis").evaluateAll((axes) =>
        axes.flatMap((axis) => {
          const boxes = [...axis.querySelectorAll(".chart__tick-label")].map((s) => s.getBoundingClientRect());
          return boxes
            .slice(1)
            .filter((b, k) => b.left < boxes[k]!.right + 2)
            .map(() => axis.closest("figure")!.getAttribute("data-chart"));
        }),
      );
      expect(await page.locator("figure.chart .chart__tick-label").count()).toBeGreaterThan(storyCharts * 2);
      expect(touching).toEqual([]);
      // Nothing wider than a phone's screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.screenshot({ path: `test-results/handout/one-file-${locale}-375.png` });
      await page.locator("#study").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/handout/one-file-${locale}-375-study.png` });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.locator("#ktp").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/handout/one-file-${locale}-1280-ktp.png` });

      expect(requests).toEqual([]);

      // As accessible as the story: no WCAG A/AA violation that axe can find.
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
const hasZbar = (): boolean => {
  try {
    execFileSync("zbarimg", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

for (const { locale, story, respondents } of LOCALES) {
  test.describe(`leaflet (${locale})`, () => {
    const file = path.join(dist, "download", `leaflet-${locale}.pdf`);

    test("reads back as two A4 pages with the study's figures, the villages and the story's address", async ({ request }) => {
      const bytes = statSync(file).size;
      console.log(`leaflet ${locale}: ${(bytes / 1024).toFixed(0)} KB`);
      expect(bytes).toBeLessThanOrEqual(1 * MB);
      const served = await request.get(`/download/leaflet-${locale}.pdf`);
      expect(served.status()).toBe(200);
      expect((await served.body()).equals(readFileSync(file))).toBe(true);

      const info = run("pdfinfo", [file]);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(4);
      expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)/m);
      // Every font embedded: the last-but-two column of pdffonts is "emb".
      const fonts = run("pdffonts", [file]).split("\n").slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThanOrEqual(3);
      for (const f of fonts) expect(f).toMatch(/\syes\s+yes\s+yes\s+\d+\s+\d+$/);

      const text = run("pdftotext", ["-layout", file, "-"]).replace(/[ \t]+/g, " ");
      expect(text).toMatch(respondents);
      for (const village of VILLAGES) expect(text).toContain(village);
      expect(text).toContain(storyAddress(locale, story));
      expect(text).toMatch(locale === "en" ? /28\.3%/ : /28,3%/);
      expect(text).toContain("Usbobo, Y. V. L., & Sogen, J. T. (2023)");

      mkdirSync("test-results/handout", { recursive: true });
      run("pdftoppm", ["-r", "60", "-png", file, `test-results/handout/leaflet-${locale}`]);
      // The QR code opens the same address, where zbar (Debian's zbar-tools) is there to read it.
      if (hasZbar()) {
        run("pdftoppm", ["-r", "150", "-png", "-f", String(pages), "-l", String(pages), file, `test-results/handout/qr-${locale}`]);
        const png = readdirSync("test-results/handout").find((f) => f.startsWith(`qr-${locale}`))!;
        expect(run("zbarimg", ["-q", "--raw", path.join("test-results/handout", png)]).trim()).toBe(storyAddress(locale, story));
      } else if (process.env.CI)
        throw new Error("zbarimg is missing: scripts/install-poppler.sh installs it, and CI must decode the QR code");
      else test.info().annotations.push({ type: "skipped check", description: "zbarimg not installed: the QR code was not decoded" });
    });
  });
}

test("the story's footer and the data page offer both, in their language", async ({ page, request }) => {
  for (const [pagePath, locale] of [
    ["/", "en"],
    ["/data/", "en"],
    ["/id/", "id"],
    ["/id/data/", "id"],
  ] as const) {
    await page.goto(pagePath);
    const links = page.locator("[data-handouts] a");
    await expect(links).toHaveCount(2);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs).toEqual([`/download/tts-migration-story-${locale}.html`, `/download/leaflet-${locale}.pdf`]);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
});
