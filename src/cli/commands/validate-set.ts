/**
 * `par-check validate-set <set.json>`: says whether a criteria-set file follows
 * criteria-set.md and, when not, what is wrong and where (item code + JSON path, or the line of
 * a JSON syntax error). Exit 0 valid, 1 invalid, 2 bad command line or unreadable file.
 */
import { resolve } from 'node:path';
import { flattenItems, isLeaf } from '../../engine/criteria/tree';
import { loadCriteriaSetText } from '../../engine/criteria/validate';
import type { Lang } from '../../engine/text/lang';
import { setProblemLines } from '../../engine/import/report-text';
import { MAX_SET_FILE_BYTES, readRegularFile } from '../check/size-guard';
import type { CliCommand, CliIO } from '../command';
import { COMMAND_SUMMARIES } from './summaries';

const help = `Cách dùng: par-check validate-set <bộ-tiêu-chí.json> [--lang vi|en]

Kiểm tra tệp bộ tiêu chí theo định dạng par-criteria/1: mã không trùng, mã con nối tiếp mã cha,
điểm tối đa tiêu chí cha bằng tổng các tiêu chí con, tổng các lĩnh vực bằng thang điểm, quy tắc
chấm hợp lệ… Mỗi lỗi ghi rõ mã tiêu chí và vị trí trong tệp (đường dẫn JSON).
Mã thoát: 0 hợp lệ, 1 có lỗi, 2 dòng lệnh sai hoặc không đọc được tệp.

Usage: par-check validate-set <set.json> [--lang vi|en]

Checks a criteria-set file against the par-criteria/1 format: unique codes, child codes that
extend their parent's, parent max = sum of children, areas = scale, valid scoring rules…
Each problem names the item code and where it is in the file (JSON path).
Exit status: 0 valid, 1 problems found, 2 wrong command line or unreadable file.
`;

async function run(args: string[], io: CliIO): Promise<number> {
  const files: string[] = [];
  let lang: Lang = 'vi';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      io.stdout(help);
      return 0;
    }
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? args[++i] : a.slice('--lang='.length);
      if (v !== 'vi' && v !== 'en') return usage(io, '--lang chỉ nhận vi hoặc en.', '--lang takes vi or en.');
      lang = v;
    } else if (a.startsWith('-')) {
      return usage(io, `Không biết tùy chọn ${a}. Xem par-check validate-set --help.`, `Unknown option ${a}. See par-check validate-set --help.`);
    } else files.push(a);
  }
  if (files.length !== 1) {
    return usage(io, 'Cần đúng một tệp .json, ví dụ: par-check validate-set bo-tieu-chi.json.', 'Give exactly one .json file, e.g. par-check validate-set set.json.');
  }
  // Only a regular file, at most 10 MB (a FIFO would hang, /dev/zero never end).
  const read = await readRegularFile(resolve(io.cwd, files[0]), files[0], MAX_SET_FILE_BYTES);
  if (!read.ok && read.problem) return usage(io, read.problem.vi, read.problem.en);
  if (!read.ok) {
    return usage(io, `Không mở được tệp "${files[0]}" (${read.code}): kiểm tra đường dẫn và quyền đọc.`, `Cannot open "${files[0]}" (${read.code}): check the path and read permission.`);
  }
  const text = read.data.toString('utf8');
  const result = loadCriteriaSetText(text);
  const vi = lang === 'vi';
  if (!result.ok) {
    const n = result.problems.length;
    io.stdout(
      (vi ? `${files[0]}: ${n} lỗi, bộ tiêu chí chưa dùng được:\n` : `${files[0]}: ${n} problem(s), the set cannot be used:\n`) +
        setProblemLines(result.problems, lang).map((l) => `  - ${l}\n`).join(''),
    );
    return 1;
  }
  const set = result.set;
  const flat = flattenItems(set);
  const leaves = flat.filter((f) => isLeaf(f.item)).length;
  io.stdout(
    vi
      ? `${files[0]}: hợp lệ. Bộ tiêu chí ${set.id} (${set.version}), năm ${set.year}, ${flat.length} tiêu chí (${leaves} không có tiêu chí con), thang điểm ${String(set.scale).replace('.', ',')}.\n`
      : `${files[0]}: valid. Set ${set.id} (${set.version}), year ${set.year}, ${flat.length} items (${leaves} without children), scale ${set.scale}.\n`,
  );
  if (set.draft) {
    io.stdout(vi ? 'Lưu ý: đây là bản nháp ("draft": true) được tạo khi còn lỗi; rà soát lại trước khi dùng chính thức.\n'
      : 'Note: this is a draft ("draft": true) created despite problems; review it before official use.\n');
  }
  return 0;
}

function usage(io: CliIO, vi: string, en: string): number {
  io.stderr(`${vi}\n${en}\n`);
  return 2;
}

export const command: CliCommand = {
  name: 'validate-set',
  summary: COMMAND_SUMMARIES['validate-set'],
  help,
  run,
};
