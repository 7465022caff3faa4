/**
 * Where the story tells each disagreement of the sources table: the chapters that link a note to
 * it, or that print one of its values. Lets the table point back into the story. Pure.
 */
export interface ChapterText {
  slug: string;
  title: string;
  /** the chapter's Markdown as written, with its tokens */
  body: string;
  /** the figure keys its text uses */
  figureKeys: readonly string[];
}

export interface DisagreementRef {
  id: string;
  values: readonly { figure?: string | undefined; context?: string | undefined }[];
}

export function chaptersTelling(inc: DisagreementRef, chapters: readonly ChapterText[]): ChapterText[] {
  const keys = new Set(inc.values.flatMap((v) => [v.figure, v.context].filter((k): k is string => typeof k === "string")));
  return chapters.filter((c) => c.body.includes(`{note inc=${inc.id}:`) || c.figureKeys.some((k) => keys.has(k)));
}
