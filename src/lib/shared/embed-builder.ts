/**
 * The embed builder's logic: from the options chosen (view, language, interactive or still, a
 * chapter's view for maps, preview width) to the embed's address, the iframe code to paste and
 * the oEmbed address. The preview and the code come from the same attributes, so what is pasted
 * shows what the preview shows. Pure.
 */
import { LOCALES, localePrefix, type Locale } from "../../i18n/locales.ts";
import { embedSnippet } from "./embed-snippet.ts";

export const PREVIEW_WIDTHS = [320, 600, 1000] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];

/** What the builder knows of each view, per language: its title (for the iframe's title) and declared height. */
export interface BuilderView {
  id: string;
  kind: "map" | "chart";
  /** the chapter whose view a map shows by default */
  chapter?: string | undefined;
  frameTitle: Record<Locale, string>;
  height: Record<Locale, number>;
}

export interface BuilderOptions {
  view: string;
  locale: Locale;
  interactive: boolean;
  /** a chapter's view for a map; undefined (or the map's own chapter) for its default */
  chapter?: string | undefined;
  width: PreviewWidth;
}

export interface BuilderOutput {
  /** the embed's address, absolute */
  src: string;
  code: string;
  oembed: string;
  /** the iframe's attributes, as the code writes them */
  title: string;
  height: number;
  width: PreviewWidth;
}

/** The output for the options chosen; `site` is the site's root address (origin and base path, ending in "/"). */
export function buildEmbed(options: BuilderOptions, views: readonly BuilderView[], site: string): BuilderOutput {
  const view = views.find((v) => v.id === options.view);
  if (!view) throw new Error(`embed builder: no view "${options.view}" (one of ${views.map((v) => v.id).join(", ")})`);
  if (!(LOCALES as readonly string[]).includes(options.locale))
    throw new Error(`embed builder: no language "${options.locale}" (one of ${LOCALES.join(", ")})`);
  if (!(PREVIEW_WIDTHS as readonly number[]).includes(options.width))
    throw new Error(`embed builder: width ${options.width} is not one of ${PREVIEW_WIDTHS.join(", ")}`);
  const root = site.replace(/\/?$/, "/");
  const url = new URL(`${localePrefix(options.locale)}embed/${view.id}/`, root);
  // Options that do not apply to a chart (it has no live map and no chapters) are left out.
  if (view.kind === "map") {
    if (!options.interactive) url.searchParams.set("interactive", "0");
    if (options.chapter && options.chapter !== view.chapter) url.searchParams.set("view", options.chapter);
  }
  const title = view.frameTitle[options.locale];
  const height = view.height[options.locale];
  return {
    src: url.href,
    code: embedSnippet(url.href, view.id, title, height),
    oembed: new URL(`oembed/${options.locale}/${view.id}.json`, root).href,
    title,
    height,
    width: options.width,
  };
}
