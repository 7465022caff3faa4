/** The story's cover card (Open Graph / Twitter) per language, as a 1200×630 PNG. */
import type { APIRoute, GetStaticPaths } from "astro";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { chaptersOf } from "../../prerender/story/chapters.ts";
import { coverCardPng } from "../../prerender/share/image.ts";

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const opening = (await chaptersOf(locale))[0];
  if (!opening) throw new Error(`cover card: no chapters for the locale "${locale}"`);
  return new Response(new Uint8Array(coverCardPng(locale, opening.data)), { headers: { "Content-Type": "image/png" } });
};
