/**
 * `par-check`: dispatch to the sub-commands. Bundled by scripts/build-cli.js into
 * dist/cli/par-check.js; bin/par-check.js calls runFromProcess().
 * A user never sees a stack trace: anything unexpected becomes a bilingual sentence and exit 2
 * (set PAR_CHECK_DEBUG=1 to see the trace).
 */
import { bilingual } from './args';
import type { CliCommand, CliIO } from './command';
import { blockingPipeWrites } from './blocking-stdout';
import { COMMAND_SUMMARIES, type CommandName } from './commands/summaries';
import { version } from '../../package.json';

/**
 * Each command's module, loaded only when that command runs: a one-file check does not pay for
 * the set importer, the seal, the comparison or zod's schemas at start (the bundle initialises a
 * dynamically imported module and everything only it imports on first use).
 */
const LOADERS: Record<CommandName, () => Promise<{ command: CliCommand }>> = {
  check: () => import('./commands/check'),
  sets: () => import('./commands/sets'),
  template: () => import('./commands/template'),
  clear: () => import('./commands/clear'),
  'import-set': () => import('./commands/import-set'),
  'validate-set': () => import('./commands/validate-set'),
  compare: () => import('./commands/compare'),
  seal: () => import('./commands/seal'),
  verify: () => import('./commands/verify'),
};

/** The command names, in the order --help lists them. */
export const commandNames = Object.keys(COMMAND_SUMMARIES) as CommandName[];

const isCommandName = (name: string): name is CommandName => Object.prototype.hasOwnProperty.call(COMMAND_SUMMARIES, name);

function topHelp(): string {
  const width = Math.max(...commandNames.map((name) => name.length));
  const list = (lang: 0 | 1) =>
    commandNames
      .map((name) => {
        const summary = COMMAND_SUMMARIES[name];
        return `  ${name.padEnd(width)}  ${summary.split(' / ')[lang] ?? summary}`;
      })
      .join('\n');
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
  if (!isCommandName(name)) {
    const names = commandNames.join(', ');
    io.stderr(bilingual({
      vi: `Không có lệnh "${name}". Các lệnh: ${names}. Xem: par-check --help`,
      en: `Unknown command "${name}". Commands: ${names}. See: par-check --help`,
    }));
    return 2;
  }
  try {
    const { command } = await LOADERS[name]();
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
  // A report piped into another program waits for it rather than piling up here (blocking-stdout.ts).
  blockingPipeWrites(process.stdout);
  let stderrUsed = false;
  const io: CliIO = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => {
      stderrUsed = true;
      process.stderr.write(text);
    },
    // Asked only when it matters (a progress bar for several files): process.stderr is created on
    // first use, a few ms a plain one-file check need not spend.
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
      // The command is done: leave now when everything written has gone out (a file, or a pipe or
      // terminal written synchronously, as on Linux and macOS). Waiting for the event loop to run
      // dry would first run what V8 scheduled meanwhile, typically a garbage collection of a heap
      // about to be dropped (several ms of a one-file check). Output still in flight (a pipe
      // written asynchronously, as on Windows) is left to drain the usual way.
      if (process.stdout.writableLength === 0 && (!stderrUsed || process.stderr.writableLength === 0)) process.exit(code);
    },
    (e) => {
      process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
