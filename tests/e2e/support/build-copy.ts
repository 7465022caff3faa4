/**
 * A copy of the built site, served on its own port by the same server as dist/, for a test that
 * changes the build (a new deployment): the other tests, running meanwhile, keep reading dist/
 * as built. The copy is of hard links where the temp directory is on the same disk, so it costs
 * no time; a file the test changes is first made its own (`ownCopy`), so that the change never
 * reaches dist/.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port.ts";

export interface BuildCopy {
  root: string;
  origin: string;
  /** Makes a file of the copy its own, no longer shared with dist/, so it can be rewritten in place. */
  ownCopy: (file: string) => void;
  close: () => Promise<void>;
}

export async function serveBuildCopy(): Promise<BuildCopy> {
  const root = path.join(mkdtempSync(path.join(tmpdir(), "tts-build-")), "dist");
  try {
    execFileSync("cp", ["-al", path.resolve("dist"), root], { stdio: "ignore" });
  } catch {
    rmSync(root, { recursive: true, force: true });
    execFileSync("cp", ["-a", path.resolve("dist"), root]); // another disk: hard links cannot cross it
  }
  const port = await freePort();
  const server = spawn(process.execPath, ["scripts/serve-dist.ts", "--port", String(port), "--dir", root], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const errors: string[] = [];
  server.stderr.on("data", (chunk: Buffer) => errors.push(chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const close = async (): Promise<void> => {
    server.kill();
    rmSync(path.dirname(root), { recursive: true, force: true });
  };
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (tries > 100) {
      await close();
      throw new Error(`the copy of the build at ${root} is not served on ${origin} after 10 s\n${errors.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const ownCopy = (file: string): void => {
    const at = path.join(root, file);
    const content = readFileSync(at);
    unlinkSync(at);
    writeFileSync(at, content);
  };
  return { root, origin, ownCopy, close };
}
