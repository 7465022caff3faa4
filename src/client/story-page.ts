/**
 * The story's browser side, kept small: finds the active chapter from the scroll position, keeps
 * the address (through page-address.ts), the still map, the legend and the charts in step, and
 * loads the live map only when the map is about to be seen and the browser can draw it.
 */
import { activeStepIndex } from "../lib/shared/active-step.ts";
import { StepController, type StepChange, type StoryStep } from "../lib/shared/step-controller.ts";
import type { StoryConfig } from "../lib/shared/story-config.ts";
import type { LiveMap } from "./live-map.ts";
import { bootLiveMap, type LiveMapBoot } from "./map-boot.ts";
import { animateCharts, prepareCharts } from "./chart-reveal.ts";
import { setupExplore } from "./explore.ts";
import { setupChapterActions } from "./chapter-actions.ts";
import { readHash, readUrlState } from "../lib/shared/url-state.ts";
import { bootVillageSearch } from "./village-search-boot.ts";
import { bindYearSwitch, type YearSwitch } from "./year-switch.ts";
import { focusedChapter, markPanelScrollable } from "./story-focus.ts";
import { describeProblem } from "../lib/shared/param-problem.ts";
import { pageLocale } from "./page-locale.ts";
import { layOutAbove, layOutFromNextScroll, layOutSkippedWhenIdle, whenScrollSettles } from "./lazy-layout.ts";
import { updateAddress } from "./page-address.ts";
import { chapterLanguageSearch, languageSwitchHref, triggerLine } from "./story-reading.ts";
import "./offline.ts";

const configEl = document.getElementById("story-config");
const mapEl = document.querySelector<HTMLElement>("[data-story-map]");
const chapterSections = [...document.querySelectorAll<HTMLElement>(".chapter[data-step]")];

if (configEl && mapEl && chapterSections.length > 0) startStory(JSON.parse(configEl.textContent ?? "{}") as StoryConfig, mapEl);

/** What the story owns: its chapters, the live map once up, whether the reader explores it or has scrolled. */
interface StoryState {
  el: HTMLElement;
  controller: StepController;
  sections: HTMLElement[];
  reduceMotion: MediaQueryList;
  stacked: MediaQueryList;
  live: LiveMap | undefined;
  exploring: boolean;
  /** the address names the chapter once the reader has moved (or came with one) */
  userHasScrolled: boolean;
  /** an update of the active chapter is waiting for the next frame */
  scheduled: boolean;
  /** the chapter, year and naming the address and language links were last written for */
  synced: string;
  /** the header's language switch and its address before any state is added */
  switchLink: HTMLAnchorElement | null;
  switchBase: string;
}

function currentStep(story: StoryState): StoryStep {
  return story.controller.steps[story.controller.activeIndex ?? 0]!;
}

function startStory(config: StoryConfig, el: HTMLElement): void {
  // The hash says where the reader is; the browser's own restoring of an old position would fight it.
  history.scrollRestoration = "manual";
  const switchLink = document.querySelector<HTMLAnchorElement>("[data-language-switch]");
  const story: StoryState = {
    el,
    controller: new StepController(config.steps),
    sections: chapterSections,
    reduceMotion: window.matchMedia("(prefers-reduced-motion: reduce)"),
    stacked: window.matchMedia("(max-width: 59.99em)"),
    live: undefined,
    exploring: false,
    userHasScrolled: Boolean(location.hash),
    synced: "",
    scheduled: false,
    switchLink,
    switchBase: switchLink?.getAttribute("href") ?? "",
  };
  const urlState = readUrlState(location.search);
  const problems = urlState.problems.map((p) => describeProblem(p, pageLocale()));
  reportAddressProblems(el, problems);
  // One year for the whole page: the chapter's buttons, the legends, the still, the map, the address.
  const years = bindYearSwitch({
    mapEl: el,
    initial: urlState.povertyYear,
    view: () => (story.controller.activeIndex === null ? undefined : currentStep(story)),
    live: () => story.live,
    onChange: () => syncAddress(story, years),
  });
  prepareCharts(story.reduceMotion.matches);
  setupChapterActions();
  bootVillageSearch();
  story.controller.onChange((change) => showChapter(story, years, change));
  followReader(story, years);
  openLinkedChapter(story, years);
  const setExploring = setupStoryExplore(story);
  // The live map: only once the map is near the viewport, and only where WebGL2 works.
  const boot = bootLiveMap({
    el,
    config,
    currentStep: () => currentStep(story),
    reduceMotion: () => story.reduceMotion.matches,
    povertyYear: () => years.year(),
    warmUpShaders: true,
    problems,
    onReady: (map) => {
      story.live = map;
    },
  });
  bindChapterExploreButtons(story, boot, setExploring);
}

function reportAddressProblems(el: HTMLElement, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const notice = el.querySelector<HTMLElement>("[data-map-notice]")!;
  notice.textContent = problems.join(" ");
  notice.hidden = false;
  console.warn(`URL: ${problems.join(" ")}`);
}

function showChapter(story: StoryState, years: YearSwitch, change: StepChange): void {
  const { step } = change;
  const { el } = story;
  // The map first, while the layout the scroll handler just read is still clean: its size check
  // then costs nothing, where after the writes below it would lay the whole page out again.
  if (story.live && !story.exploring) story.live.show(step, change.animate);
  el.dataset.activeChapter = step.slug;
  el.dataset.visibleLayers = step.layers.join(" ");
  story.sections.forEach((s, k) => s.classList.toggle("is-active", k === change.index));
  const section = story.sections[change.index]!;
  showCaption(el, section);
  years.refresh(); // and, through its onChange, the address
  animateCharts(section, story.reduceMotion.matches);
}

/** The address follows the reader once they have scrolled; the language links keep the chapter and the year. */
function syncAddress(story: StoryState, years: YearSwitch): void {
  const slug = currentStep(story).slug;
  const year = years.year();
  // Each scroll frame asks; only a change of chapter or year (or the first move) writes anything.
  const wanted = `${slug} ${year} ${story.userHasScrolled}`;
  if (wanted === story.synced) return;
  story.synced = wanted;
  if (story.switchLink) story.switchLink.href = languageSwitchHref(story.switchBase, year, slug);
  for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-chapter-language]")) link.search = chapterLanguageSearch(year);
  updateAddress({ povertyYear: year, ...(story.userHasScrolled ? { chapter: slug } : {}) });
}

function showCaption(el: HTMLElement, section: HTMLElement): void {
  const legend = section.querySelector(".chapter__map-caption .legend");
  const description = section.querySelector("[data-map-description]");
  el.querySelector<HTMLElement>("[data-map-legend]")!.replaceChildren(...(legend ? [legend.cloneNode(true)] : []));
  el.querySelector<HTMLElement>("[data-map-panel-description]")!.textContent = description?.textContent ?? "";
  markPanelScrollable(el.querySelector<HTMLElement>(".story-map__panel"));
}

/** The active chapter: the one with the keyboard's focus on screen, else the last whose top is above the trigger line. */
function updateActiveChapter(story: StoryState, years: YearSwitch, animate: boolean): void {
  story.scheduled = false;
  const trigger = triggerLine(window.innerHeight, story.stacked.matches);
  const tops = story.sections.map((s) => s.getBoundingClientRect().top);
  const focused = focusedChapter(story.sections);
  story.controller.activate(focused ?? activeStepIndex(tops, trigger), { animate: animate && !story.reduceMotion.matches });
  syncAddress(story, years);
}

/** Scrolls (once a frame), resizes, a changed hash, and focus entering a chapter (tabbing forward or back) move the story. */
function followReader(story: StoryState, years: YearSwitch): void {
  const onScroll = (): void => {
    story.userHasScrolled = true;
    if (story.scheduled) return;
    story.scheduled = true;
    requestAnimationFrame(() => updateActiveChapter(story, years, true));
  };
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("resize", () => requestAnimationFrame(() => updateActiveChapter(story, years, false)));
  window.addEventListener("hashchange", () => requestAnimationFrame(() => updateActiveChapter(story, years, false)));
  document.addEventListener("focusin", () => updateActiveChapter(story, years, true));
}

/**
 * A link to a chapter restores that chapter at once and, once the chapters above it (the ones
 * that would move it) are laid out, brings it into view (the browser's own jump to the anchor
 * may come before or after this script, or not at all after a layout change).
 * The chapters still skipped are laid out from the reader's first scroll; a scroll before this
 * script ran was theirs. The story's own scroll to a linked chapter, and the browser's moves that
 * follow it, are not.
 */
function openLinkedChapter(story: StoryState, years: YearSwitch): void {
  const linked = story.controller.indexOf(readHash(location.hash).chapter);
  if (linked < 0) {
    updateActiveChapter(story, years, false);
    if (window.scrollY > 0) layOutSkippedWhenIdle();
    else layOutFromNextScroll();
    return;
  }
  const section = story.sections[linked]!;
  story.controller.activate(linked, { animate: false });
  void layOutAbove(section).then((undisturbed) => {
    if (!undisturbed) return layOutSkippedWhenIdle();
    section.scrollIntoView({ block: "start" });
    whenScrollSettles(() => layOutFromNextScroll());
  });
}

/**
 * Explore mode: gestures on, the story waits; "Back to the story" (or Escape) returns, to the
 * chapter the reader was in. Each chapter has its own Explore button, a Tab from its heading.
 */
function setupStoryExplore(story: StoryState): (on: boolean) => void {
  return setupExplore({
    el: story.el,
    live: () => story.live,
    onChange: (on) => {
      story.exploring = on;
      if (!on) story.live?.show(currentStep(story), false);
    },
    returnFocus: () => story.sections[story.controller.activeIndex ?? 0]!.querySelector<HTMLElement>("[data-explore-chapter]"),
  });
}

function bindChapterExploreButtons(story: StoryState, boot: LiveMapBoot, setExploring: (on: boolean) => void): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-explore-chapter]")) {
    button.addEventListener("click", async () => {
      const index = story.sections.indexOf(button.closest<HTMLElement>("section.chapter")!);
      story.controller.activate(index, { animate: false });
      // Where the map has scrolled away (short screens) it may not have started yet.
      await boot.startNow();
      setExploring(true);
    });
  }
}
