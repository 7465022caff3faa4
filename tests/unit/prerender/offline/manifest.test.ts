/** The offline copy's file list, read from a built site: exact, per edition, versioned by content. */
import { describe, expect, it } from "vitest";
import {
  buildOfflineManifest,
  editionShares,
  folderFiles,
  referencedFiles,
  serviceWorkerScript,
  type BuiltSite,
} from "../../../../src/prerender/offline/manifest.ts";

function site(files: Record<string, string>): BuiltSite {
  return { files: Object.keys(files), read: (f) => Buffer.from(files[f]!) };
}

const BASE_SITE = {
  "index.html": `<a class="x" href="/cards/en/ktp-square.png" download>card</a><link rel="stylesheet" href="/_astro/Base.css"><img src="/frames/en/ktp.svg"><a href="/id/">id</a><a href="/data/x.csv">csv</a>
    <div data-layers="{&quot;provinces&quot;:&quot;/geo/provinces.1.topo.json&quot;}"></div><script type="module" src="/_astro/Story.js"></script>`,
  "share/ktp/index.html": `<img src="/frames/en/ktp.svg"><script type="module" src="/_astro/Story.js"></script>`,
  "id/index.html": `<img src="/frames/id/ktp.svg"><script type="module" src="/_astro/Story.js"></script><img src="/frames/id/missing.svg">`,
  "id/share/ktp/index.html": `<script type="module" src="/_astro/Story.js"></script>`,
  "data/x.csv": "a,b",
  "cards/en/ktp-square.png": "png",
  "_astro/Base.css": "body{}",
  "_astro/Story.js": `import"./page-locale.js";const m=()=>import(\`./live-map.js\`);const d=["_astro/map-style.js"]`,
  "_astro/page-locale.js": "",
  "_astro/live-map.js":
    "var w=`/_astro/maplibre-worker.mjs`,c=`/_astro/maplibre.css`;new URL(`./maplibre-gl-worker-dev.mjs`,import.meta.url)",
  "_astro/map-style.js": "",
  "_astro/maplibre-worker.mjs": "",
  "_astro/maplibre.css": "",
  "_astro/DataPage.js": "",
  "frames/en/ktp.svg": "<svg/>",
  "frames/id/ktp.svg": "<svg/>",
  "geo/provinces.1.topo.json": "{}",
};

describe("buildOfflineManifest", () => {
  const manifest = buildOfflineManifest(site(BASE_SITE), "/", ["en", "id"]);

  it("lists an edition's story page first, then every file they load, followed through the scripts", () => {
    expect(manifest.editions.en).toEqual([
      "/",
      "/_astro/Base.css",
      "/_astro/Story.js",
      "/_astro/live-map.js",
      "/_astro/map-style.js",
      "/_astro/maplibre-worker.mjs",
      "/_astro/maplibre.css",
      "/_astro/page-locale.js",
      "/frames/en/ktp.svg",
      "/geo/provinces.1.topo.json",
    ]);
  });

  it("answers share pages with the story at their chapter, rather than storing each", () => {
    expect(manifest.shares).toEqual({ "/share/ktp/": "/#ktp", "/id/share/ktp/": "/id/#ktp" });
  });

  it("keeps editions apart and names no file the build lacks, no other page, no download", () => {
    expect(manifest.editions.id).toContain("/frames/id/ktp.svg");
    expect(manifest.editions.id).not.toContain("/frames/en/ktp.svg");
    expect(manifest.editions.id).not.toContain("/frames/id/missing.svg");
    const all = Object.values(manifest.editions).flat();
    expect(all).not.toContain("/data/x.csv");
    expect(all).not.toContain("/cards/en/ktp-square.png");
    expect(all).not.toContain("/share/ktp/");
    expect(all).not.toContain("/_astro/DataPage.js");
    expect(all.some((u) => u.includes("worker-dev"))).toBe(false);
  });

  it("changes its version when any listed file changes, and only then", () => {
    expect(buildOfflineManifest(site(BASE_SITE), "/", ["en", "id"]).version).toBe(manifest.version);
    expect(buildOfflineManifest(site({ ...BASE_SITE, "frames/id/ktp.svg": "<svg></svg>" }), "/", ["en", "id"]).version).not.toBe(
      manifest.version,
    );
    expect(buildOfflineManifest(site({ ...BASE_SITE, "data/x.csv": "c,d" }), "/", ["en", "id"]).version).toBe(manifest.version);
  });

  it("works under a sub-path", () => {
    const sub = site({
      "index.html": `<img src="/news/story/frames/en/a.svg"><img src="/elsewhere/b.svg"><script src="/news/story/_astro/s.js"></script>`,
      "id/index.html": "",
      "frames/en/a.svg": "",
      "_astro/s.js": `import "./t.js"`,
      "_astro/t.js": "",
      "elsewhere/b.svg": "",
    });
    expect(buildOfflineManifest(sub, "/news/story/", ["en", "id"]).editions.en).toEqual([
      "/news/story/",
      "/news/story/_astro/s.js",
      "/news/story/_astro/t.js",
      "/news/story/frames/en/a.svg",
    ]);
  });

  it("stops the build when an edition has no story page", () => {
    expect(() => buildOfflineManifest(site({ "index.html": "" }), "/", ["en", "id"])).toThrow(/no id\/index\.html for the "id" edition/);
  });
});

describe("pieces", () => {
  it("editionShares: the edition's share pages only", () => {
    expect(editionShares(["index.html", "share/a/index.html", "id/share/b/index.html", "id/index.html"], "id")).toEqual([
      { path: "id/share/b/", slug: "b" },
    ]);
  });
  it("referencedFiles resolves ./ and ../ against the file", () => {
    expect(referencedFiles(`url(../img/a.png) "./b.js"`, "_astro/css/x.css", "/", () => true)).toEqual([
      "_astro/img/a.png",
      "_astro/css/b.js",
    ]);
  });
  it("folderFiles: every frame under the sticky map's frame folder, which its script addresses by name at run time", () => {
    const files = ["frames/en/square/a.svg", "frames/en/square/2021/b.svg", "frames/en/a.svg", "frames/id/square/a.svg"];
    expect(folderFiles(`<img src="/news/frames/en/square/a.svg" data-frame-base="/news/frames/en/square/">`, "/news/", files)).toEqual([
      "frames/en/square/a.svg",
      "frames/en/square/2021/b.svg",
    ]);
    expect(folderFiles(`<img src="/x.svg">`, "/", files)).toEqual([]);
  });
  it("serviceWorkerScript heads the worker with its manifest", () => {
    expect(serviceWorkerScript({ version: "v1", base: "/", editions: {}, shares: { "/share/a/": "/#a" } }, "worker();")).toBe(
      `const PRECACHE = {"version":"v1","base":"/","editions":{},"shares":{"/share/a/":"/#a"}};\nworker();`,
    );
  });
});
