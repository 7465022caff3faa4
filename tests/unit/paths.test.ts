import path from "node:path";
import { describe, expect, it } from "vitest";
import { geoDir, paperDir, publicDir, rawCacheDir, rawDataDir, rawManifestFile, repoRoot, sharedDir } from "../../src/paths.ts";

describe("paths", () => {
  it("finds the raw inputs in ../shared beside the repo and the layers in public/geo", () => {
    expect(path.basename(path.dirname(rawDataDir({})))).toBe("shared");
    expect(path.dirname(sharedDir())).toBe(path.dirname(repoRoot));
    expect(paperDir({}).endsWith(`${path.sep}shared${path.sep}paper`)).toBe(true);
    expect(geoDir({})).toBe(path.join(publicDir, "geo"));
  });

  it("lets every override move its folder, relative paths taken from the repo root", () => {
    expect(rawDataDir({ RAW_DATA_DIR: "/tmp/raw" })).toBe("/tmp/raw");
    expect(paperDir({ PAPER_DIR: "/tmp/paper" })).toBe("/tmp/paper");
    expect(rawCacheDir({ RAW_CACHE_DIR: "/tmp/cache" })).toBe("/tmp/cache");
    expect(rawManifestFile({ RAW_MANIFEST: "/tmp/m.json" })).toBe("/tmp/m.json");
    expect(geoDir({ GEO_OUT_DIR: "out/geo" })).toBe(path.join(repoRoot, "out", "geo"));
  });
});
