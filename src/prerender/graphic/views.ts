/**
 * Each embeddable view (content/embeds.ts) as a downloadable graphic per language: a map from its
 * chapter's frame, legend and sources; a chart from its spec. Addresses under /graphics/.
 */
import type { ChapterData } from "../../content/chapter-schema.ts";
import { EMBED_VIEWS, type EmbedView } from "../../content/embeds.ts";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { legendFor } from "../../lib/build/legend.ts";
import { buildChart } from "../story/chart-specs.ts";
import { embedTitle } from "../story/embed-titles.ts";
import { chapterFrameSvg } from "../map/frames.ts";
import { GRAPHIC_PAD, PRINT_TEXT, TEXT_WIDTH, graphicSvg, mapPart } from "./graphic.ts";
import { LABEL_METRICS } from "../../lib/shared/label-placement.ts";
import { chartPart, legendPart } from "./parts.ts";
import { creditText, figuresFor, mapLegendTexts, sourceText } from "./texts.ts";
import { siteBase } from "../urls.ts";

export type GraphicFormat = "svg" | "png";

export function graphicUrl(locale: Locale, viewId: string, format: GraphicFormat): string {
  return `${siteBase()}graphics/${locale}/${viewId}.${format}`;
}

/** The map's box in the graphic: the frame's 4:3 shape across the text column. */
const MAP_BOX = { width: TEXT_WIDTH, height: Math.round((TEXT_WIDTH * 3) / 4) };
/**
 * The frame is drawn smaller and scaled up into MAP_BOX, so that its place names (LABEL_METRICS.font
 * in the frame) come out at the graphic's print size, PRINT_TEXT; the names are placed apart at
 * that size, those that no longer fit left out.
 */
const LABEL_ZOOM = PRINT_TEXT / LABEL_METRICS.font;
const FRAME_BOX = { width: Math.round(MAP_BOX.width / LABEL_ZOOM), height: Math.round(MAP_BOX.height / LABEL_ZOOM) };

export type GraphicChapter = Pick<ChapterData, "title" | "map" | "sources"> & { slug: string; figureKeys: readonly string[] };

const svgs = new Map<string, string>();

/** The graphic's SVG; `chapters` are the story's chapters in `locale`, `storyAddress` the story's public address. */
export function viewGraphicSvg(view: EmbedView, locale: Locale, chapters: readonly GraphicChapter[], storyAddress: string): string {
  const key = `${locale}/${view.id}`;
  const had = svgs.get(key);
  if (had) return had;
  const title = embedTitle(view, locale, (slug) => chapters.find((c) => c.slug === slug)?.title);
  const credit = creditText(locale, storyAddress);
  let svg: string;
  if (view.kind === "chart") {
    const chart = buildChart(view.chart, locale);
    svg = graphicSvg({ locale, kind: "chart", title, body: chartPart(chart), source: sourceText(chart.figures, [], locale), credit });
  } else {
    const chapter = chapters.find((c) => c.slug === view.chapter)!;
    const frame = chapterFrameSvg(chapter, locale, FRAME_BOX);
    const legend = legendPart(legendFor(chapter.map.layers, mapLegendTexts(locale)));
    const source = sourceText(figuresFor(chapter.figureKeys), chapter.sources, locale);
    svg = graphicSvg({
      locale,
      kind: "map",
      title,
      body: mapPart(frame, MAP_BOX.width, MAP_BOX.height, GRAPHIC_PAD),
      legend,
      source,
      credit,
    });
  }
  svgs.set(key, svg);
  return svg;
}

/** One static path per view and language. */
export function graphicPaths() {
  return LOCALES.flatMap((locale) => EMBED_VIEWS.map((view) => ({ params: { locale, view: view.id }, props: { view, locale } })));
}
