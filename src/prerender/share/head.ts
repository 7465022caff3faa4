/**
 * The head of the story and of a chapter's share page: what chat apps and social sites read for
 * the preview card (title, summary, the 1200×630 image), the canonical address, the language
 * alternates, and for a share page the chapter's address in the story for the page to take.
 */
import type { CollectionEntry } from "astro:content";
import { UI } from "../../i18n/ui.ts";
import { t } from "../../i18n/translate.ts";
import { INTL_TAG, LOCALES, type Locale } from "../../i18n/locales.ts";
import type { ShareCard } from "../../lib/build/head.ts";
import { absoluteUrl, coverCardImageUrl, shareCardImageUrl, sharePageUrl, storyUrl } from "../urls.ts";

export interface ShareHead {
  title: string;
  description: string;
  canonical: string;
  alternates: { locale: Locale; href: string }[];
  share: ShareCard;
  storyAt?: string;
}

/** The cover card's alt text: what the picture shows. */
const COVER_ALT: Record<Locale, string> = {
  en: "The story's title beside a map of Nusa Tenggara Timur",
  id: "Judul cerita di samping peta Nusa Tenggara Timur",
};

/** The story's own head (`/`, `/id/`), with its cover card. */
export function storyHead(locale: Locale, site: URL | undefined): ShareHead {
  const title = t(UI, locale, "site.title");
  const description = t(UI, locale, "site.description");
  return {
    title,
    description,
    canonical: storyUrl(locale),
    alternates: LOCALES.map((l) => ({ locale: l, href: storyUrl(l) })),
    share: {
      title,
      description,
      image: absoluteUrl(coverCardImageUrl(locale), site),
      imageAlt: COVER_ALT[locale],
      url: absoluteUrl(storyUrl(locale), site),
      locale: INTL_TAG[locale].replace("-", "_"),
      siteName: title,
    },
  };
}

export function shareHead(chapter: CollectionEntry<"chapters">, site: URL | undefined): ShareHead {
  const { locale, slug, title: chapterTitle, summary } = chapter.data;
  const title = `${chapterTitle} — ${t(UI, locale, "site.title")}`;
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
      imageAlt: `${t(UI, locale, "share.cardAlt")}: ${chapterTitle}`,
      url: absoluteUrl(sharePageUrl(locale, slug), site),
      locale: INTL_TAG[locale].replace("-", "_"),
      siteName: t(UI, locale, "site.title"),
    },
    storyAt: target,
  };
}
