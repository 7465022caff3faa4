/** Each embeddable view as a PNG graphic 2400 px wide, per language (the SVG, rasterized). */
import type { APIRoute, GetStaticPaths } from "astro";
import { chaptersOf } from "../../../prerender/story/chapters.ts";
import { graphicPng } from "../../../prerender/graphic/graphic.ts";
import { graphicPaths, viewGraphicSvg } from "../../../prerender/graphic/views.ts";
import { absoluteUrl, storyUrl } from "../../../prerender/urls.ts";

export const getStaticPaths = graphicPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { view, locale } = props as ReturnType<typeof graphicPaths>[number]["props"];
  const chapters = (await chaptersOf(locale)).map((c) => c.data);
  const png = graphicPng(viewGraphicSvg(view, locale, chapters, absoluteUrl(storyUrl(locale), site)));
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
