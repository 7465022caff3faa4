/**
 * Fetches the map's TopoJSON layers, each once, from the URLs the build wrote into the map element.
 * Part of the page's first script (it is tiny), so that the first chapter's layers start to load
 * as soon as the live map is wanted, alongside MapLibre's own code rather than after it.
 */
import type { Topology } from "topojson-specification";
import type { TopoLayer } from "../lib/map-sources.ts";

export type FetchLayer = (name: TopoLayer) => Promise<Topology>;

export function layerFetcher(el: HTMLElement): FetchLayer {
  const urls = JSON.parse(el.dataset.layers ?? "{}") as Record<string, string>;
  const pending = new Map<TopoLayer, Promise<Topology>>();
  return (name) => {
    let p = pending.get(name);
    if (!p) {
      const url = urls[name];
      if (!url) return Promise.reject(new Error(`the map element names no URL for the layer "${name}"`));
      p = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json() as Promise<Topology>;
      });
      // A failed fetch is tried again at the next request, not remembered.
      p.catch(() => pending.delete(name));
      pending.set(name, p);
    }
    return p;
  };
}
