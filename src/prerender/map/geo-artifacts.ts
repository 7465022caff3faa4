/**
 * Build-time access to the map layers written by `npm run data` (public/geo): their public URLs
 * for the browser and their TopoJSON for the static SVG frames. A missing or stale layer stops the
 * build with a message saying what to run.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Topology } from "topojson-specification";
import { geoDir } from "../../paths.ts";
import type { ArtifactManifest } from "../../pipeline/artifacts.ts";
import { LAYER_NAMES, type LayerName } from "../../pipeline/layers.ts";

const GEO_DIR = geoDir();

let manifest: ArtifactManifest | undefined;
const topologies = new Map<string, Topology>();

function readManifest(): ArtifactManifest {
  if (manifest) return manifest;
  const file = path.join(GEO_DIR, "manifest.json");
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run data\` before building the site`);
  const parsed = JSON.parse(readFileSync(file, "utf8")) as ArtifactManifest;
  for (const name of [...LAYER_NAMES, "countries"]) {
    const entry = parsed.files[name];
    if (!entry || !existsSync(path.join(GEO_DIR, entry.file))) {
      throw new Error(`${file} names no file for the layer "${name}": run \`npm run data\` again`);
    }
  }
  manifest = parsed;
  return parsed;
}

/** Layers drawn for context only (land of neighbouring countries), not part of the story's data. */
export type ContextLayerName = "countries";
type AnyLayer = LayerName | ContextLayerName;

/** The layer's URL under the site's base path. */
export function layerUrl(name: AnyLayer, base: string): string {
  return `${base.replace(/\/?$/, "/")}geo/${readManifest().files[name]!.file}`;
}

export function layerUrls(base: string): Record<AnyLayer, string> {
  return Object.fromEntries([...LAYER_NAMES, "countries" as const].map((n) => [n, layerUrl(n, base)])) as Record<AnyLayer, string>;
}

export function readLayer(name: AnyLayer): Topology {
  const cached = topologies.get(name);
  if (cached) return cached;
  const topo = JSON.parse(readFileSync(path.join(GEO_DIR, readManifest().files[name]!.file), "utf8")) as Topology;
  topologies.set(name, topo);
  return topo;
}

let codes: Set<string> | undefined;

/** Every area code in the map layers: what a chapter's view may fit to or highlight. */
export function knownAreaCodes(): ReadonlySet<string> {
  if (codes) return codes;
  codes = new Set<string>();
  for (const name of LAYER_NAMES) {
    const object = readLayer(name).objects[name];
    if (object?.type === "GeometryCollection") for (const g of object.geometries) codes.add(String(g.id));
  }
  return codes;
}
