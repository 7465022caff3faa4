/**
 * WCAG 2.2 AA checks with axe-core, on a whole page or on the parts a chapter change redraws.
 *
 * axe-core is run in the page itself, injected once per document: the Playwright wrapper injected
 * its 650 KB into every frame again and opened a blank tab for each check, which made a check on
 * the story three times as slow, and the walks run about a hundred of them.
 */
import axe from "axe-core";
import { expect, type Page } from "@playwright/test";
import { expectStoryLaidOut } from "./story.ts";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface Scope {
  /** selectors of the parts to judge; the whole page when empty */
  include?: string[];
  /** selectors of parts axe cannot judge (a WebGL canvas has no DOM to read) */
  exclude?: string[];
}

/** Puts axe-core into every frame of the page that lacks it (a frame of ours is judged with its page). */
async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => "axe" in window)) continue;
    await frame.evaluate(axe.source);
    await frame.evaluate(() => (window as unknown as { axe: typeof axe }).axe.configure({ allowedOrigins: ["<same_origin>"] }));
  }
}

/** axe's WCAG 2.2 AA violations on the page, one line each: the rule and its first three places. */
export async function axeViolations(page: Page, { include = [], exclude = [] }: Scope = {}): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(
    async ({ include, exclude, tags }) => {
      const { axe: run } = window as unknown as { axe: typeof axe };
      const context = {
        ...(include.length > 0 ? { include: include.map((s) => [s]) } : {}),
        exclude: exclude.map((s) => [s]),
      } as axe.ElementContext;
      const results = await run.run(context, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      // The rule and its first three places; for contrast, also the colours axe read, so that a
      // failure seen once in CI says what the reader would have seen.
      return results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" ") + (v.id === "color-contrast" ? ` (${n.any[0]?.message ?? n.failureSummary})` : ""))
            .join(", ")}`,
      );
    },
    { include, exclude, tags: WCAG },
  );
}

/**
 * No axe violation on the story's page, or only within `parts` (selectors): what a chapter change
 * redraws is the map panel and the chapter itself, so the rest of the page need not be judged again.
 */
export async function expectNoAxeViolations(page: Page, where: string, parts: string[] = []): Promise<void> {
  await expectStoryLaidOut(page);
  expect(await axeViolations(page, { include: parts, exclude: [".maplibregl-canvas"] }), where).toEqual([]);
}
