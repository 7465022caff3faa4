/**
 * The words of "How far is your village from Soe?" (the road-to-Soe chapter's village search, its
 * table and its CSV on the data page), in both languages. Indonesian is typed against English, so a
 * key missing from either fails the type check.
 */
import { defineStrings } from "./translate.ts";

const en = {
  title: "How far is your village from Soe?",
  intro:
    "The findings above are about six villages, but every village in TTS sends its people to the same office in Soe for their papers. Find yours among the {count} villages (desa and kelurahan) of the regency.",
  label: "Your village",
  hint: "Type a few letters of its name, then pick it from the list.",
  loading: "Loading the list of villages…",
  loadFailed: "The list of villages could not be loaded. Every village is in the table below.",
  "count.none": "No village in TTS has a name like that. Try fewer letters, or look in the table below.",
  "count.one": "1 village matches. Arrow down to it.",
  "count.some": "{count} villages match. Arrow down to choose.",
  "count.more": "{total} villages match; the first {count} are listed. Type more letters to narrow them.",
  district: "{district} sub-district",
  "result.distance": "{village} ({district}) lies {km} from the civil registry in Soe, as the crow flies.",
  "result.soe": "{village} ({district}) is where the civil registry stands: its people can walk to the office.",
  "result.road": "The road is longer than that straight line, as it winds through the hills.",
  "result.studyOne": "It is one of the study's {count} villages.",
  "result.nearer": "That is nearer than all {count} study villages, which lie {min} to {max} away.",
  "result.farther": "That is farther than all {count} study villages, which lie {min} to {max} away.",
  "result.between": "The {count} study villages lie {min} to {max} away; {nearer} of them are nearer than this.",
  "result.rank": "Of the regency's {total} villages, {farther} lie farther from Soe.",
  "result.farthest": "The farthest, {list}, lie about {km} away.",
  "result.offFrame": "It lies outside the still map's view.",
  "problem.format": "The address names “{code}”, which is not a village code (such as 53.02.21.2001). The chapter is shown as usual.",
  "problem.unknown": "The address names “{code}”, a code that is not a village of TTS. The chapter is shown as usual.",
  "table.summary": "All {count} villages by sub-district, with their distance to Soe",
  "table.caption": "Straight-line distance from each village of TTS to the civil registry in Soe, by sub-district",
  "table.village": "Village",
  "table.km": "To Soe, km (straight line)",
  "table.study": "study village",
  method:
    "Distances are measured as the crow flies, the same way as the study villages': from a point inside each village (the one farthest from its borders, where the map writes its name) to that of Soe's town village, on the earth's curve. Roads are longer. Boundaries: {source}.",
  csv: "All {count} villages as a CSV file, with source and method",
  "data.group": "Computed tables (CSV)",
  "data.holds":
    "Every village (desa and kelurahan) of TTS ({count}), with its code, its sub-district and its straight-line distance to the civil registry in Soe, in km: the figures of the road-to-Soe chapter's village search.",
  "data.method":
    "Method: from each village's label point (the point inside it farthest from its borders, computed from the full boundary) to Soe's, great-circle (haversine, mean earth radius 6,371 km), rounded to 0.1 km; the same measure as the six study villages' distances in the story. Roads are longer.",
} as const;

export type VillageSearchKey = keyof typeof en;

const id: Record<VillageSearchKey, string> = {
  title: "Seberapa jauh desa Anda dari Soe?",
  intro:
    "Temuan di atas menyangkut enam desa, tetapi warga setiap desa di TTS harus datang ke kantor yang sama di Soe untuk mengurus dokumen. Cari desa Anda di antara {count} desa dan kelurahan di kabupaten ini.",
  label: "Desa Anda",
  hint: "Ketik beberapa huruf namanya, lalu pilih dari daftar.",
  loading: "Memuat daftar desa…",
  loadFailed: "Daftar desa tidak dapat dimuat. Semua desa ada di tabel di bawah.",
  "count.none": "Tidak ada desa di TTS dengan nama seperti itu. Coba lebih sedikit huruf, atau lihat tabel di bawah.",
  "count.one": "1 desa cocok. Tekan panah bawah untuk memilihnya.",
  "count.some": "{count} desa cocok. Tekan panah bawah untuk memilih.",
  "count.more": "{total} desa cocok; {count} yang pertama ditampilkan. Ketik lebih banyak huruf untuk mempersempitnya.",
  district: "Kecamatan {district}",
  "result.distance": "{village} ({district}) berjarak {km} dari kantor Dukcapil di Soe, diukur dalam garis lurus.",
  "result.soe": "{village} ({district}) adalah tempat kantor Dukcapil berada: warganya bisa berjalan kaki ke sana.",
  "result.road": "Lewat jalan darat jaraknya lebih jauh daripada garis lurus itu, karena jalannya berkelok di perbukitan.",
  "result.studyOne": "Desa ini salah satu dari {count} desa penelitian.",
  "result.nearer": "Itu lebih dekat daripada semua {count} desa penelitian, yang berjarak {min} sampai {max}.",
  "result.farther": "Itu lebih jauh daripada semua {count} desa penelitian, yang berjarak {min} sampai {max}.",
  "result.between": "{count} desa penelitian itu berjarak {min} sampai {max}; {nearer} di antaranya lebih dekat daripada desa ini.",
  "result.rank": "Dari {total} desa di kabupaten ini, {farther} desa lebih jauh dari Soe.",
  "result.farthest": "Yang terjauh, {list}, berjarak sekitar {km}.",
  "result.offFrame": "Desa ini berada di luar cakupan peta diam.",
  "problem.format": "Alamat ini menyebut “{code}”, yang bukan kode desa (contohnya 53.02.21.2001). Bagian ini ditampilkan seperti biasa.",
  "problem.unknown": "Alamat ini menyebut “{code}”, kode yang bukan desa di TTS. Bagian ini ditampilkan seperti biasa.",
  "table.summary": "Semua {count} desa per kecamatan, dengan jaraknya ke Soe",
  "table.caption": "Jarak garis lurus dari setiap desa di TTS ke kantor Dukcapil di Soe, per kecamatan",
  "table.village": "Desa",
  "table.km": "Ke Soe, km (garis lurus)",
  "table.study": "desa penelitian",
  method:
    "Jarak diukur dalam garis lurus, dengan cara yang sama seperti untuk desa-desa penelitian: dari satu titik di dalam setiap desa (titik yang paling jauh dari batasnya, tempat nama desa ditulis di peta) ke titik kelurahan Soe, mengikuti lengkung bumi. Jarak lewat jalan lebih jauh. Batas wilayah: {source}.",
  csv: "Semua {count} desa sebagai berkas CSV, dengan sumber dan metodenya",
  "data.group": "Tabel hasil perhitungan (CSV)",
  "data.holds":
    "Setiap desa dan kelurahan di TTS ({count}), dengan kodenya, kecamatannya, dan jarak garis lurusnya ke kantor Dukcapil di Soe dalam km: angka-angka pencarian desa di bagian tentang jalan ke Soe.",
  "data.method":
    "Metode: dari titik label setiap desa (titik di dalam desa yang paling jauh dari batasnya, dihitung dari batas wilayah lengkap) ke titik Soe, jarak lingkaran besar (haversine, jari-jari rata-rata bumi 6.371 km), dibulatkan ke 0,1 km; ukuran yang sama dengan jarak keenam desa penelitian dalam cerita. Jarak lewat jalan lebih jauh.",
};

export const VILLAGE_SEARCH = defineStrings<VillageSearchKey>("village-search", { en, id });
