/**
 * An embed's browser side: checks its query options, switches language if asked, starts the live
 * map (or grows the chart) when seen, and tells the host page its height whenever it changes.
 */
import { heightMessages, readEmbedParams } from "../lib/embed-params.ts";
import type { StoryConfig } from "../lib/story-config.ts";
import type { LiveMap } from "./live-map.ts";
import { animateCharts, prepareCharts } from "./chart-reveal.ts";
import { setupExplore } from "./explore.ts";
import { bootLiveMap } from "./map-boot.ts";
import { describeProblem } from "../lib/param-problem.ts";
import { pageLocale } from "./page-locale.ts";

const main = document.querySelector<HTMLElement>("[data-embed]");
const configEl = document.getElementById("story-config");
if (main && configEl) startEmbed(main, JSON.parse(configEl.textContent ?? "{}") as StoryConfig);

function startEmbed(main: HTMLElement, config: StoryConfig): void {
  const embedId = main.dataset.embed!;
  const params = readEmbedParams(location.search, config.steps.map((s) => s.slug));
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
  const problems = params.problems.map((p) => describeProblem(p, pageLocale()));
  if (problems.length > 0) {
    const notice = document.querySelector<HTMLElement>("[data-embed-notice]")!;
    notice.textContent = problems.join(" ");
    notice.hidden = false;
    console.warn(`embed: ${problems.join(" ")}`);
  }

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
  if (params.view && params.view !== main.dataset.chapter) {
    const still = el.querySelector<HTMLImageElement>(".story-map__still")!;
    still.src = `${still.dataset.frameBase}${slug}.svg`;
    const caption = document.querySelector<HTMLTemplateElement>(`template[data-view-caption="${slug}"]`);
    if (caption) el.querySelector("[data-map-caption]")!.replaceChildren(caption.content.cloneNode(true));
  }
  el.dataset.activeChapter = step.slug;
  el.dataset.visibleLayers = step.layers.join(" ");
  el.dataset.povertyYear = "2024";
  if (!params.interactive) el.querySelector<HTMLElement>(".story-map__controls")?.remove();
  let live: LiveMap | undefined;
  if (params.interactive) setupExplore(el, () => live, (on) => !on && live?.show(step, false));
  el.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("[data-poverty-year]");
    if (!button || !live) return;
    live.setPovertyYear(Number(button.dataset.povertyYear) as 2021 | 2024);
    el.querySelectorAll("[data-poverty-year]").forEach((b) => b.setAttribute("aria-pressed", String(b === button)));
  });
  bootLiveMap({
    el,
    config,
    currentStep: () => step,
    reduceMotion: () => reduced,
    povertyYear: () => 2024,
    problems,
    onReady: (map) => {
      live = map;
    },
  });
}
