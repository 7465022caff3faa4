/** Each chapter's still frame drawn square, for the story's sticky map (whose box is square). */
import type { APIRoute, GetStaticPaths } from "astro";
import { chapterPaths } from "../../../../prerender/story/chapters.ts";
import { chapterFrameSvg } from "../../../../prerender/map/frames.ts";
import { SQUARE_FRAME } from "../../../../prerender/map/views.ts";

export const getStaticPaths = chapterPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chapter } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return new Response(chapterFrameSvg(chapter, chapter.locale, SQUARE_FRAME), { headers: { "Content-Type": "image/svg+xml" } });
};
