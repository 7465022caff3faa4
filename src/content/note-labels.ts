/** The words around a numbered note (src/lib/notes.ts), in each language. */
import type { NoteLabels } from "../lib/notes.ts";
import type { Locale } from "../i18n/locales.ts";

export const NOTE_LABELS: Record<Locale, NoteLabels> = {
  en: { note: "Note", seeTable: "See the table under Sources and method." },
  id: { note: "Catatan", seeTable: "Lihat tabel di bagian Sumber dan metode." },
};

/** Before the links from a row of the sources table back to the chapters that tell it. */
export const TOLD_IN_LABEL: Record<Locale, string> = { en: "In the story", id: "Dalam cerita" };
