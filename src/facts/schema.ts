// The shape of every curated facts file in data/. Closed enums and strict objects: a typo in a
// unit, a field name or a reference fails loudly instead of reaching the page.
import { z } from "zod";
import { checkUnitValue, uniqueBy } from "./schema-checks.ts";
import { UNITS } from "./units.ts";

export { UNITS, type Unit } from "./units.ts";

/** The paper's section headings (findings prefixed with "Main Findings — "). */
export const PAPER_SECTIONS = [
  "Abstrak",
  "Study Background",
  "Literature Review",
  "Research sites",
  "Methodologies",
  "Main Findings — Low-income household",
  "Main Findings — To get a better job, people migrate",
  "Main Findings — Not all residents have proof of residency",
  "Main Findings — Low education and skills",
  "Main Findings — Uang Oko Mama",
  "Conclusion",
] as const;

export const DATASET_IDS = ["ntt-poverty-by-regency", "ntt-province-poverty", "ntt-migrant-worker-deaths"] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** Ids that other files may point at; checked while parsing so errors name the exact place. */
export interface Refs {
  sourceIds: ReadonlySet<string>;
  figureKeys: ReadonlySet<string>;
  contextKeys: ReadonlySet<string>;
}

// ── primitives ────────────────────────────────────────────────────────────────────────────────
export const unitSchema = z.enum(UNITS);
export const keySchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, 'must be a dotted key of lowerCamel parts, like "ktp.tts"');
export const sourceIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case id with dashes");
export const regencyCodeSchema = z.string().regex(/^53\.\d{2}$/, 'must be an NTT regency code like "53.02"');
export const percentSchema = z.number().min(0).max(100);
export const yearSchema = z.number().int().min(1900).max(2100);
export const confirmSchema = z.number().int().min(1).max(9);
export const textSchema = z.string().regex(/\S/, "must not be blank");
export const bilingualSchema = z.strictObject({ en: textSchema, id: textSchema });

function ref(known: ReadonlySet<string>, what: string, file: string, base: z.ZodString) {
  return base.superRefine((id, ctx) => {
    if (!known.has(id)) ctx.addIssue({ code: "custom", message: `unknown ${what} "${id}" (not in ${file})` });
  });
}
const sourceRef = (refs: Pick<Refs, "sourceIds">) => ref(refs.sourceIds, "source id", "data/sources.json", sourceIdSchema);

// ── paper-figures.json ────────────────────────────────────────────────────────────────────────
export const paperFigureSchema = z
  .strictObject({
    key: keySchema,
    value: z.number(),
    /** The number as printed, when it is an obvious typo and `value` holds the reading we use. */
    printed: z.number().optional(),
    unit: unitSchema,
    year: yearSchema.optional(),
    section: z.enum(PAPER_SECTIONS),
    figure: z
      .string()
      .regex(/^Figure [1-8]$/, 'must be "Figure 1" … "Figure 8"')
      .optional(),
    page: z.number().int().min(87).max(130).optional(),
    quote: textSchema,
    /** The paper's own reference for the number, e.g. "BPS 2021". */
    cites: textSchema.optional(),
    label: bilingualSchema,
  })
  .superRefine((f, ctx) => {
    checkUnitValue(f.unit, f.value, ["value"], ctx);
    if (f.printed === f.value) ctx.addIssue({ code: "custom", path: ["printed"], message: "equals value; omit it" });
  });

export const paperFiguresFileSchema = (refs: Pick<Refs, "sourceIds">) =>
  z
    .strictObject({ $comment: z.string().optional(), source: sourceRef(refs), figures: z.array(paperFigureSchema).min(1) })
    .superRefine((file, ctx) => uniqueBy(file.figures, "figures", "key", ctx));

// ── context-facts.json ────────────────────────────────────────────────────────────────────────
export const contextFactSchema = (refs: Pick<Refs, "sourceIds">) =>
  z
    .strictObject({
      key: keySchema,
      value: z.number(),
      unit: unitSchema,
      /** Only a limit is known: the true value is below (upper) or above (lower) `value`. */
      bound: z.enum(["upper", "lower"]).optional(),
      year: yearSchema.optional(),
      date: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "must be YYYY-MM or YYYY-MM-DD")
        .optional(),
      scope: z.enum(["national", "province", "regency"]).optional(),
      code: regencyCodeSchema.optional(),
      source: sourceRef(refs),
      confirm: confirmSchema,
      label: bilingualSchema,
      note: bilingualSchema.optional(),
      /** for a fact not in the stats README: the public pages where it was checked, one per confirming source */
      checkedAt: z
        .array(z.url({ protocol: /^https$/ }))
        .min(1)
        .optional(),
    })
    .superRefine((f, ctx) => {
      checkUnitValue(f.unit, f.value, ["value"], ctx);
      if (f.code !== undefined && f.scope !== "regency") {
        ctx.addIssue({ code: "custom", path: ["scope"], message: 'must be "regency" when a regency code is given' });
      }
      if (f.date !== undefined && f.year !== undefined && !f.date.startsWith(String(f.year))) {
        ctx.addIssue({ code: "custom", path: ["date"], message: `does not fall in year ${f.year}` });
      }
    });

export const contextFactsFileSchema = (refs: Pick<Refs, "sourceIds">) =>
  z
    .strictObject({ $comment: z.string().optional(), facts: z.array(contextFactSchema(refs)).min(1) })
    .superRefine((file, ctx) => uniqueBy(file.facts, "facts", "key", ctx));

// ── sources.json ──────────────────────────────────────────────────────────────────────────────
export const sourceSchema = z
  .strictObject({
    id: sourceIdSchema,
    /** how a source line names it, e.g. "BPS NTT" */
    short: textSchema,
    /** how an Indonesian source line names it, where `short` is English words (e.g. "Rilis resmi BPS NTT") */
    shortId: textSchema.optional(),
    /** how the story's source lines name it, newspaper-style, where `short` is a dataset's or file's name (e.g. a repository) */
    story: bilingualSchema.optional(),
    kind: z.enum(["paper", "geodata", "statistics", "dataset", "government", "news"]),
    citation: textSchema,
    /** the citation in Indonesian, for the Indonesian data page */
    citationId: textSchema,
    authors: z.array(textSchema).min(1).optional(),
    title: textSchema.optional(),
    journal: textSchema.optional(),
    publisher: textSchema.optional(),
    year: yearSchema.optional(),
    firstPage: z.number().int().min(1).optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/, "must be a full 40-character commit hash")
      .optional(),
    license: textSchema,
    attribution: textSchema.optional(),
    notes: z.array(textSchema).optional(),
  })
  .superRefine((s, ctx) => {
    const required: Partial<Record<typeof s.kind, (keyof typeof s)[]>> = {
      paper: ["authors", "title", "journal", "publisher", "year", "firstPage", "url"],
      geodata: ["url", "commit", "attribution"],
    };
    for (const field of required[s.kind] ?? []) {
      if (s[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `is required for a ${s.kind} source` });
    }
  });

export const datasetSchema = z.strictObject({
  id: z.enum(DATASET_IDS),
  file: z.string().regex(/^data\/stats\/[a-z0-9-]+\.csv$/, 'must be a path like "data/stats/x.csv"'),
  original: z.string().regex(/^stats\/[a-z0-9_]+\.csv$/, 'must be a path under the raw data folder like "stats/x.csv"'),
  title: textSchema,
  sources: z.array(sourceIdSchema).min(1),
  confidence: z.strictObject({ columns: z.array(textSchema).min(1), rule: textSchema }),
  notes: z.array(textSchema).optional(),
});

export const sourcesFileSchema = z
  .strictObject({ $comment: z.string().optional(), sources: z.array(sourceSchema).min(1), datasets: z.array(datasetSchema) })
  .superRefine((file, ctx) => {
    uniqueBy(file.sources, "sources", "id", ctx);
    uniqueBy(file.datasets, "datasets", "id", ctx);
    const ids = new Set(file.sources.map((s) => s.id));
    file.datasets.forEach((d, i) =>
      d.sources.forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: "custom", path: ["datasets", i, "sources", j], message: `unknown source id "${id}"` });
      }),
    );
  });

// ── paper-inconsistencies.json ────────────────────────────────────────────────────────────────
export const statRefSchema = z.strictObject({ dataset: z.enum(DATASET_IDS), row: textSchema, column: textSchema });

const ORIGINS = ["figure", "stat", "context", "derived"] as const;

export const inconsistencyValueSchema = (refs: Pick<Refs, "figureKeys" | "contextKeys">) =>
  z
    .strictObject({
      value: z.number(),
      unit: unitSchema,
      place: bilingualSchema,
      used: z.boolean(),
      figure: ref(refs.figureKeys, "figure key", "data/paper-figures.json", keySchema).optional(),
      stat: statRefSchema.optional(),
      context: ref(refs.contextKeys, "context fact key", "data/context-facts.json", keySchema).optional(),
      /** We computed this value (explained in `place`). */
      derived: z.literal(true).optional(),
    })
    .superRefine((v, ctx) => {
      const given = ORIGINS.filter((o) => v[o] !== undefined);
      if (given.length !== 1) {
        ctx.addIssue({ code: "custom", message: `must name exactly one origin of ${ORIGINS.join(", ")}; found ${given.length}` });
      }
      // Referenced values are checked against their origin; a derived one only against its unit.
      if (v.derived) checkUnitValue(v.unit, v.value, ["value"], ctx);
    });

export const inconsistencySchema = (refs: Pick<Refs, "figureKeys" | "contextKeys">) =>
  z
    .strictObject({
      id: keySchema,
      topic: bilingualSchema,
      values: z.array(inconsistencyValueSchema(refs)).min(2),
      why: bilingualSchema,
    })
    .superRefine((c, ctx) => {
      if (!c.values.some((v) => v.used)) ctx.addIssue({ code: "custom", path: ["values"], message: "no value is marked used" });
    });

export const inconsistenciesFileSchema = (refs: Pick<Refs, "figureKeys" | "contextKeys">) =>
  z
    .strictObject({ $comment: z.string().optional(), inconsistencies: z.array(inconsistencySchema(refs)).min(1) })
    .superRefine((file, ctx) => uniqueBy(file.inconsistencies, "inconsistencies", "id", ctx));

// ── data/stats/*.csv rows (keys are the CSV's column names) ───────────────────────────────────
export const regencyPovertyRowSchema = z.strictObject({
  code: regencyCodeSchema,
  name: textSchema,
  p0_2021: percentSchema,
  p0_2024: percentSchema,
  confirm_2021: confirmSchema,
  confirm_2024: confirmSchema,
});

export const provincePovertyRowSchema = z.strictObject({
  period: z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, "must be YYYY-MM"),
  p0: percentSchema,
  confirm: confirmSchema,
  note: z.string(),
});

export const migrantWorkerDeathsRowSchema = z.strictObject({
  year: yearSchema,
  count: z.number().int().min(0),
  measure: z.enum(["deaths abroad", "bodies repatriated"]),
  confirm: confirmSchema,
  source_note: textSchema,
});

// ── types ─────────────────────────────────────────────────────────────────────────────────────
export type PaperFigure = z.infer<typeof paperFigureSchema>;
export type ContextFact = z.infer<ReturnType<typeof contextFactSchema>>;
export type Source = z.infer<typeof sourceSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type StatRef = z.infer<typeof statRefSchema>;
export type InconsistencyValue = z.infer<ReturnType<typeof inconsistencyValueSchema>>;
export type Inconsistency = z.infer<ReturnType<typeof inconsistencySchema>>;
