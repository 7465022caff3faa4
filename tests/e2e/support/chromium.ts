/**
 * Launch options for Debian's Chromium (Playwright cannot download its own browser here).
 * SwiftShader gives WebGL2 in software; the network flags keep Chromium from calling home.
 */
import { execSync } from "node:child_process";
import type { LaunchOptions } from "@playwright/test";

export const QUIET_CHROMIUM_FLAGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-default-apps",
  "--no-default-browser-check",
];

/**
 * For the end-to-end tests: the page is composited in software, as on a machine without a GPU
 * it is anyway, instead of through SwiftShader's emulated GL (WebGL still runs in SwiftShader).
 * The pixels are the same; scrolling a long page costs a third of the processor time. The bench
 * keeps Chromium's own choice, so that its figures compare with earlier runs.
 */
export const E2E_CHROMIUM_FLAGS = ["--disable-gpu-compositing"];

export function chromiumExecutable(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("command -v chromium", { encoding: "utf8" }).trim();
  } catch {
    throw new Error("Debian's chromium is not installed: run `apt-get install -y chromium` (or set CHROMIUM_PATH)");
  }
}

export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    executablePath: chromiumExecutable(),
    args: [...QUIET_CHROMIUM_FLAGS, "--enable-unsafe-swiftshader", "--use-angle=swiftshader", ...extraArgs],
  };
}
