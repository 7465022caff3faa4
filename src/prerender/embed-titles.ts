/**
 * What an embed is called: its graphic's own title (a map's chapter title, a chart's title) in the
 * embed's language, for its h1, its oEmbed document and the iframe that hosts paste, so a screen
 * reader can tell one embedded graphic from another.
 */
import type { EmbedView } from "../content/embeds.ts";
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/ui.ts";
import { buildChart } from "./chart-specs.ts";

/** The graphic's title; `chapterTitle` gives a chapter's title (already in `locale`) by its slug. */
export function embedTitle(view: EmbedView, locale: Locale, chapterTitle: (slug: string) => string | undefined): string {
  if (view.kind === "chart") return buildChart(view.chart, locale).title;
  const title = chapterTitle(view.chapter);
  if (!title) throw new Error(`embed "${view.id}": no chapter "${view.chapter}" in the ${locale} story`);
  return title;
}

/** The iframe's title: what the graphic is, then the story it comes from. */
export function embedFrameTitle(view: EmbedView, locale: Locale, title: string): string {
  const what = view.kind === "map" ? `${t(locale, "map.label")}: ${title}` : title;
  return `${what} — ${t(locale, "site.title")}`;
}
