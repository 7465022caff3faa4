/**
 * Writes the pipeline's outputs all at once or not at all: every file goes to a fresh folder
 * beside the target, which replaces the target only when all were written. File names carry a
 * content hash so that hosts can cache them for good; manifest.json names them.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface Artifact {
  /** logical name, e.g. "villages" */
  name: string;
  /** file extension, e.g. ".topo.json" */
  extension: string;
  content: string;
}

export interface WrittenArtifact {
  name: string;
  file: string;
  bytes: number;
  gzipBytes: number;
  sha256: string;
}

export interface ArtifactManifest {
  generatedBy: string;
  files: Record<string, { file: string; bytes: number; gzipBytes: number; sha256: string }>;
}

export function describeArtifacts(artifacts: Artifact[]): WrittenArtifact[] {
  return artifacts.map((a) => {
    const sha = createHash("sha256").update(a.content).digest("hex");
    return {
      name: a.name,
      file: `${a.name}.${sha.slice(0, 10)}${a.extension}`,
      bytes: Buffer.byteLength(a.content),
      gzipBytes: gzipSync(a.content, { level: 9 }).length,
      sha256: sha,
    };
  });
}

export function writeArtifactsAtomically(outDir: string, artifacts: Artifact[]): WrittenArtifact[] {
  const written = describeArtifacts(artifacts);
  const parent = path.dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = `${outDir}.staging-${process.pid}`;
  const retired = `${outDir}.retired-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    artifacts.forEach((a, k) => writeFileSync(path.join(staging, written[k]!.file), a.content));
    const manifest: ArtifactManifest = {
      generatedBy: "npm run data (src/pipeline)",
      files: Object.fromEntries(written.map((w) => [w.name, { file: w.file, bytes: w.bytes, gzipBytes: w.gzipBytes, sha256: w.sha256 }])),
    };
    writeFileSync(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    if (existsSync(outDir)) renameSync(outDir, retired);
    renameSync(staging, outDir);
    rmSync(retired, { recursive: true, force: true });
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(retired)) renameSync(retired, outDir);
    throw err;
  }
  return written;
}
