/** The poverty chapters' square still frames in the other poverty years, for the story's year switch. */
import type { APIRoute, GetStaticPaths } from "astro";
import { povertyYearPaths } from "../../../../../prerender/story/chapters.ts";
import { chapterFrameSvg } from "../../../../../prerender/map/frames.ts";
import { SQUARE_FRAME } from "../../../../../prerender/map/views.ts";

export const getStaticPaths = povertyYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chapter, year } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return new Response(chapterFrameSvg(chapter, chapter.locale, SQUARE_FRAME, year), { headers: { "Content-Type": "image/svg+xml" } });
};
