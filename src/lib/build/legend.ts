/**
 * The legend of a chapter's map: one entry per thing drawn, in drawing order, with its swatch.
 * Pure: texts come in from the caller, already in the reader's language.
 */
import { KTP_COLOURS, MAP_COLOURS as C, POVERTY_BREAKS, POVERTY_COLOURS } from "../shared/palette.ts";

export type LegendSwatch =
  | { kind: "fill"; colour: string; outline?: string }
  | { kind: "line"; colour: string; width: number; dashed?: boolean }
  | { kind: "dot" }
  | { kind: "voice" }
  /** a figure the key gives in words, drawn nowhere on the map (Indonesia's national KTP share) */
  | { kind: "none" };

export interface LegendEntry {
  id: string;
  label: string;
  swatch: LegendSwatch;
}

export interface LegendScale {
  id: "poverty";
  title: string;
  source: string;
  /** class boundaries as text, e.g. "< 15%" */
  classes: { colour: string; label: string }[];
}

export interface LegendTexts {
  studyVillage: string;
  village: string;
  district: string;
  regency: string;
  tts: string;
  province: string;
  toSoe: string;
  voices: string;
  soe: string;
  ktp: { tts: string; ntt: string; indonesia: string; title: string; source: string };
  poverty: { title: string; source: string };
  percent: (value: number) => string;
}

/** Entries that stand for no drawn feature: kept whatever the view shows. */
const NOT_DRAWN = new Set(["ktp-indonesia"]);

/**
 * The legend of a view's layers; given `drawn` (the entry ids the view's map really draws), only
 * those entries, so a close-up lists no border and no town it leaves out.
 */
export function legendFor(
  layers: readonly string[],
  texts: LegendTexts,
  drawn?: ReadonlySet<string>,
): { entries: LegendEntry[]; scale?: LegendScale; ktpTitle?: string; ktpSource?: string } {
  const on = new Set(layers);
  const entries: LegendEntry[] = [];
  if (on.has("ktp")) {
    entries.push({ id: "ktp-tts", label: texts.ktp.tts, swatch: { kind: "fill", colour: KTP_COLOURS.tts } });
    entries.push({ id: "ktp-ntt", label: texts.ktp.ntt, swatch: { kind: "fill", colour: KTP_COLOURS.ntt } });
    entries.push({ id: "ktp-indonesia", label: texts.ktp.indonesia, swatch: { kind: "none" } });
  }
  if (on.has("studyVillages"))
    entries.push({
      id: "study",
      label: texts.studyVillage,
      swatch: { kind: "fill", colour: C.studyVillageFill, outline: C.studyVillageLine },
    });
  if (on.has("villages"))
    entries.push({ id: "village", label: texts.village, swatch: { kind: "fill", colour: C.villageFill, outline: C.villageLine } });
  if (on.has("studyVillages") || on.has("toSoe") || on.has("districts"))
    entries.push({ id: "soe", label: texts.soe, swatch: { kind: "dot" } });
  if (on.has("voices")) entries.push({ id: "voices", label: texts.voices, swatch: { kind: "voice" } });
  if (on.has("toSoe"))
    entries.push({ id: "to-soe", label: texts.toSoe, swatch: { kind: "line", colour: C.toSoeLine, width: 2, dashed: true } });
  if (on.has("districts"))
    entries.push({ id: "district", label: texts.district, swatch: { kind: "line", colour: C.districtLine, width: 1 } });
  if (on.has("regencies") || on.has("poverty"))
    entries.push({ id: "regency", label: texts.regency, swatch: { kind: "line", colour: C.regencyLine, width: 1 } });
  if (on.has("regencies") || on.has("poverty") || on.has("ktp"))
    entries.push({ id: "tts", label: texts.tts, swatch: { kind: "line", colour: C.ttsLine, width: 3 } });
  if (on.has("provinces"))
    entries.push({ id: "province", label: texts.province, swatch: { kind: "line", colour: C.provinceLine, width: 1 } });
  const shown = drawn ? entries.filter((e) => NOT_DRAWN.has(e.id) || drawn.has(e.id)) : entries;
  const result: ReturnType<typeof legendFor> = { entries: shown };
  if (on.has("poverty")) {
    const b = POVERTY_BREAKS;
    result.scale = {
      id: "poverty",
      title: texts.poverty.title,
      source: texts.poverty.source,
      classes: POVERTY_COLOURS.map((colour, k) => ({
        colour,
        label:
          k === 0
            ? `< ${texts.percent(b[0])}`
            : k === b.length
              ? `≥ ${texts.percent(b[k - 1]!)}`
              : `${texts.percent(b[k - 1]!)}–${texts.percent(b[k]!)}`,
      })),
    };
  }
  if (on.has("ktp")) {
    result.ktpTitle = texts.ktp.title;
    result.ktpSource = texts.ktp.source;
  }
  return result;
}
