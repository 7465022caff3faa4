/**
 * "How far is your village from Soe?" in the road-to-Soe chapter: a reader finds their village by
 * keyboard, in both languages; a shared address opens on it; a wrong one says so; without
 * JavaScript, in the one-file edition and on the data page the same figures are there.
 */
import { axeViolations } from "./support/axe.ts";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test.ts";
import { expectStoryLaidOut, storyMap, wakeMap } from "./support/story.ts";

test.use({ reducedMotion: "reduce" });

const LIST = /\/village-distances\.json$/;
const EDITIONS = {
  en: {
    path: "/",
    kualin: "30.1\u00a0km",
    district: "Kualin sub-district",
    oinlasi: /Amanatun Selatan sub-district|KI'E sub-district|Mollo Selatan sub-district/,
  },
  id: { path: "/id/", kualin: "30,1\u00a0km", district: "Kecamatan Kualin", oinlasi: /Kecamatan (Amanatun Selatan|KI'E|Mollo Selatan)/ },
} as const;

const search = (page: Page) => page.locator("[data-village-search]");
const input = (page: Page) => page.getByRole("combobox");
const options = (page: Page) => page.getByRole("listbox").getByRole("option");

/** From the chapter's heading, Tab until the search field has the focus: the keyboard's way there. */
async function tabToSearch(page: Page): Promise<void> {
  await page.locator("#soe .chapter__anchor").focus();
  for (let k = 0; k < 40; k++) {
    if (await input(page).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the village search");
}

for (const [locale, ed] of Object.entries(EDITIONS)) {
  test(`${locale}: typing Kualin offers Kualin (Kualin) and, chosen by keyboard, shows its distance`, async ({ page }) => {
    const listRequests: string[] = [];
    page.on("request", (r) => {
      if (LIST.test(r.url())) listRequests.push(r.url());
    });
    await page.goto(`${ed.path}#soe`);
    await expect(input(page)).toBeVisible();
    // Nothing is fetched for the search before the reader comes to it.
    expect(listRequests).toEqual([]);
    await tabToSearch(page);
    await expect(search(page)).toHaveAttribute("data-village-search-state", "ready");
    expect(listRequests).toHaveLength(1);

    await page.keyboard.type("kualin");
    await expect(input(page)).toHaveAttribute("aria-expanded", "true");
    await expect(options(page).first()).toContainText("Kualin");
    await expect(options(page).first()).toContainText(ed.district);
    await expect(page.locator("[data-village-status]")).toHaveText(locale === "en" ? /1 village matches/ : /1 desa cocok/);
    await page.keyboard.press("ArrowDown");
    const first = options(page).first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(input(page)).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    await page.keyboard.press("Enter");

    await expect(input(page)).toHaveAttribute("aria-expanded", "false");
    await expect(input(page)).toHaveValue("Kualin");
    const result = page.locator("[data-village-result]");
    await expect(result.locator("[data-village-km]")).toHaveText(ed.kualin);
    await expect(result).toContainText(ed.district);
    await expect(result).toContainText(locale === "en" ? "as the crow flies" : "garis lurus");
    await expect(result).toContainText(locale === "en" ? "The road is longer" : "Lewat jalan darat jaraknya lebih jauh");
    await expect(result).toContainText(
      locale === "en"
        ? "farther than all 6 study villages, which lie 20\u00a0km to 29\u00a0km away"
        : "lebih jauh daripada semua 6 desa penelitian, yang berjarak 20\u00a0km sampai 29\u00a0km",
    );
    expect(new URL(page.url()).hash).toBe("#soe?village=53.02.21.2001");
  });

  test(`${locale}: typing Oinlasi offers three villages told apart by sub-district`, async ({ page }) => {
    await page.goto(`${ed.path}#soe`);
    await tabToSearch(page);
    await page.keyboard.type("Oinlasi");
    await expect(options(page)).toHaveCount(3);
    const texts = await options(page).allTextContents();
    for (const t of texts) expect(t).toMatch(ed.oinlasi);
    expect(new Set(texts).size).toBe(3);
    // Escape closes the list; the arrow key opens it again on the first; the second is chosen.
    await page.keyboard.press("Escape");
    await expect(input(page)).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("listbox")).toBeHidden();
    await page.keyboard.press("ArrowDown");
    await expect(options(page).first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await expect(options(page).nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(options(page).first()).toHaveAttribute("aria-selected", "false");
    const code = await options(page).nth(1).getAttribute("data-code");
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe(`#soe?village=${code}`);
    await expect(page.locator("[data-village-result]")).toContainText("Oinlasi");
  });
}

test("axe finds nothing wrong with the search, its open list, its result and the open table", async ({ page }) => {
  const check = async (where: string) => {
    expect(await axeViolations(page, { include: [".village-distance"] }), where).toEqual([]);
  };
  await page.goto("/id/#soe");
  // The chapters above are laid out in idle time after a linked chapter opens; axe reads the
  // colours behind each text from where things stand, so nothing may still be moving.
  await expectStoryLaidOut(page);
  await tabToSearch(page);
  await expect(search(page)).toHaveAttribute("data-village-search-state", "ready");
  await page.keyboard.type("oe");
  await page.keyboard.press("ArrowDown");
  await expect(options(page).first()).toHaveAttribute("aria-selected", "true");
  await check("the list open, an option active");
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-village-result] p")).toHaveCount(4);
  await page.locator("[data-village-table] summary").click();
  await check("a result shown, the table open");
});

test("on a phone, by touch: tap the field, type, tap a village", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 320, height: 640 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  await page.goto("/#soe");
  await input(page).scrollIntoViewIfNeeded();
  await input(page).tap();
  await expect(input(page)).toBeFocused();
  await page.keyboard.type("fatumnasi");
  await expect(options(page)).toHaveCount(2);
  await options(page).filter({ hasText: "Noebana" }).tap();
  await expect(input(page)).toHaveValue("Fatumnasi");
  await expect(page.locator("[data-village-result]")).toContainText("Fatumnasi (Noebana sub-district)");
  expect(new URL(page.url()).hash).toBe("#soe?village=53.02.24.2002");
  await context.close();
});

test("the address opens on the chosen village, marked on the still map", async ({ page }) => {
  // Oinlasi in Mollo Selatan, 4 km from Soe: inside the chapter's still.
  await page.goto("/#soe?village=53.02.02.2008");
  await expect(storyMap(page)).toHaveAttribute("data-active-chapter", "soe");
  await expect(input(page)).toHaveValue("Oinlasi");
  await expect(page.locator("[data-village-result] [data-village-km]")).toHaveText("4.3\u00a0km");
  await expect(page.locator("#soe .chapter__title")).toBeInViewport();
  const still = page.locator(".story-map__still");
  const marker = page.locator(".story-map__frame > .village-marker");
  // The mark is a point (no size) with its name beside it.
  await expect(marker.locator("span")).toBeVisible();
  await expect(marker).toHaveText("Oinlasi");
  const [s, m] = [(await still.boundingBox())!, (await marker.boundingBox())!];
  expect(m.x).toBeGreaterThan(s.x);
  expect(m.x).toBeLessThan(s.x + s.width);
  expect(m.y).toBeGreaterThan(s.y);
  expect(m.y).toBeLessThan(s.y + s.height);
  // Scrolling within the chapter keeps the village in the address.
  await page.mouse.wheel(0, 40);
  await expect.poll(() => new URL(page.url()).hash).toBe("#soe?village=53.02.02.2008");
});

test("the live map flies to the chosen village", async ({ page }) => {
  await page.goto("/#soe");
  await wakeMap(page);
  await expect(storyMap(page)).toHaveAttribute("data-map-state", "ready");
  await tabToSearch(page);
  // The list arrives on focus: choose once it offers Kualin, as a reader would.
  await expect(search(page)).toHaveAttribute("data-village-search-state", "ready");
  await page.keyboard.type("Kualin");
  await expect(options(page).first()).toContainText("Kualin");
  await page.keyboard.press("Enter");
  const map = storyMap(page);
  await expect(map.locator(".village-map-marker span")).toHaveText("Kualin");
  await expect(map.locator(".village-map-marker span")).toBeVisible();
  // The camera shows Kualin's label point and Soe's together: it is centred between them.
  const kualin = [124.4332, -10.0859];
  const soe = [124.2737, -9.8654];
  await expect
    .poll(async () => {
      const c = JSON.parse((await map.getAttribute("data-camera")) ?? "{}") as { lng: number; lat: number };
      return Math.max(Math.abs(c.lng - (kualin[0]! + soe[0]!) / 2), Math.abs(c.lat - (kualin[1]! + soe[1]!) / 2));
    })
    .toBeLessThan(0.01);
});

test("a wrong or unknown village in the address gets a clear message and the chapter as usual", async ({ page }) => {
  await page.goto("/#soe?village=53.02.99.9999");
  const problem = page.locator("[data-village-problem]");
  await expect(problem).toBeVisible();
  await expect(problem).toHaveText(/“53\.02\.99\.9999”, a code that is not a village of TTS\. The chapter is shown as usual\./);
  await expect(page.locator("#soe .chapter__title")).toBeInViewport();
  await expect(page.locator("[data-village-result]")).toBeEmpty();
  await expect(input(page)).toHaveValue("");

  await page.goto("/id/#soe?village=%3Cb%3Ekualin");
  await expect(problem).toHaveText(/“<b>kualin”, yang bukan kode desa/);
  await expect(problem.locator("b")).toHaveCount(0);
});

test("without JavaScript: the table by sub-district, folded, with every village; the CSV on the data page", async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto("/#soe");
  await expect(page.getByRole("combobox")).toBeHidden();
  const table = page.locator("#soe details[data-village-table]");
  await expect(table).not.toHaveAttribute("open");
  await table.locator("summary").click();
  await expect(table.locator("[data-village-row]")).toHaveCount(278);
  await expect(table.locator('[data-village-row="53.02.21.2001"]')).toHaveText(/Kualin\s*30\.1/);
  await expect(table.locator("tbody", { hasText: "Kualin sub-district" }).locator('[data-village-row="53.02.21.2001"]')).toHaveCount(1);
  await expect(table.getByRole("rowheader", { name: "Oe'ekam" }).first()).toBeVisible();

  await page.locator("#soe .village-distance__method a").click();
  const row = page.locator("tr#download-village-distances-to-soe");
  await expect(row).toContainText("278");
  await expect(row.locator("[data-download-method]")).toContainText("haversine");
  const href = (await row.locator("a[data-download-link]").getAttribute("href"))!;
  const csv = await (await request.get(href)).text();
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("code,name,sub_district_code,sub_district,distance_km");
  expect(lines).toHaveLength(279);
  expect(lines).toContain("53.02.21.2001,Kualin,53.02.21,Kualin,30.1");
  await context.close();
});

test("the one-file edition carries the table, and print unfolds it", async ({ page }) => {
  await page.goto("/download/tts-migration-story-id.html");
  const table = page.locator("#soe details[data-village-table]");
  await expect(table.locator("[data-village-row]")).toHaveCount(278);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(table.locator('[data-village-row="53.02.21.2001"]')).toBeVisible();
  await expect(table.locator('[data-village-row="53.02.21.2001"]')).toHaveText(/Kualin\s*30,1/);
});
