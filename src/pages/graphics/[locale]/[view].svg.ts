/** Each embeddable view as an editable SVG graphic, per language. */
import type { APIRoute, GetStaticPaths } from "astro";
import { chaptersOf } from "../../../prerender/story/chapters.ts";
import { graphicPaths, viewGraphicSvg } from "../../../prerender/graphic/views.ts";
import { absoluteUrl, storyUrl } from "../../../prerender/urls.ts";

export const getStaticPaths = graphicPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { view, locale } = props as ReturnType<typeof graphicPaths>[number]["props"];
  const chapters = (await chaptersOf(locale)).map((c) => c.data);
  const svg = viewGraphicSvg(view, locale, chapters, absoluteUrl(storyUrl(locale), site));
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, { headers: { "Content-Type": "image/svg+xml" } });
};
