/**
 * The "Data and sources" page in both languages, and the files it offers: every link works, each
 * chart CSV holds the same numbers as data/, each layer is RFC 7946 GeoJSON with its licence.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import type { FeatureCollection, Geometry, Position } from "geojson";
import { buildChart } from "../../src/prerender/story/chart-specs.ts";
import { DATA_PAGE } from "../../src/i18n/data-page.ts";
import { t } from "../../src/i18n/translate.ts";
import { sourceShortName } from "../../src/lib/build/source-line.ts";
import { CHARTS } from "../../src/content/chapter-schema.ts";
import { CHART_DEFS } from "../../src/content/chart-definitions.ts";
import { loadMigrantWorkerDeaths, loadPaperFigures, loadSources, parseCsv, repoRoot } from "../../src/facts/index.ts";

const PAGES = [
  { path: "/data/", lang: "en", story: "/", other: "id" },
  { path: "/id/data/", lang: "id", story: "/id/", other: "en" },
] as const;

const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(repoRoot, file), "utf8")) as T;
const rawBoundaries = readJson<{ license: string; attribution: string }>("data/raw-boundaries.json");
const studyArea = readJson<{ villages: { code: string; paperName: string }[] }>("data/study-area.json");
const { sources } = loadSources();
const paper = sources.find((s) => s.id === "usbobo-sogen-2023")!;
const shortOf = new Map(sources.map((s) => [s.id, s.short]));

const EXPECTED_LAYERS = { provinces: 38, regencies: 22, districts: 32, villages: 278 } as const;
const CSV_HEADER = ["category", "value", "value_to", "unit", "year", "source", "where"];

async function downloadLinks(page: Page): Promise<string[]> {
  return page.locator("a[data-download-link]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
}

async function fetchText(request: APIRequestContext, href: string): Promise<{ text: string; bytes: number; type: string }> {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  const body = await response.body();
  return { text: body.toString("utf8"), bytes: body.length, type: response.headers()["content-type"] ?? "" };
}

/** Twice the signed planar area, positive for anticlockwise rings (independent of src/lib). */
function shoelace(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s;
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
}

for (const p of PAGES) {
  test(`the data page in ${p.lang}: language, links, sources and citations`, async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(p.path);
    await expect(page.locator("html")).toHaveAttribute("lang", p.lang);
    await expect(page.locator(`link[rel="alternate"][hreflang="${p.lang}"]`)).toHaveAttribute("href", new RegExp(`${p.path}$`));
    await expect(page.locator(`link[rel="alternate"][hreflang="${p.other}"]`)).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(p.lang === "en" ? "Data and sources" : "Data dan sumber");
    await expect(page.locator(`main a[href="${p.story}"]`).first()).toBeVisible();
    await expect(page.locator(`a[hreflang="${p.other}"]`)).toHaveAttribute("href", p.other === "en" ? "/data/" : "/id/data/");

    const links = await downloadLinks(page);
    expect(links.sort()).toEqual(
      [
        ...CHARTS.map((c) => `/downloads/chart-${c}.csv`),
        ...Object.keys(EXPECTED_LAYERS).map((l) => `/downloads/layer-${l}.geojson`),
        "/downloads/village-distances-to-soe.csv",
      ].sort(),
    );

    // Every source of data/sources.json is listed by its name in the page's language, with its licence.
    for (const s of sources) await expect(page.locator(`#source-${s.id}`)).toContainText(sourceShortName(s, p.lang));
    await expect(page.locator("#source-usbobo-sogen-2023")).toContainText("CC BY-NC-SA 4.0");
    await expect(page.locator("#source-wilayah-boundaries")).toContainText("MIT");

    // Cite this: the paper's title in both styles; the story map with the site's address.
    await expect(page.locator("#cite-paper-apa")).toContainText(paper.title!);
    await expect(page.locator("#cite-paper-apa")).toContainText("Usbobo, Y. V. L., & Sogen, J. T. (2023).");
    await expect(page.locator("#cite-paper-bibtex")).toContainText(`title     = {{${paper.title}}}`);
    await expect(page.locator("#cite-paper-bibtex")).toContainText("@article{usbobo2023factors,");
    // the story map is cited under its title in the page's language
    await expect(page.locator("#cite-story-map-apa")).toContainText(t(DATA_PAGE, p.lang, "cite.storyMapTitle"));
    await expect(page.locator("#cite-story-map-bibtex")).toContainText(/@misc\{[a-z]+2026,/);
    await expect(page.locator("#cite-story-map-bibtex")).toContainText(/url\s+= \{https?:\/\/[^}]+\/\}/);

    // The chart rows name the paper's licence; the layer rows the boundaries' licence and attribution.
    await expect(page.locator('[data-download="chart-ktp.csv"]')).toContainText("CC BY-NC-SA 4.0");
    for (const layer of Object.keys(EXPECTED_LAYERS)) {
      const row = page.locator(`[data-download="layer-${layer}.geojson"]`);
      await expect(row).toContainText(rawBoundaries.license);
      await expect(row).toContainText(rawBoundaries.attribution);
    }

    // The copy buttons' script runs (it is shown by it) and breaks no rule of the page's CSP.
    await expect(page.locator("button[data-copy]")).toHaveCount(4);
    await expect(page.locator("button[data-copy]").first()).toBeVisible();
    expect(problems, "console errors and CSP violations").toEqual([]);
  });
}

test("every download link on both pages answers 200, with the size the page states", async ({ page, request }) => {
  for (const p of PAGES) {
    await page.goto(p.path);
    const rows = await page.locator("[data-download]").evaluateAll((trs) =>
      trs.map((tr) => ({
        href: tr.querySelector("a[data-download-link]")!.getAttribute("href")!,
        bytes: Number(tr.querySelector("[data-bytes]")!.getAttribute("data-bytes")),
        size: tr.querySelector("[data-bytes]")!.textContent!.trim(),
      })),
    );
    expect(rows).toHaveLength(CHARTS.length + 4 + 1); // charts, layers, the villages' distances to Soe
    for (const row of rows) {
      const { bytes, type } = await fetchText(request, row.href);
      expect(bytes, row.href).toBe(row.bytes);
      expect(type, row.href).toMatch(row.href.endsWith(".csv") ? /^text\/csv/ : /^application\/geo\+json/);
      const kb = Math.max(0.1, bytes / 1024).toFixed(1);
      expect(row.size.replace(",", ".")).toBe(`${kb} KB`);
    }
  }
});

test("each chart CSV holds the chart's numbers from data/", async ({ request }) => {
  const paperFigures = new Map(loadPaperFigures().map((f) => [f.key, f]));
  const deaths = new Map(loadMigrantWorkerDeaths().map((d) => [`deaths.y${d.year}`, d.count]));
  for (const id of CHARTS) {
    const { text } = await fetchText(request, `/downloads/chart-${id}.csv`);
    expect(text.endsWith("\r\n"), `${id}: CRLF line ends`).toBe(true);
    expect(text.replace(/\r\n/g, "").includes("\n"), `${id}: no bare LF`).toBe(false);
    const table = parseCsv(text, `chart-${id}.csv`);
    expect(table.header).toEqual(CSV_HEADER);
    const chart = buildChart(id, "en");
    const defs = CHART_DEFS[id].rows;
    expect(table.rows, id).toHaveLength(defs.length);
    table.rows.forEach(({ cells }, i) => {
      const [category, value, valueTo, unit, year, source, where] = cells as [string, string, string, string, string, string, string];
      const row = chart.rows[i]!;
      const def = defs[i]!;
      const figure = chart.figures.find((f) => f.key === def.key)!;
      expect(category, `${id} row ${i + 1}`).toBe(row.label);
      expect(value, `${id} row ${i + 1}: a plain number`).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(value)).toBe(row.value);
      expect(valueTo === "" ? undefined : Number(valueTo)).toBe(row.to);
      expect(unit).toBe(figure.unit);
      expect(year === "" ? undefined : Number(year)).toBe(figure.year);
      expect(source).toBe(shortOf.get(figure.source));
      expect(where).toBe(figure.where ?? "");
      // And straight from the curated files, not only through the build's registry.
      const fromPaper = paperFigures.get(def.key);
      if (fromPaper) {
        expect(Number(value), `${id}: ${def.key} as in data/paper-figures.json`).toBe(fromPaper.value);
        expect(source).toBe(paper.short);
      }
      if (def.to && paperFigures.has(def.to)) expect(Number(valueTo)).toBe(paperFigures.get(def.to)!.value);
      if (deaths.has(def.key)) expect(Number(value), `${id}: ${def.key} as in data/stats`).toBe(deaths.get(def.key));
    });
  }
});

test("each layer is RFC 7946 GeoJSON with the expected areas, winding, flags and licence", async ({ request }) => {
  for (const [layer, count] of Object.entries(EXPECTED_LAYERS)) {
    const { text } = await fetchText(request, `/downloads/layer-${layer}.geojson`);
    const fc = JSON.parse(text) as FeatureCollection<Geometry, Record<string, unknown>> & { license?: string; attribution?: string };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.license).toBe(rawBoundaries.license);
    expect(fc.attribution).toBe(rawBoundaries.attribution);
    expect(fc.features, layer).toHaveLength(count);
    // Checked in plain code and reported at once: tens of thousands of points.
    const problems: string[] = [];
    let exteriors = 0;
    for (const f of fc.features) {
      const code = String(f.properties.code);
      if (f.type !== "Feature") problems.push(`${code}: not a Feature`);
      if (typeof f.properties.code !== "string" || typeof f.properties.name !== "string") problems.push(`${code}: no code or name`);
      for (const polygon of polygonsOf(f.geometry)) {
        exteriors++;
        polygon.forEach((ring, k) => {
          if (ring.length < 4 || String(ring[0]) !== String(ring[ring.length - 1])) problems.push(`${code}: ring ${k} is not closed`);
          const area = shoelace(ring);
          if (k === 0 && !(area > 0)) problems.push(`${code}: exterior ring is not anticlockwise`);
          if (k > 0 && !(area < 0)) problems.push(`${code}: hole ${k} is not clockwise`);
        });
        for (const [lng, lat] of polygon.flat()) {
          if (!(lng! >= 90 && lng! <= 145 && lat! >= -15 && lat! <= 10))
            problems.push(`${code}: [${lng}, ${lat}] is not a longitude, latitude in Indonesia`);
        }
      }
    }
    expect(problems.slice(0, 20), layer).toEqual([]);
    expect(exteriors).toBeGreaterThanOrEqual(count);
    if (layer === "regencies") {
      for (const f of fc.features) {
        expect(Object.keys(f.properties).filter((k) => /^p0_\d{4}$/.test(k)).length, String(f.properties.code)).toBeGreaterThan(0);
      }
    }
    if (layer === "villages") {
      const flagged = fc.features.filter((f) => f.properties.study === true);
      expect(flagged.map((f) => f.properties.code).sort()).toEqual(studyArea.villages.map((v) => v.code).sort());
      for (const v of studyArea.villages) {
        expect(flagged.find((f) => f.properties.code === v.code)!.properties.paperName).toBe(v.paperName);
      }
      expect(fc.features.filter((f) => f.properties.study !== true).every((f) => f.properties.study === false)).toBe(true);
    }
  }
});

test("the copy button puts the citation on the clipboard; without JavaScript it is not shown", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto("/data/");
  const button = page.locator('button[data-copy="cite-paper-bibtex"]');
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('[data-copy-status="cite-paper-bibtex"]')).not.toBeEmpty();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator("#cite-paper-bibtex").textContent());
  await context.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto("/id/data/");
  await expect(plain.locator("button[data-copy]").first()).toBeHidden();
  await expect(plain.locator("#cite-paper-apa")).toContainText(paper.title!);
  await noJs.close();
});
