/**
 * Starts the live map for a map element, lazily: at the reader's first wheel, touch, pointer
 * move, click or key, once the element is near the viewport, and only where WebGL2 works. Until
 * then the still frame of the same view stands in (a page nobody has touched pays nothing for
 * MapLibre, nor for a WebGL context), and for good where WebGL2 is missing. Shared by the story
 * and the embeds.
 */
import type { PovertyYear } from "../lib/shared/map-style.ts";
import type { StoryConfig } from "../lib/shared/story-config.ts";
import type { StoryStep } from "../lib/shared/step-controller.ts";
import { topoLayersForStep } from "../lib/shared/map-sources.ts";
import { layerDownloader, type DownloadLayer } from "./layer-fetch.ts";
import type { LiveMap } from "./live-map.ts";
import { FIRST_INTERACTION_EVENTS, READER_ACTED_ATTRIBUTE } from "../lib/shared/boot-script.ts";

/**
 * Whether WebGL2 works here. The first context a page makes can block the main thread for a second
 * (the GPU process starts), so this runs only when the live map is about to start, never at load.
 */
export function canDrawWebGL2(): boolean {
  if (typeof WebGL2RenderingContext === "undefined") return false;
  try {
    return Boolean(document.createElement("canvas").getContext("webgl2"));
  } catch {
    return false;
  }
}

export interface BootOptions {
  el: HTMLElement;
  config: StoryConfig;
  /** the step to show once the map is ready (the reader may have moved on while it loaded) */
  currentStep: () => StoryStep;
  reduceMotion: () => boolean;
  povertyYear: () => PovertyYear;
  /** see LiveMapOptions.warmUpShaders: true for the story, false for an embed's one view */
  warmUpShaders: boolean;
  /** extra words for the notice shown when the map cannot be drawn */
  problems: string[];
  onReady: (live: LiveMap) => void;
}

/** Starts the map now, whether or not it is near (a reader asked to explore it); resolves once it is up or has failed. */
export interface LiveMapBoot {
  startNow(): Promise<void>;
}

/** What the boot owns: whether the map is near the viewport, whether the reader has acted, the start once begun. */
interface BootState {
  options: BootOptions;
  near: boolean;
  touched: boolean;
  starting: Promise<void> | undefined;
}

function maybeStart(state: BootState): void {
  if (state.starting || !state.near || !state.touched) return;
  state.starting = startLiveMap(state.options);
}

/** The map counts as near once it is within half a screen of the viewport. */
function watchNearness(state: BootState): IntersectionObserver {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      state.near = true;
      maybeStart(state);
    },
    { rootMargin: "50% 0px" },
  );
  observer.observe(state.options.el);
  return observer;
}

/** The reader's first wheel, touch, pointer move, click or key. */
function watchFirstAct(state: BootState): void {
  if (state.touched) return;
  const onFirst = (): void => {
    for (const type of FIRST_INTERACTION_EVENTS) window.removeEventListener(type, onFirst);
    state.touched = true;
    maybeStart(state);
  };
  for (const type of FIRST_INTERACTION_EVENTS) window.addEventListener(type, onFirst, { passive: true, once: true });
}

export function bootLiveMap(options: BootOptions): LiveMapBoot {
  // A reader who acted before this script ran (the boot script heard it) has touched the page.
  const state: BootState = {
    options,
    near: false,
    touched: document.documentElement.hasAttribute(READER_ACTED_ATTRIBUTE),
    starting: undefined,
  };
  const observer = watchNearness(state);
  watchFirstAct(state);
  return {
    startNow: () => {
      observer.disconnect();
      state.starting ??= startLiveMap(options);
      return state.starting;
    },
  };
}

/** Loads MapLibre's code and mounts the map on the step current by then, at the year current by then. */
async function mountForStep(options: BootOptions, downloadLayer: DownloadLayer): Promise<LiveMap> {
  const { mountLiveMap } = await import("./live-map.ts");
  performance.mark("live-map:code-loaded");
  const { el } = options;
  return mountLiveMap(
    {
      el,
      downloadLayer,
      steps: options.config.steps,
      labels: options.config.labels,
      toSoe: options.config.toSoe,
      padding: () => ({ top: 24, right: 24, bottom: 24, left: 24 }),
      reduceMotion: options.reduceMotion,
      warmUpShaders: options.warmUpShaders,
      locale: JSON.parse(el.dataset.mapLocale ?? "{}") as Record<string, string>,
      initialPovertyYear: options.povertyYear(),
    },
    options.currentStep(),
  );
}

async function startLiveMap(options: BootOptions): Promise<void> {
  const { el } = options;
  if (!canDrawWebGL2()) {
    el.dataset.mapState = "no-webgl";
    tellReader(options, "noWebgl");
    return;
  }
  el.dataset.mapState = "loading";
  // Nothing in the map takes focus before it is shown: MapLibre's folded-out credits set
  // visibility: visible, which outranks the hidden canvas around them.
  const canvasHost = el.querySelector<HTMLElement>("[data-map-canvas]");
  if (canvasHost) canvasHost.inert = true;
  // User Timing marks ("live-map:…"): `npm run bench` reads them to break the reader's wait down.
  performance.mark("live-map:webgl-checked");
  // The first chapter's layers download while MapLibre's code loads; the others when a chapter nears.
  const downloadLayer = layerDownloader(el);
  for (const name of topoLayersForStep(options.currentStep())) downloadLayer(name).catch(() => {}); // mountLiveMap meets the same error, and reports it
  try {
    const live = await mountForStep(options, downloadLayer);
    // Live before the first step is shown: the labels it places keep clear of the live map's buttons.
    el.classList.add("is-live");
    live.show(options.currentStep(), false);
    live.setPovertyYear(options.povertyYear());
    if (canvasHost) canvasHost.inert = false;
    el.dataset.mapState = "ready";
    options.onReady(live);
  } catch (err) {
    el.classList.remove("is-live");
    el.dataset.mapState = "error";
    if (canvasHost) canvasHost.inert = false;
    // In place, where the map is: the still maps stay and the story reads on.
    tellReader(options, "failed");
    console.error("The live map could not start; the still maps stay.", err);
  }
}

/** The words, in a pressed Explore button's place, with the focus on them: its own line of the tools' row, in the size of the words around the map. */
function noteInPlaceOf(button: HTMLElement, words: string): void {
  const note = document.createElement("span");
  note.dataset.mapUnavailable = "";
  note.tabIndex = -1;
  note.style.flexBasis = "100%";
  note.style.fontSize = "0.85rem";
  note.textContent = words;
  button.after(note);
  note.focus();
}

/**
 * Says why the still maps stay (the notice's data-no-webgl or data-failed words): in the map's
 * notice (on phones, the strip under the map), and to a reader who had pressed a chapter's
 * "Explore the map", in that button's place, with the focus on the words. Only there: words
 * added to every chapter would push the whole story down under the reader.
 */
function tellReader(options: BootOptions, why: "noWebgl" | "failed"): void {
  const notice = options.el.querySelector<HTMLElement>("[data-map-notice]");
  if (!notice) return;
  const words = notice.dataset[why] ?? "";
  notice.textContent = [words, ...options.problems].join(" ");
  notice.hidden = false;
  const pressed = document.activeElement;
  for (const button of document.querySelectorAll<HTMLElement>("[data-explore-chapter]")) {
    if (button === pressed && !button.nextElementSibling?.hasAttribute("data-map-unavailable")) noteInPlaceOf(button, words);
  }
}
