/**
 * A static map frame as an SVG document: paths grouped by style (each style written once) and
 * labels with a halo. A shape drawn twice (a fill, then its outline above other layers) is written
 * once and reused by reference: the file is smaller and, since an SVG image is parsed on the
 * page's main thread, quicker to show. Pure string building; every text is escaped.
 */
import type { StaticMapOutput } from "./static-map.ts";

export interface PathStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export function staticMapSvg(map: StaticMapOutput, styles: Record<string, PathStyle>, background: string, title: string): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${map.width}" height="${map.height}" fill="${background}"/>`,
  ];
  const drawings = new Map<string, number>();
  for (const p of map.paths) drawings.set(p.d, (drawings.get(p.d) ?? 0) + 1);
  const refs = new Map<string, string>();
  let open: string | undefined;
  for (const p of map.paths) {
    if (p.className !== open) {
      if (open !== undefined) out.push("</g>");
      const s = styles[p.className];
      if (!s) throw new Error(`static map: no style for "${p.className}"`);
      const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : "";
      out.push(`<g class="${p.className}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}" stroke-linejoin="round"${dash}>`);
      open = p.className;
    }
    const ref = refs.get(p.d);
    if (ref) out.push(`<use href="#${ref}"/>`);
    else if (drawings.get(p.d)! > 1) {
      const id = `s${refs.size}`;
      refs.set(p.d, id);
      out.push(`<path id="${id}" d="${p.d}"/>`);
    } else out.push(`<path d="${p.d}"/>`);
  }
  if (open !== undefined) out.push("</g>");
  out.push('<g font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="14" fill="#1f1c17">');
  for (const l of map.labels) {
    if (l.className === "label-voice") {
      // An interviewee badge, right-aligned 8 px left of the village's point (as on the live map).
      out.push(`<rect x="${l.x - 34}" y="${l.y - 10}" width="26" height="20" rx="3" fill="#1f1c17"/>`);
      out.push(`<text x="${l.x - 21}" y="${l.y + 5}" text-anchor="middle" font-weight="700" font-size="12" fill="#fff">${escapeXml(l.text)}</text>`);
      continue;
    }
    const island = l.className === "label-island" || l.className === "label-country";
    if (!island) out.push(`<circle cx="${l.x}" cy="${l.y}" r="4" fill="#fff" stroke="#1f1c17" stroke-width="1.6"/>`);
    const x = island ? l.x : l.x + 8;
    const anchor = island ? ' text-anchor="middle"' : "";
    const style = island ? ' font-style="italic" fill="#55504a"' : ' font-weight="600"';
    out.push(`<text x="${x}" y="${l.y + 5}"${anchor}${style} paint-order="stroke" stroke="#fffdf8" stroke-width="3.5">${escapeXml(l.text)}</text>`);
  }
  out.push("</g></svg>");
  return out.join("");
}
