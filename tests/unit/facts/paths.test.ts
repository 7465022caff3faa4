import path from "node:path";
import { describe, expect, it } from "vitest";
import { paperDir, rawDataDir, repoRoot, sharedDir } from "../../../src/facts/paths.ts";

describe("paths", () => {
  it("finds ../shared beside the repo", () => {
    expect(sharedDir()).toBe(path.resolve(repoRoot, "..", "shared"));
    expect(rawDataDir({})).toBe(path.join(sharedDir(), "data"));
    expect(paperDir({})).toBe(path.join(sharedDir(), "paper"));
  });

  it("lets RAW_DATA_DIR and PAPER_DIR override them", () => {
    expect(rawDataDir({ RAW_DATA_DIR: "/tmp/raw" })).toBe(path.resolve("/tmp/raw"));
    expect(paperDir({ PAPER_DIR: "/tmp/paper" })).toBe(path.resolve("/tmp/paper"));
  });
});
