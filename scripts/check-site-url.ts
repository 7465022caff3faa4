/** Before a build: stops at once, in one line, when SITE_URL is missing or not a public origin. */
import { parseSiteUrl } from "../src/lib/build/site-url.ts";

const site = parseSiteUrl(process.env.SITE_URL);
if ("error" in site) {
  console.error(`error: ${site.error}`);
  process.exit(1);
}
