/**
 * Privacy and security as a reader's browser sees them: no request to any other host across the
 * whole site, no cookies or storage, a Content-Security-Policy that the pages obey (no violation
 * reports), and framing refused except for embeds.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { EMBED_VIEWS } from "../../src/content/embeds.ts";
import { recordForeignRequests } from "./support/network.ts";
import { startHostServer } from "./support/host-server.ts";
import { stepThroughStory, wakeMap } from "./support/story.ts";

test.use({ reducedMotion: "reduce" });

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCsp", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test("a full scroll of both editions, every embed and share page: no foreign request, no CSP violation, no storage", async ({
  page,
  baseURL,
  context,
}) => {
  test.setTimeout(300_000);
  const foreign = recordForeignRequests(page, baseURL!);
  const violations = await watchViolations(page);
  for (const prefix of ["", "/id"]) {
    await stepThroughStory(page, prefix);
    for (const view of EMBED_VIEWS) {
      await page.goto(`${prefix}/embed/${view.id}/`);
      await expect(page.locator("main[data-embed]")).toBeVisible();
      await wakeMap(page);
      if (view.kind === "map") await expect(page.locator("[data-story-map]")).toHaveAttribute("data-map-state", "ready");
    }
    await page.goto(`${prefix}/share/ktp/`);
    await expect(page).toHaveURL(/#ktp$/);
  }
  expect(foreign, "requests to other hosts").toEqual([]);
  expect(violations, "CSP violations").toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test("pages refuse to be framed by other sites; embeds allow it", async ({ page, baseURL }) => {
  const host = await startHostServer({
    "/": `<!doctype html><html lang="en"><head><title>host</title></head><body>
      <iframe id="story" src="${baseURL}/" title="story"></iframe>
      <iframe id="embed" src="${baseURL}/embed/chart-ktp/" title="embed"></iframe></body></html>`,
  });
  try {
    const response = await page.request.get(`${baseURL}/`);
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect((await page.request.get(`${baseURL}/embed/chart-ktp/`)).headers()["content-security-policy"]).toContain("frame-ancestors *");
    await page.goto(host.origin);
    await expect(page.frameLocator("#embed").locator("main[data-embed]")).toBeVisible();
    // The story refuses: its frame holds Chromium's error page, none of our content.
    await expect(page.frameLocator("#story").locator("[data-story-map], main#main")).toHaveCount(0);
  } finally {
    await host.close();
  }
});
