/** WCAG 2.2 AA checks with axe, on a whole page or on the parts a chapter change redraws. */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { expectStoryLaidOut } from "./story.ts";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * No axe violation on the page, or only within `parts` (selectors): what a chapter change redraws
 * is the map panel and the chapter itself, so the rest of the page need not be judged again.
 */
export async function expectNoAxeViolations(page: Page, where: string, parts: string[] = []): Promise<void> {
  await expectStoryLaidOut(page);
  let axe = new AxeBuilder({ page }).withTags(WCAG).exclude(".maplibregl-canvas");
  for (const part of parts) axe = axe.include(part);
  const results = await axe.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, where).toEqual([]);
}
