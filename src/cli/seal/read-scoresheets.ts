/**
 * One workbook read and checked for `seal`, `verify` and `compare`: its bytes and the results of
 * its scoresheets, checked exactly as `check` checks them (same reader, same set choice), so a
 * seal made here and the checks of a batch see the same cells.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { CheckResult } from '../../engine/check-result';
import { cliRegistry } from '../bundled-sets';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { checkOneFile } from '../check/check-files';
import { resolveCriteria } from '../criteria-option';

export interface CriteriaOptions {
  /** Every set to choose from (bundled, plus those given). */
  sets: CriteriaSet[];
  /** The sets given with --criteria, in order. */
  given: CriteriaSet[];
}

/** --criteria values → the sets, or the problem with one of them. */
export async function criteriaOptions(values: string[], cwd: string): Promise<CriteriaOptions | { problem: Bilingual }> {
  const registry = await cliRegistry();
  const given: CriteriaSet[] = [];
  for (const value of values) {
    const chosen = await resolveCriteria(value, cwd, registry);
    if (!chosen.ok) return { problem: chosen.problem };
    given.push(chosen.set);
    registry.add(chosen.set);
  }
  return { sets: registry.list(), given };
}

export type ReadScoresheets =
  | { ok: true; bytes: Buffer; results: CheckResult[] }
  | { ok: false; problem: Bilingual };

/**
 * The file's scoresheets checked (`criteria`: the set forced for all of them). Fails with a
 * sentence when the file cannot be read or holds no scoresheet.
 */
export async function readScoresheets(
  file: string,
  cwd: string,
  options: { sets: CriteriaSet[]; criteria?: CriteriaSet; sheetName?: string; lang: Lang },
): Promise<ReadScoresheets> {
  const abs = path.resolve(cwd, file);
  const { checks } = await checkOneFile({ file, path: abs }, { sets: options.sets, criteria: options.criteria, sheetName: options.sheetName, lang: options.lang }, { needWorkbook: false });
  const first = checks[0];
  if (first?.problem) return { ok: false, problem: first.problem };
  if (first?.reply) {
    return {
      ok: false,
      problem: {
        vi: `Tệp "${file}" là bảng đề nghị giải trình đơn vị gửi lại, không phải biểu chấm điểm.`,
        en: `"${file}" is an explanation-requests workbook sent back by a unit, not a scoresheet.`,
      },
    };
  }
  const results = checks.map((c) => c.result).filter((r): r is CheckResult => r !== null && r.parsed !== null);
  if (results.length === 0) {
    return {
      ok: false,
      problem: {
        vi: `Không tìm thấy biểu chấm điểm trong tệp "${file}" (cần dòng tiêu đề có cột mã tiêu chí và điểm). Kiểm tra lại tệp bằng: par-check check "${file}"`,
        en: `No scoresheet found in "${file}" (a header row with the item code and score columns is needed). Check the file with: par-check check "${file}"`,
      },
    };
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return {
      ok: false,
      problem: {
        vi: `Không đọc được tệp "${file}" (${code}). Kiểm tra tệp có tồn tại và bạn có quyền đọc.`,
        en: `Cannot read the file "${file}" (${code}). Check that it exists and is readable.`,
      },
    };
  }
  return { ok: true, bytes, results };
}
