import { defineCollection } from "astro:content";
import { z } from "zod";
import { chapterLoader } from "./collection/chapter-loader.ts";
import { chapterSchema } from "./content/chapter-schema.ts";
import { checkChapterReferences } from "./collection/chapter-references.ts";
import { LOCALES } from "./i18n/locales.ts";

const chapters = defineCollection({
  loader: chapterLoader("src/content/chapters"),
  schema: chapterSchema
    .extend({
      slug: z.string(),
      locale: z.enum(LOCALES),
      /** the figure keys the chapter's text uses, for its source line */
      figureKeys: z.array(z.string()),
    })
    .superRefine(checkChapterReferences),
});

export const collections = { chapters };
