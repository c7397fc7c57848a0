/**
 * `par-check import-set <official-template.xlsx> --id <id> --year <yyyy> --level <level> …`:
 * a criteria set from a province's own template sheet (issue 5). Prints what could not be read
 * item by item and the sums that do not add up; writes pretty JSON to --out (or to standard
 * output, the report then going to standard error). Exit 0 ok, 1 refused, 2 bad command line
 * or unreadable file.
 */
import { resolve } from 'node:path';
import type { UnitLevel } from '../../engine/criteria/schema';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { buildSetFromSheet, type ImportMeta } from '../../engine/import/build-set';
import { importReportSections, sectionsToText } from '../../engine/import/report-text';
import { readSheet } from '../../engine/layout/read-sheet';
import type { ParsedSheet } from '../../engine/layout/parsed-sheet';
import { openWorkbook } from '../../file/open-workbook';
import type { CliCommand, CliIO } from '../command';
import { COMMAND_SUMMARIES } from './summaries';
import { terminalSafe } from '../terminal-text';
import { readRegularFile } from '../check/size-guard';
import { writeOutput } from '../write-output';

const LEVELS: Record<string, UnitLevel> = {
  province: 'province', tinh: 'province',
  ministry: 'ministry', bo: 'ministry',
  department: 'department', so: 'department', nganh: 'department',
  district: 'district', huyen: 'district',
  commune: 'commune', xa: 'commune',
  other: 'other', khac: 'other',
};

const help = `Cách dùng: par-check import-set <biểu-mẫu.xlsx> --id <mã> --year <năm> --level <cấp> [tùy chọn]

Tạo bộ tiêu chí (.json, định dạng par-criteria/1) từ biểu mẫu chấm điểm chính thức của tỉnh:
mã, tên, điểm tối đa và cách tính điểm của từng tiêu chí. In ra các cách tính điểm không đọc
được (theo từng tiêu chí) và các tổng điểm không khớp.

  --id <mã>          mã bộ tiêu chí, chỉ gồm a-z, 0-9 và "-" (ví dụ: ha-nam-so-2025)
  --year <năm>       năm đánh giá (ví dụ: 2025)
  --level <cấp>      province|ministry|department|district|commune|other
                     (hoặc tinh|bo|so|huyen|xa|khac)
  --sheet <tên>      sheet chứa biểu mẫu (mặc định: sheet có nhiều dòng tiêu chí nhất)
  --version <v>      phiên bản (mặc định: <năm>.1)
  --title <tên>      tên bộ tiêu chí (mặc định: dòng tiêu đề của biểu mẫu)
  --scale <điểm>     tổng điểm tối đa (mặc định: tổng các lĩnh vực, không tính điểm thưởng/trừ)
  --out <tệp.json>   nơi ghi bộ tiêu chí (mặc định: in ra màn hình, báo cáo ghi ra stderr)
  --force            vẫn ghi bộ tiêu chí khi còn lỗi, đánh dấu "draft": true
  --lang vi|en       ngôn ngữ của báo cáo (mặc định: vi)
Mã thoát: 0 thành công, 1 bộ tiêu chí bị từ chối vì còn lỗi, 2 dòng lệnh sai hoặc không đọc được tệp.

Usage: par-check import-set <template.xlsx> --id <id> --year <yyyy> --level <level> [options]

Builds a criteria set (.json, format par-criteria/1) from a province's official scoring template:
code, title, max and scoring text of every item. Prints the scoring texts it could not read
(item by item) and the sums that do not add up.

  --id <id>          set id, only a-z, 0-9 and "-" (e.g. ha-nam-so-2025)
  --year <yyyy>      assessment year
  --level <level>    province|ministry|department|district|commune|other
  --sheet <name>     sheet holding the template (default: the one with most item rows)
  --version <v>      version (default: <year>.1)
  --title <text>     title of the set (default: the template's title line)
  --scale <points>   total max (default: sum of the areas, bonus/penalty left out)
  --out <set.json>   where to write the set (default: standard output, the report on stderr)
  --force            write the set even when it breaks the format rules, marked "draft": true
  --lang vi|en       language of the report (default: vi)
Exit status: 0 done, 1 the set was refused, 2 wrong command line or unreadable file.
`;

interface Options {
  file: string;
  sheet?: string;
  out?: string;
  lang: Lang;
  meta: ImportMeta;
}

type ParsedArgs = { help: true } | { help: false; options: Options } | { help: false; error: Bilingual };

export function parseImportArgs(args: string[]): ParsedArgs {
  const values: Record<string, string> = {};
  const files: string[] = [];
  let force = false;
  const takesValue = new Set(['--id', '--year', '--level', '--sheet', '--version', '--title', '--out', '--scale', '--lang']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') return { help: true };
    if (a === '--force') force = true;
    else if (takesValue.has(a)) {
      if (i + 1 >= args.length) return bad(`Thiếu giá trị sau ${a}.`, `${a} needs a value.`);
      values[a] = args[++i];
    } else if (a.startsWith('--') && a.includes('=') && takesValue.has(a.slice(0, a.indexOf('=')))) {
      values[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
    } else if (a.startsWith('-')) return bad(`Không biết tùy chọn ${a}. Xem par-check import-set --help.`, `Unknown option ${a}. See par-check import-set --help.`);
    else files.push(a);
  }
  if (files.length !== 1) {
    return bad('Cần đúng một tệp biểu mẫu .xlsx, ví dụ: par-check import-set bieu-mau.xlsx --id ha-nam-so-2025 --year 2025 --level department.',
      'Give exactly one .xlsx template, e.g. par-check import-set template.xlsx --id ha-nam-so-2025 --year 2025 --level department.');
  }
  const id = values['--id'];
  if (!id) return bad('Thiếu --id (mã bộ tiêu chí, ví dụ --id ha-nam-so-2025).', 'Missing --id (the set id, e.g. --id ha-nam-so-2025).');
  if (!/^[a-z0-9-]+$/.test(id)) {
    return bad(`Mã "${id}" không hợp lệ: chỉ dùng chữ thường a-z không dấu, số 0-9 và "-" (ví dụ ha-nam-so-2025).`,
      `The id "${id}" is not valid: use only lower-case a-z, 0-9 and "-" (e.g. ha-nam-so-2025).`);
  }
  const yearText = values['--year'];
  const year = Number(yearText);
  if (!yearText || !/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) {
    return bad('Thiếu hoặc sai --year: ghi năm đánh giá 4 chữ số, ví dụ --year 2025.', 'Missing or wrong --year: give the assessment year in 4 digits, e.g. --year 2025.');
  }
  const level = LEVELS[(values['--level'] ?? '').toLowerCase()];
  if (!level) {
    return bad('Thiếu hoặc sai --level: ghi một trong province, ministry, department, district, commune, other (hoặc tinh, bo, so, huyen, xa, khac).',
      'Missing or wrong --level: give one of province, ministry, department, district, commune, other.');
  }
  let scale: number | undefined;
  if (values['--scale'] !== undefined) {
    scale = Number(values['--scale'].replace(',', '.'));
    if (!Number.isFinite(scale) || scale <= 0) return bad('--scale phải là số dương, ví dụ --scale 100.', '--scale must be a positive number, e.g. --scale 100.');
  }
  const lang = values['--lang'] ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') return bad('--lang chỉ nhận vi hoặc en.', '--lang takes vi or en.');
  return {
    help: false,
    options: {
      file: files[0],
      sheet: values['--sheet'],
      out: values['--out'],
      lang,
      meta: {
        id, year, unitLevel: level,
        ...(values['--version'] ? { version: values['--version'] } : {}),
        ...(values['--title'] ? { title: values['--title'] } : {}),
        ...(scale !== undefined ? { scale } : {}),
        force,
      },
    },
  };
}

function bad(vi: string, en: string): ParsedArgs {
  return { help: false, error: { vi, en } };
}

function say(io: CliIO, m: Bilingual): void {
  io.stderr(`${terminalSafe(m.vi)}\n${terminalSafe(m.en)}\n`);
}

/** The sheet to import: the one named, else the one whose rows read as the most items. */
async function readTemplate(bytes: Uint8Array, sheet: string | undefined): Promise<{ parsed: ParsedSheet } | { error: Bilingual }> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return { error: opened.problem };
  const wb = opened.workbook;
  const names = (await wb.listSheets()).map((s) => s.name);
  if (sheet !== undefined && !names.includes(sheet)) {
    const list = names.map((n) => `"${n}"`).join(', ');
    return { error: { vi: `Không có sheet "${sheet}". Các sheet trong tệp: ${list}.`, en: `There is no sheet "${sheet}". Sheets in the file: ${list}.` } };
  }
  let best: ParsedSheet | null = null;
  for (const name of sheet !== undefined ? [sheet] : names) {
    const parsed = readSheet(await wb.readGrid(name));
    if (parsed && (!best || itemRows(parsed) > itemRows(best))) best = parsed;
  }
  if (!best || itemRows(best) === 0) {
    const where = sheet !== undefined ? `sheet "${sheet}"` : 'tệp';
    return {
      error: {
        vi: `Không tìm thấy biểu mẫu chấm điểm trong ${where}: cần một dòng tiêu đề cột (STT, Tiêu chí, Điểm tối đa…) và các dòng có mã tiêu chí. Chọn đúng sheet bằng --sheet.`,
        en: `No scoring template found in the ${sheet !== undefined ? `sheet "${sheet}"` : 'file'}: a header row (STT, Tiêu chí, Điểm tối đa…) and rows with item codes are needed. Pick the sheet with --sheet.`,
      },
    };
  }
  return { parsed: best };
}

function itemRows(p: ParsedSheet): number {
  return p.rows.filter((r) => r.kind === 'item' && r.code).length;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsedArgs = parseImportArgs(args);
  if (parsedArgs.help) {
    io.stdout(help);
    return 0;
  }
  if ('error' in parsedArgs) {
    say(io, parsedArgs.error);
    return 2;
  }
  const { file, sheet, out, lang, meta } = parsedArgs.options;
  // Only a regular file within the size limit (a FIFO or /dev/zero is refused unread).
  const read = await readRegularFile(resolve(io.cwd, file), file);
  if (!read.ok) {
    say(io, read.problem ?? { vi: `Không mở được tệp "${file}" (${read.code}): kiểm tra đường dẫn và quyền đọc.`, en: `Cannot open "${file}" (${read.code}): check the path and read permission.` });
    return 2;
  }
  const bytes: Uint8Array = read.data;
  const template = await readTemplate(bytes, sheet);
  if ('error' in template) {
    say(io, template.error);
    return 2;
  }
  const { set, report } = buildSetFromSheet(template.parsed, meta);
  const reportText = sectionsToText(importReportSections(report, lang));
  const json = JSON.stringify(set, null, 2) + '\n';
  // Without --out the set goes to standard output, so the report must not mix with it.
  const printReport = out ? io.stdout : io.stderr;
  // The report quotes the template's texts: control characters in them are shown escaped.
  printReport(terminalSafe(reportText));
  if (!report.ok) return 1;
  if (!out) {
    io.stdout(json);
    return 0;
  }
  const problem = await writeOutput(resolve(io.cwd, out), out, json);
  if (problem) {
    say(io, problem);
    return 2;
  }
  io.stdout(lang === 'vi' ? `Đã ghi ${out}.\n` : `Wrote ${out}.\n`);
  return 0;
}

export const command: CliCommand = {
  name: 'import-set',
  summary: COMMAND_SUMMARIES['import-set'],
  help,
  run,
};
