/**
 * Downloads the map's TopoJSON layers, each once, from the URLs the build wrote into the map
 * element. Part of the page's first script (it is tiny), so that the first chapter's layers start
 * to download as soon as the live map is wanted, alongside MapLibre's own code rather than after
 * it. MapLibre's worker reads and converts them (topo-url.ts).
 */
import type { TopoLayer } from "../lib/shared/map-sources.ts";

/** A layer's file, as bytes: the same buffer at each call, so whoever hands it to the worker (which empties it) hands over a copy. */
export type DownloadLayer = (name: TopoLayer) => Promise<ArrayBuffer>;

export function layerDownloader(el: HTMLElement): DownloadLayer {
  const urls = JSON.parse(el.dataset.layers ?? "{}") as Record<string, string>;
  const pending = new Map<TopoLayer, Promise<ArrayBuffer>>();
  return (name) => {
    let p = pending.get(name);
    if (!p) {
      const url = urls[name];
      if (!url) return Promise.reject(new Error(`the map element names no URL for the layer "${name}"`));
      p = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.arrayBuffer();
      });
      // A failed download is tried again at the next request, not remembered.
      p.catch(() => pending.delete(name));
      pending.set(name, p);
    }
    return p;
  };
}
