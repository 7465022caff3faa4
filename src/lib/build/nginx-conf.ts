/**
 * An nginx server block's body for self-hosting dist/, made from the same rules as _headers
 * (csp.ts): each route's headers (CSP with frame-ancestors, CORS, caching of hashed assets), the
 * files' MIME types, gzip and the 404 page. Pure. nginx sends only the add_header lines of the one location that serves a
 * request, so each location carries every header its path gets from the rules, as _headers hosts
 * merge them.
 */
export interface Rule {
  pattern: string;
  headers: string[];
}

interface Location {
  /** nginx's location argument: "= /exact" or "/prefix/" */
  match: string;
  /** a path that location serves, to find its rules */
  path: string;
  exact: boolean;
}

/**
 * The site's own MIME types, by file name ending. A `types` block in the server replaces the map it
 * would inherit (nginx's mime.types, whose stock 1.22 copy knows no .mjs: MapLibre's worker module
 * then goes out as text/plain and the browser refuses it), so this map covers every file the build
 * writes (tests/e2e/nginx.spec.ts checks each one in dist/). nginx matches the last dot's ending, so
 * ".topo.json" files are "json".
 */
export const MIME_TYPES: Readonly<Record<string, readonly string[]>> = {
  "text/html": ["html"],
  "text/css": ["css"],
  "text/javascript": ["js", "mjs"],
  "application/json": ["json", "map"],
  "application/geo+json": ["geojson"],
  "application/manifest+json": ["webmanifest"],
  "image/svg+xml": ["svg"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/webp": ["webp"],
  "image/x-icon": ["ico"],
  "font/woff2": ["woff2"],
  "font/woff": ["woff"],
  "application/pdf": ["pdf"],
  "text/csv": ["csv"],
  "text/plain": ["txt", "conf"],
  "application/xml": ["xml"],
};

const GZIP_TYPES = [
  "text/css",
  "text/plain",
  "text/csv",
  "text/javascript",
  "application/javascript",
  "application/json",
  "application/geo+json",
  "application/manifest+json",
  "application/xml",
  "image/svg+xml",
];

function locationsOf(rules: readonly Rule[]): Location[] {
  const out: Location[] = [];
  for (const r of rules) {
    if (r.pattern.endsWith("*")) {
      const prefix = r.pattern.slice(0, -1);
      out.push({ match: prefix, path: prefix, exact: false });
    } else {
      out.push({ match: `= ${r.pattern}`, path: r.pattern, exact: true });
      // A directory's index is served by an internal redirect to its index.html, matched anew.
      if (r.pattern.endsWith("/")) out.push({ match: `= ${r.pattern}index.html`, path: `${r.pattern}index.html`, exact: true });
    }
  }
  return out;
}

/** The headers for a location: every splat rule over its path, and for an exact one the exact rule of that path (or its directory). */
function headersAt(rules: readonly Rule[], at: Location): [string, string][] {
  const merged = new Map<string, [string, string]>();
  for (const r of rules) {
    const applies = r.pattern.endsWith("*")
      ? at.path.startsWith(r.pattern.slice(0, -1))
      : at.exact && (at.path === r.pattern || at.path === `${r.pattern}index.html`);
    if (!applies) continue;
    for (const h of r.headers) {
      const cut = h.indexOf(":");
      if (cut < 1) throw new Error(`nginx config: "${h}" under ${r.pattern} is not a "Name: value" header`);
      const name = h.slice(0, cut).trim();
      const value = h.slice(cut + 1).trim();
      const had = merged.get(name.toLowerCase());
      merged.set(name.toLowerCase(), had ? [had[0], `${had[1]}, ${value}`] : [name, value]);
    }
  }
  return [...merged.values()];
}

const quote = (value: string): string => `"${value.replace(/["\\]/g, "\\$&")}"`;

/** The body of a `server { … }` block; `base` is the site's path ("/" or "/sub/path/"). */
export function nginxServerBlock(rules: readonly Rule[], base: string): string {
  const b = base.replace(/\/?$/, "/");
  const lines = [
    "# Generated at build from src/lib/build/csp.ts (the rules behind _headers). Include it inside a",
    "# server block whose root holds this build at the site's path, e.g.",
    "#   server { listen 80; server_name graphics.example.org; root /var/www/tts; include /var/www/tts/nginx.conf; }",
    "charset utf-8;",
    "absolute_redirect off;",
    "index index.html;",
    "gzip on;",
    "gzip_vary on;",
    "gzip_min_length 512;",
    `gzip_types ${GZIP_TYPES.join(" ")};`,
    `error_page 404 ${b}404.html;`,
    "types {",
    ...Object.entries(MIME_TYPES).map(([type, endings]) => `  ${type} ${endings.join(" ")};`),
    "}",
    "default_type application/octet-stream;",
  ];
  for (const at of locationsOf(rules)) {
    lines.push(`location ${at.match} {`);
    for (const [name, value] of headersAt(rules, at)) lines.push(`  add_header ${name} ${quote(value)} always;`);
    lines.push("  try_files $uri $uri/ =404;", "}");
  }
  return lines.join("\n") + "\n";
}
