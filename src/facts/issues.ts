// Turns zod issues into messages that say what is wrong and where: the file, the item (with its
// key or id) and the field, plus the offending value.
import type { ZodError } from "zod";
import { FactsError } from "./errors.ts";

type Issue = ZodError["issues"][number];

export function factsErrorFromIssues(file: string, input: unknown, issues: readonly Issue[]): FactsError {
  const lines = issues.map((issue) => `${file}: ${describePath(input, issue.path)}: ${issue.message}${got(input, issue)}`);
  return new FactsError(lines.length === 1 ? (lines[0] ?? "") : `${lines.length} problems\n${lines.join("\n")}`);
}

/** E.g. `figures[3] (key "ktp.tts").unit`. */
export function describePath(input: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  let node: unknown = input;
  let out = "";
  for (const seg of path) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[seg] : undefined;
    if (typeof seg === "number") {
      out += `[${seg}]`;
      if (isRecord(node) && typeof node.key === "string") out += ` (key "${node.key}")`;
      else if (isRecord(node) && typeof node.id === "string") out += ` (id "${node.id}")`;
    } else {
      out += out === "" ? String(seg) : `.${String(seg)}`;
    }
  }
  return out;
}

const SHOW_VALUE = new Set(["invalid_type", "invalid_value", "invalid_format", "too_big", "too_small"]);

function got(input: unknown, issue: Issue): string {
  if (!SHOW_VALUE.has(issue.code)) return "";
  let node: unknown = input;
  for (const seg of issue.path) node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[seg] : undefined;
  if (node === undefined) return " (missing)";
  const text = JSON.stringify(node) ?? String(node);
  return ` (got ${text.length > 60 ? `${text.slice(0, 57)}…` : text})`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
