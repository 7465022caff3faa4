/**
 * What an embed is called: its graphic's own title (what a map shows, i18n/embed-titles.ts; a
 * chart's title) in the embed's language, for its h1, its oEmbed document, the downloadable
 * graphic and the iframe that hosts paste, so a screen reader can tell one graphic from another.
 */
import type { EmbedView } from "../../content/embeds.ts";
import type { Locale } from "../../i18n/locales.ts";
import { MAP_EMBED_TITLES } from "../../i18n/embed-titles.ts";
import { UI } from "../../i18n/ui.ts";
import { t } from "../../i18n/translate.ts";
import { buildChart } from "./chart-specs.ts";

/** The graphic's title; `chapterTitle` gives a chapter's title (already in `locale`) by its slug, to check the map's chapter is there. */
export function embedTitle(view: EmbedView, locale: Locale, chapterTitle: (slug: string) => string | undefined): string {
  if (view.kind === "chart") return buildChart(view.chart, locale).title;
  if (!chapterTitle(view.chapter)) throw new Error(`embed "${view.id}": no chapter "${view.chapter}" in the ${locale} story`);
  const title = MAP_EMBED_TITLES[view.id]?.[locale];
  if (!title) throw new Error(`embed "${view.id}": no ${locale} title in src/i18n/embed-titles.ts (what the map shows)`);
  return title;
}

/** The iframe's title: what the graphic is, then the story it comes from. */
export function embedFrameTitle(view: EmbedView, locale: Locale, title: string): string {
  const what = view.kind === "map" ? `${t(UI, locale, "map.label")}: ${title}` : title;
  return `${what} — ${t(UI, locale, "site.title")}`;
}
