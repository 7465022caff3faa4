/**
 * Privacy and security as a reader's browser sees them. Every page of every test is held to the
 * site guard (support/site-guard.ts): no request to another host, no Content-Security-Policy
 * violation, no cookie or storage. The walks that visit the whole site are the story walks (both
 * editions, live map), the axe pass over every embed, data and share page, and the live-map
 * embeds' names check. Here: the guard catches each breach, and framing is refused except for embeds.
 */
import { expect, test } from "./support/test.ts";
import { startHostServer } from "./support/host-server.ts";

test.describe("the guard every test runs under", () => {
  // Without the policy, so that the request is really made and seen leaving.
  test.use({ bypassCSP: true });
  test("catches a request to another host and storage written", async ({ page, siteGuard }) => {
    await page.goto("/embed/chart-ktp/");
    await page.evaluate(() => {
      void fetch("http://127.0.0.2:9/tracker").catch(() => undefined);
      localStorage.setItem("seen", "1");
    });
    await expect.poll(() => siteGuard.foreign.join()).toContain("http://127.0.0.2:9/tracker");
    expect(siteGuard.storage.join()).toContain("localStorage.setItem(seen)");
    // Breaches made on purpose: cleared, or this test would fail at its end.
    await page.evaluate(() => localStorage.clear());
    siteGuard.foreign.length = 0;
    siteGuard.storage.length = 0;
  });
});

test("the guard catches a Content-Security-Policy violation", async ({ page, siteGuard }) => {
  await page.goto("/embed/chart-ktp/");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.title = 'injected'";
    document.body.append(script);
  });
  await expect.poll(() => siteGuard.csp.join()).toContain("script-src");
  expect(await page.title()).not.toBe("injected");
  siteGuard.csp.length = 0;
});

test("pages refuse to be framed by other sites; embeds allow it", async ({ page, baseURL, siteGuard }) => {
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
    // The browser reports the refusal as the policy's: expected here, and only for the story.
    await expect.poll(() => siteGuard.csp.join()).toContain("frame-ancestors 'none'");
    expect(siteGuard.csp.every((v) => v.includes(`Framing '${baseURL}/'`))).toBe(true);
    siteGuard.csp.length = 0;
  } finally {
    await host.close();
  }
});
