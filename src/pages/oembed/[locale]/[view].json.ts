/** oEmbed documents for every embed, so CMSs that speak oEmbed can embed a view from its URL. */
import type { APIRoute, GetStaticPaths } from "astro";
import { EMBED_VIEWS } from "../../../content/embeds.ts";
import { EMBED_HEIGHTS } from "../../../content/embed-heights.ts";
import { LOCALES, type Locale } from "../../../i18n/locales.ts";
import { absoluteUrl, embedUrl, storyUrl } from "../../../prerender/urls.ts";
import { chaptersOf } from "../../../prerender/story-chapters.ts";
import { embedFrameTitle, embedTitle } from "../../../prerender/embed-titles.ts";
import { t } from "../../../i18n/ui.ts";
import { declaredHeight, embedSnippet, EMBED_WIDTH } from "../../../lib/embed-snippet.ts";

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
  const body = {
    version: "1.0",
    type: "rich",
    provider_name: t(locale, "site.title"),
    provider_url: absoluteUrl(storyUrl(locale), site),
    title,
    width: EMBED_WIDTH,
    height,
    html: embedSnippet(src, view.id, embedFrameTitle(view, locale, title), height),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { "Content-Type": "application/json+oembed" } });
};
