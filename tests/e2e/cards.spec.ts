/**
 * What a link unfurler gets: open-graph-scraper (the package many chat and CMS previews use) reads
 * `/`, `/id/` and every share page from the served site. Each has its own title and description,
 * a `summary_large_image` card, and an og:image that is an absolute address on SITE_URL naming a
 * 1200×630 PNG in dist/.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test.ts";
import ogs from "open-graph-scraper";

const dist = path.resolve("dist");
const siteUrl = process.env.SITE_URL;

/** `/`, `/id/` and each share page in dist/. */
function pagesWithCards(): string[] {
  const shares = (prefix: string) =>
    readdirSync(path.join(dist, prefix, "share")).map((slug) => `/${prefix}${prefix ? "/" : ""}share/${slug}/`);
  return ["/", "/id/", ...shares(""), ...shares("id")];
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8), `${file} is not a PNG`).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every page people share unfurls with its own card", async ({ baseURL }) => {
  test.setTimeout(120_000);
  expect(siteUrl, "set SITE_URL to the origin dist/ was built for (npm test sets it)").toBeTruthy();
  const site = new URL(siteUrl!);
  const pages = pagesWithCards();
  expect(pages.length).toBeGreaterThanOrEqual(4);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();

  for (const page of pages) {
    const { error, result } = await ogs({ url: new URL(page, baseURL).href, onlyGetOpenGraphInfo: true });
    expect(error, page).toBe(false);
    const title = result.ogTitle ?? "";
    const description = result.ogDescription ?? "";
    expect(title, `${page}: og:title`).not.toBe("");
    expect(description, `${page}: og:description`).not.toBe("");
    expect(titles.get(title), `${page} has the og:title of ${titles.get(title)}`).toBeUndefined();
    expect(descriptions.get(description), `${page} has the og:description of ${descriptions.get(description)}`).toBeUndefined();
    titles.set(title, page);
    descriptions.set(description, page);
    expect(result.twitterCard, page).toBe("summary_large_image");
    expect(result.twitterTitle, page).toBe(title);
    expect(result.ogUrl, `${page}: og:url`).toBe(new URL(page, site).href);

    const image = result.ogImage?.[0];
    expect(image, `${page}: og:image`).toBeDefined();
    const imageUrl = new URL(image!.url);
    expect(imageUrl.origin, `${page}: og:image ${image!.url} is not on SITE_URL`).toBe(site.origin);
    expect([image!.width, image!.height].map(Number), page).toEqual([1200, 630]);
    expect(result.twitterImage?.[0]?.url, page).toBe(image!.url);
    const file = path.join(dist, decodeURIComponent(imageUrl.pathname.slice(new URL(site).pathname.length)));
    expect(pngSize(file), `${page}: ${file}`).toEqual({ width: 1200, height: 630 });
  }
});

test("the story's cover cards are the story's, one per language", async ({ baseURL }) => {
  const en = (await ogs({ url: new URL("/", baseURL).href })).result;
  const id = (await ogs({ url: new URL("/id/", baseURL).href })).result;
  expect(en.ogImage?.[0]?.url).toMatch(/\/og\/en\.png$/);
  expect(id.ogImage?.[0]?.url).toMatch(/\/og\/id\.png$/);
  expect(en.ogLocale).toBe("en_GB");
  expect(id.ogLocale).toBe("id_ID");
  expect(en.ogImage?.[0]?.alt ?? (en as Record<string, unknown>)["ogImageAlt"]).toBeTruthy();
});
