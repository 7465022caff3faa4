/**
 * The addresses the live map loads its TopoJSON layers by. MapLibre is given `topo://<layer>`,
 * which its worker answers (topo-protocol-worker.ts) with the layer's GeoJSON features: it asks
 * the page for the file's bytes at `topo-file://<layer>` (answered from the download the page
 * started when the reader first moved, and handed over without a copy), and converts them there.
 * So the page's own thread neither converts a layer nor copies its features to the worker.
 */
export const TOPO_PROTOCOL = "topo";
export const TOPO_FILE_PROTOCOL = "topo-file";

type Protocol = typeof TOPO_PROTOCOL | typeof TOPO_FILE_PROTOCOL;
const LAYER_NAME = "[a-z][a-z0-9-]*";

export function layerAddress(protocol: Protocol, layer: string): string {
  if (!new RegExp(`^${LAYER_NAME}$`).test(layer)) throw new Error(`"${layer}" is not a layer name a ${protocol}:// address can carry`);
  return `${protocol}://${layer}`;
}

/** The layer a `topo://` or `topo-file://` address names; an error that quotes any other address. */
export function addressedLayer(protocol: Protocol, url: string): string {
  const match = new RegExp(`^${protocol}://(${LAYER_NAME})/?$`).exec(url);
  if (!match) throw new Error(`"${url}" is not a ${protocol}:// layer address (${protocol}://<layer>)`);
  return match[1]!;
}
