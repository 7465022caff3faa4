/**
 * An embed's browser side: checks its query options, switches language if asked, starts the live
 * map (or grows the chart) when seen, and tells the host page its height whenever it changes.
 */
import { heightMessages, readEmbedParams, type EmbedParams } from "../lib/shared/embed-params.ts";
import type { PovertyYear } from "../lib/shared/map-style.ts";
import type { StoryConfig } from "../lib/shared/story-config.ts";
import type { LiveMap } from "./live-map.ts";
import { animateCharts, prepareCharts } from "./chart-reveal.ts";
import { setupExplore } from "./explore.ts";
import { bootLiveMap } from "./map-boot.ts";
import { describeProblem } from "../lib/shared/param-problem.ts";
import { pageLocale } from "./page-locale.ts";
import { readUrlState } from "../lib/shared/url-state.ts";
import { bindYearSwitch } from "./year-switch.ts";
import { otherLanguageAddress } from "./embed-address.ts";

const main = document.querySelector<HTMLElement>("[data-embed]");
const configEl = document.getElementById("story-config");
if (main && configEl) startEmbed(main, JSON.parse(configEl.textContent ?? "{}") as StoryConfig);

function startEmbed(main: HTMLElement, config: StoryConfig): void {
  const params = readEmbedParams(
    location.search,
    config.steps.map((s) => s.slug),
  );
  if (openedInOtherLanguage(params)) return;
  const urlState = readUrlState(location.search);
  const problems = [...params.problems, ...urlState.problems].map((p) => describeProblem(p, pageLocale()));
  reportProblems(problems);
  // A sandboxed host (an opaque origin) may block the link from opening the story on top: its
  // address is written out beside it, to copy or type.
  if (window.origin === "null") showStoryAddress(main);
  if (window.parent !== window) postHeights(main.dataset.embed!, params.childId);
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  if (main.dataset.embedKind === "chart") startChartEmbed(main, reduced);
  else startMapEmbed({ main, config, params, initialYear: urlState.povertyYear, problems, reduced });
}

/** `?lang=` names the other language: its page, with the other options kept. */
function openedInOtherLanguage(params: EmbedParams): boolean {
  if (!params.lang || params.lang === document.documentElement.lang) return false;
  const other = document.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${params.lang}"]`);
  if (!other) return false;
  location.replace(otherLanguageAddress(new URL(other.href).pathname, location.search));
  return true;
}

function reportProblems(problems: readonly string[]): void {
  if (problems.length === 0) return;
  const notice = document.querySelector<HTMLElement>("[data-embed-notice]")!;
  notice.textContent = problems.join(" ");
  notice.hidden = false;
  console.warn(`embed: ${problems.join(" ")}`);
}

/** Height for the host: Datawrapper- and pym.js-style messages, whenever the content resizes by a pixel or more. */
function postHeights(embedId: string, childId: string | undefined): void {
  let last = 0;
  const post = (): void => {
    const height = document.documentElement.getBoundingClientRect().height;
    if (Math.abs(height - last) < 1) return;
    last = height;
    for (const message of heightMessages(embedId, childId, height)) window.parent.postMessage(message, "*");
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

/** A chart grows in when first seen. */
function startChartEmbed(main: HTMLElement, reduced: boolean): void {
  prepareCharts(reduced);
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    animateCharts(main, reduced);
  });
  observer.observe(main);
}

interface MapEmbed {
  main: HTMLElement;
  config: StoryConfig;
  params: EmbedParams;
  initialYear: PovertyYear;
  problems: string[];
  reduced: boolean;
}

/** Another chapter's view (`?view=`): its caption here; its still frame comes from the year control. */
function showViewCaption(el: HTMLElement, slug: string): void {
  const caption = document.querySelector<HTMLTemplateElement>(`template[data-view-caption="${slug}"]`);
  if (caption) el.querySelector("[data-map-caption]")!.replaceChildren(caption.content.cloneNode(true));
}

function startMapEmbed({ main, config, params, initialYear, problems, reduced }: MapEmbed): void {
  const el = main.querySelector<HTMLElement>("[data-story-map]")!;
  const slug = params.view ?? main.dataset.chapter!;
  const step = config.steps.find((s) => s.slug === slug)!;
  if (params.view && params.view !== main.dataset.chapter) showViewCaption(el, slug);
  el.dataset.activeChapter = step.slug;
  el.dataset.visibleLayers = step.layers.join(" ");
  if (!params.interactive) el.querySelector<HTMLElement>(".story-map__controls")?.remove();
  const state: { live: LiveMap | undefined } = { live: undefined };
  if (params.interactive) setupExplore({ el, live: () => state.live, onChange: (on) => !on && state.live?.show(step, false) });
  // The same year control as the story's: buttons, legend title, still frame, live map and address in step.
  const years = bindYearSwitch({ mapEl: el, initial: initialYear, view: () => step, live: () => state.live });
  bootLiveMap({
    el,
    config,
    currentStep: () => step,
    reduceMotion: () => reduced,
    povertyYear: () => years.year(),
    warmUpShaders: false,
    problems,
    onReady: (map) => {
      state.live = map;
    },
  });
}

function showStoryAddress(main: HTMLElement): void {
  const link = main.querySelector<HTMLAnchorElement>("[data-embed-back]");
  if (!link) return;
  const address = document.createElement("span");
  address.className = "embed__address";
  address.textContent = link.href.replace(/^https?:\/\//, "");
  link.after(" ", address);
}
