/**
 * Every head tag that describes a page to other software, written in one place: canonical and
 * language alternates, oEmbed discovery, and the Open Graph / Twitter card of share pages.
 * Pure: URLs come in absolute.
 */
export interface ShareCard {
  title: string;
  description: string;
  /** absolute URL of a 1200×630 PNG */
  image: string;
  imageAlt: string;
  url: string;
  locale: string;
  siteName: string;
}

export type HeadTag = { tag: "meta"; attrs: Record<string, string> } | { tag: "link"; attrs: Record<string, string> };

export function shareCardTags(card: ShareCard): HeadTag[] {
  const og = (property: string, content: string): HeadTag => ({ tag: "meta", attrs: { property, content } });
  const tw = (name: string, content: string): HeadTag => ({ tag: "meta", attrs: { name, content } });
  return [
    og("og:type", "article"),
    og("og:site_name", card.siteName),
    og("og:title", card.title),
    og("og:description", card.description),
    og("og:url", card.url),
    og("og:locale", card.locale),
    og("og:image", card.image),
    og("og:image:type", "image/png"),
    og("og:image:width", "1200"),
    og("og:image:height", "630"),
    og("og:image:alt", card.imageAlt),
    tw("twitter:card", "summary_large_image"),
    tw("twitter:title", card.title),
    tw("twitter:description", card.description),
    tw("twitter:image", card.image),
    tw("twitter:image:alt", card.imageAlt),
  ];
}
