/**
 * The live MapLibre map, loaded on demand by map-loader.ts. It reads the layers named in the map
 * element's data attributes, draws them with the project's own style, names the study villages
 * with HTML markers, and then takes the place of the static frame.
 */
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
// As a URL, not an import: an imported stylesheet would be linked from every page's head.
import maplibreCssUrl from "maplibre-gl/dist/maplibre-gl.css?url";
import type { FeatureCollection, Point } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { buildMapStyle, type MapLayerData } from "../lib/map-style.ts";
import type { Bounds } from "../lib/static-map.ts";

maplibregl.setWorkerUrl(workerUrl);

type LayerName = keyof MapLayerData;
const LAYERS: LayerName[] = ["provinces", "regencies", "districts", "villages"];

interface MapElementData {
  layers: Record<LayerName, string>;
  bounds: Bounds;
  attribution: string;
}

function readElementData(el: HTMLElement): MapElementData {
  const { layers, bounds, attribution } = el.dataset;
  if (!layers || !bounds || !attribution) throw new Error("map element lacks data-layers, data-bounds or data-attribution");
  return { layers: JSON.parse(layers), bounds: JSON.parse(bounds), attribution };
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

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Topology;
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

export async function mountLiveMap(el: HTMLElement): Promise<maplibregl.Map> {
  const config = readElementData(el);
  const [topologies] = await Promise.all([
    Promise.all(LAYERS.map((name) => fetchTopology(config.layers[name]))),
    loadStylesheet(maplibreCssUrl),
  ]);
  const data = {} as MapLayerData;
  let villageLabels: FeatureCollection<Point> | undefined;
  LAYERS.forEach((name, k) => {
    const topo = topologies[k]!;
    data[name] = feature(topo, topo.objects[name]!) as FeatureCollection;
    if (name === "villages") villageLabels = feature(topo, topo.objects.villagesLabels!) as FeatureCollection<Point>;
  });

  const canvasHost = el.querySelector<HTMLElement>("[data-map-canvas]");
  if (!canvasHost) throw new Error("map element lacks its [data-map-canvas] child");
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const map = new maplibregl.Map({
    container: canvasHost,
    style: buildMapStyle(data),
    bounds: config.bounds,
    fitBoundsOptions: { padding: 32 },
    minZoom: 3,
    maxZoom: 14,
    attributionControl: { compact: true, customAttribution: config.attribution },
    cooperativeGestures: true,
    fadeDuration: reduceMotion ? 0 : 300,
  });
  // Listen at once: "idle" can follow "load" within the same frame.
  const firstIdle = map.once("idle");
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");

  for (const label of villageLabels?.features ?? []) {
    const p = label.properties ?? {};
    if (!p.study && !p.civilRegistry) continue;
    const marker = document.createElement("div");
    marker.className = p.study ? "map-label map-label--study" : "map-label map-label--town";
    marker.dataset.code = String(label.id);
    marker.innerHTML = '<span class="map-label__dot" aria-hidden="true"></span><span class="map-label__text"></span>';
    marker.querySelector(".map-label__text")!.textContent = String(p.study ? p.paperName : "Soe");
    new maplibregl.Marker({ element: marker, anchor: "center" })
      .setLngLat(label.geometry.coordinates as [number, number])
      .addTo(map);
  }

  // The camera, mirrored on the element: lets tests and embedding pages read where the map is.
  const mirrorCamera = (): void => {
    const c = map.getCenter();
    el.dataset.camera = JSON.stringify({ lng: round(c.lng, 4), lat: round(c.lat, 4), zoom: round(map.getZoom(), 2) });
  };
  map.on("moveend", mirrorCamera);
  await firstIdle;
  mirrorCamera();
  el.classList.add("is-live");
  return map;
}
