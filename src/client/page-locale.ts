/** The page's language, from <html lang>. */
import { isLocale, type Locale, DEFAULT_LOCALE } from "../i18n/locales.ts";

export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
