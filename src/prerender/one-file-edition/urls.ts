/**
 * Where the things to hand on live, under the site's base: the one-file edition and the leaflet
 * of each language. Kept apart from their renderers so a page can link them without loading those.
 */
import type { Locale } from "../../i18n/locales.ts";
import { siteBase } from "../urls.ts";

export function oneFileEditionUrl(locale: Locale): string {
  return `${siteBase()}download/tts-migration-story-${locale}.html`;
}

export function leafletUrl(locale: Locale): string {
  return `${siteBase()}download/leaflet-${locale}.pdf`;
}
