/**
 * The README's first command, `./scripts/start` (the dev server), gives the reader the real
 * thing: the story's live map starts there too (MapLibre's workers import the topo:// module
 * from the dev server's own address) and "Explore the map" hands it over. The test starts the
 * command on a free port in its own process group and stops that group when done.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "./support/test.ts";
import { wakeMap } from "./support/story.ts";
import { freePort } from "./support/free-port.ts";

let server: ChildProcess | undefined;
let origin = "";
const output: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn("./scripts/start", ["--port", String(port), "--strictPort"], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [server.stdout!, server.stderr!]) stream.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    server!.once("exit", (code) => reject(new Error(`./scripts/start exited (${code}):\n${output.join("")}`))),
  );
  const up = (async () => {
    for (;;) {
      try {
        if ((await fetch(`${origin}/`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  await Promise.race([up, exited]);
});

test.afterAll(() => {
  // The whole group: the script's npm and the astro process under it.
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
});

test("under ./scripts/start the story's live map starts and the reader can explore it", async ({ page }) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  page.on("console", (m) => /could not start|Failed to import script/.test(m.text()) && problems.push(m.text()));
  await page.setViewportSize({ width: 1280, height: 800 });
  // The dev server compiles each module on its first request, and may reload the page once when
  // it has optimized a dependency it met late: the map is woken again until it answers.
  await page.goto(`${origin}/`, { timeout: 180_000 });
  const map = page.locator("[data-story-map]");
  await expect
    .poll(
      async () => {
        await wakeMap(page);
        return map.getAttribute("data-map-state");
      },
      { timeout: 240_000, intervals: [1000], message: `the live map ready under the dev server\n${output.join("").slice(-2000)}` },
    )
    .toMatch(/^(ready|error)$/);
  expect(problems).toEqual([]);
  await expect(map).toHaveAttribute("data-map-state", "ready");
  await page.locator("[data-explore-chapter]").first().click();
  await expect(map).toHaveClass(/is-exploring/);
  await page.screenshot({ path: test.info().outputPath("dev-server-story.png") });
});
