/**
 * The poverty chapters' still frames in the other poverty years (the plain frame shows the latest):
 * what the year switch shows before the live map draws, and for good without WebGL.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chapterPaths } from "../../../../prerender/story-chapters.ts";
import { chapterFrameSvg, STATIC_POVERTY_YEAR } from "../../../../prerender/frames.ts";
import { POVERTY_YEARS } from "../../../../lib/map-style.ts";

export const getStaticPaths = (async () => {
  const paths = (await chapterPaths()).filter((p) => p.props.chapter.map.layers.includes("poverty"));
  return POVERTY_YEARS.filter((y) => y !== STATIC_POVERTY_YEAR).flatMap((year) =>
    paths.map((p) => ({ params: { ...p.params, year: String(year) }, props: { ...p.props, year } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chapter, year } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return new Response(chapterFrameSvg(chapter, chapter.locale, undefined, year), { headers: { "Content-Type": "image/svg+xml" } });
};
