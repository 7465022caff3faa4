/**
 * The downloadable graphics: for every embeddable view and language an SVG whose title, legend
 * (maps) or axis (charts), source and credit are real text in named groups, and a PNG at least
 * 2400 px wide; linked from each chapter's embed dialog and from the data page.
 */
import { expect, test } from "./support/test.ts";
import { EMBED_VIEWS } from "../../src/content/embeds.ts";
import { PRINT_TEXT } from "../../src/prerender/graphic/graphic.ts";

const LOCALES = ["en", "id"] as const;
const SOURCE_WORD = { en: "Source:", id: "Sumber:" } as const;

test("every view has an editable SVG and a PNG at least 2400 px wide, in both languages", async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  for (const locale of LOCALES) {
    for (const view of EMBED_VIEWS) {
      const at = `/graphics/${locale}/${view.id}`;
      const png = await request.get(`${at}.png`);
      expect(png.status(), at).toBe(200);
      const bytes = await png.body();
      expect(bytes.subarray(1, 4).toString("latin1"), at).toBe("PNG");
      // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
      expect(bytes.readUInt32BE(16), `${at}.png width`).toBeGreaterThanOrEqual(2400);
      const svg = await request.get(`${at}.svg`);
      expect(svg.status(), at).toBe(200);
      const parts = await page.evaluate(
        (text) => {
          const doc = new DOMParser().parseFromString(text, "image/svg+xml");
          const error = doc.querySelector("parsererror")?.textContent ?? null;
          const layer = (id: string) => doc.getElementById(id)?.textContent?.trim() ?? null;
          const labels = [...doc.querySelectorAll("g[id]")]
            .map((g) => g.getAttributeNS("http://www.inkscape.org/namespaces/inkscape", "label"))
            .filter(Boolean);
          return {
            error,
            title: doc.querySelector("svg > title")?.textContent ?? "",
            heading: layer("title"),
            legend: layer("legend"),
            axis: layer("axis"),
            source: layer("source"),
            credit: layer("credit"),
            labels,
          };
        },
        await svg.text(),
      );
      expect(parts.error, at).toBeNull();
      expect(parts.title.length, at).toBeGreaterThan(5);
      expect(parts.heading?.replace(/\s+/g, " "), at).toBe(parts.title);
      expect(parts.source, at).toContain(SOURCE_WORD[locale]);
      expect(parts.credit, at).toContain(locale === "en" ? "https://tts-migration.example/" : "https://tts-migration.example/id/");
      expect(parts.labels, at).toEqual(expect.arrayContaining(["Title", "Source", "Credit"]));
      if (view.kind === "map") {
        expect(parts.labels, at).toContain("Map");
        expect(parts.legend?.length ?? 0, `${at} legend`).toBeGreaterThan(10);
      } else {
        expect(parts.labels, at).toContain("Chart");
        expect(parts.axis, `${at} axis`).toMatch(/\d/);
      }
    }
  }
});

test("the poverty map's graphic carries its legend's scale and its source in Indonesian", async ({ request }) => {
  const svg = await (await request.get("/graphics/id/poverty-map.svg")).text();
  expect(svg).toContain("Persentase penduduk miskin, Maret 2024");
  expect(svg).toContain("BPS NTT");
  expect(svg).toContain('inkscape:label="poverty-0"');
});

test("the embed dialog links the chapter's graphic, and the data page lists them all", async ({ page }) => {
  await page.goto("/#poverty");
  await page.locator('section#poverty [data-embed-open][data-embed-id="poverty-map"]').click();
  const dialog = page.locator("[data-embed-dialog]");
  await expect(dialog.locator("[data-embed-svg]")).toHaveAttribute("href", "/graphics/en/poverty-map.svg");
  await expect(dialog.locator("[data-embed-png]")).toHaveAttribute("href", "/graphics/en/poverty-map.png");
  await page.goto("/id/data/");
  await expect(page.locator("[data-graphic]")).toHaveCount(EMBED_VIEWS.length);
  await expect(page.locator('[data-graphic="chart-deaths"] a[href="/graphics/id/chart-deaths.png"]')).toHaveCount(1);
});

test("every word of every graphic prints at 8 pt or more across two columns (PRINT_TEXT units), the map's names too", async ({
  request,
}) => {
  const small: string[] = [];
  for (const locale of LOCALES) {
    for (const view of EMBED_VIEWS) {
      const svg = await (await request.get(`/graphics/${locale}/${view.id}.svg`)).text();
      // The map is a nested <svg> scaled into its box: its sizes count at that scale.
      const nested = /<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" viewBox="[\d.-]+ [\d.-]+ ([\d.]+) [\d.]+"/.exec(svg);
      const scale = nested ? Number(nested[1]) / Number(nested[2]) : 1;
      const start = nested ? svg.indexOf(nested[0]) : -1;
      const end = start < 0 ? -1 : svg.indexOf("</svg>", start);
      for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) {
        const inMap = start >= 0 && m.index > start && m.index < end;
        const size = Number(m[1]) * (inMap ? scale : 1);
        // An interviewee badge's number is drawn inside its dark badge, 12/14 of a name's size.
        const badge = inMap && svg.slice(m.index - 120, m.index).includes('text-anchor="middle" font-weight="700"');
        if (size < PRINT_TEXT - 0.5 && !badge) small.push(`${locale}/${view.id}: ${size.toFixed(1)}${inMap ? " (map)" : ""}`);
      }
    }
  }
  expect(PRINT_TEXT).toBeGreaterThanOrEqual(30);
  expect([...new Set(small)]).toEqual([]);
});
