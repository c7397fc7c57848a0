/** `par-check sets [--json]`: the bundled criteria sets. */
import { HELP_OPTION, bilingual, commandArgs } from '../args';
import type { CliCommand } from '../command';
import { COMMAND_SUMMARIES } from './summaries';
import { bundledSetsForCli } from '../bundled-sets';

const help = `Cách dùng: par-check sets [--json]

Liệt kê các bộ tiêu chí có sẵn (mã, phiên bản, cấp đơn vị, năm, tên). Dùng mã với --criteria.
  --json       In dạng JSON.
  -h, --help   Hiện hướng dẫn này.

Usage: par-check sets [--json]

Lists the bundled criteria sets (id, version, unit level, year, title). Use the id with --criteria.
  --json       Print as JSON.
  -h, --help   Show this help.
`;

export const command: CliCommand = {
  name: 'sets',
  summary: COMMAND_SUMMARIES['sets'],
  help,
  async run(argv, io) {
    const args = commandArgs(argv, [HELP_OPTION, { name: 'json', takesValue: false }], 'sets', help, io);
    if (typeof args === 'number') return args;
    if (args.positional.length > 0) {
      io.stderr(bilingual({
        vi: `Lệnh "sets" không nhận tham số "${args.positional[0]}". Xem: par-check sets --help`,
        en: `The "sets" command takes no argument "${args.positional[0]}". See: par-check sets --help`,
      }));
      return 2;
    }
    const sets = (await bundledSetsForCli()).map((s) => ({
      id: s.id,
      version: s.version,
      level: s.unitLevel,
      year: s.year,
      title: s.title,
      ...(s.illustrative ? { illustrative: true } : {}),
    }));
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify(sets, null, 2) + '\n');
      return 0;
    }
    for (const s of sets) {
      const sample = s.illustrative ? ' [minh họa / illustrative]' : '';
      io.stdout(`${s.id}  ${s.version}  ${s.level}  ${s.year}  ${s.title}${sample}\n`);
    }
    return 0;
  },
};
