/**
 * `par-check seal <file.xlsx> --out <sealed.xlsx> [--criteria <id|file.json>]… [--sheet <name>] [--force]`
 *
 * Seals the figures a unit submits: the canonical content of its scoresheets
 * (engine/seal/seal-content.ts) digested, and written with the time and a compact copy of the
 * values into a very hidden sheet of a copy of the workbook (src/file/seal-sheet.ts patches the
 * package: everything else stays as it was). Prints the seal code the unit quotes in its cover
 * letter. The input is never changed.
 */
import { HELP_OPTION, bilingual, commandArgs } from '../args';
import type { CliCommand } from '../command';
import { COMMAND_SUMMARIES } from './summaries';
import { sealContent } from '../../engine/seal/seal-content';
import { makeSeal, readSealRows, sealRows } from '../../engine/seal/seal-record';
import { shownTime } from '../../engine/seal/verify-text';
import { readSealSheet, writeSealSheet } from '../../file/seal-sheet';
import { copyTarget } from '../copy-target';
import { writeOutput } from '../write-output';
import { criteriaOptions, readScoresheets } from '../seal/read-scoresheets';

const help = `Cách dùng: par-check seal <tệp.xlsx> --out <tệp-đã-chốt.xlsx> [tùy chọn]

Chốt số liệu của biểu trước khi gửi: tính mã băm SHA-256 của nội dung đã kê khai (bộ tiêu chí,
mã, điểm tối đa, điểm ở mọi cột điểm, tài liệu kiểm chứng, giải trình và ghi chú của từng tiêu
chí) rồi ghi vào bản sao một sheet ẩn chứa mã băm, thời điểm chốt và bản sao số liệu đã chốt.
In ra mã chốt (dạng XXXX-XXXX-XXXX) để đơn vị ghi vào công văn gửi kèm. Định dạng, dấu kiểm
tra, độ rộng cột và các sheet khác không làm mất hiệu lực dấu chốt; sửa điểm, điểm tối đa, mã,
tài liệu kiểm chứng hay ghi chú thì có. Kiểm tra lại: par-check verify <tệp.xlsx> --code <mã>
  --out <tệp.xlsx>           Tệp đã chốt sẽ ghi (khác tệp gốc; tệp gốc không bị sửa).
  --criteria <mã|tệp.json>   Bộ tiêu chí (như lệnh check). Mặc định: theo khai báo trên biểu
                             hoặc bộ khớp nhất.
  --sheet <tên>              Chốt sheet này thay vì tự tìm biểu chấm điểm.
  --force                    Ghi đè tệp --out đã có.
  -h, --help                 Hiện hướng dẫn này.

Mã thoát: 0 đã chốt; 2 không đọc được tệp, không có biểu chấm điểm, không ghi được, hoặc lệnh sai.

Usage: par-check seal <file.xlsx> --out <sealed.xlsx> [options]

Seals the figures of a scoresheet before it is submitted: a SHA-256 digest of what was declared
(criteria set, every item's code, max, score columns, evidence, explanations and notes) is
written with the time and a copy of the sealed values into a hidden sheet of a copy of the
workbook. Prints the seal code (XXXX-XXXX-XXXX) the unit quotes in its cover letter. Formatting,
check marks, column widths and other sheets do not break the seal; any change to a score, a max,
a code, evidence or a note does. Verify with: par-check verify <file.xlsx> --code <code>
  --out <file.xlsx>          The sealed copy to write (not the input, which is never changed).
  --criteria <id|file.json>  Criteria set (as for check). Default: declared or best-fitting.
  --sheet <name>             Seal this sheet instead of finding the scoresheet.
  --force                    Overwrite an existing --out file.
  -h, --help                 Show this help.

Exit status: 0 sealed; 2 unreadable file, no scoresheet, cannot write, or a wrong command line.
`;

export const command: CliCommand = {
  name: 'seal',
  summary: COMMAND_SUMMARIES['seal'],
  help,
  async run(argv, io) {
    const options = [HELP_OPTION, { name: 'out', takesValue: true }, { name: 'criteria', takesValue: true }, { name: 'sheet', takesValue: true }, { name: 'force', takesValue: false }];
    const args = commandArgs(argv, options, 'seal', help, io);
    if (typeof args === 'number') return args;
    const target = await copyTarget('seal', args, io, { vi: '-da-chot', en: '-sealed' });
    if (target === 2) return 2;
    const { values } = args;
    const { out, inputArg, outArg } = target;
    const criteria = await criteriaOptions(args.all.criteria ?? [], io.cwd);
    if ('problem' in criteria) {
      io.stderr(bilingual(criteria.problem));
      return 2;
    }
    const read = await readScoresheets(inputArg, io.cwd, {
      sets: criteria.sets,
      criteria: criteria.given.length === 1 ? criteria.given[0] : undefined,
      sheetName: values.sheet,
      lang: 'vi',
    });
    if (!read.ok) {
      io.stderr(bilingual(read.problem));
      return 2;
    }
    const unscored = read.results.filter((r) => r.set === null).map((r) => r.sheetName);
    if (unscored.length > 0) {
      io.stderr(bilingual({
        vi: `Không chốt được: biểu ở sheet ${unscored.map((s) => `"${s}"`).join(', ')} không khớp bộ tiêu chí nào, nên chưa biết số liệu chốt theo bộ nào. Chỉ rõ bộ tiêu chí bằng --criteria (xem: par-check sets).`,
        en: `Not sealed: the scoresheet on ${unscored.map((s) => `"${s}"`).join(', ')} matches no criteria set, so the seal would not say which set its figures follow. Name the set with --criteria (see: par-check sets).`,
      }));
      return 2;
    }

    const earlier = readSealSheet(read.bytes);
    const previous = earlier ? readSealRows(earlier) : null;
    const record = makeSeal(sealContent(read.results), new Date());
    let written: Uint8Array;
    try {
      written = await writeSealSheet(read.bytes, sealRows(record));
    } catch (e) {
      io.stderr(bilingual({
        vi: `Không chốt được tệp "${inputArg}": cấu trúc tệp lạ (${e instanceof Error ? e.message : String(e)}). Mở tệp bằng Excel, lưu lại thành tệp .xlsx mới rồi chốt lại.`,
        en: `Cannot seal "${inputArg}": unusual file structure (${e instanceof Error ? e.message : String(e)}). Open it in Excel, save it as a new .xlsx and seal again.`,
      }));
      return 2;
    }
    // Read back what will be written: the seal must come out as it went in.
    const back = readSealSheet(written);
    const check = back ? readSealRows(back) : null;
    if (!check?.ok || check.record.digest !== record.digest) {
      io.stderr(bilingual({
        vi: `Không chốt được tệp "${inputArg}": đọc lại dấu chốt vừa ghi không khớp. Không ghi tệp. Mở tệp bằng Excel, lưu lại thành tệp .xlsx mới rồi chốt lại.`,
        en: `Cannot seal "${inputArg}": the seal read back does not match what was written. Nothing was written. Open the file in Excel, save it as a new .xlsx and seal again.`,
      }));
      return 2;
    }
    const problem = await writeOutput(out, outArg, Buffer.from(written));
    if (problem) {
      io.stderr(bilingual(problem));
      return 2;
    }
    if (previous?.ok) {
      io.stderr(bilingual({
        vi: `Tệp đã có dấu chốt ngày ${shownTime(previous.record.sealedAt)} (mã ${previous.record.code}); bản sao mang dấu chốt mới thay thế.`,
        en: `The file had a seal of ${shownTime(previous.record.sealedAt)} (code ${previous.record.code}); the copy carries the new seal instead.`,
      }));
    }
    const errors = read.results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
    if (errors > 0) {
      io.stderr(bilingual({
        vi: `Lưu ý: biểu còn ${errors} lỗi (xem: par-check check "${inputArg}"); số liệu được chốt đúng như hiện có.`,
        en: `Note: the sheet still has ${errors} errors (see: par-check check "${inputArg}"); the figures are sealed as they stand.`,
      }));
    }
    const sheets = read.results.map((r) => `"${r.sheetName}" (${r.set?.id} ${r.set?.version}, ${r.parsed?.rows.filter((x) => x.kind === 'item').length ?? 0} dòng tiêu chí / item rows)`).join('; ');
    io.stdout(
      `Đã chốt số liệu / Sealed: ${outArg}\n` +
        `Mã chốt / Seal code: ${record.code}\n` +
        `Chốt lúc / Sealed at: ${shownTime(record.sealedAt)}; sheet ${sheets}\n` +
        `Đề nghị ghi mã chốt vào công văn gửi kèm; kiểm tra: par-check verify "${outArg}" --code ${record.code}\n` +
        `Quote the seal code in the cover letter; verify with: par-check verify "${outArg}" --code ${record.code}\n`,
    );
    return 0;
  },
};
