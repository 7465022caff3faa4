/**
 * "How far is your village from Soe?": a WAI-ARIA combobox over every village of TTS. Typing
 * offers villages (name and sub-district) in a listbox, chosen by arrow keys and Enter or by a tap;
 * a polite live region says how many match. The choice shows its distance and where it stands,
 * goes into the address (`#soe?village=…`), marks the still maps, and asks the live map, if it
 * runs, to fly there (a "village-search:choose" event on the document).
 */
import { type VillageSearchKey, VILLAGE_SEARCH } from "../i18n/village-search.ts";
import { t } from "../i18n/translate.ts";
import { formatNumber } from "../lib/shared/format.ts";
import { updateAddress } from "./page-address.ts";
import {
  lookupVillageCode,
  matchVillages,
  readVillageList,
  VILLAGE_EVENT,
  type VillageEventDetail,
  type VillageEntry,
  type VillageList,
} from "../lib/shared/village-search.ts";
import { pageLocale } from "./page-locale.ts";
import { describeVillage } from "./village-result.ts";
import { markStills } from "./village-still-marks.ts";

interface Parts {
  root: HTMLElement;
  input: HTMLInputElement;
  listbox: HTMLUListElement;
  status: HTMLElement;
  problem: HTMLElement;
  result: HTMLElement;
}

export async function startVillageSearch(root: HTMLElement, input: HTMLInputElement): Promise<{ showCode(code: string): void }> {
  const parts: Parts = {
    root,
    input,
    listbox: root.querySelector<HTMLUListElement>("[data-village-list]")!,
    status: root.querySelector<HTMLElement>("[data-village-status]")!,
    problem: root.querySelector<HTMLElement>("[data-village-problem]")!,
    result: root.querySelector<HTMLElement>("[data-village-result]")!,
  };
  const say = (key: VillageSearchKey, vars: Record<string, string | number> = {}) => t(VILLAGE_SEARCH, pageLocale(), key, vars);
  parts.status.textContent = say("loading");
  const list = await loadList(root.dataset.villageSearch!).catch((err: unknown) => {
    console.error(err);
    return null;
  });
  if (!list) {
    parts.status.textContent = say("loadFailed");
    return { showCode: () => {} };
  }
  parts.status.textContent = "";
  root.dataset.villageSearchState = "ready";
  const combo = bindCombobox(parts, list, (v) => choose(parts, list, v));
  return {
    showCode(code) {
      const found = lookupVillageCode(list.villages, code);
      if ("village" in found) {
        combo.setText(found.village.name);
        choose(parts, list, found.village, false);
        return;
      }
      parts.problem.textContent = say(found.problem === "format" ? "problem.format" : "problem.unknown", { code: found.code.slice(0, 40) });
      parts.problem.hidden = false;
    },
  };
}

async function loadList(url: string): Promise<VillageList> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the village list ${url} answered ${response.status}`);
  return readVillageList(await response.json(), url);
}

/** The combobox's behaviour: options as the reader types, the keys, taps; calls `onChoose` with the village chosen. */
function bindCombobox(parts: Parts, list: VillageList, onChoose: (v: VillageEntry) => void): { setText(text: string): void } {
  const { input, listbox, status } = parts;
  const locale = pageLocale();
  let shown: VillageEntry[] = [];
  let active = -1;
  const open = (on: boolean): void => {
    listbox.hidden = !on;
    input.setAttribute("aria-expanded", String(on));
    if (!on) setActive(-1);
  };
  const setActive = (k: number): void => {
    active = k;
    for (const [i, li] of [...listbox.children].entries()) li.setAttribute("aria-selected", String(i === k));
    const li = listbox.children[k] as HTMLElement | undefined;
    if (li) {
      input.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const update = (): void => {
    const matches = matchVillages(list.villages, input.value);
    shown = matches.shown;
    listbox.replaceChildren(...shown.map((v, k) => optionFor(v, k, locale)));
    setActive(-1); // the options are new: none is chosen yet
    open(shown.length > 0);
    status.textContent = input.value.trim() ? countText(matches.shown.length, matches.total) : "";
  };
  const pick = (k: number): void => {
    const v = shown[k];
    if (!v) return;
    input.value = v.name;
    open(false);
    onChoose(v);
  };
  input.addEventListener("input", update);
  input.addEventListener("keydown", (e) => {
    const last = shown.length - 1;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (listbox.hidden) update();
      if (shown.length === 0) return;
      if (e.key === "ArrowDown") setActive(active >= last ? 0 : active + 1);
      else setActive(active <= 0 ? last : active - 1);
    } else if (e.key === "Enter" && !listbox.hidden) {
      e.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (e.key === "Escape") {
      if (!listbox.hidden) open(false);
      else input.value = "";
    }
  });
  input.addEventListener("blur", () => open(false));
  // A press on an option would blur the field and close the list before its click: keep the focus.
  listbox.addEventListener("pointerdown", (e) => e.preventDefault());
  listbox.addEventListener("click", (e) => {
    const li = (e.target as Element).closest<HTMLElement>("[role=option]");
    if (li) pick(Number(li.dataset.index));
  });
  // The reader may have typed while the list loaded.
  if (input.value.trim() && document.activeElement === input) update();
  return { setText: (text) => (input.value = text) };

  function countText(count: number, total: number): string {
    const say = (key: VillageSearchKey, vars: Record<string, string | number> = {}) => t(VILLAGE_SEARCH, locale, key, vars);
    if (total === 0) return say("count.none");
    if (total === 1) return say("count.one");
    if (count < total) return say("count.more", { count, total: formatNumber(total, locale, 0) });
    return say("count.some", { count });
  }
}

function optionFor(v: VillageEntry, k: number, locale: ReturnType<typeof pageLocale>): HTMLLIElement {
  const li = document.createElement("li");
  li.id = `village-option-${k}`;
  li.className = "village-search__option";
  li.setAttribute("role", "option");
  li.setAttribute("aria-selected", "false");
  li.dataset.index = String(k);
  li.dataset.code = v.code;
  const name = document.createElement("span");
  name.textContent = v.name;
  const district = document.createElement("small");
  district.textContent = t(VILLAGE_SEARCH, locale, "district", { district: v.districtName });
  // A pause between name and sub-district for screen readers; on screen, the sub-district's own line.
  const pause = document.createElement("span");
  pause.className = "visually-hidden";
  pause.textContent = ", ";
  li.append(name, pause, district);
  return li;
}

/** A village chosen: its result, the address, the still maps' marks, the live map's flight. */
function choose(parts: Parts, list: VillageList, village: VillageEntry, toAddress = true): void {
  const locale = pageLocale();
  parts.problem.hidden = true;
  // The result speaks for itself (a polite live region); the count it answered is done with.
  parts.status.textContent = "";
  parts.root.dataset.villageChosen = village.code;
  const marked = markStills(village, list.frame);
  parts.result.replaceChildren(...describeVillage(list.villages, village, locale, marked));
  if (toAddress) {
    const chapter = parts.root.closest<HTMLElement>("section.chapter")?.id ?? "";
    updateAddress({ village: { chapter, code: village.code } });
  }
  flyLiveMap(village, list.soe);
}

/** Tells the live map where to go, now and, if it is still starting, once it is up. */
function flyLiveMap(village: VillageEntry, soe: VillageEntry): void {
  const detail: VillageEventDetail = { lngLat: village.lngLat, name: village.name, soeLngLat: soe.lngLat };
  const send = () => document.dispatchEvent(new CustomEvent<VillageEventDetail>(VILLAGE_EVENT, { detail }));
  send();
  const map = document.querySelector<HTMLElement>("[data-story-map]");
  if (!map || map.dataset.mapState === "ready") return;
  const watcher = new MutationObserver(() => {
    if (map.dataset.mapState !== "ready" && map.dataset.mapState !== "loading") watcher.disconnect();
    if (map.dataset.mapState !== "ready") return;
    watcher.disconnect();
    if (document.querySelector<HTMLElement>("[data-village-search]")?.dataset.villageChosen === village.code) send();
  });
  watcher.observe(map, { attributes: true, attributeFilter: ["data-map-state"] });
}
