/**
 * The village search's list (road-to-Soe chapter): every village of TTS with its sub-district and
 * straight-line distance to Soe, fetched only when a reader first focuses the search.
 */
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { SOE_CHAPTER, villageListJson } from "../prerender/map/village-distances.ts";

export const GET: APIRoute = async () => {
  const chapter = (await getCollection("chapters")).find((c) => c.data.slug === SOE_CHAPTER);
  if (!chapter) throw new Error(`no chapter "${SOE_CHAPTER}": the village search's list needs its still frame`);
  return new Response(JSON.stringify(villageListJson(chapter.data.map.view)), { headers: { "Content-Type": "application/json" } });
};
