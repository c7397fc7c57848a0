/**
 * `par-check check <file.xlsx|folder>… [--criteria <id|path.json>] [--sheet <name>] [--json] [--lang vi|en]`
 *
 * Steps, kept apart so that further outputs (a ranking workbook, annotated copies) slot in:
 * parse the command line → resolve the set → collect files → check each (checkFiles) → outputs.
 */
import { HELP_OPTION, bilingual, parseArgs, type OptionSpec, type ParsedArgs } from '../args';
import type { CliCommand, CliIO } from '../command';
import { createRegistry } from '../../engine/criteria/registry';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { Lang } from '../../engine/findings/finding';
import { resolveCriteria } from '../criteria-option';
import { checkFiles, exitStatus, type CheckFilesHooks, type FileCheck } from '../check/check-files';
import { collectFiles } from '../check/collect-files';
import { buildReport } from '../check/json-report';
import { formatFileText, formatSummaryText } from '../check/text-report';

export const checkOptions: OptionSpec[] = [
  HELP_OPTION,
  { name: 'criteria', takesValue: true },
  { name: 'sheet', takesValue: true },
  { name: 'json', takesValue: false },
  { name: 'lang', takesValue: true },
];

const help = `Cách dùng: par-check check <tệp.xlsx | thư mục>… [tùy chọn]

Kiểm tra biểu tự đánh giá, chấm điểm Chỉ số CCHC: đọc điểm, tính tổng và chỉ số, liệt kê lỗi.
Có thể đưa nhiều tệp và thư mục (tìm mọi tệp .xlsx trong thư mục con, bỏ qua tệp khóa "~$…").

Tùy chọn:
  --criteria <mã|tệp.json>  Dùng bộ tiêu chí này (mã như "mau-so-nganh-2024", "mã@phiên bản",
                            hoặc đường dẫn tệp .json). Mặc định: theo khai báo trên biểu hoặc
                            bộ khớp nhất. Xem các bộ có sẵn: par-check sets
  --sheet <tên>             Kiểm tra sheet này thay vì tự tìm biểu chấm điểm.
  --json                    In báo cáo JSON (định dạng par-check-report/1) thay cho bảng.
  --lang vi|en              Ngôn ngữ của kết quả (mặc định vi).
  -h, --help                Hiện hướng dẫn này.

Mã thoát: 0 không có lỗi; 1 có lỗi trong biểu; 2 có tệp không đọc được hoặc lệnh sai.

Usage: par-check check <file.xlsx | folder>… [options]

Checks PAR Index self-assessment scoresheets: reads the scores, computes totals and indices,
lists the problems. Several files and folders may be given (folders are searched recursively
for .xlsx files; Excel "~$…" lock files are skipped).

Options:
  --criteria <id|file.json> Use this criteria set (an id such as "mau-so-nganh-2024", "id@version",
                            or the path of a .json file). Default: the set declared on the sheet or
                            the best-fitting one. List the bundled sets: par-check sets
  --sheet <name>            Check this sheet instead of finding the scoresheet.
  --json                    Print the JSON report (format par-check-report/1) instead of tables.
  --lang vi|en              Language of the output (default vi).
  -h, --help                Show this help.

Exit status: 0 no errors; 1 errors in a sheet; 2 a file could not be read or a wrong command line.
`;

export interface CheckRun {
  args: ParsedArgs;
  lang: Lang;
  sets: CriteriaSet[];
  criteria?: CriteriaSet;
}

/** Command line → what to run, or the exit status of a wrong command line (message written). */
export async function prepareCheck(argv: string[], io: CliIO, options: OptionSpec[] = checkOptions): Promise<CheckRun | number> {
  const parsed = parseArgs(argv, options, 'check');
  if (!parsed.ok) {
    io.stderr(bilingual(parsed.problem));
    return 2;
  }
  const args = parsed.args;
  if (args.flags.has('help')) {
    io.stdout(help);
    return 0;
  }
  const lang = args.values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') {
    io.stderr(bilingual({
      vi: `Ngôn ngữ "${lang}" không hỗ trợ: dùng --lang vi hoặc --lang en.`,
      en: `Language "${lang}" is not supported: use --lang vi or --lang en.`,
    }));
    return 2;
  }
  if (args.positional.length === 0) {
    io.stderr(bilingual({
      vi: 'Chưa có tệp cần kiểm tra. Ví dụ: par-check check bieu-cham-diem.xlsx (xem: par-check check --help)',
      en: 'No file to check. Example: par-check check scoresheet.xlsx (see: par-check check --help)',
    }));
    return 2;
  }
  const registry = createRegistry();
  let criteria: CriteriaSet | undefined;
  if (args.values.criteria !== undefined) {
    const chosen = await resolveCriteria(args.values.criteria, io.cwd, registry);
    if (!chosen.ok) {
      io.stderr(bilingual(chosen.problem));
      return 2;
    }
    criteria = chosen.set;
    registry.add(criteria);
  }
  return { args, lang, sets: registry.list(), criteria };
}

/** Check every file of the run; progress goes to a terminal's stderr only. */
export async function runChecks(run: CheckRun, io: CliIO, hooks: CheckFilesHooks = {}): Promise<FileCheck[]> {
  const inputs = await collectFiles(run.args.positional, io.cwd);
  const progress = io.stderrIsTTY && inputs.length > 1;
  const checks = await checkFiles(
    inputs,
    { sets: run.sets, criteria: run.criteria, sheetName: run.args.values.sheet, lang: run.lang },
    {
      ...hooks,
      onProgress: (done, total, file) => {
        if (progress) io.stderr(`\r\x1b[K[${done}/${total}] ${file}${done === total ? '\n' : ''}`);
        hooks.onProgress?.(done, total, file);
      },
    },
  );
  return checks;
}

/** The report on stdout: JSON, or text per file plus a summary line when there are several. */
export function writeReport(checks: FileCheck[], run: CheckRun, io: CliIO): void {
  const report = buildReport(checks, run.lang);
  if (run.args.flags.has('json')) {
    io.stdout(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  io.stdout(checks.map((c) => formatFileText(c, run.lang)).join('\n'));
  if (checks.length > 1) io.stdout('\n' + formatSummaryText(report, run.lang));
}

export const command: CliCommand = {
  name: 'check',
  summary: 'Kiểm tra, chấm điểm biểu tự đánh giá / Check and score self-assessment scoresheets',
  help,
  async run(argv, io) {
    const run = await prepareCheck(argv, io);
    if (typeof run === 'number') return run;
    const checks = await runChecks(run, io);
    writeReport(checks, run, io);
    return exitStatus(checks);
  },
};
