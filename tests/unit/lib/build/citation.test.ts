import { describe, expect, it } from "vitest";
import { loadSources } from "../../../../src/facts/load.ts";
import {
  apa,
  apaAuthors,
  apaName,
  articleFromSource,
  bibtex,
  bibtexEscape,
  bibtexKey,
  type WebWork,
} from "../../../../src/lib/build/citation.ts";

const paperSource = loadSources().sources.find((s) => s.id === "usbobo-sogen-2023")!;
const paper = articleFromSource(paperSource);
const TITLE = "Factors Contributing to Irregular Migration: A Case Study of Human Trafficking Among Migrant Workers in TTS District, NTT";
const URL_ = "https://journal.unwira.ac.id/index.php/LUMENVERITATIS/article/view/2310";

const storyMap: WebWork = {
  kind: "web",
  title: "Why they leave without papers: a story map of irregular migration from Timor Tengah Selatan",
  year: 2026,
  medium: "Story map",
  url: "https://example.org/tts/",
};

describe("APA names", () => {
  it("writes family name and initials", () => {
    expect(apaName("Yohanes Victor Lasi Usbobo")).toBe("Usbobo, Y. V. L.");
    expect(apaName("Jasintah Tagang Sogen")).toBe("Sogen, J. T.");
    expect(apaName("Jean-Paul Sartre")).toBe("Sartre, J.-P.");
    expect(apaName("Soekarno")).toBe("Soekarno");
  });

  it("joins authors with commas and an ampersand", () => {
    expect(apaAuthors(["Yohanes Victor Lasi Usbobo", "Jasintah Tagang Sogen"])).toBe("Usbobo, Y. V. L., & Sogen, J. T.");
    expect(apaAuthors(["Ana Lee"])).toBe("Lee, A.");
    expect(apaAuthors(["Ana Lee", "Budi Santoso", "Citra Dewi"])).toBe("Lee, A., Santoso, B., & Dewi, C.");
    expect(() => apaAuthors([])).toThrow();
  });
});

describe("citing the paper", () => {
  it("takes every field from data/sources.json", () => {
    expect(paper).toMatchObject({
      kind: "article",
      authors: ["Yohanes Victor Lasi Usbobo", "Jasintah Tagang Sogen"],
      year: 2023,
      title: TITLE,
      journal: "Lumen Veritatis: Jurnal Teologi dan Filsafat",
      publisher: "Universitas Katolik Widya Mandira, Kupang",
      firstPage: 87,
      url: URL_,
    });
  });

  it("in APA", () => {
    expect(apa(paper)).toBe(`Usbobo, Y. V. L., & Sogen, J. T. (2023). ${TITLE}. Lumen Veritatis: Jurnal Teologi dan Filsafat. ${URL_}`);
  });

  it("in BibTeX, with a stable key and the title's capitals protected", () => {
    expect(bibtexKey(paper)).toBe("usbobo2023factors");
    expect(bibtex(paper)).toBe(
      [
        "@article{usbobo2023factors,",
        "  author    = {Usbobo, Yohanes Victor Lasi and Sogen, Jasintah Tagang},",
        `  title     = {{${TITLE}}},`,
        "  journal   = {Lumen Veritatis: Jurnal Teologi dan Filsafat},",
        "  publisher = {Universitas Katolik Widya Mandira, Kupang},",
        "  year      = {2023},",
        "  pages     = {87+},",
        `  url       = {${URL_}}`,
        "}",
      ].join("\n"),
    );
    expect(bibtex(paper)).toBe(bibtex(articleFromSource(paperSource)));
  });

  it("refuses a source that is not an article", () => {
    expect(() => articleFromSource({ id: "x", title: "T", year: 2020 })).toThrow(/cannot be cited as an article/);
  });
});

describe("BibTeX escaping", () => {
  it("escapes braces and TeX's special characters", () => {
    expect(bibtexEscape("{a} & b")).toBe("\\{a\\} \\& b");
    expect(bibtexEscape("50% of #1 $x_y")).toBe("50\\% of \\#1 \\$x\\_y");
    expect(bibtexEscape("a\\b ~ ^")).toBe("a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}");
  });

  it("leaves balanced braces in every field, whatever the text holds", () => {
    const entry = bibtex({
      kind: "article",
      authors: ["Ana {Lee}"],
      year: 2020,
      title: "On {curly} braces } & 100%",
      journal: "J_{x}",
      url: "https://example.org/{a}",
    });
    expect(entry).toContain("title   = {{On \\{curly\\} braces \\} \\& 100\\%}}");
    expect(entry).toContain("author  = {\\{Lee\\}, Ana}");
    expect(entry).toContain("journal = {J\\_\\{x\\}}");
    expect(entry).toContain("url     = {https://example.org/%7Ba%7D}");
    // Unescaped braces balance: no field ends early.
    const unescaped = entry.replace(/\\[{}]/g, "");
    let depth = 0;
    for (const ch of unescaped) {
      depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it("builds keys from plain letters", () => {
    expect(bibtexKey({ kind: "article", authors: ["Zoë Ñúñez"], year: 2001, title: "The Art of Things", journal: "J" })).toBe(
      "nunez2001art",
    );
  });
});

describe("citing the story map", () => {
  it("in APA, titled first when there is no personal author", () => {
    expect(apa(storyMap)).toBe(
      "Why they leave without papers: a story map of irregular migration from Timor Tengah Selatan [Story map]. (2026). https://example.org/tts/",
    );
  });

  it("in BibTeX as @misc", () => {
    expect(bibtexKey(storyMap)).toBe("whytheyleave2026");
    expect(bibtex(storyMap)).toBe(
      [
        "@misc{whytheyleave2026,",
        "  title        = {{Why they leave without papers: a story map of irregular migration from Timor Tengah Selatan}},",
        "  howpublished = {Story map},",
        "  year         = {2026},",
        "  url          = {https://example.org/tts/}",
        "}",
      ].join("\n"),
    );
  });
});
