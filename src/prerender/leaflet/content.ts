/**
 * What the printed leaflet says, in one language: the title, the map of the six villages, five or
 * six findings each with its key figure and source, the recommendations, the citation and the
 * story's address. Taken from the chapters and the figure registry the story itself uses, so a
 * figure reads the same on paper as on screen. Pure apart from what is passed in; a chapter the
 * leaflet needs that is missing, or that lacks its key figure, stops the build by name.
 */
import type { ChapterData } from "../../content/chapter-schema.ts";
import { leafletFigureLabel } from "../../i18n/handout.ts";
import type { Locale } from "../../i18n/locales.ts";
import { apa, articleFromSource, type PaperSource } from "../../lib/build/citation.ts";
import { lookupFigure, type FigureRegistry, type RegisteredFigure } from "../../lib/build/figure-registry.ts";
import { replaceFigureTokens } from "../../lib/build/figure-tokens.ts";
import { formatFigure } from "../../lib/shared/format.ts";
import { citeSources, compactPlaces, localizeWhere, storySourceName } from "../../lib/build/source-line.ts";

/** The findings on the leaflet, in order: a chapter and the one figure that carries it. */
export const LEAFLET_FINDINGS: readonly { slug: string; keyFigure: string }[] = [
  { slug: "study", keyFigure: "study.respondents" },
  { slug: "income", keyFigure: "income.under100k" },
  { slug: "reasons", keyFigure: "reasons.moreMoney" },
  { slug: "ktp", keyFigure: "ktp.tts" },
  { slug: "documents", keyFigure: "docs.birthCertificate" },
  { slug: "schooling", keyFigure: "education.elementaryOnly" },
];
/** The chapter whose still map shows the six villages by name. */
export const LEAFLET_MAP_CHAPTER = "study";
export const LEAFLET_RECOMMENDATIONS_CHAPTER = "recommendations";
export const PAPER_SOURCE_ID = "usbobo-sogen-2023";

/** What the leaflet reads of a chapter (a content collection entry's data, and its Markdown). */
export interface LeafletChapter {
  slug: string;
  title: string;
  summary: string;
  map: ChapterData["map"];
  /** the figure keys the chapter's text uses */
  figureKeys: readonly string[];
  /** the chapter's Markdown, figure tokens not yet replaced */
  body: string;
}

export interface LeafletFinding {
  slug: string;
  title: string;
  figure: RegisteredFigure;
  /** the key figure as the story prints it in this language */
  display: string;
  label: string;
  summary: string;
  source: string;
}

export interface LeafletContent {
  locale: Locale;
  mapChapter: LeafletChapter;
  findings: LeafletFinding[];
  recommendations: { lead: string; text: string }[];
  citation: string;
  address: string;
}

export interface LeafletSources {
  sources: readonly (PaperSource & { short: string; shortId?: string | undefined; story?: { en: string; id: string } | undefined })[];
}

export function leafletContent(
  chapters: readonly LeafletChapter[],
  registry: FigureRegistry,
  locale: Locale,
  { sources }: LeafletSources,
  address: string,
): LeafletContent {
  const where = `leaflet (${locale})`;
  const chapter = (slug: string): LeafletChapter => {
    const c = chapters.find((x) => x.slug === slug);
    if (!c) throw new Error(`${where}: the chapter "${slug}" is missing`);
    return c;
  };
  const shortOf = (id: string): string => {
    const s = sources.find((x) => x.id === id);
    if (!s) throw new Error(`${where}: unknown source "${id}" (not in data/sources.json)`);
    return storySourceName(s, locale);
  };
  const findings = LEAFLET_FINDINGS.map(({ slug, keyFigure }) => {
    const c = chapter(slug);
    if (!c.figureKeys.includes(keyFigure)) {
      throw new Error(`${where}: chapter "${slug}" has no key figure: its text does not use "${keyFigure}"`);
    }
    const figure = lookupFigure(registry, keyFigure);
    const rawLabel = leafletFigureLabel(locale, slug);
    if (!rawLabel) throw new Error(`${where}: chapter "${slug}" has no label for its key figure in src/i18n/handout.ts`);
    const label = replaceFigureTokens(rawLabel, registry, locale, `src/i18n/handout.ts (leaflet.figure.${slug}, ${locale})`).text;
    const source = citeSources([figure])
      .map((s) => [shortOf(s.source), ...compactPlaces(s.where).map((w) => localizeWhere(w, locale))].join(", "))
      .join("; ");
    return { slug, title: c.title, figure, display: formatFigure(figure.value, figure.unit, locale), label, summary: c.summary, source };
  });
  const recs = chapter(LEAFLET_RECOMMENDATIONS_CHAPTER);
  const body = replaceFigureTokens(recs.body, registry, locale, `${where}: chapter "${recs.slug}"`).text;
  const recommendations = recommendationsOf(body);
  if (recommendations.length === 0) {
    throw new Error(`${where}: chapter "${recs.slug}" has no recommendations (paragraphs that open with a **bold lead.**)`);
  }
  const paper = sources.find((s) => s.id === PAPER_SOURCE_ID);
  if (!paper) throw new Error(`${where}: data/sources.json has no "${PAPER_SOURCE_ID}"`);
  return { locale, mapChapter: chapter(LEAFLET_MAP_CHAPTER), findings, recommendations, citation: apa(articleFromSource(paper)), address };
}

/** "**Papers for all.** The provincial government …" paragraphs, as lead and text. */
export function recommendationsOf(markdown: string): { lead: string; text: string }[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .flatMap((p) => {
      const m = /^\*\*(.+?)\*\*\s*(.+)$/.exec(p);
      return m ? [{ lead: plain(m[1]!), text: plain(m[2]!) }] : [];
    });
}

/** Markdown emphasis and links as the words they carry. */
function plain(text: string): string {
  return text.replace(/\[([^\]]+)\]\([^)]*\)/g, "$1").replace(/(\*\*|__|\*|_)(.+?)\1/g, "$2");
}
