/**
 * A content loader for the story's chapters (src/content/chapters/<locale>/NN-slug.md). Before
 * rendering, it replaces figure tokens with values formatted for the chapter's language, so the
 * prose never holds a typed number, and turns `{note: …}` into numbered notes (src/lib/build/notes.ts);
 * then it checks what the frontmatter refers to.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Loader } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import { figureRegistry } from "../prerender/story/figures.ts";
import { replaceFigureTokens } from "../lib/build/figure-tokens.ts";
import { renderNotes } from "../lib/build/notes.ts";
import { loadInconsistencies } from "../facts/index.ts";
import { NOTE_LABELS } from "../content/note-labels.ts";
import { isLocale, LOCALES } from "../i18n/locales.ts";
import { displayPath } from "../paths.ts";

const FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Frontmatter fields that are prose, and so may hold figure tokens. */
const PROSE_FIELDS = [["kicker"], ["title"], ["summary"], ["map", "description"]] as const;

export function chapterLoader(root: string): Loader {
  return {
    name: "chapter-loader",
    load: async ({ store, parseData, renderMarkdown, generateDigest, watcher }) => {
      store.clear();
      const registry = figureRegistry();
      const inconsistencies = new Set(loadInconsistencies().map((i) => i.id));
      for (const locale of LOCALES) {
        const dir = path.join(root, locale);
        for (const file of readdirSync(dir)
          .filter((f) => f.endsWith(".md"))
          .sort()) {
          const place = displayPath(path.join(dir, file));
          const name = FILE_NAME.exec(file);
          if (!name) throw new Error(`${place}: chapter files are named NN-slug.md (e.g. 07-ktp.md)`);
          const source = readFileSync(path.join(dir, file), "utf8");
          const fm = FRONTMATTER.exec(source);
          if (!fm) throw new Error(`${place}: no --- frontmatter --- at the top`);
          const data = parseYaml(fm[1]!) as Record<string, unknown>;
          const usedKeys = new Set<string>();
          for (const fieldPath of PROSE_FIELDS)
            substituteField(data, fieldPath, (text) => {
              const r = replaceFigureTokens(text, registry, locale, `${place} (${fieldPath.join(".")})`);
              r.keys.forEach((k) => usedKeys.add(k));
              return r.text;
            });
          const bodyStartLine = fm[0].split("\n").length - 1;
          const rawBody = source.slice(fm[0].length);
          const body = replaceFigureTokens("\n".repeat(bodyStartLine) + rawBody, registry, locale, place);
          body.keys.forEach((k) => usedKeys.add(k));
          const slug = name[2]!;
          const id = `${locale}/${slug}`;
          const parsed: Record<string, unknown> = await parseData({
            id,
            data: { ...data, slug, locale, figureKeys: [...usedKeys].sort() },
            filePath: place,
          });
          if (Number(name[1]) !== parsed.order)
            throw new Error(`${place}: file number ${name[1]} differs from order ${String(parsed.order)}`);
          const notes = renderNotes(body.text, { slug, labels: NOTE_LABELS[locale], inconsistencies, place });
          const rendered = await renderMarkdown(notes.markdown.trimStart());
          store.set({ id, data: parsed, body: rawBody, filePath: place, digest: generateDigest(source), rendered });
        }
      }
      watcher?.add(root);
    },
  };
}

function substituteField(data: Record<string, unknown>, fieldPath: readonly string[], f: (text: string) => string): void {
  let holder: Record<string, unknown> | undefined = data;
  for (const part of fieldPath.slice(0, -1)) {
    const next: unknown = holder?.[part];
    holder = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : undefined;
  }
  const last = fieldPath.at(-1)!;
  if (holder && typeof holder[last] === "string") holder[last] = f(holder[last] as string);
}

export function localeOfEntryId(id: string): string {
  const locale = id.split("/")[0] ?? "";
  if (!isLocale(locale)) throw new Error(`chapter id "${id}" has no known locale`);
  return locale;
}
