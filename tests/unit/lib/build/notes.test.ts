import { describe, expect, it } from "vitest";
import { noteId, renderNotes, type NotesContext } from "../../../../src/lib/build/notes.ts";

const ctx: NotesContext = {
  slug: "income",
  labels: { note: "Note", seeTable: "See the table." },
  inconsistencies: new Set(["income.perMonthVsPerWeek"]),
  place: "en/08-income.md",
};

describe("renderNotes", () => {
  it("puts a numbered marker in the text and the note, closed, right after its paragraph", () => {
    const md = "First paragraph.{note: One source.} Still the first.\n\nSecond paragraph.";
    const { markdown, count } = renderNotes(md, ctx);
    expect(count).toBe(1);
    const [first, note, second] = markdown.split(/\n\n(?=<details|Second)/);
    expect(first).toContain(
      'First paragraph.\u2060<sup class="note-ref"><a href="#note-income-1" id="note-income-1-ref" data-note-ref="note-income-1">',
    );
    expect(first).toContain('<span class="visually-hidden">Note </span>1</a></sup> Still the first.');
    expect(note).toMatch(/^<details class="note" data-note="note-income-1">\n<summary class="note__summary">Note 1<\/summary>/);
    expect(note).toContain('<div class="note__body" id="note-income-1">\n\nOne source.\n\n</div>\n</details>');
    expect(second).toBe("Second paragraph.");
  });

  it("numbers notes through the chapter, and links a note to its row of the sources table", () => {
    const md = "A.{note: first}\n\nB.{note inc=income.perMonthVsPerWeek: second} C.{note: third}";
    const { markdown, count } = renderNotes(md, ctx);
    expect(count).toBe(3);
    expect([...markdown.matchAll(/data-note="([^"]+)"/g)].map((m) => m[1])).toEqual([
      noteId("income", 1),
      noteId("income", 2),
      noteId("income", 3),
    ]);
    expect(markdown).toContain('second <a class="note__table" href="#inc-income.perMonthVsPerWeek">See the table.</a>');
    // both notes of the second paragraph follow it, in order
    expect(markdown.indexOf("C.\u2060<sup")).toBeLessThan(markdown.indexOf('data-note="note-income-2"'));
  });

  it("leaves text without notes as it was", () => {
    const md = "\n\n\nPlain.\n\nText with {braces} of another kind.";
    expect(renderNotes(md, ctx)).toEqual({ markdown: md, count: 0 });
  });

  it("stops on an unknown inconsistency, naming the file and line", () => {
    expect(() => renderNotes("A.\n\nB.{note inc=no.such: x}", ctx)).toThrow(
      'en/08-income.md:3: note names an unknown inconsistency "no.such"',
    );
  });

  it("stops on a malformed note", () => {
    expect(() => renderNotes("A.{note without colon}", ctx)).toThrow("en/08-income.md:1: malformed note");
    expect(() => renderNotes("A.{note: an {inner} brace}", ctx)).toThrow("malformed note");
  });

  it("refuses notes in headings, quotes and lists, where a disclosure cannot follow", () => {
    expect(() => renderNotes("## Title{note: x}", ctx)).toThrow("notes belong in plain paragraphs");
    expect(() => renderNotes("- item{note: x}", ctx)).toThrow("notes belong in plain paragraphs");
  });
});
