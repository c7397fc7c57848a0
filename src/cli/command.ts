/**
 * One sub-command of `par-check`. main.ts dispatches argv to these; each command parses its
 * own options, writes to the given streams and returns the exit status (0 ok, 1 error findings,
 * 2 unreadable input or a wrong command line), as ../shared/spec/report.md says.
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal (progress bars only then). */
  stderrIsTTY: boolean;
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line for `par-check --help`, Vietnamese then English. */
  summary: string;
  /** Full `--help` text of the command (Vietnamese first, then English). */
  help: string;
  run(args: string[], io: CliIO): Promise<number>;
}
