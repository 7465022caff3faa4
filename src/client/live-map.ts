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
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { labelSide, labelsForStep, type LabelSet, type MapLabel } from "../lib/map-labels.ts";
import {
  buildMapStyle,
  HIGHLIGHT_STYLE_LAYERS,
  highlightFilter,
  highlightLayers,
  povertyColourExpression,
  TOGGLED_STYLE_LAYERS,
  visibleStyleLayers,
  type MapLayerData,
  type PovertyYear,
} from "../lib/map-style.ts";
import type { StoryStep } from "../lib/step-controller.ts";
import { TOPO_LAYERS, topoLayersForStep, topoLayersNear, type TopoLayer } from "../lib/map-sources.ts";
import type { FetchLayer } from "./layer-fetch.ts";

maplibregl.setWorkerUrl(workerUrl);

export interface LiveMapOptions {
  el: HTMLElement;
  /** the map's TopoJSON layers, each fetched once, when a chapter needs it */
  fetchLayer: FetchLayer;
  /** the story's chapters in order, for fetching the next chapter's layers ahead */
  steps: readonly StoryStep[];
  labels: LabelSet;
  toSoe: FeatureCollection;
  /** pixels kept clear around a step's view (e.g. where text overlaps the map) */
  padding: () => maplibregl.PaddingOptions;
  reduceMotion: () => boolean;
  /** MapLibre's own interface strings (control names) in the page's language */
  locale: Record<string, string>;
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

export async function mountLiveMap(options: LiveMapOptions, first: StoryStep): Promise<LiveMap> {
  const { el } = options;
  // The first chapter's layers now; the others start empty and are filled when a chapter nears.
  const firstLayers = [...topoLayersForStep(first)];
  const [topologies] = await Promise.all([Promise.all(firstLayers.map((name) => options.fetchLayer(name))), loadStylesheet(maplibreCssUrl)]);
  const data = { toSoe: options.toSoe } as MapLayerData;
  for (const name of TOPO_LAYERS) data[name] = { type: "FeatureCollection", features: [] };
  const toFeatures = (name: TopoLayer, topo: Topology) => feature(topo, topo.objects[name]!) as FeatureCollection;
  firstLayers.forEach((name, k) => (data[name] = toFeatures(name, topologies[k]!)));
  const loaded = new Set<TopoLayer>(firstLayers);

  const host = el.querySelector<HTMLElement>("[data-map-canvas]");
  if (!host) throw new Error("map element lacks its [data-map-canvas] child");
  let povertyYear: PovertyYear = 2024;
  const map = new maplibregl.Map({
    container: host,
    style: buildMapStyle(data, povertyYear),
    bounds: first.bounds,
    fitBoundsOptions: { padding: options.padding() },
    minZoom: 2,
    maxZoom: 14,
    interactive: true,
    attributionControl: { compact: true, customAttribution: el.dataset.attribution ?? "" },
    fadeDuration: 0,
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

  // Names are HTML markers: no glyph server needed, and the text stays real text.
  const markers = new Map<string, maplibregl.Marker>();
  let currentStep = first;
  const markerFor = (label: MapLabel): maplibregl.Marker => {
    let m = markers.get(label.id);
    if (!m) {
      const node = document.createElement("div");
      node.className = `map-label map-label--${label.kind}`;
      node.dataset.labelId = label.id;
      if (label.kind === "voice") {
        node.innerHTML = '<span class="map-label__badge"></span>';
        node.querySelector(".map-label__badge")!.textContent = label.text;
      } else {
        node.innerHTML = '<span class="map-label__dot" aria-hidden="true"></span><span class="map-label__text"></span>';
        node.querySelector(".map-label__text")!.textContent = label.text;
      }
      // Interviewee badges sit left of the village's name, clear of its dot and text.
      m = label.kind === "voice"
        ? new maplibregl.Marker({ element: node, anchor: "right", offset: [-8, 0] }).setLngLat(label.lngLat)
        : new maplibregl.Marker({ element: node, anchor: "center" }).setLngLat(label.lngLat);
      markers.set(label.id, m);
    }
    return m;
  };
  const placeLabels = (): void => {
    const wanted = new Set<string>();
    for (const label of labelsForStep(currentStep.layers, map.getZoom(), options.labels)) {
      wanted.add(label.id);
      markerFor(label).addTo(map);
    }
    for (const [id, m] of markers) if (!wanted.has(id)) m.remove();
  };
  // Names near the right edge go left of their dot. Each text's width is read once (it never
  // changes), so a camera's end costs no layout of the page.
  const textWidths = new WeakMap<HTMLElement, number>();
  const sideLabels = (): void => {
    const mapWidth = map.getContainer().clientWidth;
    for (const m of markers.values()) {
      const node = m.getElement();
      const text = node.querySelector<HTMLElement>(".map-label__text");
      const named = node.classList.contains("map-label--study") || node.classList.contains("map-label--town");
      if (!node.isConnected || !text || !named) continue;
      let width = textWidths.get(text);
      if (width === undefined) {
        width = text.offsetWidth;
        textWidths.set(text, width);
      }
      const side = labelSide(map.project(m.getLngLat()).x, width, mapWidth);
      node.classList.toggle("map-label--left", side === "left");
    }
  };
  map.on("zoomend", placeLabels);
  map.on("moveend", sideLabels);

  // A new size (a window resized, a phone turned) keeps the chapter's whole view in the map,
  // whichever comes first: this, or the next chapter.
  let exploring = false;
  const cameraFor = (step: StoryStep) => map.cameraForBounds(step.bounds, { padding: options.padding() });
  map.on("resize", () => {
    const camera = cameraFor(currentStep);
    if (camera && !exploring) map.jumpTo(camera);
  });

  const applyLayers = (step: StoryStep): void => {
    const visible = visibleStyleLayers(step.layers);
    for (const id of TOGGLED_STYLE_LAYERS) map.setLayoutProperty(id, "visibility", visible.has(id) ? "visible" : "none");
    const outlined = highlightLayers(step.highlight);
    for (const id of HIGHLIGHT_STYLE_LAYERS) {
      map.setFilter(id, highlightFilter(step.highlight));
      map.setLayoutProperty(id, "visibility", outlined.has(id) ? "visible" : "none");
    }
  };

  // A layer the chapter on screen needs is drawn as soon as it arrives. One fetched ahead for the
  // next chapter waits until the map is still, so that its tiling never lands in a camera flight.
  const fillLayers = (names: Iterable<TopoLayer>, now: boolean): void => {
    for (const name of names) {
      if (loaded.has(name)) continue;
      loaded.add(name);
      options
        .fetchLayer(name)
        .then(async (topo) => {
          if (!now && map.isMoving()) await map.once("moveend");
          (map.getSource(name) as maplibregl.GeoJSONSource).setData(toFeatures(name, topo));
        })
        .catch((err: unknown) => {
          loaded.delete(name);
          console.error(`The map layer "${name}" could not load; the next chapter tries again.`, err);
        });
    }
  };

  await map.once("load");
  // Draw every layer once while the still frame covers the map: the shaders compile now, not in
  // the middle of a chapter's flight, where a compile blocks the page for a tenth of a second.
  for (const id of TOGGLED_STYLE_LAYERS) map.setLayoutProperty(id, "visibility", "visible");
  await map.once("idle");
  applyLayers(first);
  placeLabels();
  sideLabels();
  await map.once("idle");
  mirrorCamera();
  // The credit is in the page's footer too: keep the map's own attribution folded (MapLibre unfolds
  // it again when its text or the map's size changes), unless the reader opened it.
  let creditsOpened = false;
  const credits = () => el.querySelector(".maplibregl-ctrl-attrib");
  el.addEventListener("click", (e) => {
    if ((e.target as Element).closest(".maplibregl-ctrl-attrib-button")) creditsOpened = Boolean(credits()?.classList.contains("maplibregl-compact-show"));
  });
  // Folded is neither MapLibre's class nor the <details> element's open attribute.
  const foldCredits = (): void => {
    const box = credits();
    if (creditsOpened || !box) return;
    box.classList.remove("maplibregl-compact-show");
    box.removeAttribute("open");
  };
  foldCredits();
  map.on("resize", foldCredits);
  map.on("idle", foldCredits);

  return {
    map,
    show(step, animate) {
      fillLayers(topoLayersForStep(step), true);
      // Only a reader moving through the story needs the neighbours; an embed's one view does not.
      if (step.slug !== currentStep.slug) fillLayers(topoLayersNear(options.steps, step.slug), false);
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
      if (animate && !options.reduceMotion()) map.flyTo({ ...camera, duration: 1600, essential: false });
      else map.jumpTo(camera);
      placeLabels();
      if (!map.isMoving()) sideLabels();
    },
    setPovertyYear(year) {
      povertyYear = year;
      map.setPaintProperty("poverty-fill", "fill-color", povertyColourExpression(povertyYear));
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
