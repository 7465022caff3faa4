/**
 * The head of a chapter's share page: what chat apps and social sites read for the preview card
 * (title, summary, the 1200×630 image of the chapter's map), the canonical address of the chapter
 * in the story, and that address for the page to take.
 */
import type { CollectionEntry } from "astro:content";
import { t } from "../i18n/ui.ts";
import { INTL_TAG, LOCALES, type Locale } from "../i18n/locales.ts";
import type { ShareCard } from "../lib/head.ts";
import { absoluteUrl, shareCardImageUrl, sharePageUrl, storyUrl } from "./urls.ts";

export interface ShareHead {
  title: string;
  description: string;
  canonical: string;
  alternates: { locale: Locale; href: string }[];
  share: ShareCard;
  storyAt: string;
}

export function shareHead(chapter: CollectionEntry<"chapters">, site: URL | undefined): ShareHead {
  const { locale, slug, title: chapterTitle, summary } = chapter.data;
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
      image: absoluteUrl(shareCardImageUrl(locale, slug), site),
      imageAlt: `${t(locale, "share.cardAlt")}: ${chapterTitle}`,
      url: absoluteUrl(sharePageUrl(locale, slug), site),
      locale: INTL_TAG[locale].replace("-", "_"),
      siteName: t(locale, "site.title"),
    },
    storyAt: target,
  };
}
