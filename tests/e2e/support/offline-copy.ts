/** What the site's offline worker should store (from the built sw.js) and what it holds in a page's caches. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { OfflineManifest } from "../../../src/prerender/offline/manifest.ts";

/** The build's list of each edition's files, as its sw.js carries it on its first line. */
export function builtManifest(root = path.resolve("dist")): OfflineManifest {
  const first = readFileSync(path.join(root, "sw.js"), "utf8").split("\n", 1)[0]!;
  return JSON.parse(first.replace(/^const PRECACHE = /, "").replace(/;$/, "")) as OfflineManifest;
}

/** The caches the site's worker holds, each with the paths it stores. */
export async function storedCopies(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    return out;
  });
}

export async function expectEditionStored(page: Page, version: string, urls: string[]): Promise<void> {
  await expect
    .poll(async () => storedCopies(page), { message: "the whole edition is stored, in this build's cache only", timeout: 30_000 })
    .toEqual({ [`tts-story-${version}`]: [...urls].sort() });
}
