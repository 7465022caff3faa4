import { describe, expect, it } from "vitest";
import { t, type Strings } from "../../../src/i18n/translate.ts";
import { UI } from "../../../src/i18n/ui.ts";
import { DATA_PAGE } from "../../../src/i18n/data-page.ts";
import { HANDOUT } from "../../../src/i18n/handout.ts";
import { EMBED_BUILDER } from "../../../src/i18n/embed-builder.ts";
import { VILLAGE_SEARCH } from "../../../src/i18n/village-search.ts";
import { CITE_COPY } from "../../../src/i18n/cite-copy.ts";

const TABLES: Strings<string>[] = [UI, DATA_PAGE, HANDOUT, EMBED_BUILDER, VILLAGE_SEARCH, CITE_COPY];

describe("the one translate function", () => {
  it("reads every area's table in the reader's language, placeholders filled", () => {
    expect(t(VILLAGE_SEARCH, "id", "district", { district: "Mollo Utara" })).toBe("Kecamatan Mollo Utara");
    expect(t(DATA_PAGE, "en", "downloads.kb", { kb: "4.2" })).toBe("4.2 KB");
    expect(t(EMBED_BUILDER, "id", "back")).toBe("Kembali ke cerita");
    expect(t(CITE_COPY, "en", "copied")).toBe("Copied to the clipboard.");
  });

  it("refuses a missing value, naming the area, the key and the language", () => {
    expect(() => t(VILLAGE_SEARCH, "id", "count.more", { count: 8 })).toThrow('village-search string "count.more" (id) needs {total}');
    expect(() => t(DATA_PAGE, "en", "downloads.kb")).toThrow('data page string "downloads.kb" (en) needs {kb}');
  });

  it("has the same placeholders in both languages of every table", () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{([\w:.]+)\}/g)].map((m) => m[1]!).sort();
    for (const table of TABLES) {
      for (const key of Object.keys(table.en)) {
        expect(table.id[key]!.trim(), `${table.area} ${key}`).not.toBe("");
        expect(placeholders(table.id[key]!), `${table.area} ${key}`).toEqual(placeholders(table.en[key]!));
      }
    }
  });
});
