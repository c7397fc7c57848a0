/**
 * `par-check`: dispatch to the sub-commands. Bundled by scripts/build-cli.js into
 * dist/cli/par-check.js; bin/par-check.js calls runFromProcess().
 * A user never sees a stack trace: anything unexpected becomes a bilingual sentence and exit 2
 * (set PAR_CHECK_DEBUG=1 to see the trace).
 */
import { bilingual } from './args';
import type { CliCommand, CliIO } from './command';
import { command as check } from './commands/check';
import { command as clear } from './commands/clear';
import { command as compare } from './commands/compare';
import { command as importSet } from './commands/import-set';
import { command as seal } from './commands/seal';
import { command as sets } from './commands/sets';
import { command as template } from './commands/template';
import { command as validateSet } from './commands/validate-set';
import { command as verify } from './commands/verify';
import { version } from '../../package.json';

export const commands: CliCommand[] = [check, sets, template, clear, importSet, validateSet, compare, seal, verify];

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = (lang: 0 | 1) =>
    commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split(' / ')[lang] ?? c.summary}`).join('\n');
  return `par-check ${version} — kiểm tra, chấm điểm biểu tự đánh giá Chỉ số CCHC

Cách dùng: par-check <lệnh> [tùy chọn]
Các lệnh:
${list(0)}
Xem hướng dẫn từng lệnh: par-check <lệnh> --help

par-check ${version} — checks and scores PAR Index self-assessment scoresheets

Usage: par-check <command> [options]
Commands:
${list(1)}
Help on a command: par-check <command> --help
`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(topHelp());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(version + '\n');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const names = commands.map((c) => c.name).join(', ');
    io.stderr(bilingual({
      vi: `Không có lệnh "${name}". Các lệnh: ${names}. Xem: par-check --help`,
      en: `Unknown command "${name}". Commands: ${names}. See: par-check --help`,
    }));
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(bilingual({
      vi: `Lỗi không mong đợi: ${message}. Hãy chạy lại; nếu vẫn lỗi, gửi lệnh đã dùng và tệp cho nhóm hỗ trợ.`,
      en: `Unexpected error: ${message}. Run it again; if it still fails, send the command and the file to support.`,
    }));
    if (process.env.PAR_CHECK_DEBUG) io.stderr(String(e instanceof Error ? e.stack : e) + '\n');
    return 2;
  }
}

/** Run with the real process: argv, streams, exit status (set, not forced, so output is flushed). */
export function runFromProcess(): void {
  // A closed pipe (par-check … | head) is not an error worth a trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const io: CliIO = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
