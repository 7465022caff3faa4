/**
 * No browser function over 80 lines: every function-like node in src/client (declarations,
 * expressions, arrows, methods, accessors, constructors), nested ones included, is measured on its
 * own span from its first line to its last. A long closure sharing mutable state is what this stops.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const CLIENT = join(import.meta.dirname, "../../../src/client");
const MAX_LINES = 80;

interface Span {
  name: string;
  line: number;
  lines: number;
}

/** Every function-like node of a source text, with its name (or where it sits) and its length in lines. */
export function functionSpans(fileName: string, text: string): Span[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const spans: Span[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = lineOf(node.getStart(source));
      const last = lineOf(node.getEnd());
      spans.push({ name: nameOf(node), line: first, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return "(anonymous)";
}

const files = readdirSync(CLIENT).filter((f) => f.endsWith(".ts"));

describe("browser functions", () => {
  it("finds the client's files and their functions", () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => functionSpans(f, readFileSync(join(CLIENT, f), "utf8"))).length).toBeGreaterThan(100);
  });

  it("measures a long function, a nested arrow and a method each on its own", () => {
    const body = Array.from({ length: 85 }, (_, k) => `  const v${k} = ${k};`).join("\n");
    const spans = functionSpans(
      "x.ts",
      `function outer() {\n${body}\n  const inner = () => {\n    return 1;\n  };\n}\nconst o = { m() { return 2; } };\n`,
    );
    expect(spans.find((s) => s.name === "outer")?.lines).toBe(90);
    expect(spans.find((s) => s.name === "inner")?.lines).toBe(3);
    expect(spans.find((s) => s.name === "m")?.lines).toBe(1);
  });

  it.each(files)(`%s has no function over ${MAX_LINES} lines`, (file) => {
    const long = functionSpans(file, readFileSync(join(CLIENT, file), "utf8")).filter((s) => s.lines > MAX_LINES);
    expect(long.map((s) => `${s.name} (line ${s.line}, ${s.lines} lines)`)).toEqual([]);
  });
});
