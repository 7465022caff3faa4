/** The words around a numbered note (src/lib/build/notes.ts), in each language. */
import type { NoteLabels } from "../lib/build/notes.ts";
import type { Locale } from "../i18n/locales.ts";

export const NOTE_LABELS: Record<Locale, NoteLabels> = {
  // No "see the table" after each note: the story's last chapter introduces the table once, and
  // each of its rows links back to the chapters that tell it.
  en: { note: "Note", seeTable: "" },
  id: { note: "Catatan", seeTable: "" },
};

/** Before the links from a row of the sources table back to the chapters that tell it. */
export const TOLD_IN_LABEL: Record<Locale, string> = { en: "In the story", id: "Dalam cerita" };
