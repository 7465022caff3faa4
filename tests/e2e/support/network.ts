/** Records every request that leaves the site's own host: a story about trafficking makes none. */
import type { Page } from "@playwright/test";

export function recordForeignRequests(page: Page, ownOrigin: string): string[] {
  const foreign: string[] = [];
  const own = new URL(ownOrigin);
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.host !== own.host) foreign.push(request.url());
  });
  return foreign;
}
