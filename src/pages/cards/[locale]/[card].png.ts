/** Each chapter's social cards per language: /cards/<locale>/<chapter>-square.png (1080×1080) and -story.png (1080×1920). */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadSources } from "../../../facts/index.ts";
import { storySourceName } from "../../../lib/build/source-line.ts";
import { figureRegistry } from "../../../prerender/story/figures.ts";
import { SOCIAL_FORMATS, socialCardPng, socialCardText } from "../../../prerender/share/social-card.ts";
import { chapterPaths } from "../../../prerender/story/chapters.ts";
import { absoluteUrl, storyUrl } from "../../../prerender/urls.ts";

export const getStaticPaths = (async () =>
  (await chapterPaths()).flatMap(({ params, props }) =>
    SOCIAL_FORMATS.map((format) => ({ params: { locale: params.locale, card: `${params.slug}-${format}` }, props: { ...props, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { chapter, format } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  const sources = new Map(loadSources().sources.map((s) => [s.id, storySourceName(s, chapter.locale)]));
  const sourceName = (id: string): string => {
    const name = sources.get(id);
    if (!name) throw new Error(`social card ${chapter.locale}/${chapter.slug}: unknown source "${id}" (not in data/sources.json)`);
    return name;
  };
  const text = socialCardText(
    chapter,
    chapter.locale,
    figureRegistry(),
    sourceName,
    absoluteUrl(storyUrl(chapter.locale, chapter.slug), site),
  );
  return new Response(new Uint8Array(socialCardPng(chapter, chapter.locale, format, text)), { headers: { "Content-Type": "image/png" } });
};
