/**
 * Checks the boundary records as a whole: no code twice, every area under an existing parent,
 * the expected number of areas at each level, and every study village present under its name.
 */
import { parentCode, type AdminLevel, type BoundaryRecord } from "./boundary-record.ts";
import { DataError } from "./data-error.ts";
import type { RawBoundariesManifest, StudyArea } from "./manifests.ts";

const PARENT_LEVEL: Record<AdminLevel, AdminLevel | undefined> = {
  province: undefined,
  regency: "province",
  district: "regency",
  village: "district",
};

export function validateBoundaries(
  records: BoundaryRecord[],
  expectedCounts: RawBoundariesManifest["expectedCounts"],
  studyArea: StudyArea,
): void {
  const byCode = new Map<string, BoundaryRecord>();
  for (const r of records) {
    const seen = byCode.get(r.code);
    if (seen) {
      throw new DataError(
        { file: r.file, line: r.line, code: r.code },
        `duplicate code: already defined at ${seen.file}:${seen.line} (${seen.name})`,
      );
    }
    byCode.set(r.code, r);
  }

  for (const r of records) {
    const parentLevel = PARENT_LEVEL[r.level];
    if (!parentLevel) continue;
    const parent = byCode.get(parentCode(r.code)!);
    if (!parent || parent.level !== parentLevel) {
      throw new DataError(
        { file: r.file, line: r.line, code: r.code },
        `unknown code: no ${parentLevel} ${parentCode(r.code)} exists for this ${r.level} (${r.name})`,
      );
    }
  }

  for (const e of expectedCounts) {
    const matching = records.filter((r) => r.level === e.level && (e.within === "" || r.code.startsWith(`${e.within}.`)));
    if (matching.length !== e.count) {
      const files = [...new Set(records.filter((r) => r.level === e.level).map((r) => r.file))];
      throw new DataError(
        { file: files.join(", ") || `(no ${e.level} file)` },
        `expected ${e.count} ${e.what} but found ${matching.length}`,
      );
    }
  }

  const villageFiles = [...new Set(records.filter((r) => r.level === "village").map((r) => r.file))].join(", ");
  for (const v of [...studyArea.villages, { ...studyArea.civilRegistry, district: parentCode(studyArea.civilRegistry.code)! }]) {
    const r = byCode.get(v.code);
    if (!r) {
      throw new DataError({ file: villageFiles, code: v.code }, `missing study village ${v.dataName}: no row has this code`);
    }
    if (r.name !== v.dataName || parentCode(r.code) !== v.district) {
      throw new DataError(
        { file: r.file, line: r.line, code: r.code },
        `study village is named '${r.name}' here but data/study-area.json expects '${v.dataName}' in ${v.district}`,
      );
    }
  }
}
