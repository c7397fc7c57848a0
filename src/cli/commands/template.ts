/** `par-check template --criteria <id|path.json> --out <file.xlsx> [--unit <name>]`: a blank scoresheet. */
import * as path from 'path';
import { HELP_OPTION, bilingual, commandArgs } from '../args';
import type { CliCommand } from '../command';
import { COMMAND_SUMMARIES } from './summaries';
import { cliRegistry } from '../bundled-sets';
import { buildTemplateSheet } from '../../engine/template/template-sheet';
import { FileWorkbook } from '../../file/file-workbook';
import { resolveCriteria } from '../criteria-option';
import { needsXlsx, overwriteProblem, writeOutput } from '../write-output';

const help = `Cách dùng: par-check template --criteria <mã|tệp.json> --out <tệp.xlsx> [--unit <tên đơn vị>]

Tạo biểu tự đánh giá trống theo bộ tiêu chí: tiêu đề, dòng tiêu đề cột, mỗi tiêu chí một dòng
(mã, tên, điểm tối đa, cách tính điểm đã điền và khóa), công thức tổng, kiểm tra dữ liệu ở ô điểm.
  --criteria <mã|tệp.json>  Bộ tiêu chí (xem: par-check sets).
  --out <tệp.xlsx>          Tệp sẽ ghi.
  --unit <tên>              Tên đơn vị ghi sẵn trên biểu.
  --force                   Ghi đè tệp --out đã có (mặc định không ghi đè: có thể là biểu đã điền).
  -h, --help                Hiện hướng dẫn này.

Usage: par-check template --criteria <id|file.json> --out <file.xlsx> [--unit <unit name>]

Writes a blank self-assessment scoresheet for a criteria set: title block, column header, one row
per item (code, title, max and scoring method filled in and locked), total formulas and data
validation on the score cells.
  --criteria <id|file.json> The criteria set (see: par-check sets).
  --out <file.xlsx>         The file to write.
  --unit <name>             Unit name printed on the sheet.
  --force                   Overwrite an existing --out file (by default never: it may be a filled scoresheet).
  -h, --help                Show this help.
`;

export const command: CliCommand = {
  name: 'template',
  summary: COMMAND_SUMMARIES['template'],
  help,
  async run(argv, io) {
    const args = commandArgs(
      argv,
      [HELP_OPTION, { name: 'criteria', takesValue: true }, { name: 'out', takesValue: true }, { name: 'unit', takesValue: true }, { name: 'force', takesValue: false }],
      'template',
      help,
      io,
    );
    if (typeof args === 'number') return args;
    const { values, positional } = args;
    if (!values.criteria || !values.out || positional.length > 0) {
      io.stderr(bilingual({
        vi: 'Cần --criteria và --out. Ví dụ: par-check template --criteria mau-so-nganh-2024 --out bieu-trong.xlsx',
        en: '--criteria and --out are required. Example: par-check template --criteria mau-so-nganh-2024 --out blank.xlsx',
      }));
      return 2;
    }
    const badName = needsXlsx(values.out);
    if (badName) {
      io.stderr(bilingual(badName));
      return 2;
    }
    // An existing file may be a filled scoresheet: a blank one never replaces it silently.
    const taken = await overwriteProblem(path.resolve(io.cwd, values.out), values.out, { force: args.flags.has('force') });
    if (taken) {
      io.stderr(bilingual(taken));
      return 2;
    }
    const chosen = await resolveCriteria(values.criteria, io.cwd, await cliRegistry());
    if (!chosen.ok) {
      io.stderr(bilingual(chosen.problem));
      return 2;
    }
    const workbook = FileWorkbook.create();
    await workbook.writeSheet(buildTemplateSheet(chosen.set, { unit: values.unit }), { activate: true });
    const problem = await writeOutput(path.resolve(io.cwd, values.out), values.out, await workbook.toBuffer());
    if (problem) {
      io.stderr(bilingual(problem));
      return 2;
    }
    io.stdout(bilingual({
      vi: `Đã ghi biểu trống theo bộ tiêu chí ${chosen.set.id} (${chosen.set.version}): ${values.out}`,
      en: `Wrote a blank scoresheet for criteria set ${chosen.set.id} (${chosen.set.version}): ${values.out}`,
    }));
    return 0;
  },
};
