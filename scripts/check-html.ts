/**
 * The Nu Html Checker (the `vnu-jar` package, run with Java) over every page in dist/: exits 1
 * listing each error with its page, line and message. Warnings are printed; they do not fail.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { builtPages } from "./dist-files.ts";

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

const dist = path.resolve(process.argv[2] ?? "dist");
const pages = builtPages(dist, "check-html");

const jar = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
// vnu writes its JSON report to stderr; --exit-zero-always so that only a failure to run is an exit code.
const run = spawnSync("java", ["-jar", jar, "--format", "json", "--exit-zero-always", ...pages], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  const missing = (run.error as NodeJS.ErrnoException).code === "ENOENT";
  console.error(
    missing
      ? "check-html: Java is missing: run `source scripts/install-java.sh` (Debian's default-jre-headless)"
      : `check-html: ${run.error.message}`,
  );
  process.exit(1);
}
let messages: VnuMessage[];
try {
  messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
} catch {
  console.error(`check-html: the Nu Html Checker did not report (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  process.exit(1);
}

const where = (m: VnuMessage): string =>
  `${path.relative(dist, new URL(m.url ?? "file:///?").pathname) || m.url}${m.lastLine ? `:${m.lastLine}` : ""}`;
// The checker's CSS validator predates container queries (Baseline since 2023): inline styles that
// use them (the one-file editions) are valid CSS it cannot read. Counted and named, not failed.
const isUnknownModernCss = (m: VnuMessage): boolean =>
  /^CSS: (“container(-type|-name)?”: Property .* doesn't exist|Unrecognized at-rule “@container”)/.test(m.message);
const errors = messages.filter((m) => m.type !== "info" && !isUnknownModernCss(m));
// Checked from file: URLs, every CSP 'self' source (and the hashed inline script) reads as a
// violation: those warnings are counted, not listed. The others are listed; they do not fail.
const warnings = messages.filter((m) => m.type === "info" && m.subType === "warning");
const isCspNoise = (m: VnuMessage): boolean => m.message.includes("violates Content Security Policy");
for (const m of warnings.filter((w) => !isCspNoise(w))) console.warn(`warning ${where(m)}: ${m.message}`);
for (const m of errors) console.error(`error ${where(m)}: ${m.message}`);
const modernCss = messages.filter(isUnknownModernCss).length;
console.log(
  `check-html: ${pages.length} pages, ${errors.length} errors, ${warnings.length} warnings (${warnings.filter(isCspNoise).length} of them CSP warnings of the file: origin)` +
    (modernCss ? `; ${modernCss} container-query rules the checker's CSS validator does not know` : ""),
);
if (errors.length > 0) process.exit(1);
