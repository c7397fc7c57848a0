/**
 * `par-check verify <file.xlsx> [--code XXXX-XXXX-XXXX] [--criteria …]… [--json] [--lang vi|en]`
 *
 * Does a sealed workbook still hold the figures it was sealed with (engine/seal/verify.ts)?
 * Exit 0 "không thay đổi"; 1 with every changed cell (item, column, sealed → current), or when
 * the seal itself was edited, or the content does not give the code the unit quoted; 2 when
 * the file has no seal or cannot be read.
 */
import { HELP_OPTION, bilingual, commandArgs } from '../args';
import type { CliCommand } from '../command';
import { COMMAND_SUMMARIES } from './summaries';
import type { CriteriaSet } from '../../engine/criteria/schema';
import { sealContent } from '../../engine/seal/seal-content';
import { normaliseSealCode } from '../../engine/seal/seal-code';
import { readSealRows } from '../../engine/seal/seal-record';
import { sealAddresses, verifySeal } from '../../engine/seal/verify';
import { NO_SEAL, changeLine, verifySentence } from '../../engine/seal/verify-text';
import type { Lang } from '../../engine/text/lang';
import { readSealSheet } from '../../file/seal-sheet';
import { terminalSafe } from '../terminal-text';
import { criteriaOptions, readScoresheets } from '../seal/read-scoresheets';

export const VERIFY_FORMAT = 'par-verify/1';

const help = `Cách dùng: par-check verify <tệp.xlsx> [--code XXXX-XXXX-XXXX] [tùy chọn]

Kiểm tra biểu đã chốt số liệu (par-check seal, nút "Chốt số liệu") có bị sửa sau khi chốt không.
  --code <mã chốt>           Mã chốt đơn vị ghi trong công văn: phát hiện cả tệp bị chốt lại
                             hoặc dấu chốt bị làm giả sau khi báo mã.
  --criteria <mã|tệp.json>   Bộ tiêu chí, khi bộ đã chốt là một tệp .json chưa được nạp.
  --json                     In kết quả JSON (định dạng par-verify/1).
  --lang vi|en               Ngôn ngữ của kết quả (mặc định vi).
  -h, --help                 Hiện hướng dẫn này.

Mã thoát: 0 không thay đổi; 1 đã thay đổi (liệt kê từng ô: tiêu chí, cột, giá trị lúc chốt →
hiện tại), dấu chốt bị sửa, hoặc mã chốt không khớp; 2 tệp chưa được chốt, không đọc được tệp,
hoặc lệnh sai.

Usage: par-check verify <file.xlsx> [--code XXXX-XXXX-XXXX] [options]

Checks whether a sealed scoresheet (par-check seal, the "Seal the figures" button) was changed
after it was sealed.
  --code <seal code>         The code in the unit's cover letter: also catches a file sealed
                             again, or a forged seal, after the code was given.
  --criteria <id|file.json>  Criteria set, when the sealed set is a .json file not loaded.
  --json                     Print the result as JSON (format par-verify/1).
  --lang vi|en               Language of the output (default vi).
  -h, --help                 Show this help.

Exit status: 0 unchanged; 1 changed (every cell listed: item, column, sealed → current value), the
seal edited, or the code does not match; 2 no seal, an unreadable file, or a wrong command line.
`;

export const command: CliCommand = {
  name: 'verify',
  summary: COMMAND_SUMMARIES['verify'],
  help,
  async run(argv, io) {
    const options = [HELP_OPTION, { name: 'code', takesValue: true }, { name: 'criteria', takesValue: true }, { name: 'json', takesValue: false }, { name: 'lang', takesValue: true }];
    const args = commandArgs(argv, options, 'verify', help, io);
    if (typeof args === 'number') return args;
    const { values, positional } = args;
    const lang = (values.lang ?? 'vi') as Lang;
    if (lang !== 'vi' && lang !== 'en') {
      io.stderr(bilingual({ vi: `Ngôn ngữ "${values.lang}" không hỗ trợ: dùng --lang vi hoặc --lang en.`, en: `Language "${values.lang}" is not supported: use --lang vi or --lang en.` }));
      return 2;
    }
    if (positional.length !== 1) {
      io.stderr(bilingual({
        vi: 'Cần đúng một tệp. Ví dụ: par-check verify bieu-da-chot.xlsx --code ABCD-EFGH-JKMN',
        en: 'Give exactly one file. Example: par-check verify sheet-sealed.xlsx --code ABCD-EFGH-JKMN',
      }));
      return 2;
    }
    let quoted: string | undefined;
    if (values.code !== undefined) {
      const code = normaliseSealCode(values.code);
      if (!code) {
        io.stderr(bilingual({
          vi: `Mã chốt "${values.code}" không đúng dạng: mã gồm 12 ký tự chữ và số, dạng XXXX-XXXX-XXXX (như in ra khi chốt).`,
          en: `The seal code "${values.code}" is not valid: a code has 12 letters and digits, written XXXX-XXXX-XXXX (as printed when sealing).`,
        }));
        return 2;
      }
      quoted = code;
    }
    const criteria = await criteriaOptions(args.all.criteria ?? [], io.cwd);
    if ('problem' in criteria) {
      io.stderr(bilingual(criteria.problem));
      return 2;
    }
    // Read the file once as the check does (its problems in its words), then the seal.
    const first = await readScoresheets(positional[0], io.cwd, { sets: criteria.sets, lang });
    if (!first.ok) {
      io.stderr(bilingual(first.problem));
      return 2;
    }
    const rows = readSealSheet(first.bytes);
    if (!rows) {
      io.stderr(bilingual(NO_SEAL));
      return 2;
    }
    const stored = readSealRows(rows);
    if (!stored.ok) {
      io.stderr(bilingual(stored.problem));
      return 1;
    }
    // Check the sheets against the set they were sealed with when it is loaded: the seal says
    // which set the figures follow, and the sheet's declaration may have been edited since.
    const sealedSets = new Set(stored.record.content.sheets.map((s) => (s.set ? `${s.set.id}@${s.set.version}` : '')));
    let forced: CriteriaSet | undefined = criteria.given.length === 1 ? criteria.given[0] : undefined;
    if (!forced && sealedSets.size === 1) {
      const [id, version] = [...sealedSets][0].split('@');
      forced = criteria.sets.find((s) => s.id === id && s.version === version);
    }
    const read = forced ? await readScoresheets(positional[0], io.cwd, { sets: criteria.sets, criteria: forced, lang }) : first;
    if (!read.ok) {
      io.stderr(bilingual(read.problem));
      return 2;
    }
    const current = sealContent(read.results);
    if (!forced && sealedSets.size === 1 && stored.record.content.sheets[0]?.set) {
      // The sealed set is not loaded (a .json file not given): the cells are compared all the
      // same (they do not depend on the set), and the set is taken as the seal says.
      const set = stored.record.content.sheets[0].set;
      for (const sheet of current.sheets) sheet.set = set;
      io.stderr(bilingual({
        vi: `Bộ tiêu chí đã chốt ${set.id} (${set.version}) chưa được nạp: các ô vẫn được đối chiếu đầy đủ. Để chấm lại theo bộ đó, thêm --criteria <tệp.json>.`,
        en: `The sealed criteria set ${set.id} (${set.version}) is not loaded: every cell is still compared. To score against it, add --criteria <file.json>.`,
      }));
    }
    const result = verifySeal(stored.record, current, sealAddresses(read.results), quoted);
    const status = result.status === 'unchanged' ? 0 : 1;
    if (args.flags.has('json')) {
      const sentence = verifySentence(result, quoted);
      io.stdout(JSON.stringify({
        format: VERIFY_FORMAT,
        file: positional[0],
        status: result.status,
        sealedAt: result.sealedAt,
        sealedCode: result.sealedCode,
        currentCode: result.currentCode,
        quotedCode: quoted ?? null,
        message: sentence[lang],
        changes: result.changes,
      }, null, 2) + '\n');
      return status;
    }
    const out = [verifySentence(result, quoted)[lang]];
    for (const c of result.changes) out.push('  ' + changeLine(c, lang));
    io.stdout(terminalSafe(out.join('\n')) + '\n');
    return status;
  },
};
