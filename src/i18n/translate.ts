/**
 * The one way to translate: `t(strings, locale, key, vars)`, where `strings` is an area's table
 * (UI, DATA_PAGE, HANDOUT, EMBED_BUILDER, VILLAGE_SEARCH, each in its own module), the key is that
 * area's, and {placeholders} are filled by the one template filler; a missing value is an error
 * naming the area, the key and the language.
 *
 * Why the table is an argument, not one object of every string: the browser imports only the
 * tables it uses (today the village search's), so a page downloads none of the build's strings
 * (the data page's, the leaflet's, the builder's). A single merged table would ship them all.
 */
import type { Locale } from "./locales.ts";

/** An area's strings in both languages; Indonesian is typed against English, so a key missing from either fails the type check. */
export type Strings<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>> & { readonly area: string };

/** The keys of an area's table. */
export type KeyOf<S> = S extends Strings<infer K> ? K : never;

export type TemplateVars = Readonly<Record<string, string | number>>;

export function defineStrings<K extends string>(area: string, text: { en: Record<K, string>; id: Record<K, string> }): Strings<K> {
  return { area, en: text.en, id: text.id };
}

/** Fills {name} placeholders; a missing value is an error naming `what`. */
export function fillTemplate(template: string, vars: TemplateVars, what: string): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!(name in vars)) throw new Error(`${what} needs {${name}}`);
    return String(vars[name]);
  });
}

/** An area's string in a language, its placeholders filled. */
export function t<K extends string>(strings: Strings<K>, locale: Locale, key: NoInfer<K>, vars: TemplateVars = {}): string {
  return fillTemplate(strings[locale][key], vars, `${strings.area} string "${key}" (${locale})`);
}
