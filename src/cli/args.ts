/**
 * A small option parser shared by the commands: each command declares its options, the parser
 * returns positional arguments and option values, or a bilingual problem for a wrong command line
 * (exit status 2). Own code rather than node:util parseArgs, whose errors are English-only throws.
 */
import type { Bilingual } from '../engine/text/lang';
import { terminalSafe } from './terminal-text';

export interface OptionSpec {
  /** Long name without dashes: "criteria" for --criteria. */
  name: string;
  /** One-letter alias without the dash: "h" for -h. */
  alias?: string;
  /** The option takes a value (--out file.xlsx or --out=file.xlsx). */
  takesValue: boolean;
}

export interface ParsedArgs {
  positional: string[];
  /** Value options: last value given wins (a repeated option is not an error). */
  values: Record<string, string>;
  /** Value options: every value given, in order (for options that may be repeated, like --criteria). */
  all: Record<string, string[]>;
  /** Flags that were given. */
  flags: Set<string>;
}

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; problem: Bilingual };

export const HELP_OPTION: OptionSpec = { name: 'help', alias: 'h', takesValue: false };

export function parseArgs(argv: string[], specs: OptionSpec[], command: string): ParseResult {
  const args: ParsedArgs = { positional: [], values: {}, all: {}, flags: new Set() };
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byAlias = new Map(specs.filter((s) => s.alias).map((s) => [s.alias as string, s]));
  const seeHelp = `par-check ${command} --help`;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.positional.push(...argv.slice(i + 1));
      break;
    }
    // "-" alone and negative-looking file names are positional; options start with "-" + letter.
    if (!/^--?[A-Za-z]/.test(arg)) {
      args.positional.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const [rawName, inline] = long ? splitInline(arg.slice(2)) : [arg.slice(1), undefined];
    const spec = long ? byName.get(rawName) : byAlias.get(rawName);
    if (!spec) {
      return {
        ok: false,
        problem: {
          vi: `Lệnh "${command}" không có tùy chọn ${arg}. Xem các tùy chọn: ${seeHelp}`,
          en: `The "${command}" command has no option ${arg}. See its options: ${seeHelp}`,
        },
      };
    }
    if (!spec.takesValue) {
      if (inline !== undefined) {
        return {
          ok: false,
          problem: {
            vi: `Tùy chọn --${spec.name} không nhận giá trị (bỏ "=${inline}").`,
            en: `Option --${spec.name} takes no value (remove "=${inline}").`,
          },
        };
      }
      args.flags.add(spec.name);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && /^--?[A-Za-z]/.test(value))) {
      return {
        ok: false,
        problem: {
          vi: `Tùy chọn --${spec.name} cần một giá trị, ví dụ: --${spec.name} <giá trị>. Xem: ${seeHelp}`,
          en: `Option --${spec.name} needs a value, e.g. --${spec.name} <value>. See: ${seeHelp}`,
        },
      };
    }
    if (inline === undefined) i++;
    args.values[spec.name] = value;
    (args.all[spec.name] ??= []).push(value);
  }
  return { ok: true, args };
}

function splitInline(s: string): [string, string | undefined] {
  const eq = s.indexOf('=');
  return eq < 0 ? [s, undefined] : [s.slice(0, eq), s.slice(eq + 1)];
}

/** Vietnamese line, then English line. */
export function bilingual(m: Bilingual): string {
  // Messages quote file and unit names: their control characters are shown escaped.
  return `${terminalSafe(m.vi)}\n${terminalSafe(m.en)}\n`;
}

/**
 * The start every command shares: parse, say what is wrong (exit 2) or print the help (exit 0).
 * Returns the parsed arguments, or the exit status when the command is already answered.
 */
export function commandArgs(
  argv: string[],
  specs: OptionSpec[],
  command: string,
  help: string,
  io: { stdout: (t: string) => void; stderr: (t: string) => void },
): ParsedArgs | number {
  const parsed = parseArgs(argv, specs, command);
  if (!parsed.ok) {
    io.stderr(bilingual(parsed.problem));
    return 2;
  }
  if (parsed.args.flags.has('help')) {
    io.stdout(help);
    return 0;
  }
  return parsed.args;
}
