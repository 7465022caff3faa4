/**
 * The site's own addresses, all under the configured base path: each is built here and only here,
 * so a page, a share card and an oEmbed document can never disagree on where something lives.
 */
import { localePrefix, type Locale } from "../i18n/locales.ts";

export const siteBase = (): string => import.meta.env.BASE_URL.replace(/\/?$/, "/");

export function storyUrl(locale: Locale, slug?: string): string {
  return `${siteBase()}${localePrefix(locale)}${slug ? `#${slug}` : ""}`;
}

/** A chapter's still frame: 4:3 (embeds, the chapters' own maps), or square (the story's sticky map). */
export function frameUrl(locale: Locale, slug: string, shape: "wide" | "square" = "wide"): string {
  return `${siteBase()}frames/${locale}/${shape === "square" ? "square/" : ""}${slug}.svg`;
}

export function sharePageUrl(locale: Locale, slug: string): string {
  return `${siteBase()}${localePrefix(locale)}share/${slug}/`;
}

export function shareCardImageUrl(locale: Locale, slug: string): string {
  return `${siteBase()}og/${locale}/${slug}.png`;
}

export function embedUrl(locale: Locale, viewId: string): string {
  return `${siteBase()}${localePrefix(locale)}embed/${viewId}/`;
}

export function oembedUrl(locale: Locale, viewId: string): string {
  return `${siteBase()}oembed/${locale}/${viewId}.json`;
}

export function dataPageUrl(locale: Locale): string {
  return `${siteBase()}${localePrefix(locale)}data/`;
}

/** An address for other sites to read (card tags, oEmbed). A build always has `site` (SITE_URL is required); the dev server has none. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? new URL("http://localhost:4321")).href;
}

/** The story's own share card, per language (the chapters' are shareCardImageUrl). */
export function coverCardImageUrl(locale: Locale): string {
  return `${siteBase()}og/${locale}.png`;
}
