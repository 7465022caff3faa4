/**
 * The live MapLibre map, loaded on demand. It draws the project's own layers, then follows the
 * story: each step moves the camera (a flight, or a jump under reduced motion), shows and hides
 * layers, outlines the highlighted areas and places the labels. The reader can leave the story to
 * explore, and come back with one button or Escape.
 */
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
// As a URL, not an import: an imported stylesheet would be linked from every page's head.
import maplibreCssUrl from "maplibre-gl/dist/maplibre-gl.css?url";
import topoProtocolUrl from "./topo-protocol-worker.ts?worker&url";
import type { FeatureCollection } from "geojson";
import type { LabelSet } from "../lib/shared/map-labels.ts";
import { buildMapStyle, povertyColourExpression, styleShowing, type MapLayerData, type PovertyYear } from "../lib/shared/map-style.ts";
import type { StoryStep } from "../lib/shared/step-controller.ts";
import { TOPO_LAYERS, topoLayersForStep, topoLayersNear, type TopoLayer } from "../lib/shared/map-sources.ts";
import type { DownloadLayer } from "./layer-fetch.ts";
import { addressedLayer, layerAddress, TOPO_FILE_PROTOCOL, TOPO_PROTOCOL } from "../lib/shared/topo-url.ts";
import { keepCreditsFolded } from "./map-credits.ts";
import { loadStylesheet } from "./load-stylesheet.ts";
import { followVillageSearch } from "./live-map-village.ts";
import { layerFiller, type LayerFiller } from "./map-layer-filling.ts";
import { createLiveMapLabels, type LiveMapLabels } from "./live-map-labels.ts";
import { applyStepLayers, stepLayersState, type StepLayersState } from "./live-map-step-layers.ts";
import { cameraText, canvasNeedsResize, showsView } from "./live-map-view.ts";

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

/** What a running live map owns: the map, the step it shows, its year, whether the reader explores it. */
interface LiveState {
  el: HTMLElement;
  map: maplibregl.Map;
  options: LiveMapOptions;
  currentStep: StoryStep;
  povertyYear: PovertyYear;
  exploring: boolean;
  labels: LiveMapLabels;
  layers: LayerFiller;
  stepLayers: StepLayersState;
  nav: maplibregl.NavigationControl;
}

/** The worker asks for a layer's bytes (topo-url.ts) once the map has its style. */
function serveLayerBytes(downloadLayer: DownloadLayer): void {
  maplibregl.addProtocol(TOPO_FILE_PROTOCOL, async (request) => ({
    data: (await downloadLayer(addressedLayer(TOPO_FILE_PROTOCOL, request.url) as TopoLayer)).slice(0),
  }));
}

/** The first chapter's layers by address; the others start empty and are filled when a chapter nears. */
function initialLayerData(toSoe: FeatureCollection, firstLayers: readonly TopoLayer[]): MapLayerData {
  const data = { toSoe } as MapLayerData;
  for (const name of TOPO_LAYERS) data[name] = { type: "FeatureCollection", features: [] };
  for (const name of firstLayers) data[name] = layerAddress(TOPO_PROTOCOL, name);
  return data;
}

function createMap(options: LiveMapOptions, host: HTMLElement, style: maplibregl.StyleSpecification, first: StoryStep): maplibregl.Map {
  return new maplibregl.Map({
    container: host,
    style,
    bounds: first.bounds,
    fitBoundsOptions: { padding: options.padding() },
    minZoom: 2,
    maxZoom: 14,
    interactive: true,
    attributionControl: { compact: true, customAttribution: options.el.dataset.attribution ?? "" },
    fadeDuration: 0,
    // The style is the project's own, checked against MapLibre's specification by the unit tests;
    // validating it again here cost a phone about 50 ms before the first frame.
    validateStyle: false,
    locale: options.locale,
  });
}

/** Story mode: the page scrolls, the map follows. Explore mode turns the gestures on. */
function setGestures(map: maplibregl.Map, on: boolean): void {
  const handlers = [map.scrollZoom, map.dragPan, map.dragRotate, map.keyboard, map.doubleClickZoom, map.touchZoomRotate, map.boxZoom];
  for (const handler of handlers) {
    if (on) handler.enable();
    else handler.disable();
  }
}

/** What lies over the map (its buttons, MapLibre's controls): no label goes under them. */
function mapOverlays(el: HTMLElement, host: HTMLElement): Element[] {
  return [
    ...el.querySelectorAll(".story-map__controls"),
    ...host.querySelectorAll(
      ".maplibregl-ctrl-top-left, .maplibregl-ctrl-top-right, .maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right",
    ),
  ];
}

const mirrorCamera = (map: maplibregl.Map, el: HTMLElement): void => {
  el.dataset.camera = cameraText(map.getCenter(), map.getZoom());
};

const cameraFor = (state: LiveState, step: StoryStep) => state.map.cameraForBounds(step.bounds, { padding: state.options.padding() });

function showsAlready(map: maplibregl.Map, camera: maplibregl.CenterZoomBearing): boolean {
  const now = {
    moving: map.isMoving(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
    center: map.getCenter().toArray(),
    zoom: map.getZoom(),
  };
  return showsView(now, { center: maplibregl.LngLat.convert(camera.center!).toArray(), zoom: camera.zoom!, bearing: camera.bearing });
}

/**
 * A new size (a window resized, a phone turned) keeps the chapter's whole view in the map,
 * whichever comes first: this, or the next chapter. The reader's own view stays, and its labels
 * are placed anew in the new size.
 */
function keepViewOnResize(state: LiveState): void {
  const camera = cameraFor(state, state.currentStep);
  if (camera && !state.exploring) state.map.jumpTo(camera);
  else if (!state.map.isMoving()) state.labels.arrange();
}

/**
 * Resolves at the map's first frame. Any error before it (a first chapter's layer that fails to
 * load, or to convert in the worker) fails the map's start; after it, a filled layer's is the
 * filler's to report.
 */
async function firstFrame(map: maplibregl.Map, layers: LayerFiller): Promise<void> {
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
}

/** The container may have changed size since the last frame. */
function resizeToBox(map: maplibregl.Map): void {
  const box = map.getContainer();
  if (canvasNeedsResize(map.getCanvas().style, { width: box.clientWidth, height: box.clientHeight })) map.resize();
}

function showStep(state: LiveState, step: StoryStep, animate: boolean): void {
  const { map, options } = state;
  state.layers.fill(topoLayersForStep(step), true);
  // Only a reader moving through the story needs the neighbours; an embed's one view does not.
  if (step.slug !== state.currentStep.slug) state.layers.fill(topoLayersNear(options.steps, step.slug), false);
  state.currentStep = step;
  applyStepLayers(state.stepLayers, step);
  resizeToBox(map);
  const camera = cameraFor(state, step);
  if (!camera) return;
  const flying = animate && !options.reduceMotion();
  if (flying) map.flyTo({ ...camera, duration: 1600, essential: false });
  // A jump to the view already shown (the first step's, just after the first frame) would
  // still redraw the whole map while the reader waits for it.
  else if (!showsAlready(map, camera)) map.jumpTo(camera);
  state.labels.place(step);
  // The view is final unless flying; a flight's end places the labels.
  if (!flying) state.labels.arrange();
}

function setPovertyYear(state: LiveState, year: PovertyYear): void {
  // The style was built with a year; setting it again would redraw the map for nothing.
  if (year !== state.povertyYear)
    state.map.setPaintProperty("poverty-fill", "fill-color", povertyColourExpression(year), { validate: false });
  state.povertyYear = year;
  // What the canvas draws, apart from the page's year: a test sees the two agree.
  state.el.dataset.livePovertyYear = String(year);
}

function setExploring(state: LiveState, on: boolean): void {
  const { map } = state;
  state.exploring = on;
  setGestures(map, on);
  map.getCanvas().tabIndex = on ? 0 : -1;
  if (on) map.addControl(state.nav, "top-right");
  else map.removeControl(state.nav);
}

/** The map with its listeners: the camera mirrored, the labels placed at a zoom's end and arranged at a move's, the view kept on resize. */
function startLiveState(options: LiveMapOptions, host: HTMLElement, first: StoryStep, firstLayers: readonly TopoLayer[]): LiveState {
  const { el } = options;
  // The still frame covers the map until it has drawn the first step. In the story, that first frame
  // also draws every layer the step hides, off the map, so that their shaders compile now: a shader
  // compiling during a camera flight blocks the page for a tenth of a second.
  const data = initialLayerData(options.toSoe, firstLayers);
  const style = styleShowing(buildMapStyle(data, options.initialPovertyYear), first, { warmUp: options.warmUpShaders });
  const map = createMap(options, host, style, first);
  setGestures(map, false);
  const canvas = map.getCanvas();
  canvas.setAttribute("role", "img");
  // Outside explore mode the canvas does nothing with keys: no Tab stop.
  canvas.tabIndex = -1;
  map.on("moveend", () => mirrorCamera(map, el));
  const state: LiveState = {
    el,
    map,
    options,
    currentStep: first,
    povertyYear: options.initialPovertyYear,
    exploring: false,
    labels: createLiveMapLabels(map, options.labels, mapOverlays(el, host)),
    layers: layerFiller(map, options.downloadLayer, firstLayers),
    stepLayers: stepLayersState(map, first, options.warmUpShaders),
    nav: new maplibregl.NavigationControl({ showCompass: false }),
  };
  map.on("zoomend", () => state.labels.place(state.currentStep));
  map.on("moveend", () => state.labels.arrange());
  map.on("resize", () => keepViewOnResize(state));
  return state;
}

/**
 * Resolves once the map has drawn its first frame, behind the still frame. The caller then shows a
 * step at once (the one current by then), before it lets the map be seen.
 */
export async function mountLiveMap(options: LiveMapOptions, first: StoryStep): Promise<LiveMap> {
  // The first chapter's layers now (they are downloading already); the others when a chapter nears.
  const firstLayers = [...topoLayersForStep(first)];
  serveLayerBytes(options.downloadLayer);
  await Promise.all([loadStylesheet(maplibreCssUrl), workerTopoProtocol]);
  performance.mark("live-map:worker-ready");
  const host = options.el.querySelector<HTMLElement>("[data-map-canvas]");
  if (!host) throw new Error("map element lacks its [data-map-canvas] child");
  const state = startLiveState(options, host, first, firstLayers);
  const { map } = state;
  performance.mark("live-map:created");
  await firstFrame(map, state.layers);
  performance.mark("live-map:first-frame");
  // The labels wait for show(), which the caller runs next with the step then current.
  mirrorCamera(map, options.el);
  keepCreditsFolded(map, options.el);
  followVillageSearch(map, options.reduceMotion);
  return {
    map,
    show: (step, animate) => showStep(state, step, animate),
    setPovertyYear: (year) => setPovertyYear(state, year),
    setExploring: (on) => setExploring(state, on),
  };
}
