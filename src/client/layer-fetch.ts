/**
 * Fetches the map's TopoJSON layers, each once, from the URLs the build wrote into the map element.
 * Part of the page's first script (it is tiny), so that the first chapter's layers start to load
 * as soon as the live map is wanted, alongside MapLibre's own code rather than after it.
 */
import type { FeatureCollection } from "geojson";
import type { Topology } from "topojson-specification";
import type { TopoLayer } from "../lib/map-sources.ts";

export interface MapLayer {
  /** the layer as GeoJSON features, converted at the first call only */
  features(): FeatureCollection;
}

export type FetchLayer = (name: TopoLayer) => Promise<MapLayer>;

export function layerFetcher(el: HTMLElement): FetchLayer {
  const urls = JSON.parse(el.dataset.layers ?? "{}") as Record<string, string>;
  const pending = new Map<TopoLayer, Promise<MapLayer>>();
  return (name) => {
    let p = pending.get(name);
    if (!p) {
      const url = urls[name];
      if (!url) return Promise.reject(new Error(`the map element names no URL for the layer "${name}"`));
      const topology = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json() as Promise<Topology>;
      });
      p = Promise.all([topology, import("../lib/topo-features.ts")]).then(([topo, { topoFeatures }]) => {
        let converted: FeatureCollection | undefined;
        return { features: () => (converted ??= topoFeatures(name, topo, url)) };
      });
      // A failed fetch is tried again at the next request, not remembered.
      p.catch(() => pending.delete(name));
      pending.set(name, p);
    }
    return p;
  };
}
