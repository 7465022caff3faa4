/**
 * /download/tts-migration-story-<locale>.html: the one-file edition of each language, the story's
 * components rendered into one standalone document.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { experimental_AstroContainer } from "astro/container";
import OneFileEdition from "../../components/OneFileEdition.astro";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { oneFileCss, oneFileDocument } from "../../prerender/one-file-edition/edition.ts";
import { absoluteUrl, storyUrl } from "../../prerender/urls.ts";

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const container = await experimental_AstroContainer.create();
  const props = { locale, storyAddress: absoluteUrl(storyUrl(locale), site), css: oneFileCss() };
  const html = oneFileDocument(await container.renderToString(OneFileEdition, { props }), locale);
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
};
