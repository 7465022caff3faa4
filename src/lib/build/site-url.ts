/**
 * SITE_URL, the public origin a build is made for: share cards, canonical links, hreflang
 * alternates and oEmbed documents name it, so a build without it would point every one of them at
 * a machine that is not the host. Pure; astro.config.mjs and the prebuild check call it.
 */
export const SITE_URL_HELP = "set SITE_URL to the site's public origin, e.g. `SITE_URL=https://stories.example.org npm run build`";

/** The origin (with any path) SITE_URL names, or a one-line error saying what is wrong and how to set it. */
export function parseSiteUrl(value: string | undefined): { url: string } | { error: string } {
  if (!value?.trim()) return { error: `SITE_URL is not set: ${SITE_URL_HELP}` };
  if (!URL.canParse(value)) return { error: `SITE_URL "${value}" is not an absolute URL: ${SITE_URL_HELP}` };
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { error: `SITE_URL "${value}" is not an http(s) address: ${SITE_URL_HELP}` };
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname)) {
    return { error: `SITE_URL "${value}" is this machine, not the public origin: ${SITE_URL_HELP} (npm run dev needs none)` };
  }
  return { url: url.href };
}
