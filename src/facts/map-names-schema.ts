// The shape of the files that name places on the maps: data/places.json (towns, islands and
// countries shown at some zooms) and data/interviews.json (the interviewees the paper quotes).
import { z } from "zod";

const bilingual = z.strictObject({ en: z.string().min(1), id: z.string().min(1) });
const lngLat = z.tuple([z.number().min(90).max(145), z.number().min(-15).max(10)]);

export const placesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  places: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(["town", "island", "country"]),
      name: bilingual,
      lngLat,
      minZoom: z.number(),
      maxZoom: z.number(),
      note: z.string().optional(),
    }),
  ),
});
export type Place = z.infer<typeof placesFileSchema>["places"][number];

export const interviewsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  interviews: z.array(
    z.strictObject({
      id: z.string().regex(/^N\d$/),
      village: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
      section: z.string(),
      who: bilingual,
      paraphrase: bilingual,
      /** degrees of latitude the badge moves from its village, where two badges share a village */
      badgeNudge: z.number().min(-0.05).max(0.05).optional(),
    }),
  ),
});
export type Interview = z.infer<typeof interviewsFileSchema>["interviews"][number];
