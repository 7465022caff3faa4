/**
 * The story's browser side, kept small: finds the active chapter from the scroll position, keeps
 * the URL hash, the still map, the legend and the charts in step, and loads the live map only
 * when the map is about to be seen and the browser can draw it.
 */
import { activeStepIndex } from "../lib/shared/active-step.ts";
import { StepController, type StepChange } from "../lib/shared/step-controller.ts";
import type { StoryConfig } from "../lib/shared/story-config.ts";
import type { LiveMap } from "./live-map.ts";
import { bootLiveMap } from "./map-boot.ts";
import { animateCharts, prepareCharts } from "./chart-reveal.ts";
import { setupExplore } from "./explore.ts";
import { setupChapterActions } from "./chapter-actions.ts";
import { hashForChapter, readHash, readUrlState, withPovertyYear } from "../lib/shared/url-state.ts";
import { bootVillageSearch } from "./village-search-boot.ts";
import { bindYearSwitch, type YearSwitch } from "./year-switch.ts";
import { focusedChapter, markPanelScrollable } from "./story-focus.ts";
import { describeProblem } from "../lib/shared/param-problem.ts";
import { pageLocale } from "./page-locale.ts";
import { layOutAbove, layOutFromNextScroll, layOutSkippedWhenIdle, whenScrollSettles } from "./lazy-layout.ts";
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
  const legendHost = el.querySelector<HTMLElement>("[data-map-legend]")!;
  const descriptionHost = el.querySelector<HTMLElement>("[data-map-panel-description]")!;
  let live: LiveMap | undefined;
  let exploring = false;
  let userHasScrolled = Boolean(location.hash);
  const urlState = readUrlState(location.search);
  const switchLink = document.querySelector<HTMLAnchorElement>("[data-language-switch]");
  const switchBase = switchLink?.getAttribute("href") ?? "";
  const notice = el.querySelector<HTMLElement>("[data-map-notice]")!;
  const problems = urlState.problems.map((p) => describeProblem(p, pageLocale()));
  if (problems.length > 0) {
    notice.textContent = problems.join(" ");
    notice.hidden = false;
    console.warn(`URL: ${problems.join(" ")}`);
  }
  const currentStep = () => controller.steps[controller.activeIndex ?? 0]!;
  // One year for the whole page: the chapter's buttons, the legends, the still, the map, the URL.
  // `let`, assigned apart: the control calls back into syncHash while it is being made, before a
  // `const` would exist.
  let years: YearSwitch | undefined;
  // eslint-disable-next-line prefer-const
  years = bindYearSwitch({
    mapEl: el,
    initial: urlState.povertyYear,
    view: () => (controller.activeIndex === null ? undefined : currentStep()),
    live: () => live,
    onChange: () => syncHash(),
  });

  prepareCharts(reduceMotion.matches);
  setupChapterActions();
  bootVillageSearch();

  controller.onChange((change: StepChange) => {
    const { step } = change;
    // The map first, while the layout the scroll handler just read is still clean: its size check
    // then costs nothing, where after the writes below it would lay the whole page out again.
    if (live && !exploring) live.show(step, change.animate);
    el.dataset.activeChapter = step.slug;
    el.dataset.visibleLayers = step.layers.join(" ");
    sections.forEach((s, k) => s.classList.toggle("is-active", k === change.index));
    const section = sections[change.index]!;
    showCaption(section);
    years?.refresh();
    syncHash();
    animateCharts(section, reduceMotion.matches);
  });

  // The URL follows the reader (replaceState: no history entry per chapter), once they have scrolled.
  function syncHash(): void {
    if (!years) return; // the year control's first run, before it is returned
    const slug = currentStep().slug;
    const year = years.year();
    const query = withPovertyYear(location.search, year);
    // The language switch keeps the chapter and the map state.
    if (switchLink) switchLink.href = `${switchBase}${withPovertyYear("", year)}#${slug}`;
    for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-chapter-language]")) link.search = withPovertyYear("", year);
    const wanted = `${location.pathname}${query}${userHasScrolled ? hashForChapter(location.hash, slug) : location.hash}`;
    if (`${location.pathname}${location.search}${location.hash}` !== wanted) history.replaceState(history.state, "", wanted);
  }

  function showCaption(section: HTMLElement): void {
    const legend = section.querySelector(".chapter__map-caption .legend");
    const description = section.querySelector("[data-map-description]");
    legendHost.replaceChildren(...(legend ? [legend.cloneNode(true)] : []));
    descriptionHost.textContent = description?.textContent ?? "";
    markPanelScrollable(el.querySelector<HTMLElement>(".story-map__panel"));
  }

  // The active chapter: the last whose top is above the trigger line (lower when the map is on top).
  let scheduled = false;
  const update = (animate: boolean): void => {
    scheduled = false;
    const trigger = window.innerHeight * (stacked.matches ? 0.72 : 0.5);
    const tops = sections.map((s) => s.getBoundingClientRect().top);
    // Where the keyboard's focus is on screen, its chapter is the one the map shows.
    const focused = focusedChapter(sections);
    controller.activate(focused ?? activeStepIndex(tops, trigger), { animate: animate && !reduceMotion.matches });
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
  // Focus entering a chapter activates it at once, tabbing forward or back.
  document.addEventListener("focusin", () => update(true));

  // A link to a chapter restores that chapter at once and, once the chapters above it (the ones
  // that would move it) are laid out, brings it into view (the browser's own jump to the anchor
  // may come before or after this script, or not at all after a layout change).
  // The chapters still skipped are laid out from the reader's first scroll; a scroll before this
  // script ran was theirs. The story's own scroll to a linked chapter, and the browser's moves that
  // follow it, are not.
  const linked = controller.indexOf(readHash(location.hash).chapter);
  if (linked >= 0) {
    controller.activate(linked, { animate: false });
    void layOutAbove(sections[linked]!).then((undisturbed) => {
      if (!undisturbed) return layOutSkippedWhenIdle();
      sections[linked]!.scrollIntoView({ block: "start" });
      whenScrollSettles(() => layOutFromNextScroll());
    });
  } else {
    update(false);
    if (window.scrollY > 0) layOutSkippedWhenIdle();
    else layOutFromNextScroll();
  }

  // Explore mode: gestures on, the story waits; "Back to the story" (or Escape) returns, to the
  // chapter the reader was in. Each chapter has its own Explore button, a Tab from its heading.
  const setExploring = setupExplore({
    el,
    live: () => live,
    onChange: (on) => {
      exploring = on;
      if (!on) live?.show(currentStep(), false);
    },
    returnFocus: () => sections[controller.activeIndex ?? 0]!.querySelector<HTMLElement>("[data-explore-chapter]"),
  });

  // The live map: only once the map is near the viewport, and only where WebGL2 works.
  const boot = bootLiveMap({
    el,
    config,
    currentStep,
    reduceMotion: () => reduceMotion.matches,
    povertyYear: () => years!.year(),
    warmUpShaders: true,
    problems,
    onReady: (map) => {
      live = map;
    },
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-explore-chapter]")) {
    button.addEventListener("click", async () => {
      const index = sections.indexOf(button.closest<HTMLElement>("section.chapter")!);
      controller.activate(index, { animate: false });
      // Where the map has scrolled away (short screens) it may not have started yet.
      await boot.startNow();
      setExploring(true);
    });
  }
}
