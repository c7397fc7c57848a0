/**
 * `--criteria <id|path.json>`: a bundled set by id (optionally "id@version"), or a set file.
 * Reading a file needs fs, which is why this lives in the CLI and not in the engine registry.
 */
import { MAX_SET_FILE_BYTES, readRegularFile } from './check/size-guard';
import * as path from 'path';
import type { CriteriaSet } from '../engine/criteria/schema';
import type { CriteriaRegistry } from '../engine/criteria/set-registry';
import type { Bilingual, Lang } from '../engine/text/lang';

export type CriteriaChoice = { ok: true; set: CriteriaSet } | { ok: false; problem: Bilingual };

function looksLikePath(value: string): boolean {
  return /\.json$/i.test(value) || value.includes('/') || value.includes('\\');
}

export async function resolveCriteria(value: string, cwd: string, registry: CriteriaRegistry): Promise<CriteriaChoice> {
  if (looksLikePath(value)) return readSetFile(path.resolve(cwd, value), value);
  const [id, version] = value.split('@');
  const set = registry.get(id, version || undefined);
  if (set) return { ok: true, set };
  const known = registry.list().map((s) => `${s.id}@${s.version}`).join(', ');
  const what = version ? `${id}, phiên bản ${version}` : id;
  const whatEn = version ? `${id}, version ${version}` : id;
  return {
    ok: false,
    problem: {
      vi: `Không có bộ tiêu chí "${what}". Các bộ có sẵn: ${known}. Xem danh sách: par-check sets; hoặc chỉ đường dẫn tệp .json của bộ tiêu chí.`,
      en: `There is no criteria set "${whatEn}". Available: ${known}. List them with: par-check sets; or give the path of a criteria-set .json file.`,
    },
  };
}

async function readSetFile(file: string, shown: string): Promise<CriteriaChoice> {
  let text: string;
  // Only a regular file, at most 10 MB (a FIFO would hang, /dev/zero never end).
  const read = await readRegularFile(file, shown, MAX_SET_FILE_BYTES);
  if (read.ok) text = read.data.toString('utf8');
  else if (read.problem) return { ok: false, problem: read.problem };
  else {
    return {
      ok: false,
      problem: {
        vi: `Không đọc được tệp bộ tiêu chí "${shown}" (không tồn tại hoặc không có quyền đọc). Kiểm tra lại đường dẫn.`,
        en: `Cannot read the criteria-set file "${shown}" (missing or not readable). Check the path.`,
      },
    };
  }
  // The schema (zod) is loaded only here, when a set file is given: a check with a bundled set
  // never builds it (the bundled sets are validated by the build, scripts/build-cli.js).
  const { loadCriteriaSetText } = await import('../engine/criteria/validate');
  const loaded = loadCriteriaSetText(text);
  if (loaded.ok) return loaded;
  const shownProblems = loaded.problems.slice(0, 10);
  const more = loaded.problems.length - shownProblems.length;
  const list = (lang: Lang) =>
    shownProblems.map((p) => `  - ${p.path ? p.path + ': ' : ''}${p.message[lang]}`).join('\n') +
    (more > 0 ? (lang === 'vi' ? `\n  … và ${more} lỗi khác` : `\n  … and ${more} more`) : '');
  return {
    ok: false,
    problem: {
      vi: `Tệp bộ tiêu chí "${shown}" không hợp lệ (${loaded.problems.length} lỗi). Sửa các lỗi sau rồi chạy lại (kiểm tra bằng: par-check validate-set ${shown}):\n${list('vi')}`,
      en: `The criteria-set file "${shown}" is not valid (${loaded.problems.length} problems). Fix these and run again (check with: par-check validate-set ${shown}):\n${list('en')}`,
    },
  };
}
