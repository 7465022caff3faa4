/**
 * The pipeline's two inputs of our own in data/: the pinned raw boundary files
 * (raw-boundaries.json) and the study area (study-area.json), checked with zod on load.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { DataError } from "./data-error.ts";

const level = z.enum(["province", "regency", "district", "village"]);

export const rawBoundariesSchema = z.strictObject({
  $comment: z.string().optional(),
  dataset: z.literal("wilayah_boundaries"),
  /** its id in data/sources.json, where the story cites it */
  source: z.string().min(1),
  upstream: z.strictObject({
    repository: z.url(),
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    committed: z.iso.date(),
    rawUrl: z.string().includes("{path}"),
  }),
  license: z.string().min(1),
  attribution: z.string().min(1),
  files: z
    .array(
      z.strictObject({
        path: z.string().regex(/^[\w./-]+$/),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        level: level.optional(),
      }),
    )
    .min(1),
  expectedCounts: z.array(z.strictObject({ level, within: z.string(), count: z.int().positive(), what: z.string() })),
});
export type RawBoundariesManifest = z.infer<typeof rawBoundariesSchema>;

const villageCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);

export const studyAreaSchema = z.strictObject({
  $comment: z.string().optional(),
  regency: z.strictObject({ code: z.string(), name: z.string(), short: z.string() }),
  province: z.strictObject({ code: z.string(), name: z.string(), short: z.string() }),
  villages: z
    .array(
      z.strictObject({
        code: villageCode,
        dataName: z.string(),
        paperName: z.string(),
        /** the name on the map and in the charts, per language (the official name where the paper's is English) */
        label: z.strictObject({ en: z.string().min(1), id: z.string().min(1) }),
        district: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
        districtName: z.string(),
      }),
    )
    .length(6),
  civilRegistry: z.strictObject({ place: z.string(), code: villageCode, dataName: z.string(), what: z.string() }),
});
export type StudyArea = z.infer<typeof studyAreaSchema>;

export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new DataError({ file }, `cannot read JSON (${(err as Error).message})`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DataError({ file }, `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return result.data;
}
