/**
 * The poverty chapters' still frames in the other poverty years (the plain frame shows the latest):
 * what the year switch shows before the live map draws, and for good without WebGL.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { povertyYearPaths } from "../../../../prerender/story/chapters.ts";
import { chapterFrameSvg } from "../../../../prerender/map/frames.ts";

export const getStaticPaths = povertyYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chapter, year } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return new Response(chapterFrameSvg(chapter, chapter.locale, undefined, year), { headers: { "Content-Type": "image/svg+xml" } });
};
