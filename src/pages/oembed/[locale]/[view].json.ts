/** oEmbed documents for every embed, so CMSs that speak oEmbed can embed a view from its URL. */
import type { APIRoute, GetStaticPaths } from "astro";
import { EMBED_VIEWS } from "../../../content/embeds.ts";
import { LOCALES, type Locale } from "../../../i18n/locales.ts";
import { absoluteUrl, embedUrl, storyUrl } from "../../../prerender/urls.ts";
import { t } from "../../../i18n/ui.ts";
import { embedSnippet, EMBED_HEIGHT } from "../../../lib/embed-snippet.ts";

export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) => EMBED_VIEWS.map((view) => ({ params: { locale, view: view.id }, props: { locale, view } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { locale, view } = props as { locale: Locale; view: (typeof EMBED_VIEWS)[number] };
  const src = absoluteUrl(embedUrl(locale, view.id), site);
  const height = EMBED_HEIGHT[view.kind];
  const body = {
    version: "1.0",
    type: "rich",
    provider_name: t(locale, "site.title"),
    provider_url: absoluteUrl(storyUrl(locale), site),
    title: view.id,
    width: 640,
    height,
    html: embedSnippet(src, view.id, t(locale, "site.title"), height),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { "Content-Type": "application/json+oembed" } });
};
