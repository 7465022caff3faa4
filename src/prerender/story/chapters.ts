/**
 * The story as the browser needs it: one step per chapter (view box, layers, highlight, charts)
 * plus the map's names and lines, serialized into the page as JSON (data, not script).
 */
import { getCollection, type CollectionEntry } from "astro:content";
import type { Locale } from "../../i18n/locales.ts";
import type { StoryConfig } from "../../lib/shared/story-config.ts";
import { buildLabelSet, linesToSoe } from "../map/label-set.ts";
import { resolveView } from "../map/views.ts";
import { POVERTY_YEARS } from "../../lib/shared/map-style.ts";
import { DEFAULT_POVERTY_YEAR } from "../../lib/shared/url-state.ts";

export async function chaptersOf(locale: Locale): Promise<CollectionEntry<"chapters">[]> {
  const all = await getCollection("chapters", (c) => c.data.locale === locale);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** One static path per chapter and language, for endpoints that make a file per chapter. */
export async function chapterPaths() {
  const chapters = await getCollection("chapters");
  return chapters.map((c) => ({ params: { locale: c.data.locale, slug: c.data.slug }, props: { chapter: c.data } }));
}

/** One static path per poverty chapter, language and poverty year other than the frames' own. */
export async function povertyYearPaths() {
  const paths = (await chapterPaths()).filter((p) => p.props.chapter.map.layers.includes("poverty"));
  return POVERTY_YEARS.filter((y) => y !== DEFAULT_POVERTY_YEAR).flatMap((year) =>
    paths.map((p) => ({ params: { ...p.params, year: String(year) }, props: { ...p.props, year } })),
  );
}

export function storyConfig(chapters: CollectionEntry<"chapters">[], locale: Locale): StoryConfig {
  return {
    steps: chapters.map((c) => ({
      slug: c.data.slug,
      bounds: resolveView(c.data.map.view),
      layers: c.data.map.layers,
      highlight: c.data.map.highlight,
      charts: c.data.charts,
    })),
    labels: buildLabelSet(locale),
    toSoe: linesToSoe(),
  };
}
