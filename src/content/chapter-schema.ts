/**
 * What a chapter's frontmatter may say. Closed lists: a chapter that names a layer, chart, legend
 * or source the site does not have fails the build with the chapter's file and field.
 */
import { z } from "zod";

export const MAP_LAYERS = [
  "provinces", // Indonesia's provinces (the land)
  "regencies", // NTT's regencies, outlined
  "districts", // TTS's sub-districts, outlined
  "villages", // TTS's villages, outlined
  "studyVillages", // the six study villages, filled and named
  "poverty", // choropleth of NTT regencies by BPS poverty rate (year switch)
  "ktp", // ID-card ownership, TTS vs NTT vs Indonesia, 2020 (paper, Figure 5)
  "toSoe", // straight lines from each study village to Soe, with distances
  "voices", // markers at the villages of the interviewees N1–N4
] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

export const CHARTS = [
  "deaths", // NTT migrant workers who died abroad, by year (BP2MI via the press)
  "income", // Figure 2, household income
  "poverty", // Figure 3, poverty rate TTS vs NTT, 2020
  "reasons", // Figure 4, reasons for migrating
  "ktp", // Figure 5, KTP ownership TTS / NTT / Indonesia
  "documents", // Figure 6, migrants' documents
  "distances", // straight-line distance from each study village to Soe
  "enrolment", // Figure 7, school enrolment of 13–15-year-olds
  "attainment", // Figure 8, schooling of migrant workers
  "okoMama", // Oko Mama payments by destination
] as const;
export type ChartId = (typeof CHARTS)[number];

export const APPENDICES = ["sources"] as const;

const lngLat = z.tuple([z.number().min(90).max(145), z.number().min(-15).max(10)]);

const viewSchema = z.union([
  z.strictObject({
    /** area codes to fit the camera to (provinces, regencies, sub-districts or villages) */
    fit: z.array(z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, "must be an area code like 53.02")).min(1),
  }),
  z.strictObject({ center: lngLat, zoom: z.number().min(2).max(14) }),
]);

export const chapterSchema = z
  .strictObject({
    /** the chapter's place in the story, 1 first */
    order: z.int().positive(),
    /** shown above the title, short */
    kicker: z.string().min(1).optional(),
    title: z.string().min(3),
    /** one or two sentences for share cards and the table of contents */
    summary: z.string().min(20),
    /**
     * the figure key (as in {fig:…}) shown in large type on the chapter's social cards: a number the
     * chapter's own text tells. A chapter whose point is not a number has none; its cards show the title.
     */
    keyFigure: z
      .string()
      .regex(/^[A-Za-z0-9.]+$/, "must be a figure key like ktp.tts")
      .optional(),
    /** the words under the key figure on a card, so that it stands alone: what it counts, where and when (figure tokens allowed) */
    keyLabel: z.string().min(10).optional(),
    map: z.strictObject({
      view: viewSchema,
      layers: z.array(z.enum(MAP_LAYERS)).min(1),
      /** area codes drawn with a strong outline */
      highlight: z.array(z.string()).default([]),
      /** what the map shows, in words: for screen readers and readers who cannot see it */
      description: z.string().min(20),
    }),
    charts: z.array(z.enum(CHARTS)).max(2).default([]),
    appendix: z.enum(APPENDICES).optional(),
    /** ids from data/sources.json that the chapter relies on */
    sources: z.array(z.string()).min(1),
  })
  .superRefine((c, ctx) => {
    if (c.keyFigure !== undefined && c.keyLabel === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["keyLabel"],
        message: 'missing: a chapter with a keyFigure labels it for its cards, e.g. `keyLabel: "of people in TTS held an ID card (KTP)"`',
      });
    if (c.keyLabel !== undefined && c.keyFigure === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["keyFigure"],
        message: "keyLabel without keyFigure: name the figure it labels, or remove the label",
      });
  });
export type ChapterData = z.infer<typeof chapterSchema>;
