/**
 * oEmbed documents for every embed, so CMSs that speak oEmbed can embed a view from its URL: the
 * graphic's own title, the same responsive code as the embed builder's (iframe and resizer, with a
 * fallback height that cuts nothing at any width), and the downloadable PNG graphic as thumbnail.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { EMBED_VIEWS } from "../../../content/embeds.ts";
import { EMBED_HEIGHTS } from "../../../content/embed-heights.ts";
import { LOCALES, type Locale } from "../../../i18n/locales.ts";
import { absoluteUrl, embedUrl, storyUrl } from "../../../prerender/urls.ts";
import { chaptersOf } from "../../../prerender/story/chapters.ts";
import { embedFrameTitle, embedTitle } from "../../../prerender/story/embed-titles.ts";
import { graphicUrl, viewGraphicSvg } from "../../../prerender/graphic/views.ts";
import { GRAPHIC_PNG_WIDTH, GRAPHIC_WIDTH } from "../../../prerender/graphic/graphic.ts";
import { UI } from "../../../i18n/ui.ts";
import { t } from "../../../i18n/translate.ts";
import { declaredHeight, embedSnippet, EMBED_WIDTH } from "../../../lib/shared/embed-snippet.ts";

export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) =>
    EMBED_VIEWS.map((view) => ({ params: { locale, view: view.id }, props: { locale, view } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, view } = props as { locale: Locale; view: (typeof EMBED_VIEWS)[number] };
  const chapters = await chaptersOf(locale);
  const title = embedTitle(view, locale, (slug) => chapters.find((c) => c.data.slug === slug)?.data.title);
  const src = absoluteUrl(embedUrl(locale, view.id), site);
  const height = declaredHeight(EMBED_HEIGHTS, view.id, view.kind, locale);
  const storyAddress = absoluteUrl(storyUrl(locale), site);
  const graphic = viewGraphicSvg(
    view,
    locale,
    chapters.map((c) => c.data),
    storyAddress,
  );
  const graphicHeight = Number(/^<svg[^>]* height="(\d+)"/.exec(graphic)?.[1]);
  if (!graphicHeight) throw new Error(`oEmbed ${locale}/${view.id}: the graphic's SVG names no height`);
  const body = {
    version: "1.0",
    type: "rich",
    provider_name: t(UI, locale, "site.title"),
    provider_url: storyAddress,
    title,
    width: EMBED_WIDTH,
    height,
    html: embedSnippet(src, view.id, embedFrameTitle(view, locale, title), height),
    thumbnail_url: absoluteUrl(graphicUrl(locale, view.id, "png"), site),
    thumbnail_width: GRAPHIC_PNG_WIDTH,
    thumbnail_height: Math.round((graphicHeight * GRAPHIC_PNG_WIDTH) / GRAPHIC_WIDTH),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { "Content-Type": "application/json+oembed" } });
};
