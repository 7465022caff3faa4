/** Each chapter's static map frame, per language, as an SVG file (lazy-loaded by the pages). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { chapterFrameSvg } from "../../../build/frames.ts";

export const getStaticPaths = (async () => {
  const chapters = await getCollection("chapters");
  return chapters.map((c) => ({ params: { locale: c.data.locale, slug: c.data.slug }, props: { chapter: c.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chapter } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return new Response(chapterFrameSvg(chapter, chapter.locale), { headers: { "Content-Type": "image/svg+xml" } });
};
