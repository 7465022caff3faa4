/** Each chapter's share card (Open Graph / Twitter), per language, as a 1200×630 PNG. */
import type { APIRoute, GetStaticPaths } from "astro";
import { chapterPaths } from "../../../prerender/story/chapters.ts";
import { shareCardPng } from "../../../prerender/share/image.ts";

export const getStaticPaths = chapterPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chapter } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  const png = shareCardPng(chapter, chapter.locale, `${chapter.locale}/${chapter.slug}`);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
