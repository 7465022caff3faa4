/**
 * The story's browser side, kept small: finds the active chapter from the scroll position, keeps
 * the URL hash, the still map, the legend and the charts in step, and loads the live map only
 * when the map is about to be seen and the browser can draw it.
 */
import { activeStepIndex } from "../lib/active-step.ts";
import { StepController, type StepChange } from "../lib/step-controller.ts";
import type { StoryConfig } from "../lib/story-config.ts";
import type { LiveMap } from "./live-map.ts";
import { bootLiveMap } from "./map-boot.ts";
import { animateCharts, prepareCharts } from "./chart-reveal.ts";
import { setupExplore } from "./explore.ts";
import { setupChapterActions } from "./chapter-actions.ts";
import { readUrlState, writeUrlState } from "../lib/url-state.ts";
import { describeProblem } from "../lib/param-problem.ts";
import { pageLocale } from "./page-locale.ts";
import { layOutWhenIdle } from "./lazy-layout.ts";
import "./offline.ts";

const configEl = document.getElementById("story-config");
const mapEl = document.querySelector<HTMLElement>("[data-story-map]");
const sections = [...document.querySelectorAll<HTMLElement>(".chapter[data-step]")];

if (configEl && mapEl && sections.length > 0) startStory(JSON.parse(configEl.textContent ?? "{}") as StoryConfig, mapEl);

function startStory(config: StoryConfig, el: HTMLElement): void {
  // The hash says where the reader is; the browser's own restoring of an old position would fight it.
  history.scrollRestoration = "manual";
  const controller = new StepController(config.steps);
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  const stacked = window.matchMedia("(max-width: 59.99em)");
  const still = el.querySelector<HTMLImageElement>(".story-map__still")!;
  const frameBase = still.dataset.frameBase!;
  const legendHost = el.querySelector<HTMLElement>("[data-map-legend]")!;
  const descriptionHost = el.querySelector<HTMLElement>("[data-map-panel-description]")!;
  let live: LiveMap | undefined;
  let exploring = false;
  let userHasScrolled = Boolean(location.hash);
  const urlState = readUrlState(location.search);
  el.dataset.povertyYear = String(urlState.povertyYear);
  const switchLink = document.querySelector<HTMLAnchorElement>("[data-language-switch]");
  const switchBase = switchLink?.getAttribute("href") ?? "";
  const notice = el.querySelector<HTMLElement>("[data-map-notice]")!;
  const problems = urlState.problems.map((p) => describeProblem(p, pageLocale()));
  if (problems.length > 0) {
    notice.textContent = problems.join(" ");
    notice.hidden = false;
    console.warn(`URL: ${problems.join(" ")}`);
  }

  prepareCharts(reduceMotion.matches);
  setupChapterActions();
  layOutWhenIdle(document.querySelectorAll<HTMLElement>("[data-lazy-layout]"));

  controller.onChange((change: StepChange) => {
    const { step } = change;
    // The map first, while the layout the scroll handler just read is still clean: its size check
    // then costs nothing, where after the writes below it would lay the whole page out again.
    if (live && !exploring) live.show(step, change.animate);
    el.dataset.activeChapter = step.slug;
    el.dataset.visibleLayers = step.layers.join(" ");
    sections.forEach((s, k) => s.classList.toggle("is-active", k === change.index));
    const section = sections[change.index]!;
    // Once the live map draws, the still is hidden for good: fetching and parsing the next one
    // would only cost the reader a frame's worth of main thread per chapter.
    if (!live) still.src = `${frameBase}${step.slug}.svg`;
    showCaption(section);
    syncHash();
    animateCharts(section, reduceMotion.matches);
  });

  // The URL follows the reader (replaceState: no history entry per chapter), once they have scrolled.
  function syncHash(): void {
    const slug = controller.steps[controller.activeIndex ?? 0]!.slug;
    const query = writeUrlState({ povertyYear: Number(el.dataset.povertyYear) as 2021 | 2024 });
    // The language switch keeps the chapter and the map state.
    if (switchLink) switchLink.href = `${switchBase}${query}#${slug}`;
    const wanted = `${location.pathname}${query}${userHasScrolled ? `#${slug}` : location.hash}`;
    if (`${location.pathname}${location.search}${location.hash}` !== wanted) history.replaceState(history.state, "", wanted);
  }

  function showCaption(section: HTMLElement): void {
    const legend = section.querySelector(".chapter__map-caption .legend");
    const description = section.querySelector("[data-map-description]");
    legendHost.replaceChildren(...(legend ? [legend.cloneNode(true)] : []));
    descriptionHost.textContent = description?.textContent ?? "";
    syncPovertyButtons();
  }

  // The active chapter: the last whose top is above the trigger line (lower when the map is on top).
  let scheduled = false;
  const update = (animate: boolean): void => {
    scheduled = false;
    const trigger = window.innerHeight * (stacked.matches ? 0.72 : 0.5);
    const tops = sections.map((s) => s.getBoundingClientRect().top);
    controller.activate(activeStepIndex(tops, trigger), { animate: animate && !reduceMotion.matches });
    syncHash();
  };
  const onScroll = (): void => {
    userHasScrolled = true;
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(() => update(true));
    }
  };
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("resize", () => requestAnimationFrame(() => update(false)));
  window.addEventListener("hashchange", () => requestAnimationFrame(() => update(false)));

  // A link to a chapter restores that chapter at once and brings it into view (the browser's own
  // jump to the anchor may come before or after this script, or not at all after a layout change).
  const linked = controller.indexOf(decodeURIComponent(location.hash.slice(1)));
  if (linked >= 0) {
    controller.activate(linked, { animate: false });
    sections[linked]!.scrollIntoView({ block: "start" });
  } else update(false);

  // Poverty year switch (in the legend, which is cloned: delegate from the panel).
  legendHost.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("[data-poverty-year]");
    if (!button) return;
    const year = Number(button.dataset.povertyYear) as 2021 | 2024;
    el.dataset.povertyYear = String(year);
    live?.setPovertyYear(year);
    syncPovertyButtons();
    syncHash();
  });
  function syncPovertyButtons(): void {
    const year = el.dataset.povertyYear ?? "2024";
    legendHost.querySelectorAll<HTMLButtonElement>("[data-poverty-year]").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.povertyYear === year)));
    const title = legendHost.querySelector<HTMLElement>("[data-poverty-title]");
    if (title) title.textContent = title.textContent!.replace(/\d{4}$/, year);
  }

  // Explore mode: gestures on, the story waits; "Back to the story" (or Escape) returns.
  setupExplore(el, () => live, (on) => {
    exploring = on;
    if (!on) live?.show(controller.steps[controller.activeIndex ?? 0]!, false);
  });

  // The live map: only once the map is near the viewport, and only where WebGL2 works.
  bootLiveMap({
    el,
    config,
    currentStep: () => controller.steps[controller.activeIndex ?? 0]!,
    reduceMotion: () => reduceMotion.matches,
    povertyYear: () => Number(el.dataset.povertyYear) as 2021 | 2024,
    problems,
    onReady: (map) => {
      live = map;
    },
  });
}

