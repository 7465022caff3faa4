/**
 * A card's SVG rasterized with resvg, with fonts shipped in an npm package (so the same commit
 * gives the same pictures on any machine), then written as a palette PNG.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { encodePalettePng } from "./palette-png.ts";

export const CARD_FONT_FAMILY = "Noto Sans";

let fontFiles: string[] | undefined;
/** The card's fonts, from the npm package `@expo-google-fonts/noto-sans` (TTF, OFL-1.1). */
function cardFonts(): string[] {
  if (fontFiles) return fontFiles;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@expo-google-fonts/noto-sans/package.json"));
  const files = [
    "400Regular/NotoSans_400Regular.ttf",
    "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
    "600SemiBold/NotoSans_600SemiBold.ttf",
    "700Bold/NotoSans_700Bold.ttf",
  ].map((f) => path.join(dir, f));
  const missing = files.find((f) => !existsSync(f));
  if (missing) throw new Error(`share card: the font ${missing} is missing: run \`npm install\``);
  fontFiles = files;
  return files;
}

/** An SVG as a PNG `width` px wide, on an opaque `background` (so the pixels need no un-premultiplying). */
export function rasterizeCard(svg: string, width: number, background: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: cardFonts(),
      defaultFontFamily: CARD_FONT_FAMILY,
      sansSerifFamily: CARD_FONT_FAMILY,
      serifFamily: CARD_FONT_FAMILY,
    },
    background,
    shapeRendering: 2,
    textRendering: 1,
    logLevel: "off",
  });
  const image = resvg.render();
  return encodePalettePng(image.pixels, image.width, image.height);
}
