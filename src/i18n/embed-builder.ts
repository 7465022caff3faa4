/** The embed builder's words (pages /embed/ and /id/embed/). */
import type { Locale } from "./locales.ts";
import { defineStrings } from "./translate.ts";

const STRINGS = {
  en: {
    title: "Embed a graphic",
    intro:
      "Choose a map or chart and how it should appear. The preview, the code and the oEmbed address follow your choices; paste the code into your page and it shows what the preview shows.",
    view: "Graphic",
    maps: "Maps",
    charts: "Charts",
    language: "Language",
    mode: "Map",
    interactive: "Interactive (readers can pan and zoom)",
    still: "Still (a picture of the map)",
    chapter: "Map view from chapter",
    chapterDefault: "The graphic's own view",
    width: "Preview width",
    preview: "Preview",
    code: "Embed code",
    codeNote:
      "The code is an iframe and a small script that sets the iframe's height to fit the graphic at any width, as Datawrapper's responsive code does; nothing else is needed on your page. Where a site removes scripts, the iframe alone stays, tall enough that nothing is cut (with some space below it on wide screens).",
    oembed: "oEmbed address (view and language)",
    copyCode: "Copy code",
    copyOembed: "Copy oEmbed address",
    copied: "Copied to the clipboard.",
    copyFailed: "Could not copy: select the text and copy it yourself.",
    downloads: "Download the graphic",
    graphicsTitle: "Graphics to download (print and social)",
    noScript: "Ready embed codes for every graphic, in this language:",
    back: "Back to the story",
  },
  id: {
    title: "Sematkan grafik",
    intro:
      "Pilih peta atau grafik dan cara tampilnya. Pratinjau, kode dan alamat oEmbed mengikuti pilihan Anda; tempelkan kode di halaman Anda dan hasilnya sama dengan pratinjau.",
    view: "Grafik",
    maps: "Peta",
    charts: "Grafik batang",
    language: "Bahasa",
    mode: "Peta",
    interactive: "Interaktif (pembaca dapat menggeser dan memperbesar)",
    still: "Diam (gambar peta)",
    chapter: "Tampilan peta dari bab",
    chapterDefault: "Tampilan bawaan grafik",
    width: "Lebar pratinjau",
    preview: "Pratinjau",
    code: "Kode sematan",
    codeNote:
      "Kode ini berisi iframe dan skrip kecil yang menyesuaikan tinggi iframe dengan grafik pada lebar berapa pun, seperti kode responsif Datawrapper; halaman Anda tidak memerlukan apa pun lagi. Jika situs membuang skrip, iframe tetap tampil dengan tinggi yang cukup agar tidak ada yang terpotong (dengan sedikit ruang kosong di bawahnya pada layar lebar).",
    oembed: "Alamat oEmbed (grafik dan bahasa)",
    copyCode: "Salin kode",
    copyOembed: "Salin alamat oEmbed",
    copied: "Tersalin ke papan klip.",
    copyFailed: "Tidak dapat menyalin: pilih teksnya dan salin sendiri.",
    downloads: "Unduh grafik",
    graphicsTitle: "Grafik untuk diunduh (cetak dan media sosial)",
    noScript: "Kode sematan siap pakai untuk setiap grafik, dalam bahasa ini:",
    back: "Kembali ke cerita",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type BuilderKey = keyof (typeof STRINGS)["en"];

export const EMBED_BUILDER = defineStrings<BuilderKey>("embed builder", STRINGS);
