/**
 * The live MapLibre map, loaded on demand. It draws the project's own layers, then follows the
 * story: each step moves the camera (a flight, or a jump under reduced motion), shows and hides
 * layers, outlines the highlighted areas and places the names. The reader can leave the story to
 * explore, and come back with one button or Escape.
 */
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
// As a URL, not an import: an imported stylesheet would be linked from every page's head.
import maplibreCssUrl from "maplibre-gl/dist/maplibre-gl.css?url";
import topoProtocolUrl from "./topo-protocol-worker.ts?worker&url";
import type { FeatureCollection } from "geojson";
import type { LabelSet } from "../lib/shared/map-labels.ts";
import {
  buildMapStyle,
  HIGHLIGHT_STYLE_LAYERS,
  highlightFilter,
  hiddenToggledLayers,
  highlightLayers,
  layerTranslateKey,
  povertyColourExpression,
  sameShown,
  styleShowing,
  TOGGLED_STYLE_LAYERS,
  visibleStyleLayers,
  type MapLayerData,
  type PovertyYear,
  type StyleShown,
} from "../lib/shared/map-style.ts";
import type { StoryStep } from "../lib/shared/step-controller.ts";
import { TOPO_LAYERS, topoLayersForStep, topoLayersNear, type TopoLayer } from "../lib/shared/map-sources.ts";
import type { DownloadLayer } from "./layer-fetch.ts";
import { addressedLayer, layerAddress, TOPO_FILE_PROTOCOL, TOPO_PROTOCOL } from "../lib/shared/topo-url.ts";
import { keepCreditsFolded } from "./map-credits.ts";
import { followVillageSearch } from "./live-map-village.ts";
import { sameView } from "../lib/shared/camera.ts";
import { layerFiller } from "./map-layer-filling.ts";
import { createMapNames } from "./map-names.ts";

maplibregl.setWorkerUrl(workerUrl);
// The worker starts (fetches and compiles its code) while this thread sets the map up, and learns
// to answer the layers' topo:// addresses.
maplibregl.prewarm();
// An absolute URL: a sandboxed embed's worker runs from a data: URL, with no base to resolve against.
const workerTopoProtocol = maplibregl.importScriptInWorkers(moduleScriptUrl(topoProtocolUrl));

/**
 * The address MapLibre's workers import the topo:// module from. MapLibre import()s an address
 * ending in ".mjs" (the build's name for it); any other it fetches and re-imports from a blob:,
 * where the dev server's "/node_modules/…" imports cannot resolve. So a dev address
 * ("…/topo-protocol-worker.ts?worker_file&type=module") gets a "#.mjs" fragment: the same
 * module, imported from its own address.
 */
function moduleScriptUrl(path: string): string {
  const url = new URL(path, document.baseURI);
  if (!url.href.endsWith(".mjs")) url.hash = ".mjs";
  return url.href;
}

export interface LiveMapOptions {
  el: HTMLElement;
  /** the map's TopoJSON layers, each downloaded once, when a chapter needs it */
  downloadLayer: DownloadLayer;
  /** the story's chapters in order, for fetching the next chapter's layers ahead */
  steps: readonly StoryStep[];
  labels: LabelSet;
  toSoe: FeatureCollection;
  /** pixels kept clear around a step's view (e.g. where text overlaps the map) */
  padding: () => maplibregl.PaddingOptions;
  reduceMotion: () => boolean;
  /**
   * Whether the first frame draws every layer, so that no shader compiles later in the middle of
   * a chapter's camera flight: for the story. An embed shows one view and draws only its layers.
   */
  warmUpShaders: boolean;
  /** MapLibre's own interface strings (control names) in the page's language */
  locale: Record<string, string>;
  /** the poverty year the map first draws (the page's year, so the first frame needs no repaint) */
  initialPovertyYear: PovertyYear;
}

export interface LiveMap {
  map: maplibregl.Map;
  show(step: StoryStep, animate: boolean): void;
  setPovertyYear(year: PovertyYear): void;
  setExploring(on: boolean): void;
}

function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
  document.head.append(link);
  return loaded;
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * Resolves once the map has drawn its first frame, behind the still frame. The caller then shows a
 * step at once (the one current by then), before it lets the map be seen.
 */
export async function mountLiveMap(options: LiveMapOptions, first: StoryStep): Promise<LiveMap> {
  const { el } = options;
  // The first chapter's layers now; the others start empty and are filled when a chapter nears.
  const firstLayers = [...topoLayersForStep(first)];
  // The worker asks for a layer's bytes (topo-url.ts) once the map has its style; the first
  // chapter's are downloading already.
  maplibregl.addProtocol(TOPO_FILE_PROTOCOL, async (request) => ({
    data: (await options.downloadLayer(addressedLayer(TOPO_FILE_PROTOCOL, request.url) as TopoLayer)).slice(0),
  }));
  await Promise.all([loadStylesheet(maplibreCssUrl), workerTopoProtocol]);
  performance.mark("live-map:worker-ready");
  const data = { toSoe: options.toSoe } as MapLayerData;
  for (const name of TOPO_LAYERS) data[name] = { type: "FeatureCollection", features: [] };
  for (const name of firstLayers) data[name] = layerAddress(TOPO_PROTOCOL, name);

  const host = el.querySelector<HTMLElement>("[data-map-canvas]");
  if (!host) throw new Error("map element lacks its [data-map-canvas] child");
  let povertyYear: PovertyYear = options.initialPovertyYear;
  // The still frame covers the map until it has drawn the first step. In the story, that first frame
  // also draws every layer the step hides, off the map, so that their shaders compile now: a shader
  // compiling during a camera flight blocks the page for a tenth of a second.
  const style = styleShowing(buildMapStyle(data, povertyYear), first, { warmUp: options.warmUpShaders });
  const map = new maplibregl.Map({
    container: host,
    style,
    bounds: first.bounds,
    fitBoundsOptions: { padding: options.padding() },
    minZoom: 2,
    maxZoom: 14,
    interactive: true,
    attributionControl: { compact: true, customAttribution: el.dataset.attribution ?? "" },
    fadeDuration: 0,
    // The style is the project's own, checked against MapLibre's specification by the unit tests;
    // validating it again here cost a phone about 50 ms before the first frame.
    validateStyle: false,
    locale: options.locale,
  });
  // Story mode: the page scrolls, the map follows. Explore mode turns the gestures on.
  const handlers = [map.scrollZoom, map.dragPan, map.dragRotate, map.keyboard, map.doubleClickZoom, map.touchZoomRotate, map.boxZoom];
  const setInteractive = (on: boolean): void => handlers.forEach((h) => (on ? h.enable() : h.disable()));
  setInteractive(false);
  const nav = new maplibregl.NavigationControl({ showCompass: false });
  const canvas = map.getCanvas();
  canvas.setAttribute("role", "img");
  // Outside explore mode the canvas does nothing with keys: no Tab stop.
  canvas.tabIndex = -1;

  const mirrorCamera = (): void => {
    const c = map.getCenter();
    el.dataset.camera = JSON.stringify({ lng: round(c.lng, 4), lat: round(c.lat, 4), zoom: round(map.getZoom(), 2) });
  };
  map.on("moveend", mirrorCamera);

  let currentStep = first;
  // No name goes under the map's buttons (Explore, Back to the story) or MapLibre's controls.
  const overlays = [
    ...el.querySelectorAll(".story-map__controls"),
    ...host.querySelectorAll(
      ".maplibregl-ctrl-top-left, .maplibregl-ctrl-top-right, .maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right",
    ),
  ];
  const names = createMapNames(map, options.labels, overlays);
  map.on("zoomend", () => names.place(currentStep));
  map.on("moveend", () => names.arrange());

  // A new size (a window resized, a phone turned) keeps the chapter's whole view in the map,
  // whichever comes first: this, or the next chapter.
  let exploring = false;
  const cameraFor = (step: StoryStep) => map.cameraForBounds(step.bounds, { padding: options.padding() });
  const showsAlready = (camera: maplibregl.CenterZoomBearing): boolean =>
    !map.isMoving() &&
    map.getBearing() === (camera.bearing ?? 0) &&
    map.getPitch() === 0 &&
    sameView(
      { center: map.getCenter().toArray(), zoom: map.getZoom() },
      { center: maplibregl.LngLat.convert(camera.center!).toArray(), zoom: camera.zoom! },
    );
  map.on("resize", () => {
    const camera = cameraFor(currentStep);
    if (camera && !exploring) map.jumpTo(camera);
    // The reader's own view stays, and its names are placed anew in the new size.
    else if (!map.isMoving()) names.arrange();
  });

  // The values set here are of the validated style's kinds (see validateStyle above).
  const unchecked = { validate: false };
  // The layers the warm-up drew off the map stay there, "visible", until the first chapter change,
  // where the story's layers change anyway. A change of visibility would make MapLibre cut every
  // tile of the layer's source again (half a second of a phone's time here), and any change before
  // then would redraw the map once more while the reader waits for it; an untouched opening
  // chapter is not redrawn, so they cost nothing meanwhile.
  const warmedUp = new Set(options.warmUpShaders ? hiddenToggledLayers(first.layers) : []);
  // What the map shows now: the style was built showing the first step. MapLibre redraws the whole
  // map at any set call, one that changes nothing included, so steps that show the same are skipped.
  let applied: StyleShown = first;
  const applyLayers = (step: StoryStep): void => {
    const restoring = warmedUp.size > 0 && step.slug !== first.slug;
    if (!restoring && sameShown(step, applied)) return;
    applied = step;
    const visible = visibleStyleLayers(step.layers);
    if (restoring) {
      for (const id of warmedUp) map.setPaintProperty(id, layerTranslateKey(map.getLayer(id)!.type), undefined, unchecked);
      warmedUp.clear();
    }
    for (const id of TOGGLED_STYLE_LAYERS) {
      if (!warmedUp.has(id)) map.setLayoutProperty(id, "visibility", visible.has(id) ? "visible" : "none", unchecked);
    }
    const outlined = highlightLayers(step.highlight);
    for (const id of HIGHLIGHT_STYLE_LAYERS) {
      map.setFilter(id, highlightFilter(step.highlight), unchecked);
      map.setLayoutProperty(id, "visibility", outlined.has(id) ? "visible" : "none", unchecked);
    }
  };

  const layers = layerFiller(map, options.downloadLayer, firstLayers);

  performance.mark("live-map:created");
  // Any error before the first frame (a first chapter's layer that fails to load, or to convert
  // in the worker) fails the map's start; after it, a filled layer's is the filler's to report.
  let starting = true;
  const failedToStart = new Promise<never>((_, reject) => {
    map.on("error", (event: maplibregl.ErrorEvent & { sourceId?: string }) => {
      // The worker's errors arrive rebuilt, without a stack, and a console shows them as "Error".
      const { message } = event.error;
      const what = event.sourceId ? `the map's "${event.sourceId}" layer did not load: ` : "";
      if (starting) reject(new Error(`${what}${message}`));
      else if (!event.sourceId || !layers.failed(event.sourceId, message)) console.error(`The live map met an error: ${what}${message}`);
    });
  });
  await Promise.race([map.once("load"), failedToStart]).finally(() => (starting = false));
  performance.mark("live-map:first-frame");
  // The names wait for show(), which the caller runs next with the step then current.
  mirrorCamera();
  keepCreditsFolded(map, el);
  followVillageSearch(map, options.reduceMotion);

  return {
    map,
    show(step, animate) {
      layers.fill(topoLayersForStep(step), true);
      // Only a reader moving through the story needs the neighbours; an embed's one view does not.
      if (step.slug !== currentStep.slug) layers.fill(topoLayersNear(options.steps, step.slug), false);
      currentStep = step;
      applyLayers(step);
      // The container may have changed size since the last frame; resizing when it has not would
      // still reallocate the canvas's drawing buffer and redraw the whole map.
      const box = map.getContainer();
      const canvas = map.getCanvas();
      const off = (css: string, px: number) => Math.abs(Number.parseFloat(css) - px) >= 1; // the canvas's CSS size is rounded to device pixels
      if (off(canvas.style.width, box.clientWidth) || off(canvas.style.height, box.clientHeight)) map.resize();
      const camera = cameraFor(step);
      if (!camera) return;
      const flying = animate && !options.reduceMotion();
      if (flying) map.flyTo({ ...camera, duration: 1600, essential: false });
      // A jump to the view already shown (the first step's, just after the first frame) would
      // still redraw the whole map while the reader waits for it.
      else if (!showsAlready(camera)) map.jumpTo(camera);
      names.place(step);
      // The view is final unless flying; a flight's end places the names.
      if (!flying) names.arrange();
    },
    setPovertyYear(year) {
      // The style was built with a year; setting it again would redraw the map for nothing.
      if (year !== povertyYear) map.setPaintProperty("poverty-fill", "fill-color", povertyColourExpression(year), unchecked);
      povertyYear = year;
      // What the canvas draws, apart from the page's year: a test sees the two agree.
      el.dataset.livePovertyYear = String(year);
    },
    setExploring(on) {
      exploring = on;
      setInteractive(on);
      map.getCanvas().tabIndex = on ? 0 : -1;
      if (on) map.addControl(nav, "top-right");
      else map.removeControl(nav);
    },
  };
}
