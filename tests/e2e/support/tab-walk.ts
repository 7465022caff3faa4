/**
 * A keyboard walk through a page, as a reader who only uses Tab (or Shift+Tab): at each stop,
 * whether the focused control is covered where its centre is (by the sticky map, a fixed button…),
 * and whether the map shows the chapter the focus is in.
 */
import type { Page } from "@playwright/test";

export interface TabStop {
  /** the same number each time the same element is focused */
  key: number;
  /** a short description of the focused element */
  what: string;
  /** the chapter the focused element is in, if any */
  chapter: string | null;
  /** the chapter the map shows */
  mapChapter: string | null;
  /** what covers the focused element's centre, if something else does */
  coveredBy: string | null;
}

export interface TabWalk {
  stops: TabStop[];
  hidden: TabStop[];
  mismatched: TabStop[];
}

/**
 * The focused element, two frames after the key: the story follows the focus at once (focusin)
 * and the scroll that brought it on screen in the next frame's callbacks, ahead of the second.
 */
async function describeSettled(): Promise<TabStop> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const el = document.activeElement as HTMLElement | null;
  const w = window as unknown as { walkKeys?: WeakMap<Element, number>; walkCount?: number };
  w.walkKeys ??= new WeakMap();
  w.walkCount ??= 0;
  if (el && !w.walkKeys.has(el)) w.walkKeys.set(el, w.walkCount++);
  const key = el ? (w.walkKeys.get(el) ?? -1) : -1;
  const name = (e: Element) =>
    `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.className && typeof e.className === "string" ? `.${e.className.split(" ")[0]}` : ""}`;
  if (!el || el === document.body) return { key, what: "body", chapter: null, mapChapter: null, coveredBy: null };
  const r = el.getBoundingClientRect();
  const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
  const top = document.elementFromPoint(Math.min(Math.max(x, 0), innerWidth - 1), Math.min(Math.max(y, 0), innerHeight - 1));
  const inside = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
  const shown = inside && top !== null && (top === el || el.contains(top) || top.contains(el));
  return {
    key,
    what: `${name(el)} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`,
    chapter: el.closest("section.chapter")?.id ?? null,
    mapChapter: document.querySelector<HTMLElement>("[data-story-map]")?.dataset.activeChapter ?? null,
    coveredBy: shown ? null : inside ? (top ? name(top) : "nothing") : "off screen",
  };
}

/** Presses Tab (or Shift+Tab) until the focus leaves the page or comes round again; at most `max` stops. */
export async function tabWalk(page: Page, key: "Tab" | "Shift+Tab", max = 160): Promise<TabWalk> {
  const stops: TabStop[] = [];
  for (let k = 0; k < max; k++) {
    await page.keyboard.press(key);
    const stop = await page.evaluate(describeSettled);
    if (stop.what === "body") break;
    if (stops.some((s) => s.key === stop.key)) break;
    stops.push(stop);
  }
  return {
    stops,
    hidden: stops.filter((s) => s.coveredBy !== null),
    mismatched: stops.filter((s) => s.chapter !== null && s.mapChapter !== null && s.chapter !== s.mapChapter),
  };
}

export function summary(walk: TabWalk): string {
  return `${walk.stops.length} stops, ${walk.hidden.length} hidden, ${walk.mismatched.length} map mismatches`;
}
