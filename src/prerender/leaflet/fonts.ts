/**
 * The leaflet's type: Noto Sans from the npm package `@expo-google-fonts/noto-sans` (TTF, OFL-1.1),
 * embedded and subset by pdfkit, so the PDF prints the same on any machine and every Indonesian
 * character is there. Named by role, so the layout never spells a file.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const FONT = { regular: "NotoSans", italic: "NotoSans-Italic", semibold: "NotoSans-SemiBold", bold: "NotoSans-Bold" } as const;
export type FontRole = keyof typeof FONT;

const FILES: Record<FontRole, string> = {
  regular: "400Regular/NotoSans_400Regular.ttf",
  italic: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  semibold: "600SemiBold/NotoSans_600SemiBold.ttf",
  bold: "700Bold/NotoSans_700Bold.ttf",
};

interface FontRegistry {
  registerFont(name: string, src: string): unknown;
}

export function registerLeafletFonts(doc: FontRegistry): void {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@expo-google-fonts/noto-sans/package.json"));
  for (const role of Object.keys(FILES) as FontRole[]) {
    const file = path.join(dir, FILES[role]);
    if (!existsSync(file)) throw new Error(`leaflet: the font ${file} is missing: run \`npm install\``);
    doc.registerFont(FONT[role], file);
  }
}

/** For SVG text (the map's names): bold and italic as the frame asks, in Noto Sans. */
export function svgFont(_family: string, bold: boolean, italic: boolean): string {
  return bold ? FONT.bold : italic ? FONT.italic : FONT.regular;
}
