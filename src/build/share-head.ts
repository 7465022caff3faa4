/**
 * The head of a chapter's share page: what chat apps and social sites read for the preview card
 * (title, summary, the 1200×630 image of the chapter's map), the canonical address of the chapter
 * in the story, and that address for the page to take.
 */
import type { CollectionEntry } from "astro:content";
import { t } from "../i18n/ui.ts";
import { INTL_TAG, LOCALES, localePrefix, type Locale } from "../i18n/locales.ts";
import type { ShareCard } from "../lib/head.ts";
import { storyUrl } from "./story.ts";

export interface ShareHead {
  title: string;
  description: string;
  canonical: string;
  alternates: { locale: Locale; href: string }[];
  share: ShareCard;
  storyAt: string;
}

export function sharePageUrl(locale: Locale, slug: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}${localePrefix(locale)}share/${slug}/`;
}

export function shareHead(chapter: CollectionEntry<"chapters">, site: URL | undefined): ShareHead {
  const { locale, slug, title: chapterTitle, summary } = chapter.data;
  const origin = site ?? new URL("http://localhost:4321");
  const title = `${chapterTitle} — ${t(locale, "site.title")}`;
  const target = storyUrl(locale, slug);
  return {
    title,
    description: summary,
    canonical: target,
    alternates: LOCALES.map((l) => ({ locale: l, href: sharePageUrl(l, slug) })),
    share: {
      title,
      description: summary,
      image: new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, "/")}og/${locale}/${slug}.png`, origin).href,
      imageAlt: `${t(locale, "share.cardAlt")}: ${chapterTitle}`,
      url: new URL(sharePageUrl(locale, slug), origin).href,
      locale: INTL_TAG[locale].replace("-", "_"),
      siteName: t(locale, "site.title"),
    },
    storyAt: target,
  };
}
