/**
 * The input and output of a command that writes a changed copy of one workbook (`clear`, `seal`):
 * exactly one file and --out, resolved against the working folder, and an output that may be
 * written (write-output.ts: .xlsx, not the input itself, not an existing file without --force).
 */
import * as path from 'path';
import type { Bilingual } from '../engine/text/lang';
import { bilingual, type ParsedArgs } from './args';
import type { CliIO } from './command';
import { copyTargetProblem } from './write-output';

export interface CopyTarget {
  /** The input as typed and resolved. */
  inputArg: string;
  input: string;
  /** --out as typed and resolved. */
  outArg: string;
  out: string;
}

/** The paths, or the exit status 2 after saying on stderr what is wrong. `suffix` names the example copy ("-sach" / "-clean"). */
export async function copyTarget(command: string, args: ParsedArgs, io: CliIO, suffix: Bilingual): Promise<CopyTarget | 2> {
  const { values, positional } = args;
  if (positional.length !== 1 || !values.out) {
    io.stderr(bilingual({
      vi: `Cần đúng một tệp và --out. Ví dụ: par-check ${command} bieu.xlsx --out bieu${suffix.vi}.xlsx`,
      en: `Give exactly one file and --out. Example: par-check ${command} sheet.xlsx --out sheet${suffix.en}.xlsx`,
    }));
    return 2;
  }
  const target = {
    inputArg: positional[0],
    input: path.resolve(io.cwd, positional[0]),
    outArg: values.out,
    out: path.resolve(io.cwd, values.out),
  };
  const problem = await copyTargetProblem(
    { arg: target.inputArg, path: target.input },
    { arg: target.outArg, path: target.out },
    { force: args.flags.has('force'), suffix },
  );
  if (problem) {
    io.stderr(bilingual(problem));
    return 2;
  }
  return target;
}
