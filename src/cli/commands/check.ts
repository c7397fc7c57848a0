/**
 * `par-check check <file.xlsx|folder>… [--criteria <id|path.json>]… [--sheet <name>] [--json] [--lang vi|en]
 *                  [--summary <results.xlsx>] [--annotate <folder>] [--survey <table.xlsx|csv>]
 *                  [--issuer <body>] [--place-date <line>]`
 *
 * Steps, kept apart: parse the command line → resolve the set → check the output options →
 * collect files → check each (checkFiles; flagged copies written as each file is done) →
 * the ranking workbook → the report.
 */
import { HELP_OPTION, bilingual, commandArgs, type OptionSpec, type ParsedArgs } from '../args';
import type { CliCommand, CliIO } from '../command';
import { COMMAND_SUMMARIES } from './summaries';
import { cliRegistry } from '../bundled-sets';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { Lang } from '../../engine/text/lang';
import { resolveCriteria } from '../criteria-option';
import { terminalSafe } from '../terminal-text';
import { prepareBatchOutputs, type BatchOutputs } from '../check/batch-outputs';
import { checkFiles, exitStatus, wholeForReplies, type CheckFilesHooks, type CheckFilesOptions } from '../check/check-files';
import type { FileCheck } from '../check/file-check';
import { collectFiles } from '../check/collect-files';
import type { KeptParts } from '../check/compact-result';
import { reportCounts, reportFile, runSeason, seasonEntries, writeReportJson } from '../check/json-report';
import type { Season } from '../../engine/results/season';
import { createProgress, type Progress } from '../check/progress';
import { formatRankingText } from '../check/ranking-text';
import { formatFileText, formatSummaryText, formatSurveyText } from '../check/text-report';
import { addContentHashes, applySurveyTable, loadSurveyTable } from '../check/survey-table';
import type { SurveyTableSummary } from '../../engine/results/tracking-sheets';
import type { UnitTable } from '../../engine/results/unit-table';
import { prepareRequestsOutput } from '../check/requests-output';
import { pairRepliesInRun } from '../check/requests-reply';
import { exemptionsNotices, exemptionsReport, exemptionsText, loadExemptions } from '../check/exemptions-option';
import type { ExemptionTable } from '../../engine/exemptions/table';
import type { PreviousYear } from '../../engine/compare/previous-year';
import { loadPrevious } from '../check/previous-option';
import { addSealStates, sealsByFile } from '../check/seal-states';
import { setFlagsFromString } from 'v8';

export const checkOptions: OptionSpec[] = [
  HELP_OPTION,
  { name: 'criteria', takesValue: true },
  { name: 'sheet', takesValue: true },
  { name: 'json', takesValue: false },
  { name: 'lang', takesValue: true },
  { name: 'summary', takesValue: true },
  { name: 'annotate', takesValue: true },
  { name: 'survey', takesValue: true },
  { name: 'issuer', takesValue: true },
  { name: 'place-date', takesValue: true },
  { name: 'requests', takesValue: true },
  { name: 'deadline', takesValue: true },
  { name: 'council', takesValue: true },
  { name: 'exemptions', takesValue: true },
  { name: 'force', takesValue: false },
  { name: 'previous', takesValue: true },
];

const help = `Cách dùng: par-check check <tệp.xlsx | thư mục>… [tùy chọn]

Kiểm tra biểu tự đánh giá, chấm điểm Chỉ số CCHC: đọc điểm, tính tổng và chỉ số, liệt kê lỗi.
Có thể đưa nhiều tệp và thư mục (tìm mọi tệp .xlsx trong thư mục con, bỏ qua tệp khóa "~$…").

Tùy chọn:
  --criteria <mã|tệp.json>  Dùng bộ tiêu chí này (mã như "mau-so-nganh-2024", "mã@phiên bản",
                            hoặc đường dẫn tệp .json). Mặc định: theo khai báo trên biểu hoặc
                            bộ khớp nhất. Xem các bộ có sẵn: par-check sets
                            Ghi nhiều lần (mỗi khối một bộ: sở ngành, huyện, xã): mỗi biểu được
                            so với các bộ này (và các bộ có sẵn) và nhận bộ khớp nhất.
  --survey <bảng.xlsx|csv>  Bảng điểm điều tra XHH: mỗi đơn vị một dòng (cột "Đơn vị", có thể
                            thêm cột "Tệp"), mỗi tiêu chí XHH một cột (mã "8.1") hoặc cả lĩnh vực
                            (mã "LV8"). Điểm dùng cho tiêu chí XHH còn trống trên biểu.
  --issuer <tên cơ quan>    Cơ quan ban hành in trên bảng kết quả (ví dụ "SỞ NỘI VỤ TỈNH …").
  --place-date <dòng>       Địa danh, ngày tháng in trên bảng kết quả (ví dụ "Hải Dương, ngày 15
                            tháng 01 năm 2025"). Không ghi: để dòng chấm để điền tay.
  --sheet <tên>             Kiểm tra sheet này thay vì tự tìm biểu chấm điểm.
  --json                    In báo cáo JSON (định dạng par-check-report/1) thay cho bảng.
  --lang vi|en              Ngôn ngữ của kết quả (mặc định vi).
  --summary <tệp.xlsx>      Ghi sổ kết quả: mỗi khối (bộ tiêu chí) một bảng "KQ …" (chỉ xếp hạng
                            đơn vị đã đủ điểm; đồng hạng khi chỉ số bằng nhau) và một bảng chỉ số
                            thành phần "LV …", in được trên A4; sheet "Chưa xếp hạng", "Theo dõi",
                            "Điểm XHH" (khi có --survey), "Phát hiện", "Đề nghị giải trình" và
                            một sheet cho mỗi đơn vị. Chỉ ghi đè sổ kết quả cũ của par-check;
                            tệp khác cùng tên cần thêm --force.
  --previous <sổ.xlsx|thư mục>  Kết quả năm trước: sổ kết quả năm trước (do --summary ghi) hoặc thư
                            mục biểu năm trước. Bảng kết quả và xếp hạng thêm chỉ số, hạng năm
                            trước và thay đổi hạng (↑ ↓ =).
  --force                   Cho --summary ghi đè tệp đã có dù không phải sổ kết quả của par-check.
  --annotate <thư mục>      Ghi vào thư mục này bản sao đã đánh dấu của từng tệp (cùng dấu như
                            add-in; gỡ bằng: par-check clear). Tệp gốc không bao giờ bị sửa;
                            hai tệp trùng tên thành "a.xlsx" và "a (2).xlsx". Thư mục được tạo
                            nếu chưa có; bản sao cũ cùng tên trong thư mục bị ghi đè.
  --requests <thư mục>      Ghi vào thư mục này một tệp "Đề nghị giải trình - <đơn vị>.xlsx" cho mỗi
                            đơn vị có tiêu chí bị hạ điểm hoặc thiếu tài liệu kiểm chứng, sẵn sàng
                            gửi (in trên A4). Đơn vị ghi giải trình vào tệp và gửi lại; kiểm tra
                            tệp gửi lại (một mình, hoặc cùng biểu của đơn vị để đưa giải trình vào
                            thẩm định lần 2): par-check check bieu.xlsx "Đề nghị giải trình - ….xlsx"
  --deadline <dd/mm/yyyy>   Hạn gửi giải trình ghi trên đề nghị (mặc định để trống cho ghi tay).
  --council <tên>           Tên cơ quan thẩm định ở tiêu đề và chỗ ký, ví dụ "Hội đồng thẩm định
                            Chỉ số CCHC tỉnh Hà Nam" (mặc định để dòng trống cho ghi tay).
  --exemptions <bảng.xlsx|csv>  Bảng miễn đánh giá do Sở Nội vụ chấp thuận: mỗi đơn vị một dòng
                            (cột "Đơn vị"), cột "Tiêu chí được miễn" ghi mã (như "3; 7.3") hoặc
                            mỗi mã một cột ("3", "LV3", "7.3") đánh "x". Tiêu chí ghi "Không áp
                            dụng" mà bảng không miễn thì bị cảnh báo; không có bảng thì mọi tiêu
                            chí "Không áp dụng" được liệt kê để xác nhận.
  -h, --help                Hiện hướng dẫn này.

Ví dụ: par-check check ho-so-2024/ --criteria bo-so.json --criteria bo-xa.json --survey xhh.xlsx --summary ket-qua.xlsx
       par-check check ho-so-2024/ --requests de-nghi --deadline 15/01/2025
Khi chạy trong cửa sổ dòng lệnh, thanh tiến độ hiện ở stderr.
Nhiều tệp được kiểm tra song song, mỗi lõi CPU một luồng; biến môi trường PAR_CHECK_WORKERS=<số>
đặt số luồng (0: kiểm tra lần lượt, không dùng luồng phụ).

Mã thoát: 0 không có lỗi; 1 có lỗi trong biểu; 2 có tệp không đọc được, không ghi được tệp kết
quả, hoặc lệnh sai.

Usage: par-check check <file.xlsx | folder>… [options]

Checks PAR Index self-assessment scoresheets: reads the scores, computes totals and indices,
lists the problems. Several files and folders may be given (folders are searched recursively
for .xlsx files; Excel "~$…" lock files are skipped).

Options:
  --criteria <id|file.json> Use this criteria set (an id such as "mau-so-nganh-2024", "id@version",
                            or the path of a .json file). Default: the set declared on the sheet or
                            the best-fitting one. List the bundled sets: par-check sets
                            Given several times (one set per block), each sheet is matched to
                            the best of them (and of the bundled sets).
  --survey <table.xlsx|csv> Survey points table: one row per unit ("Đơn vị" column, optionally
                            "Tệp"), one column per survey item ("8.1") or area ("LV8"). Points
                            are used for survey items left blank on the sheet.
  --issuer <body>           Issuing body printed on the results tables.
  --place-date <line>       Place and date line printed on the results tables (default: dotted).
  --sheet <name>            Check this sheet instead of finding the scoresheet.
  --json                    Print the JSON report (format par-check-report/1) instead of tables.
  --lang vi|en              Language of the output (default vi).
  --summary <file.xlsx>     Write the results workbook: per block (criteria set) an official
                            results table "KQ …" (only complete results ranked; ties share a rank)
                            and a component index table "LV …", printable on A4; the sheets
                            "Chưa xếp hạng" (not ranked), "Theo dõi" (tracking), "Điểm XHH" (with
                            --survey), "Phát hiện", "Đề nghị giải trình" and one sheet per unit.
                            Replaces only an earlier results workbook of par-check; any other
                            file of that name needs --force.
  --previous <results.xlsx|folder>  Last year's results workbook (written by --summary) or folder
                            of last year's sheets: the results tables and the ranking add last
                            year's index, rank and the change of rank (↑ ↓ =).
  --force                   Let --summary overwrite an existing file that is not a results workbook.
  --annotate <folder>       Write a flagged copy of each workbook into this folder (the add-in's
                            marks; remove them with: par-check clear). Originals are never
                            changed; two files of the same name become "a.xlsx" and "a (2).xlsx".
                            The folder is created if needed; older copies of the same name are
                            overwritten.
  --requests <folder>       Write into this folder one "Explanation requests - <unit>.xlsx" (in the
                            --lang language) for each unit with items lowered or lacking evidence,
                            ready to send (prints on A4). The unit writes its answers in it and
                            sends it back; check the returned file alone, or beside the unit's
                            scoresheet to carry the answers into round two.
  --deadline <dd/mm/yyyy>   Deadline for the answers, printed on the requests (default: left blank).
  --council <name>          The appraising body in the heading and the signature block (default:
                            a line to fill in by hand).
  --exemptions <table.xlsx|csv>  Exemptions granted by the Department of Home Affairs: one row per
                            unit ("Đơn vị" column), a "Tiêu chí được miễn" column of codes ("3; 7.3")
                            or one column per code ("3", "LV3", "7.3") marked "x". A "Không áp
                            dụng" (N/A) the table does not grant is warned about; without a table
                            every N/A is listed for confirmation.
  -h, --help                Show this help.

Example: par-check check files-2024/ --summary ranking.xlsx --annotate flagged
         par-check check files-2024/ --requests requests --deadline 15/01/2025
In a terminal, a progress bar is shown on stderr.
Several files are checked in parallel, one worker thread per CPU core; the environment variable
PAR_CHECK_WORKERS=<n> sets how many (0: one after the other, no worker threads).

Exit status: 0 no errors; 1 errors in a sheet; 2 a file could not be read, an output could not be
written, or a wrong command line.
`;

export interface CheckRun {
  args: ParsedArgs;
  lang: Lang;
  sets: CriteriaSet[];
  /** One --criteria: that set is used for every sheet. Several: they join the sets to choose from. */
  criteria?: CriteriaSet;
  /** --survey, read before any workbook. */
  survey?: UnitTable;
  /** --exemptions, read before any workbook. */
  exemptions?: ExemptionTable;
  /** --previous: last year's index and rank per unit. */
  previous?: PreviousYear;
}

/** Command line → what to run, or the exit status of a wrong command line (message written). */
export async function prepareCheck(argv: string[], io: CliIO, options: OptionSpec[] = checkOptions): Promise<CheckRun | number> {
  const args = commandArgs(argv, options, 'check', help, io);
  if (typeof args === 'number') return args;
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
  const registry = await cliRegistry();
  const given: CriteriaSet[] = [];
  for (const value of args.all.criteria ?? []) {
    const chosen = await resolveCriteria(value, io.cwd, registry);
    if (!chosen.ok) {
      io.stderr(bilingual(chosen.problem));
      return 2;
    }
    given.push(chosen.set);
    registry.add(chosen.set);
  }
  let survey: UnitTable | undefined;
  if (args.values.survey !== undefined) {
    const loaded = await loadSurveyTable(args.values.survey, io.cwd);
    if ('problem' in loaded) {
      io.stderr(bilingual(loaded.problem));
      return 2;
    }
    survey = loaded.table;
  }
  const exemptions = await exemptionsArg(args, io);
  if (typeof exemptions === 'number') return exemptions;
  let previous: PreviousYear | undefined;
  if (args.values.previous !== undefined) {
    const loaded = await loadPrevious(args.values.previous, io.cwd, registry.list(), lang);
    if (!loaded.ok) {
      io.stderr(bilingual(loaded.problem));
      return 2;
    }
    previous = loaded.previous;
  }
  // One set given: it is used for every sheet (as before). Several (one per block): each sheet
  // takes the best-fitting of all the sets.
  return { args, lang, sets: registry.list(), criteria: given.length === 1 ? given[0] : undefined, survey, exemptions, previous };
}

/** --exemptions: the table, undefined without the option, or exit status 2 (message written). */
async function exemptionsArg(args: ParsedArgs, io: CliIO): Promise<ExemptionTable | undefined | number> {
  if (args.values.exemptions === undefined) return undefined;
  const loaded = await loadExemptions(args.values.exemptions, io.cwd);
  if (!loaded.ok) {
    io.stderr(bilingual(loaded.problem));
    return 2;
  }
  for (const notice of exemptionsNotices(loaded.table)) io.stderr(bilingual(notice));
  return loaded.table;
}

/** How each file of the run is checked. */
export function checkFilesOptions(run: CheckRun): CheckFilesOptions {
  return { sets: run.sets, criteria: run.criteria, sheetName: run.args.values.sheet, lang: run.lang, exemptions: run.exemptions, sealStates: true };
}

/**
 * What the outputs of this run read of a compacted result's bulk (compact-result.ts): only the
 * survey table, whose points are applied to the rows (survey-table.ts), reads the sheet's rows
 * and item scores. The reports, the results workbook and the requests workbooks read the head
 * and the values derived from the rows when the result was compacted; a returned requests
 * workbook's pairing checks its scoresheet again (wholeForReplies); a seal read again reads
 * nothing of a file whose seal sheet could not be read while it was checked (seal-states.ts).
 * A run without --survey thus writes no bulk record: ≈ 80 kB of v8 serialising per file saved.
 */
export function keptParts(run: CheckRun): KeptParts {
  const read = run.args.values.survey !== undefined;
  return { rows: read, items: read, reportOnly: reportOnly(run) };
}

/**
 * Whether the JSON report is the run's one output (no results workbook, flagged copies, requests
 * workbooks, survey or exemptions table, no text report): each file's entry is then made as it is
 * checked (compact-result.ts KeptParts.reportOnly: ≈ 5 kB less v8 serialising per file, and no
 * reading back for the report), and what the end reads besides is kept: findings, status, index.
 */
export function reportOnly(run: CheckRun): boolean {
  const v = run.args.values;
  return run.args.flags.has('json') && [v.summary, v.survey, v.requests, v.annotate, v.exemptions].every((x) => x === undefined);
}

/**
 * Check every file of the run; progress goes to a terminal's stderr only. `outputs` (--summary,
 * --annotate) may veto the run before the first file (an output that would overwrite an input).
 */
export async function runChecks(
  run: CheckRun,
  io: CliIO,
  hooks: CheckFilesHooks = {},
  outputs?: BatchOutputs,
  progress?: Progress,
): Promise<FileCheck[] | number> {
  const inputs = await collectFiles(run.args.positional, io.cwd, outputs?.skip);
  const vetoed = await outputs?.start(inputs);
  if (vetoed) {
    io.stderr(bilingual(vetoed));
    return 2;
  }
  const bar = progress ?? createProgress(io);
  bar.update(0, inputs.length, '');
  const outputAfterFile = outputs?.hooks.afterFile;
  try {
    return await checkFiles(
      inputs,
      checkFilesOptions(run),
      {
        // A caller's own hook (it keeps the files in this thread); --annotate goes through `copies`.
        afterFile:
          outputAfterFile || hooks.afterFile
            ? async (checks, original) => {
                await outputAfterFile?.(checks, original);
                await hooks.afterFile?.(checks, original);
              }
            : undefined,
        copies: outputs?.hooks.copies,
        keep: keptParts(run),
        onProgress: (done, total, file) => {
          bar.update(done, total, file);
          hooks.onProgress?.(done, total, file);
        },
      },
    );
  } finally {
    bar.end();
  }
}

/**
 * After the checks: content hashes (identical copies), the survey table's points. Returns what
 * the survey table gave the run, or null without one.
 */
export async function completeChecks(checks: FileCheck[], run: CheckRun): Promise<SurveyTableSummary | null> {
  await addContentHashes(checks);
  return run.survey ? applySurveyTable(checks, run.survey) : null;
}

/**
 * The report on stdout: JSON, or text per file plus a summary line when there are several. Both
 * are written file by file (one file's entry built, written and dropped at a time), from the
 * run's season (`season`: made once for every output, runSeason).
 */
export function writeReport(
  checks: FileCheck[],
  run: CheckRun,
  io: CliIO,
  rankingWorkbook: string | null = null,
  survey: SurveyTableSummary | null = null,
  season: Season = runSeason(checks),
): void {
  const exemptionsTable = run.exemptions ? exemptionsReport(run.exemptions, checks, run.lang) : null;
  if (run.args.flags.has('json')) {
    // Same bytes as JSON.stringify of the whole report.
    writeReportJson(checks, run.lang, io.stdout, rankingWorkbook, survey, exemptionsTable, season);
    return;
  }
  const entryOf = seasonEntries(checks, season);
  // Text for a terminal: control characters in unit and file names are shown escaped.
  const say = (text: string) => io.stdout(terminalSafe(text));
  // The files' texts one after the other, a blank line between two (as one string joined by '\n').
  let text = '';
  checks.forEach((c, i) => {
    text += (i > 0 ? '\n' : '') + formatFileText(c, run.lang, reportFile(c, run.lang, entryOf.get(c)));
    if (text.length > 1 << 16) {
      say(text);
      text = '';
    }
  });
  if (text) say(text);
  if (checks.length > 1) say('\n' + formatSummaryText({ summary: reportCounts(checks) }, run.lang));
  if (survey) say('\n' + formatSurveyText(survey, checks, run.lang));
  const exemptionsLine = exemptionsTable ? exemptionsText(exemptionsTable, run.lang) : '';
  if (exemptionsLine) say('\n' + exemptionsLine);
  if (rankingWorkbook !== null) say('\n' + formatRankingText(checks, rankingWorkbook, run.lang, run.previous, season));
}

/**
 * How far V8 lets the heap grow past what survived the last full collection, in percent. By
 * default it lets it grow up to 4× when collecting is cheap beside the work, and a batch makes
 * mostly short-lived garbage in bulk (each file's XML text, grids, rows: large objects that only a
 * full collection frees) beside a live heap of ≈ 40 MB: over 10,000 files the heap settled at
 * ≈ 200 MB, peak RSS ≈ 310 MB, where 1,000 files stopped at ≈ 200 MB RSS. Capped at 1.5× the heap
 * stays near what a run keeps, for a few more full collections (each ≈ 30 ms on a 40 MB live
 * heap). Measured against 2× (the first cap), alternating, one core (docs/performance.md "Worker
 * pool and heap — lead, session 3"): 10,000 files `--json --summary` 304 → 251 MB, `--json`
 * 238 → 212 MB, worker pool `--json --summary` 284 → 256 MB; 1,000 files ≈ 170 → 157 MB; CPU
 * the same within the noise (1,000 files `--json` 2.77–3.55 s against 2.87–2.98 s).
 * Process-wide: the workers' heaps grow the same way.
 */
export const HEAP_GROWING_PERCENT = 50;

export const command: CliCommand = {
  name: 'check',
  summary: COMMAND_SUMMARIES['check'],
  help,
  async run(argv, io) {
    const run = await prepareCheck(argv, io);
    if (typeof run === 'number') return run;
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    try {
      return await checkAndReport(run, io);
    } finally {
      // V8's default again: the code cache written at exit (bin/par-check.js) carries a hash of
      // V8's flags, and one made under a changed flag is refused by every later start (a one-file
      // check then compiled the bundle from source and wrote the cache again: +40 ms CPU each).
      setFlagsFromString(`--heap-growing-percent=${V8_HEAP_GROWING_PERCENT}`);
    }
  },
};

/** V8's own --heap-growing-percent (0: its dynamic growing), set back after a check. */
export const V8_HEAP_GROWING_PERCENT = 0;

/** The check command once its command line is read: check every file, then write every output. */
async function checkAndReport(run: CheckRun, io: CliIO): Promise<number> {
  let outputFailed = false;
  const progress = createProgress(io);
  const outputs = await prepareBatchOutputs(
    {
      summary: run.args.values.summary,
      force: run.args.flags.has('force'),
      annotate: run.args.values.annotate,
      positional: run.args.positional,
      lang: run.lang,
      cwd: io.cwd,
    },
    (problem) => {
      outputFailed = true;
      progress.note(bilingual(problem));
    },
  );
  if ('problem' in outputs) {
    io.stderr(bilingual(outputs.problem));
    return 2;
  }
  const { requests: requestsDir, deadline, council } = run.args.values;
  const requests = await prepareRequestsOutput({ dir: requestsDir, deadline, council, lang: run.lang, cwd: io.cwd });
  if (requests && 'problem' in requests) {
    io.stderr(bilingual(requests.problem));
    return 2;
  }
  for (const warning of requests?.warnings ?? []) io.stderr(bilingual(warning));
  const checks = await runChecks(run, io, {}, outputs, progress);
  if (typeof checks === 'number') return checks;
  const survey = await completeChecks(checks, run);
  await addSealStates(checks);
  // Returned requests workbooks: their answers go next to their unit's scoresheet (round two).
  const changed = await wholeForReplies(checks, checkFilesOptions(run));
  if (changed) {
    io.stderr(bilingual(changed));
    return 2;
  }
  pairRepliesInRun(checks);
  for (const problem of (await requests?.write(checks)) ?? []) {
    io.stderr(bilingual(problem));
    outputFailed = true;
  }
  const official = { issuer: run.args.values.issuer, placeDate: run.args.values['place-date'], previous: run.previous, seals: sealsByFile(checks) };
  // One season for every output of the run (the results workbook and the report): 10,000 entries, sorted.
  const season = runSeason(checks);
  const written = await outputs.finish(checks, { official, survey, season });
  if (written.problem) {
    io.stderr(bilingual(written.problem));
    outputFailed = true;
  }
  writeReport(checks, run, io, written.ranking, survey, season);
  return outputFailed ? 2 : exitStatus(checks);
}
