/**
 * The axe check every accessibility test relies on (support/axe.ts) sees what it should: a
 * violation in the page and in a frame of it, only the parts it is asked about, and the page as
 * it is now on a second check in the same document.
 */
import { expect, test } from "./support/test.ts";
import { axeViolations } from "./support/axe.ts";
import { startHostServer } from "./support/host-server.ts";

test("axe as the tests run it finds violations in the page and its frames, names the colours of a contrast fault, only in the parts asked, and sees changes", async ({
  page,
}) => {
  // Served over http, as our pages are: a frame of the same origin is judged with its page.
  const server = await startHostServer({
    "/": `<!doctype html><html lang="en"><head><title>A page with faults</title></head><body><main>
    <h1>Faults</h1>
    <p id="faint" style="color:#bbb;background:#fff">Faint words</p>
    <button id="unnamed"></button>
    <div id="picture"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20"></div>
    <iframe title="a frame" srcdoc="<!doctype html><html lang=en><title>f</title><button id=in-frame></button></html>"></iframe>
  </main></body></html>`,
  });
  try {
    await page.goto(server.origin);
    await expect(page.frameLocator("iframe").locator("#in-frame")).toBeAttached();

    const whole = await axeViolations(page);
    expect(whole.find((v) => v.startsWith("button-name:"))).toMatch(/#unnamed.*iframe #in-frame|iframe #in-frame.*#unnamed/);
    expect(whole.find((v) => v.startsWith("image-alt:"))).toContain("img");
    // A contrast fault names the colours axe read, so that one seen once in CI can be judged.
    expect(whole.find((v) => v.startsWith("color-contrast:"))).toMatch(/#faint \(.*#bbbbbb.*#ffffff/);

    expect(await axeViolations(page, { include: ["#picture"] })).toEqual([expect.stringMatching(/^image-alt: /)]);
    // The rest of the page is still judged: only the part left out goes unseen.
    const outside = await axeViolations(page, { exclude: ["#picture"] });
    expect(outside).toContainEqual(expect.stringMatching(/^button-name: /));
    expect(outside).not.toContainEqual(expect.stringMatching(/^image-alt: /));

    // Mended in the same document: the second check reads the page anew.
    await page.evaluate(() => document.querySelector("img")!.setAttribute("alt", "a dot"));
    expect(await axeViolations(page, { include: ["#picture"] })).toEqual([]);
  } finally {
    await server.close();
  }
});
