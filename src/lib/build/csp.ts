/**
 * The site's Content-Security-Policy: scripts only from the site itself (plus two hashed inline
 * scripts: the boot script, boot-script.ts, and the embed code's resizer, which the embed
 * builder's preview runs as a host would, embed-snippet.ts), no outside connections, and framing allowed only for
 * embed pages. Written both into each page (meta) and into a _headers
 * file that common static hosts read (the only way to send frame-ancestors).
 */
import { createHash } from "node:crypto";
import { INLINE_BOOT_SCRIPT } from "../shared/boot-script.ts";
import { EMBED_RESIZE_SCRIPT } from "../shared/embed-snippet.ts";

export function scriptHash(code: string): string {
  return `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;
}

export function contentSecurityPolicy(options: { framing: "none" | "any" | "omit" }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptHash(INLINE_BOOT_SCRIPT)} ${scriptHash(EMBED_RESIZE_SCRIPT)}`,
    // Inline style attributes carry legend swatch colours; no inline <style> is needed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    // data: only for a sandboxed embed (an opaque origin): MapLibre then starts its worker from
    // its own fetched code as a data: URL, since Chromium starts no module worker from blob: there.
    "worker-src 'self' blob: data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (options.framing === "none") directives.push("frame-ancestors 'none'");
  if (options.framing === "any") directives.push("frame-ancestors *");
  return directives.join("; ");
}

/** Sent on every route (the catch-all rule). */
const COMMON_HEADERS = [
  "X-Content-Type-Options: nosniff",
  "Referrer-Policy: no-referrer",
  "Permissions-Policy: geolocation=(), camera=(), microphone=(), interest-cohort=()",
  // Every file may be read from any origin: a host that sandboxes its iframes (allow-scripts
  // without allow-same-origin) gives the embed an opaque origin, and its module scripts, fonts,
  // geometry and frames then load as cross-origin requests. oEmbed JSON is read by CMSs' browsers.
  // The site is public and sends no credentials, so nothing is exposed that a link would not show.
  "Access-Control-Allow-Origin: *",
];

/**
 * A _headers file (Netlify, Cloudflare Pages and others) for every route: the common headers on
 * all, each page's policy (story pages refuse framing, embeds allow it), and long caching for the
 * content-hashed build assets. No two rules set the same header on one path: where rules overlap,
 * these hosts send every match, and Cloudflare joins repeated headers with commas.
 */
export function headersFile(base: string, locales: readonly string[], embedIds: readonly string[]): string {
  return (
    headerRules(base, locales, embedIds)
      .map((r) => [r.pattern, ...r.headers.map((h) => `  ${h}`)].join("\n"))
      .join("\n") + "\n"
  );
}

/**
 * The rules behind _headers, as data: also the source of the nginx server block (nginx-conf.ts).
 * Each embed view has its own rule (`embed/<id>/*`), not one `embed/*` splat: the embed builder
 * (embed/ itself) is a page, and a splat over it would send it a second policy.
 */
export function headerRules(
  base: string,
  locales: readonly string[],
  embedIds: readonly string[],
): { pattern: string; headers: string[] }[] {
  if (embedIds.length === 0) throw new Error("header rules: no embed views given (their ids, from src/content/embeds.ts)");
  const b = base.replace(/\/?$/, "/");
  const prefixes = locales.map((l, k) => (k === 0 ? b : `${b}${l}/`));
  const pagePaths = [...prefixes, ...prefixes.flatMap((p) => [`${p}share/*`, `${p}data/*`, `${p}embed/`]), `${b}404.html`];
  const embedPaths = prefixes.flatMap((p) => embedIds.map((id) => `${p}embed/${id}/*`));
  const rule = (pattern: string, headers: string[]) => ({ pattern, headers });
  const pages = (paths: string[], framing: "none" | "any") =>
    paths.map((p) => rule(p, [`Content-Security-Policy: ${contentSecurityPolicy({ framing })}`]));
  return [
    rule(`${b}*`, COMMON_HEADERS),
    ...pages(pagePaths, "none"),
    ...pages(embedPaths, "any"),
    // Astro names these files by their content: a new build makes new names.
    rule(`${b}_astro/*`, ["Cache-Control: public, max-age=31536000, immutable"]),
  ];
}

export type HeaderRules = { pattern: string; headers: [string, string][] }[];

/**
 * Parses a _headers file into rules (used by the local server, so tests see what hosts send).
 * Paths are exact or end in one `*` (a splat); anything else is an error naming the line.
 */
export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = [];
  text.split("\n").forEach((line, k) => {
    if (!line.trim() || line.trim().startsWith("#")) return;
    const where = `_headers line ${k + 1}`;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      if (!pattern.startsWith("/") || pattern.slice(0, -1).includes("*"))
        throw new Error(`${where}: "${pattern}" is not a path (a "/…" path, with "*" only at its end)`);
      rules.push({ pattern, headers: [] });
      return;
    }
    const cut = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || cut < 0) throw new Error(`${where}: "${line.trim()}" is not a "Name: value" header under a path`);
    rule.headers.push([line.slice(0, cut).trim(), line.slice(cut + 1).trim()]);
  });
  return rules;
}

/**
 * The headers a host sends for a path: those of every matching rule, a header set by several
 * rules joined with commas (as Cloudflare Pages does), so a clash shows in the tests.
 */
export function headersFor(rules: HeaderRules, pathname: string): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const r of rules) {
    const match = r.pattern.endsWith("*") ? pathname.startsWith(r.pattern.slice(0, -1)) : pathname === r.pattern;
    if (!match) continue;
    for (const [name, value] of r.headers) {
      const key = name.toLowerCase();
      const had = out.get(key);
      out.set(key, had ? [had[0], `${had[1]}, ${value}`] : [name, value]);
    }
  }
  return [...out.values()];
}
