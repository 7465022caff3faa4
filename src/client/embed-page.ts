/**
 * An embed's browser side: checks its query options, switches language if asked, starts the live
 * map (or grows the chart) when seen, and tells the host page its height whenever it changes.
 */
import { heightMessages, readEmbedParams } from "../lib/shared/embed-params.ts";
import type { StoryConfig } from "../lib/shared/story-config.ts";
import type { LiveMap } from "./live-map.ts";
import { animateCharts, prepareCharts } from "./chart-reveal.ts";
import { setupExplore } from "./explore.ts";
import { bootLiveMap } from "./map-boot.ts";
import { describeProblem } from "../lib/shared/param-problem.ts";
import { pageLocale } from "./page-locale.ts";
import { readUrlState } from "../lib/shared/url-state.ts";
import { bindYearSwitch } from "./year-switch.ts";

const main = document.querySelector<HTMLElement>("[data-embed]");
const configEl = document.getElementById("story-config");
if (main && configEl) startEmbed(main, JSON.parse(configEl.textContent ?? "{}") as StoryConfig);

function startEmbed(main: HTMLElement, config: StoryConfig): void {
  const embedId = main.dataset.embed!;
  const params = readEmbedParams(
    location.search,
    config.steps.map((s) => s.slug),
  );
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  if (params.lang && params.lang !== document.documentElement.lang) {
    const other = document.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${params.lang}"]`);
    if (other) {
      const search = new URLSearchParams(location.search);
      search.delete("lang");
      const query = search.toString();
      location.replace(`${new URL(other.href).pathname}${query ? `?${query}` : ""}`);
      return;
    }
  }
  const urlState = readUrlState(location.search);
  const problems = [...params.problems, ...urlState.problems].map((p) => describeProblem(p, pageLocale()));
  if (problems.length > 0) {
    const notice = document.querySelector<HTMLElement>("[data-embed-notice]")!;
    notice.textContent = problems.join(" ");
    notice.hidden = false;
    console.warn(`embed: ${problems.join(" ")}`);
  }

  // A sandboxed host (an opaque origin) may block the link from opening the story on top: its
  // address is written out beside it, to copy or type.
  if (window.origin === "null") showStoryAddress(main);

  // Height for the host: Datawrapper- and pym.js-style messages, whenever the content resizes.
  if (window.parent !== window) {
    let last = 0;
    const post = (): void => {
      const height = document.documentElement.getBoundingClientRect().height;
      if (Math.abs(height - last) < 1) return;
      last = height;
      for (const message of heightMessages(embedId, params.childId, height)) window.parent.postMessage(message, "*");
    };
    new ResizeObserver(post).observe(document.documentElement);
    post();
  }

  if (main.dataset.embedKind === "chart") {
    prepareCharts(reduced);
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      animateCharts(main, reduced);
    });
    observer.observe(main);
    return;
  }

  const el = main.querySelector<HTMLElement>("[data-story-map]")!;
  const slug = params.view ?? main.dataset.chapter!;
  const step = config.steps.find((s) => s.slug === slug)!;
  // Another chapter's view: its caption here, its still frame from the year control below.
  if (params.view && params.view !== main.dataset.chapter) {
    const caption = document.querySelector<HTMLTemplateElement>(`template[data-view-caption="${slug}"]`);
    if (caption) el.querySelector("[data-map-caption]")!.replaceChildren(caption.content.cloneNode(true));
  }
  el.dataset.activeChapter = step.slug;
  el.dataset.visibleLayers = step.layers.join(" ");
  if (!params.interactive) el.querySelector<HTMLElement>(".story-map__controls")?.remove();
  let live: LiveMap | undefined;
  if (params.interactive) setupExplore({ el, live: () => live, onChange: (on) => !on && live?.show(step, false) });
  // The same year control as the story's: buttons, legend title, still frame, live map and URL in step.
  const years = bindYearSwitch({ mapEl: el, initial: urlState.povertyYear, view: () => step, live: () => live });
  bootLiveMap({
    el,
    config,
    currentStep: () => step,
    reduceMotion: () => reduced,
    povertyYear: () => years.year(),
    warmUpShaders: false,
    problems,
    onReady: (map) => {
      live = map;
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
