/**
 * `par-check compare <previous.xlsx> <current.xlsx> [--criteria <id|file.json>]… [--json] [--lang vi|en]`
 *
 * Last year's scoresheet beside this year's (engine/compare/compare.ts), each checked with its
 * own criteria set as `check` finds it. --criteria once adds a set to choose from; twice gives
 * last year's set, then this year's.
 */
import { HELP_OPTION, bilingual, commandArgs } from '../args';
import type { CliCommand } from '../command';
import { COMMAND_SUMMARIES } from './summaries';
import type { CheckResult } from '../../engine/check-result';
import { compareYears, type CompareInput } from '../../engine/compare/compare';
import { compareText } from '../../engine/compare/compare-text';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { terminalSafe } from '../terminal-text';
import { criteriaOptions, readScoresheets } from '../seal/read-scoresheets';

const help = `Cách dùng: par-check compare <năm-trước.xlsx> <năm-nay.xlsx> [tùy chọn]

So sánh kết quả với năm trước: mỗi biểu được chấm theo bộ tiêu chí của năm đó (bộ tiêu chí
thường đổi giữa các năm: đánh số lại, đổi tên, đổi điểm tối đa). Tiêu chí được ghép theo mã, và
khi mã đã đổi thì theo tên (so theo nghĩa như khi kiểm tra tên tiêu chí); mỗi cặp ghi rõ cách
ghép. Theo từng tiêu chí, từng lĩnh vực và tổng: năm trước, năm nay, chênh lệch, và chênh lệch
chỉ số (%) — con số so được giữa hai bộ có điểm tối đa khác nhau. Tiêu chí mới và tiêu chí bỏ
được liệt kê riêng. Năm nào đã thẩm định thì dùng điểm thẩm định, chưa thì dùng điểm tự đánh giá.
  --criteria <mã|tệp.json>  Ghi một lần: thêm bộ này vào các bộ để chọn. Ghi hai lần: bộ của
                            năm trước rồi bộ của năm nay.
  --json                    In kết quả JSON (định dạng par-compare/1).
  --lang vi|en              Ngôn ngữ của kết quả (mặc định vi).
  -h, --help                Hiện hướng dẫn này.

Mã thoát: 0 đã so sánh; 2 không đọc được tệp, không có biểu chấm điểm, hoặc lệnh sai.

Usage: par-check compare <previous.xlsx> <current.xlsx> [options]

Compares a unit's result with last year's: each sheet is scored with its own year's criteria set
(sets change between years: items renumbered, renamed, re-weighted). Items are paired by code,
and by title where codes moved (compared by meaning, as the changed-title check does); each pair
says how it was made. Per item, per area and in total: previous, current, change, and the
change of the index (%), which compares across sets of different maxima. New and dropped items
are listed apart. A year that is appraised counts its appraised scores, else the self-assessment.
  --criteria <id|file.json> Once: a set to choose from. Twice: last year's set, then this year's.
  --json                    Print the result as JSON (format par-compare/1).
  --lang vi|en              Language of the output (default vi).
  -h, --help                Show this help.

Exit status: 0 compared; 2 an unreadable file, no scoresheet, or a wrong command line.
`;

type Side = { ok: true; input: CompareInput; note: Bilingual | null } | { ok: false; problem: Bilingual };

async function readSide(file: string, cwd: string, sets: CriteriaSet[], forced: CriteriaSet | undefined, lang: Lang): Promise<Side> {
  const read = await readScoresheets(file, cwd, { sets, criteria: forced, lang });
  if (!read.ok) return read;
  const result = read.results[0] as CheckResult;
  if (!result.set || !result.scores) {
    return {
      ok: false,
      problem: {
        vi: `Không chấm được biểu "${file}": không khớp bộ tiêu chí nào. Chỉ rõ bộ tiêu chí của năm đó bằng --criteria (ghi hai lần: năm trước rồi năm nay; xem: par-check sets).`,
        en: `Cannot score "${file}": it matches no criteria set. Name that year's set with --criteria (twice: last year's, then this year's; see: par-check sets).`,
      },
    };
  }
  const note: Bilingual | null =
    read.results.length > 1
      ? {
          vi: `Tệp "${file}" có ${read.results.length} biểu; so sánh biểu ở sheet "${result.sheetName}".`,
          en: `"${file}" holds ${read.results.length} scoresheets; comparing the one on "${result.sheetName}".`,
        }
      : null;
  return { ok: true, input: { file, unit: result.unit, set: result.set, scores: result.scores }, note };
}

export const command: CliCommand = {
  name: 'compare',
  summary: COMMAND_SUMMARIES['compare'],
  help,
  async run(argv, io) {
    const options = [HELP_OPTION, { name: 'criteria', takesValue: true }, { name: 'json', takesValue: false }, { name: 'lang', takesValue: true }];
    const args = commandArgs(argv, options, 'compare', help, io);
    if (typeof args === 'number') return args;
    const lang = (args.values.lang ?? 'vi') as Lang;
    if (lang !== 'vi' && lang !== 'en') {
      io.stderr(bilingual({ vi: `Ngôn ngữ "${args.values.lang}" không hỗ trợ: dùng --lang vi hoặc --lang en.`, en: `Language "${args.values.lang}" is not supported: use --lang vi or --lang en.` }));
      return 2;
    }
    if (args.positional.length !== 2) {
      io.stderr(bilingual({
        vi: 'Cần đúng hai tệp: biểu năm trước rồi biểu năm nay. Ví dụ: par-check compare bieu-2023.xlsx bieu-2024.xlsx',
        en: "Give exactly two files: last year's sheet, then this year's. Example: par-check compare sheet-2023.xlsx sheet-2024.xlsx",
      }));
      return 2;
    }
    const given = args.all.criteria ?? [];
    if (given.length > 2) {
      io.stderr(bilingual({
        vi: 'Ghi --criteria nhiều nhất hai lần: bộ của năm trước rồi bộ của năm nay.',
        en: "Give --criteria at most twice: last year's set, then this year's.",
      }));
      return 2;
    }
    const criteria = await criteriaOptions(given, io.cwd);
    if ('problem' in criteria) {
      io.stderr(bilingual(criteria.problem));
      return 2;
    }
    const [prevSet, curSet] = criteria.given.length === 2 ? criteria.given : [undefined, undefined];
    const previous = await readSide(args.positional[0], io.cwd, criteria.sets, prevSet, lang);
    if (!previous.ok) {
      io.stderr(bilingual(previous.problem));
      return 2;
    }
    const current = await readSide(args.positional[1], io.cwd, criteria.sets, curSet, lang);
    if (!current.ok) {
      io.stderr(bilingual(current.problem));
      return 2;
    }
    for (const note of [previous.note, current.note]) if (note) io.stderr(bilingual(note));
    const result = compareYears(previous.input, current.input);
    if (args.flags.has('json')) io.stdout(JSON.stringify(result, null, 2) + '\n');
    else io.stdout(terminalSafe(compareText(result, lang)) + '\n');
    return 0;
  },
};
