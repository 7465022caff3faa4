/** /download/tts-migration-story-<locale>.html: the one-file edition of each language. */
import type { APIRoute, GetStaticPaths } from "astro";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { renderOneFileEdition } from "../../prerender/one-file-edition.ts";
import { absoluteUrl, storyUrl } from "../../prerender/urls.ts";

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const html = await renderOneFileEdition(locale, absoluteUrl(storyUrl(locale), site));
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
};
