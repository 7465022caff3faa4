/** The words shown for a chosen village: its distance, that roads are longer, where it stands. */
import type { Locale } from "../i18n/locales.ts";
import { type VillageSearchKey, VILLAGE_SEARCH } from "../i18n/village-search.ts";
import { t } from "../i18n/translate.ts";
import { formatNumber } from "../lib/shared/format.ts";
import { placeVillage, type VillageEntry } from "../lib/shared/village-search.ts";

export function describeVillage(
  list: readonly VillageEntry[],
  village: VillageEntry,
  locale: Locale,
  onStill: boolean | null,
): HTMLElement[] {
  const say = (key: VillageSearchKey, vars: Record<string, string | number> = {}) => t(VILLAGE_SEARCH, locale, key, vars);
  const km = (v: number, digits = 1) => `${formatNumber(v, locale, digits)}\u00a0km`;
  const place = placeVillage(list, village);
  const names = { village: village.name, district: say("district", { district: village.districtName }) };
  const first = document.createElement("p");
  if (village.km === 0) first.textContent = say("result.soe", names);
  else {
    // The distance stands out; the sentence around it reads whole.
    const [before, after] = say("result.distance", { ...names, km: "\u0000" }).split("\u0000");
    const strong = document.createElement("strong");
    strong.className = "village-search__km";
    strong.dataset.villageKm = String(village.km);
    strong.textContent = km(village.km);
    first.append(before ?? "", strong, after ?? "");
  }
  const lines = [say("result.road")];
  // Whole km, as the chapter gives the study villages' range.
  const range = { count: place.studyCount, min: km(place.studyMin, 0), max: km(place.studyMax, 0) };
  const study: string[] = village.study ? [say("result.studyOne", { count: place.studyCount })] : [];
  if (place.studyNearer === 0 && !village.study) study.push(say("result.nearer", range));
  else if (place.studyNearer === place.studyCount) study.push(say("result.farther", range));
  else study.push(say("result.between", { ...range, nearer: place.studyNearer }));
  const farthest = place.farthest.map((v) => `${v.name} (${say("district", { district: v.districtName })})`);
  const rank = [
    say("result.rank", { total: formatNumber(place.total, locale, 0), farther: formatNumber(place.farther, locale, 0) }),
    ...(place.farthest.some((v) => v.code === village.code)
      ? []
      : [say("result.farthest", { list: farthest.join(", "), km: km(place.farthest[0]!.km, 0) })]),
  ];
  if (onStill === false) rank.push(say("result.offFrame"));
  return [first, ...[lines, study, rank].map((l) => paragraph(l.join(" ")))];
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}
