/**
 * `npm run data` fed broken raw input: each case must stop with one message naming the file,
 * the row's code or line and the problem, and leave the previous artifacts untouched.
 * Each case runs the real command over a copy of the real dumps with one defect put in.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const sharedData = process.env.RAW_DATA_DIR ?? path.resolve(root, "../shared/data");
const manifest = JSON.parse(readFileSync(path.join(root, "data/raw-boundaries.json"), "utf8"));

const KAB = "db/kab/wilayah_boundaries_kab_53.sql";
const KEC = "db/kec/wilayah_boundaries_kec_53.sql";
const KEL = "db/kel/53/wilayah_boundaries_kel_53.02.sql";

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "pipeline-errors-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  outDir: string;
}

/** Copies the raw data, applies `edit` to one file, and runs the pipeline on it. */
async function runWithDefect(
  name: string,
  file: string,
  edit: (text: string) => string,
  options: { keepPins?: boolean } = {},
): Promise<Outcome> {
  const dir = path.join(work, name);
  const raw = path.join(dir, "raw");
  cpSync(path.join(sharedData, "wilayah_boundaries"), path.join(raw, "wilayah_boundaries"), { recursive: true });
  const target = path.join(raw, "wilayah_boundaries", file);
  const before = readFileSync(target, "utf8");
  const after = edit(before);
  expect(after, "the defect must change the file").not.toBe(before);
  writeFileSync(target, after);
  // Re-pin the edited file so the defect, not the checksum, is what the pipeline meets.
  const pins = options.keepPins
    ? manifest
    : {
        ...manifest,
        files: manifest.files.map((f: { path: string }) =>
          f.path === file ? { ...f, sha256: createHash("sha256").update(after).digest("hex") } : f,
        ),
      };
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(pins));
  return runPipeline(dir, { RAW_DATA_DIR: raw, RAW_MANIFEST: path.join(dir, "manifest.json") });
}

async function runPipeline(dir: string, env: Record<string, string>): Promise<Outcome> {
  const outDir = path.join(dir, "geo");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "manifest.json"), "previous artifacts");
  try {
    const r = await run(process.execPath, [path.join(root, "scripts/data.ts")], {
      cwd: root,
      env: { ...process.env, ...env, GEO_OUT_DIR: outDir },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr, outDir };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, outDir };
  }
}

function expectFailure(o: Outcome, file: string, message: RegExp): void {
  expect(o.code).toBe(1);
  const lines = o.stderr.trim().split("\n");
  expect(lines, o.stderr).toHaveLength(1);
  expect(lines[0]).toContain(path.basename(file));
  expect(lines[0]).toMatch(message);
  expect(readFileSync(path.join(o.outDir, "manifest.json"), "utf8")).toBe("previous artifacts");
}

/** Replaces the first match only, failing loudly if the fixture text is not there. */
const replaceOnce = (text: string, from: string | RegExp, to: string): string => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture text not found: ${from}`);
  return next;
};

describe("npm run data on broken input", () => {
  it("a truncated statement", async () => {
    const o = await runWithDefect("truncated", KAB, (t) => t.slice(0, t.indexOf("('53.05'")).replace(/,\s*$/, ""));
    expectFailure(o, KAB, /wilayah_boundaries_kab_53\.sql:\d+: truncated statement/);
  });

  it("an unbalanced quote", async () => {
    const o = await runWithDefect("quote", KEL, (t) => replaceOnce(t, "'Kelle',", "'Kelle,"));
    expectFailure(o, KEL, /wilayah_boundaries_kel_53\.02\.sql:\d+.*quote/);
  });

  it("swapped coordinates (a point outside Indonesia)", async () => {
    const o = await runWithDefect("swapped", KEC, (t) =>
      replaceOnce(t, /('53\.02\.05','Amanuban Tengah',[^,]+,[^,]+,'\[\[)\[(-?[\d.]+),(-?[\d.]+)\]/, "$1[$3,$2]"),
    );
    expectFailure(o, KEC, /:\d+ \[53\.02\.05\]: .*outside Indonesia \(swapped coordinates\?\)/);
  });

  it("an unknown code (no such parent)", async () => {
    const o = await runWithDefect("unknown", KEL, (t) => replaceOnce(t, "('53.02.11.2008','Kelle'", "('53.02.99.2008','Kelle'"));
    expectFailure(o, KEL, /:\d+ \[53\.02\.99\.2008\]: unknown code: no district 53\.02\.99 exists/);
  });

  it("a malformed code", async () => {
    const o = await runWithDefect("malformed", KEC, (t) => replaceOnce(t, "('53.02.18','Oenino'", "('53.2.18','Oenino'"));
    expectFailure(o, KEC, /:\d+ \[53\.2\.18\]: malformed district code '53\.2\.18'/);
  });

  it("a duplicate code", async () => {
    const o = await runWithDefect("duplicate", KAB, (t) => replaceOnce(t, "('53.04','Kabupaten Belu'", "('53.03','Kabupaten Belu'"));
    expectFailure(o, KAB, /:\d+ \[53\.03\]: duplicate code: already defined at .*kab_53\.sql:\d+/);
  });

  it("a missing study village", async () => {
    const o = await runWithDefect("missing-village", KEL, (t) =>
      replaceOnce(t, "('53.02.11.2005','Basmuti'", "('53.02.11.2999','Basmuti'"),
    );
    expectFailure(o, KEL, /\[53\.02\.11\.2005\]: missing study village Basmuti/);
  });

  it("a non-numeric coordinate", async () => {
    const o = await runWithDefect("non-numeric", KEL, (t) =>
      replaceOnce(t, /('53\.02\.18\.2001','Neke',[^,]+,[^,]+,'\[\[\[)(-?[\d.]+)/, '$1"$2"'),
    );
    expectFailure(o, KEL, /:\d+ \[53\.02\.18\.2001\]: .*non-numeric coordinate/);
  });

  it("an unclosed ring", async () => {
    const o = await runWithDefect("unclosed", KEL, (t) =>
      replaceOnce(t, /('53\.02\.05\.2009','Bone',[^']+'\[\[\[.*?),\[[^\]]+\]\]\]'/, "$1]]'"),
    );
    expectFailure(o, KEL, /:\d+ \[53\.02\.05\.2009\]: .*not closed/);
  });

  it("a wrong sha256", async () => {
    const o = await runWithDefect("sha", KEC, (t) => t.replace("Kota Soe", "Kota SoE"), { keepPins: true });
    expectFailure(o, KEC, /sha256 is [0-9a-f]{64} but data\/raw-boundaries\.json pins/);
  });

  it("an empty file", async () => {
    const o = await runWithDefect("empty", KAB, () => "");
    expectFailure(o, KAB, /kab_53\.sql: the file is empty/);
  });

  it("a centroid given as a string", async () => {
    const o = await runWithDefect("centroid", KAB, (t) => replaceOnce(t, /('53\.01','Kabupaten Kupang',)(-?[\d.]+)/, "$1'$2'"));
    expectFailure(o, KAB, /\[53\.01\]: centroid lat\/lng must be numbers/);
  });

  it("no raw folder and no reachable upstream says what to do", async () => {
    const dir = path.join(work, "offline");
    const o = await runPipeline(dir, {
      RAW_DATA_DIR: path.join(dir, "does-not-exist"),
      RAW_DATA_BASE_URL: "http://127.0.0.1:9/{path}",
      RAW_CACHE_DIR: path.join(dir, "cache"),
    });
    expectFailure(o, "LICENSE", /download failed .*set RAW_DATA_DIR/);
  });
});

describe("npm run data without the raw folder", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    // A local mirror laid out like the upstream repository, standing in for the network.
    server = createServer((req, res) => {
      const file = path.join(sharedData, "wilayah_boundaries", decodeURIComponent(req.url ?? "/"));
      try {
        res.end(readFileSync(file));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (typeof address !== "object" || !address) throw new Error("no server address");
    base = `http://127.0.0.1:${address.port}/{path}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("downloads the pinned files, checks them and builds every layer", async () => {
    const dir = path.join(work, "download");
    const o = await runPipeline(dir, {
      RAW_DATA_DIR: path.join(dir, "absent"),
      RAW_DATA_BASE_URL: base,
      RAW_CACHE_DIR: path.join(dir, "cache"),
    });
    expect(o.stderr).toBe("");
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/not found, using the pinned upstream files/);
    expect(o.stdout.match(/raw data: downloaded /g)).toHaveLength(manifest.files.length);
    const written = JSON.parse(readFileSync(path.join(o.outDir, "manifest.json"), "utf8"));
    expect(Object.keys(written.files).sort()).toEqual(["countries", "districts", "provinces", "regencies", "villages"]);
  });
});
