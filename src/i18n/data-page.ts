/**
 * The strings of the "Data and sources" page (/data/, /id/data/), in both languages. Indonesian is
 * typed against English, so a key missing from either edition fails the type check.
 */
import { defineStrings } from "./translate.ts";
import type { Locale } from "./locales.ts";

const en = {
  "page.title": "Data and sources",
  "page.description":
    "Download the numbers behind the charts (CSV) and the map's boundaries (GeoJSON) of the story map on irregular migration from Timor Tengah Selatan, with every source, its licence, and how to cite the study and this story map.",
  "page.intro":
    "Here are the numbers behind each chart and the boundaries drawn on the map, as files you can open in a spreadsheet or a GIS, together with every source the story rests on and its licence. The figures come mostly from the field study by Usbobo and Sogen (2023); cite it, and the other sources, when you use them.",
  "nav.back": "Back to the story",
  "downloads.title": "Downloads",
  "downloads.caption": "Files to download, what each holds, its size, its licence and how to cite it",
  "downloads.file": "File",
  "downloads.holds": "What it holds",
  "downloads.size": "Size",
  "downloads.licence": "Licence",
  "downloads.cite": "Cite",
  "downloads.kb": "{kb} KB",
  "downloads.chart": "The numbers of the chart “{title}”: {rows} rows.",
  "downloads.layer.provinces": "The provinces of Indonesia ({count} areas).",
  "downloads.layer.regencies":
    "The regencies and cities of NTT ({count} areas), with the share of people in poverty in March of each year (p0_<year>) and how many independent sources confirm it (p0_<year>_confirm).",
  "downloads.layer.districts": "The sub-districts (kecamatan) of TTS ({count} areas).",
  "downloads.layer.villages":
    "The villages (desa and kelurahan) of TTS ({count} areas). study is true for the six villages of the field study, paperName gives the name the paper uses, civilRegistry marks Soe, where civil documents are issued.",
  "downloads.properties": "Properties: {list}.",
  "downloads.attribution": "Attribution, as the file states it:",
  "downloads.povertyFrom": "Poverty rates:",
  "downloads.studyFrom": "Study villages:",
  "downloads.charts": "Chart data (CSV)",
  "downloads.layers": "Map layers (GeoJSON)",
  "downloads.csvNote":
    "Each CSV file has one row per bar of its chart and the columns category (the label, in English), value, value_to (the upper end of a range), unit, year, source and where (the figure or section of the source). Numbers are written plainly, with a full stop before decimals; text is UTF-8.",
  "downloads.geojsonNote":
    "The GeoJSON files follow RFC 7946: longitude and latitude (WGS 84), outer rings anticlockwise, coordinates rounded to six decimals. The boundaries are simplified for the map, so they suit maps and summaries, not surveying. Each file states its licence and attribution in its license and attribution members.",
  "sources.title": "Sources",
  "sources.intro": "Every source the story's figures rest on, with its licence as far as it is known.",
  "sources.licence": "Licence",
  "sources.link": "Link",
  "cite.title": "Cite this",
  "cite.paper": "The field study",
  "cite.paperIntro": "Most figures in the story are this paper's. Cite it for the findings.",
  "cite.storyMap": "This story map",
  "cite.storyMapIntro": "Cite the story map for its presentation, its maps and the values it adds from other sources.",
  "cite.storyMapMedium": "Story map",
  "cite.storyMapTitle": "Why they leave without papers: a story map of irregular migration from Timor Tengah Selatan",
  "cite.apa": "APA",
  "cite.bibtex": "BibTeX",
  "cite.copy": "Copy",
  "cite.copyLabel": "Copy the {style} entry: {what}",
} as const;

export type DataPageKey = keyof typeof en;

const id: Record<DataPageKey, string> = {
  "page.title": "Data dan sumber",
  "page.description":
    "Unduh angka di balik grafik (CSV) dan batas wilayah pada peta (GeoJSON) dari peta cerita tentang migrasi non-prosedural dari Timor Tengah Selatan, beserta semua sumber, lisensinya, dan cara mengutip penelitian serta peta cerita ini.",
  "page.intro":
    "Di sini tersedia angka di balik setiap grafik dan batas wilayah yang digambar di peta, sebagai berkas yang bisa dibuka di lembar kerja atau aplikasi SIG, beserta semua sumber yang menjadi dasar cerita ini dan lisensinya. Sebagian besar angka berasal dari penelitian lapangan Usbobo dan Sogen (2023); kutiplah penelitian itu, dan sumber lainnya, bila Anda memakainya.",
  "nav.back": "Kembali ke cerita",
  "downloads.title": "Unduhan",
  "downloads.caption": "Berkas yang dapat diunduh, isinya, ukurannya, lisensinya, dan cara mengutipnya",
  "downloads.file": "Berkas",
  "downloads.holds": "Isi",
  "downloads.size": "Ukuran",
  "downloads.licence": "Lisensi",
  "downloads.cite": "Kutipan",
  "downloads.kb": "{kb} KB",
  "downloads.chart": "Angka grafik “{title}”: {rows} baris.",
  "downloads.layer.provinces": "Provinsi di Indonesia ({count} wilayah).",
  "downloads.layer.regencies":
    "Kabupaten dan kota di NTT ({count} wilayah), dengan persentase penduduk miskin pada bulan Maret tiap tahun (p0_<tahun>) dan jumlah sumber independen yang mengonfirmasinya (p0_<tahun>_confirm).",
  "downloads.layer.districts": "Kecamatan di TTS ({count} wilayah).",
  "downloads.layer.villages":
    "Desa dan kelurahan di TTS ({count} wilayah). study bernilai true untuk enam desa lokasi penelitian, paperName memuat nama yang dipakai makalah, civilRegistry menandai Soe, tempat dokumen kependudukan diterbitkan.",
  "downloads.properties": "Atribut: {list}.",
  "downloads.attribution": "Atribusi, sebagaimana tertulis di berkas:",
  "downloads.povertyFrom": "Angka kemiskinan:",
  "downloads.studyFrom": "Desa penelitian:",
  "downloads.charts": "Data grafik (CSV)",
  "downloads.layers": "Lapisan peta (GeoJSON)",
  "downloads.csvNote":
    "Setiap berkas CSV memuat satu baris untuk tiap batang grafiknya, dengan kolom category (label, dalam bahasa Inggris), value, value_to (batas atas suatu rentang), unit, year, source, dan where (gambar atau bagian sumber). Angka ditulis polos, dengan titik sebagai pemisah desimal; teks memakai UTF-8.",
  "downloads.geojsonNote":
    "Berkas GeoJSON mengikuti RFC 7946: bujur dan lintang (WGS 84), cincin luar berlawanan arah jarum jam, koordinat dibulatkan sampai enam desimal. Batas wilayah disederhanakan untuk peta, jadi cocok untuk peta dan ringkasan, bukan untuk pengukuran. Setiap berkas mencantumkan lisensi dan atribusinya pada anggota license dan attribution.",
  "sources.title": "Sumber",
  "sources.intro": "Semua sumber yang menjadi dasar angka dalam cerita ini, dengan lisensinya sejauh diketahui.",
  "sources.licence": "Lisensi",
  "sources.link": "Tautan",
  "cite.title": "Cara mengutip",
  "cite.paper": "Penelitian lapangan",
  "cite.paperIntro": "Sebagian besar angka dalam cerita ini berasal dari makalah ini. Kutiplah makalah ini untuk temuannya.",
  "cite.storyMap": "Peta cerita ini",
  "cite.storyMapIntro": "Kutiplah peta cerita ini untuk penyajiannya, petanya, dan angka dari sumber lain yang ditambahkannya.",
  "cite.storyMapMedium": "Peta cerita",
  "cite.storyMapTitle": "Mengapa mereka pergi tanpa dokumen: peta cerita migrasi non-prosedural dari Timor Tengah Selatan",
  "cite.apa": "APA",
  "cite.bibtex": "BibTeX",
  "cite.copy": "Salin",
  "cite.copyLabel": "Salin entri {style}: {what}",
};

export const DATA_PAGE = defineStrings<DataPageKey>("data page", { en, id });

/**
 * The licences data/sources.json states, in Indonesian. A licence not listed here is shown as
 * data/sources.json writes it.
 */
const LICENCES_ID: Readonly<Record<string, string>> = {
  "not stated": "tidak dinyatakan",
  "not stated (official statistics, cited as facts)": "tidak dinyatakan (statistik resmi, dikutip sebagai fakta)",
  "not stated (official figures, cited as facts)": "tidak dinyatakan (angka resmi, dikutip sebagai fakta)",
  "not stated (official decree, cited as the code authority)": "tidak dinyatakan (keputusan resmi, dikutip sebagai acuan kode wilayah)",
  "not stated (news report, cited as facts)": "tidak dinyatakan (berita, dikutip sebagai fakta)",
  "not stated (news reports, cited as facts)": "tidak dinyatakan (berita, dikutip sebagai fakta)",
  "not stated (data portal, cited as facts)": "tidak dinyatakan (portal data, dikutip sebagai fakta)",
  "not stated (figures cited as facts)": "tidak dinyatakan (angka dikutip sebagai fakta)",
};

export function licenceText(licence: string, locale: Locale): string {
  return locale === "id" ? (LICENCES_ID[licence] ?? licence) : licence;
}
