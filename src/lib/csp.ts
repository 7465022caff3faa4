/**
 * The site's Content-Security-Policy: scripts only from the site itself (plus the one hashed
 * inline line that marks the page as scripted before it paints), no outside connections, and
 * framing allowed only for embed pages. Written both into each page (meta) and into a _headers
 * file that common static hosts read (the only way to send frame-ancestors).
 */
import { createHash } from "node:crypto";

/**
 * The page's only inline script, run before first paint: lets CSS lay out the scripted story, and
 * gives a share page (the story opened at one chapter) the story's own address, so that the story
 * script opens that chapter as it would any link to it, and a reload or a bookmark is the story's.
 */
export const INLINE_BOOT_SCRIPT = [
  'var d=document.documentElement;d.classList.add("js");',
  'var at=d.getAttribute("data-story-at");',
  "if(at){var u=new URL(at,location.href);u.search=location.search;if(location.hash)u.hash=location.hash;history.replaceState(null,\"\",u)}",
].join("");

export function scriptHash(code: string): string {
  return `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;
}

export function contentSecurityPolicy(options: { framing: "none" | "any" | "omit" }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptHash(INLINE_BOOT_SCRIPT)}`,
    // Inline style attributes carry legend swatch colours; no inline <style> is needed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (options.framing === "none") directives.push("frame-ancestors 'none'");
  if (options.framing === "any") directives.push("frame-ancestors *");
  return directives.join("; ");
}

const COMMON_HEADERS = ["X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", "Permissions-Policy: geolocation=(), camera=(), microphone=(), interest-cohort=()"];

/** A _headers file (Netlify, Cloudflare Pages and others): each HTML route with its policy. */
export function headersFile(base: string, locales: readonly string[]): string {
  const b = base.replace(/\/?$/, "/");
  const prefixes = locales.map((l, k) => (k === 0 ? b : `${b}${l}/`));
  const pagePaths = [...prefixes, ...prefixes.flatMap((p) => [`${p}share/*`, `${p}data/*`]), `${b}404.html`];
  const embedPaths = prefixes.map((p) => `${p}embed/*`);
  const block = (paths: string[], framing: "none" | "any") =>
    paths.map((p) => [p, `  Content-Security-Policy: ${contentSecurityPolicy({ framing })}`, ...COMMON_HEADERS.map((h) => `  ${h}`)].join("\n")).join("\n");
  return `${block(pagePaths, "none")}\n${block(embedPaths, "any")}\n`;
}

/** Parses a _headers file into rules (used by the local server, so tests see what hosts send). */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const cut = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, cut).trim(), line.slice(cut + 1).trim()]);
    }
  }
  return rules;
}

export function headersFor(rules: ReturnType<typeof parseHeadersFile>, pathname: string): [string, string][] {
  const out: [string, string][] = [];
  for (const r of rules) {
    const match = r.pattern.endsWith("*") ? pathname.startsWith(r.pattern.slice(0, -1)) : pathname === r.pattern;
    if (match) out.push(...r.headers);
  }
  return out;
}
