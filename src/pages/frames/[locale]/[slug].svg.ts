/** Each chapter's static map frame, per language, as an SVG file (lazy-loaded by the pages). */
import type { APIRoute, GetStaticPaths } from "astro";
import { chapterPaths } from "../../../prerender/story/chapters.ts";
import { chapterFrameSvg } from "../../../prerender/map/frames.ts";

export const getStaticPaths = chapterPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chapter } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return new Response(chapterFrameSvg(chapter, chapter.locale), { headers: { "Content-Type": "image/svg+xml" } });
};
