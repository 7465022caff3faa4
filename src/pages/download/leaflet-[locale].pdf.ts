/** /download/leaflet-<locale>.pdf: the printed leaflet of each language. */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadSources } from "../../facts/index.ts";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { figureRegistry } from "../../prerender/story/figures.ts";
import { leafletContent } from "../../prerender/leaflet/content.ts";
import { renderLeaflet } from "../../prerender/leaflet/pdf.ts";
import { chaptersOf } from "../../prerender/story/chapters.ts";
import { absoluteUrl, storyUrl } from "../../prerender/urls.ts";

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const chapters = (await chaptersOf(locale)).map((c) => ({ ...c.data, body: c.body ?? "" }));
  const content = leafletContent(chapters, figureRegistry(), locale, loadSources(), absoluteUrl(storyUrl(locale), site));
  const pdf = await renderLeaflet(content);
  return new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf" } });
};
