/**
 * The story names its sources as a newspaper does: author or agency, title or table, year, figure.
 * Repository names, commits, table ids, package and file names belong on the data page, and the
 * Indonesian edition carries no English apparatus. Read from the built files (story pages, share
 * pages and the one-file editions), as a reader gets them: the visible text, not the attributes.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test.ts";
import { repoRoot } from "../../src/facts/index.ts";

const dist = path.join(repoRoot, "dist");

/** Every page that tells the story, per edition. */
function storyPages(locale: "en" | "id"): string[] {
  const prefix = locale === "en" ? "" : "id/";
  const shares = readdirSync(path.join(dist, prefix, "share")).map((slug) => `${prefix}share/${slug}/index.html`);
  return [`${prefix}index.html`, ...shares, `download/tts-migration-story-${locale}.html`];
}

/** What a reader sees: scripts, styles and tags taken out, entities of the common kind decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<template[\s\S]*?<\/template>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .replace(/ ([,;.:])/g, "$1");
}

const read = (file: string): string => readFileSync(path.join(dist, file), "utf8");

/** Apparatus that belongs on the data page only. */
const APPARATUS: readonly [string, RegExp][] = [
  ["a repository name", /cahyadsn|wilayah_boundaries/i],
  ["a commit hash", /\b[0-9a-f]{40}\b/],
  ["a BPS table id", /NTg0IzI/],
  ["a dataset host", /\bKaggle\b/],
  ["a package name", /world-atlas|\bnpm\b/],
  ["a file name", /countries-10m|\.json\b|\.csv\b/],
];

for (const locale of ["en", "id"] as const) {
  test.describe(`the ${locale} story's sourcing`, () => {
    test("names no repository, commit, table id, package or file on any story page", () => {
      for (const file of storyPages(locale)) {
        const text = visibleText(read(file));
        for (const [what, re] of APPARATUS) expect(re.exec(text)?.[0], `${what} in ${file}`).toBeUndefined();
      }
    });

    test('says "see the table" at most twice in the edition', () => {
      const text = visibleText(read(storyPages(locale)[0]!));
      const seeTable = text.match(/see the table|lihat tabel/gi) ?? [];
      expect(seeTable.length).toBeLessThanOrEqual(2);
    });

    test("cites the paper by its figures and sections, and the agencies by name and year", () => {
      const html = read(storyPages(locale)[0]!);
      const lines = [...html.matchAll(/<span class="source-line">([\s\S]*?)<\/span>\s*<\/span>\s*(?=<|$)/g)].map((m) => visibleText(m[1]!));
      expect(lines.length).toBeGreaterThan(10);
      const all = lines.join("\n");
      expect(all).toContain("Usbobo & Sogen (2023), " + (locale === "en" ? "Figure 5" : "Gambar 5"));
      expect(all).toMatch(
        locale === "en" ? /BPS NTT, poverty by regency, 2021 and 2024/ : /BPS NTT, kemiskinan menurut kabupaten\/kota, 2021 dan 2024/,
      );
      expect(all).toMatch(
        locale === "en" ? /Boundaries: Interior Ministry area codes \(2025\)/ : /Batas wilayah: kode wilayah Kemendagri \(2025\)/,
      );
      // no page numbers or sub-headings of the paper: a figure or a section, as a newspaper gives it
      expect(all).not.toMatch(/p\. \d+|hlm\. \d+| — /);
      // no "(one source)" tags: where a figure rests on one source, its note says so in words
      expect(all).not.toMatch(/one source|satu sumber/);
    });
  });
}

test("the Indonesian edition carries no English apparatus in its sources", () => {
  for (const file of storyPages("id")) {
    const text = visibleText(read(file));
    for (const english of [
      "not stated",
      "Used only for",
      "official statistics",
      "Research sites",
      "Main Findings",
      "Study Background",
      "Figure ",
    ]) {
      expect(text.includes(english), `"${english}" in ${file}`).toBe(false);
    }
  }
});

test("the data page keeps the full references: repository, commit and table id, in both languages", () => {
  for (const file of ["data/index.html", "id/data/index.html"]) {
    const text = visibleText(read(file));
    expect(text, file).toContain("cahyadsn/wilayah_boundaries");
    expect(text, file).toMatch(/\b[0-9a-f]{40}\b/);
    expect(text, file).toContain("2/NTg0IzI=");
  }
  // the Indonesian data page says it in Indonesian
  expect(visibleText(read("id/data/index.html"))).toContain("Hanya dipakai untuk daratan negara tetangga");
});
