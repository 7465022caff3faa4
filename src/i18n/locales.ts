/** The story's two languages: English at the site root, Indonesian under /id/. */
export const LOCALES = ["en", "id"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** BCP 47 tags for Intl and for <html lang>. */
export const INTL_TAG: Record<Locale, string> = { en: "en-GB", id: "id-ID" };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The path prefix of a locale's pages, under the site's base. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? "" : `${locale}/`;
}
